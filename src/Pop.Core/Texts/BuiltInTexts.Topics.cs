namespace Pop.Core.Texts;

/// <summary>The texts of the topics catalogue and the preparation questions (our own words).</summary>
internal static partial class BuiltInTexts
{
    private static readonly string[][] TopicTexts =
    {
        new[] { "TOPIC.Satisfaction.name", "Tevredenheid met de huidige functie", "Satisfaction with the current role" },
        new[] { "TOPIC.Satisfaction.question.1", "Wat geeft je voldoening in je werk, en wat niet?", "What gives you satisfaction in your work, and what does not?" },
        new[] { "TOPIC.Satisfaction.question.2", "Als je één ding aan je functie mocht veranderen, wat zou dat zijn?", "If you could change one thing about your role, what would it be?" },
        new[] { "TOPIC.Workload.name", "Werkdruk en belastbaarheid", "Workload and capacity" },
        new[] { "TOPIC.Workload.question.1", "Hoe ervaar je de hoeveelheid werk, en is die te verdelen over je week?", "How do you experience the amount of work, and can you spread it over your week?" },
        new[] { "TOPIC.Workload.question.2", "Wanneer wordt het je te veel, en hoe merk je dat?", "When does it get too much, and how do you notice?" },
        new[] { "TOPIC.Growth.name", "Groei in belastbaarheid", "Growth in capacity" },
        new[] { "TOPIC.Growth.question.1", "Welke taken kun je nu aan die vorig jaar nog te veel waren?", "Which tasks can you handle now that were too much last year?" },
        new[] { "TOPIC.Growth.question.2", "Welke verantwoordelijkheid zou je erbij willen nemen?", "Which responsibility would you like to add?" },
        new[] { "TOPIC.Competencies.name", "Competenties: beoordeeld en te ontwikkelen", "Competencies: assessed and to develop" },
        new[] { "TOPIC.Competencies.question.1", "Welke competenties zet je het sterkst in?", "Which competencies do you use most strongly?" },
        new[] { "TOPIC.Competencies.question.2", "Welke competentie zou het meeste verschil maken als je die verder ontwikkelt?", "Which competency would make the most difference if you developed it further?" },
        new[] { "TOPIC.PersonalCircumstances.name", "Veranderingen in de persoonlijke situatie", "Changes in personal circumstances" },
        new[] { "TOPIC.PersonalCircumstances.question.1", "Speelt er iets buiten het werk dat we moeten weten om goede afspraken te maken?", "Is anything going on outside work that we should know to make good agreements?" },
        new[] { "TOPIC.PersonalCircumstances.question.2", "Heb je iets nodig in tijden of plaats van werken?", "Do you need anything in when or where you work?" },
        new[] { "TOPIC.InternalMove.name", "Een andere functie binnen de organisatie", "Another role inside the organisation" },
        new[] { "TOPIC.InternalMove.question.1", "Welke functie in de organisatie trekt je, en waarom?", "Which role in the organisation attracts you, and why?" },
        new[] { "TOPIC.InternalMove.question.2", "Wat zou je moeten leren om daar over twee jaar te staan?", "What would you need to learn to be there in two years?" },
        new[] { "TOPIC.ExternalOptions.name", "Mogelijkheden buiten de organisatie", "Options outside the organisation" },
        new[] { "TOPIC.ExternalOptions.question.1", "Kijk je ook naar mogelijkheden buiten de organisatie?", "Are you also looking at options outside the organisation?" },
        new[] { "TOPIC.ExternalOptions.question.2", "Wat zou je binnen de organisatie moeten vinden om te blijven?", "What would you need to find here to stay?" },
        new[] { "TOPIC.EarlierAgreements.name", "Opvolging van eerdere afspraken", "Follow-up of earlier agreements" },
        new[] { "TOPIC.EarlierAgreements.question.1", "Welke afspraken van het vorige plan zijn nagekomen?", "Which agreements of the previous plan were kept?" },
        new[] { "TOPIC.EarlierAgreements.question.2", "Wat hield de andere tegen, en wat leren we daarvan?", "What held the others back, and what do we learn from it?" },

        new[] { "PREPARE.Employee.1", "Welke taken doe je graag, en welke minder graag?", "Which tasks do you enjoy, and which less?" },
        new[] { "PREPARE.Employee.2", "Waar ben je het afgelopen jaar in gegroeid?", "Where have you grown this past year?" },
        new[] { "PREPARE.Employee.3", "Wat wil je over twee jaar doen, en wat heb je nodig om daar te komen?", "What do you want to be doing in two years, and what do you need to get there?" },
        new[] { "PREPARE.Employee.4", "Welke steun verwacht je van je leidinggevende?", "What support do you expect from your manager?" },
        new[] { "PREPARE.Employee.5", "Welke punten wil je zeker bespreken? Stuur ze een week vooraf.", "Which points do you certainly want to discuss? Send them a week ahead." },
        new[] { "PREPARE.Manager.1", "Hoe staat de afdeling ervoor: bezetting, sterke en zwakke punten, kansen en bedreigingen?", "How is the department doing: staffing, strengths and weaknesses, opportunities and threats?" },
        new[] { "PREPARE.Manager.2", "Hoe ziet de afdeling er over twee jaar uit, en wat vraagt dat van deze medewerker?", "What will the department look like in two years, and what does that ask of this employee?" },
        new[] { "PREPARE.Manager.3", "Waar staat de medewerker: junior, vakvolwassen of senior?", "Where does the employee stand: junior, fully competent or senior?" },
        new[] { "PREPARE.Manager.4", "Welke afspraken uit het vorige plan moeten geëvalueerd worden?", "Which agreements of the previous plan must be evaluated?" },
        new[] { "PREPARE.Manager.5", "Wat kun je bieden aan tijd, budget en begeleiding?", "What can you offer in time, budget and guidance?" },
    };
}
