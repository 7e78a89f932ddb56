namespace Pop.Core.Texts;

using System;
using System.Collections.Generic;

/// <summary>The Dutch and English texts that ship with Pop.Core, keyed by code.</summary>
internal static partial class BuiltInTexts
{
    // Each entry: code, Dutch, English. Suggestions are keyed "<code>.suggestion".
    private static readonly string[][] Texts =
    {
        new[] { "SMART-S01", "Er staat geen concrete handeling in: wat ga je precies doen?", "No concrete action: what exactly will be done?" },
        new[] { "SMART-S01.suggestion", "Begin met een werkwoord dat je kunt zien gebeuren: afronden, presenteren, schrijven, meelopen, behalen.", "Start with a verb you can see happen: complete, present, write, shadow, obtain." },
        new[] { "SMART-S02", "'{Word}' is vaag zonder concreet middel of resultaat.", "'{Word}' is vague without a concrete means or result." },
        new[] { "SMART-S02.suggestion", "Zeg hoe: met welke cursus, opdracht of taak, en wat er dan klaar is.", "Say how: through which course, assignment or task, and what will then be done." },
        new[] { "SMART-S03", "'{Word}' zegt niet met hoeveel of tot welk niveau.", "'{Word}' does not say by how much or to what level." },
        new[] { "SMART-S03.suggestion", "Noem het getal: van hoeveel naar hoeveel.", "Give the figure: from how much to how much." },
        new[] { "SMART-S04", "Er staat geen concreet onderwerp in: welke cursus, welk proces, welk team of welk resultaat?", "No concrete object: which course, process, team or deliverable?" },
        new[] { "SMART-S04.suggestion", "Noem het ding bij naam: de cursus, het systeem, het document, de doelgroep.", "Name the thing: the course, the system, the document, the audience." },
        new[] { "SMART-S05", "'{Word}' beschrijft een gevoel of innerlijke toestand, geen doel dat een ander kan zien.", "'{Word}' describes a feeling or inner state, not a goal someone else can see." },
        new[] { "SMART-S05.suggestion", "Zeg wat je anders gaat doen waardoor dat gevoel ontstaat: welke taak, voor wie, hoe vaak.", "Say what you will do that brings the feeling about: which task, for whom, how often." },
        new[] { "SMART-S06", "'{Word}' laat open wat het wordt.", "'{Word}' leaves open what it will be." },
        new[] { "SMART-S06.suggestion", "Kies nu: noem de cursus, het onderwerp of de taak.", "Choose now: name the course, the subject or the task." },
        new[] { "SMART-S07", "'{Phrase}' zegt hoeveel, niet wat.", "'{Phrase}' says how many, not which." },
        new[] { "SMART-S07.suggestion", "Noem de cursussen, boeken of dagen bij naam of onderwerp.", "Name the courses, books or days, or their subject." },
        new[] { "SMART-M01", "Achteraf kan niemand nagaan of dit gelukt is.", "Nobody could check afterwards whether this happened." },
        new[] { "SMART-M01.suggestion", "Voeg een getal toe (hoeveel, hoe vaak, met hoeveel) of een resultaat dat je kunt laten zien: een certificaat, een document, een presentatie.", "Add a figure (how many, how often, by how much) or a result you can show: a certificate, a document, a presentation." },
        new[] { "SMART-M02", "'{Word}' vergelijkt zonder getal: meer of beter dan wat?", "'{Word}' compares without a figure: more or better than what?" },
        new[] { "SMART-M02.suggestion", "Maak de vergelijking meetbaar: van welk niveau naar welk niveau.", "Make the comparison measurable: from which level to which level." },
        new[] { "SMART-T01", "Er staat geen termijn in.", "No deadline is given." },
        new[] { "SMART-T01.suggestion", "Zeg wanneer het klaar is: een datum, een maand, een kwartaal of 'binnen drie maanden'.", "Say when it will be done: a date, a month, a quarter or 'within three months'." },
        new[] { "SMART-T02", "'{Phrase}' is een frequentie, geen termijn.", "'{Phrase}' is a frequency, not a deadline." },
        new[] { "SMART-T02.suggestion", "Zeg ook tot wanneer, bijvoorbeeld 'elke week tot eind juni'.", "Also say until when, for example 'every week until the end of June'." },
        new[] { "SMART-T03", "'{Phrase}' is een duur, geen termijn.", "'{Phrase}' is a duration, not a deadline." },
        new[] { "SMART-T03.suggestion", "Schrijf 'binnen' of noem een einddatum.", "Write 'within' or name an end date." },
        new[] { "SMART-A00", "Uit de gegevens blijkt niet of beide partijen akkoord zijn.", "The data do not show whether both parties agree." },
        new[] { "SMART-A00.suggestion", "Leg vast dat de medewerker en de leidinggevende akkoord zijn.", "Record that the employee and the manager have agreed." },
        new[] { "SMART-A01", "De medewerker heeft nog niet ingestemd.", "The employee has not agreed yet." },
        new[] { "SMART-A01.suggestion", "Bespreek het doel opnieuw tot de medewerker erachter staat.", "Discuss the goal again until the employee stands behind it." },
        new[] { "SMART-A02", "De leidinggevende heeft nog niet ingestemd.", "The manager has not agreed yet." },
        new[] { "SMART-A02.suggestion", "Vraag de leidinggevende het doel te bevestigen.", "Ask the manager to confirm the goal." },
        new[] { "SMART-R00", "Zonder termijn of andere gegevens is niet te zeggen of dit haalbaar is.", "Without a deadline or other data, feasibility cannot be judged." },
        new[] { "SMART-R00.suggestion", "Geef een termijn, zodat de haalbaarheid te toetsen is.", "Give a deadline so that feasibility can be checked." },
        new[] { "SMART-R01", "De termijn {Deadline} ligt voor de peildatum {Reference}.", "The deadline {Deadline} lies before the reference date {Reference}." },
        new[] { "SMART-R01.suggestion", "Kies een termijn die nog moet komen.", "Choose a deadline that is still ahead." },
        new[] { "SMART-R02", "De termijn {Deadline} valt na {Horizon}, buiten deze cyclus.", "The deadline {Deadline} falls after {Horizon}, outside this cycle." },
        new[] { "SMART-R02.suggestion", "Knip het doel op: een tussenstap binnen deze cyclus, de rest in het volgende plan.", "Split the goal: a step inside this cycle, the rest in the next plan." },
        new[] { "SMART-R03", "Naast dit doel lopen er al {Count} doelen; meer dan {Maximum} tegelijk is veel.", "{Count} other goals already run beside this one; more than {Maximum} at once is a lot." },
        new[] { "SMART-R03.suggestion", "Kies de doelen die nu het meest opleveren en schuif de rest door.", "Pick the goals that matter most now and move the rest on." },
        new[] { "SMART-R04", "De afspraak mist {Missing}: wie doet wat wanneer?", "The agreement lacks {Missing}: who does what by when?" },
        new[] { "SMART-R04.suggestion", "Vul wie, wat en wanneer in.", "Fill in who, what and when." },
        new[] { "SMART-R05", "{Reason}", "{Reason}" },
        new[] { "SMART-R05.suggestion", "Stem de ambitie van het plan af op de insteek van dit gesprek.", "Match the plan's ambition to the approach of this conversation." },
        new[] { "word.who", "wie", "who" },
        new[] { "word.what", "wat", "what" },
        new[] { "word.when", "wanneer", "when" },
    };

    public static Dictionary<string, Dictionary<string, string>> Create()
    {
        var nl = new Dictionary<string, string>(StringComparer.Ordinal);
        var en = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rows in new[] { Texts, StrategyTexts, ConversationTexts, TopicTexts, PlanTexts, CycleTexts })
        {
            foreach (var row in rows)
            {
                nl.Add(row[0], row[1]);
                en.Add(row[0], row[2]);
            }
        }

        return new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase) { ["nl"] = nl, ["en"] = en };
    }
}
