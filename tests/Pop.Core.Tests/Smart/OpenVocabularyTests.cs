namespace Pop.Core.Tests.Smart;

using System.Linq;
using NodaTime;
using Pop.Core.Smart;
using Xunit;

/// <summary>
/// The error kinds of the first-generation engine on goals written by other people (issue #14), each
/// with sentences of our own in both languages: words no list holds are judged by shape and place,
/// and vagueness by closed classes.
/// </summary>
public sealed class OpenVocabularyTests
{
    private static readonly LocalDate Reference = new(2027, 1, 15);

    private static GoalTextAnalysis Analyze(string text) => SmartTextAnalyzer.Default.Analyze(text, Reference);

    [Theory]
    [InlineData("Vóór 1 mei 2027 heb ik alle onderhoudsrapporten van de koelinstallaties gearchiveerd.")] // participle, compounds
    [InlineData("Binnen drie maanden kan ik de nieuwe etiketteermachine zelfstandig afstellen.")] // infinitive at the end
    [InlineData("Dit kwartaal valideer ik de meetmethode voor de luchtvochtigheid in het depot.")] // verb before "ik"
    [InlineData("Uiterlijk eind juni 2027 digitaliseren we de keuringsformulieren van de hoogwerkers.")] // -eren verb
    [InlineData("Calibrate the moisture sensors in all six drying rooms by 30 June 2027.")] // imperative
    [InlineData("By the end of March 2027 I will reconcile the supplier ledgers for both depots.")] // verb after "will"
    [InlineData("Within two months, draft the lifting plan for the new crane and review it with the site manager.")]
    public void Unknown_concrete_verbs_and_nouns_make_a_goal_specific(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
        Assert.True(a.IsTimeBound);
    }

    [Theory]
    [InlineData("Ik wil doorstromen naar de functie van ploegleider.")]
    [InlineData("Ik zou graag uitvoerder worden bij de afdeling utiliteitsbouw.")]
    [InlineData("I would like to be promoted to shift supervisor.")]
    [InlineData("Qualify as a certified arborist.")]
    [InlineData("Move into the planner role in the logistics team.")]
    [InlineData("De taak van vestigingsverantwoordelijke in Zwolle op me nemen.")] // an adjective used as a role noun
    [InlineData("Obtain the Level 2 Award in Food Safety.")] // a certificate with a level number
    [InlineData("Ik wil doorgroeien naar senior technician op de windparken.")] // an English role in a Dutch goal
    [InlineData("Ik neem de rol van night lead in het distributiecentrum op me.")] // the noun after "de rol van" is a role
    [InlineData("Binnen twee jaar wil ik hoofdredacteur van het vakblad zijn.")] // "wil … zijn" names a target
    [InlineData("Within a year I want to be shift lead at the Tilburg depot.")]
    public void A_target_role_counts_however_it_is_phrased(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Elke maandag log ik de koelceltemperaturen van de drie keukens.")]
    [InlineData("Every Friday, reconcile the cash drawers of the two kiosks.")]
    [InlineData("Piet controleert elke maandag de bandenspanning van alle bestelbussen en noteert de waarden.")]
    public void A_concrete_recurring_task_is_specific_and_measurable_but_not_time_bound(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
        Assert.False(a.IsTimeBound);
        Assert.Contains(a.Findings, f => f.Code == "SMART-T02");
    }

    [Theory]
    [InlineData("Ik volg dit jaar vijf webinars naar keuze.", "SMART-S06")]
    [InlineData("Zes vakboeken lezen.", "SMART-S07")]
    [InlineData("Vier trainingen volgen die bij mijn werk passen.", "SMART-S07")]
    [InlineData("Attend three conferences of my choice.", "SMART-S06")]
    [InlineData("Read five books this year.", "SMART-S07")]
    [InlineData("Complete two courses that suit my job.", "SMART-S07")]
    [InlineData("Twaalf uur aan webinars volgen.", "SMART-S07")] // hours of something generic
    [InlineData("Spend six days of CPD training this year.", "SMART-S07")] // "CPD" names a kind of training, not one
    [InlineData("Drie beurzen bezoeken ter oriëntatie.", "SMART-S07")] // a purpose adds no object
    [InlineData("Watch four webinars a quarter to broaden my knowledge.", "SMART-S07")]
    [InlineData("Drie vakboeken lezen, maakt me niet uit welke.", "SMART-S06")] // the choice left open in a clause
    [InlineData("Twee cursussen volgen, zelf te kiezen.", "SMART-S06")]
    [InlineData("Attend five workshops of my own choosing.", "SMART-S06")]
    [InlineData("Complete three short online modules this year.", "SMART-S07")] // adjectives do not name the thing counted
    [InlineData("Drie externe trainingen volgen.", "SMART-S07")]
    [InlineData("Dit jaar acht opleidingsdagen, onderwerpen volgen later.", "SMART-S07")] // a noun in another clause does not narrow the count
    [InlineData("Complete 16 hours of e-learning, subjects to be agreed.", "SMART-S07")]
    [InlineData("Dit jaar 20 PE-punten halen.", "SMART-S07")] // PE, like CPD, is a kind of training
    [InlineData("Read five books about logistics and planning.", "SMART-S07")] // a topic does not name the thing counted
    [InlineData("Vier webinars over veiligheid volgen.", "SMART-S07")]
    [InlineData("Dit jaar drie congressen bezoeken, welke bepaal ik later.", "SMART-S06")] // the choice put off
    [InlineData("Complete twelve hours of webinars, topics to be decided.", "SMART-S06")]
    [InlineData("Visit three trade fairs this year.", "SMART-S07")]
    [InlineData("Attend three congresses this year.", "SMART-S07")]
    [InlineData("Twee cursusdagen volgen die passen bij mijn werk in de wijk.", "SMART-S07")] // "cursus|dagen": both parts generic
    [InlineData("Na tien jaar in de keuken wil ik 30 uur scholing volgen, onderwerp nog open.", "SMART-S06")] // where the time was served is no object
    public void A_count_of_generic_things_is_measurable_but_not_specific(string text, string code)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.True(a.IsMeasurable);
        Assert.Contains(a.Findings, f => f.Code == code);
    }

    [Theory]
    [InlineData("Ik wil me zekerder voelen tijdens klantgesprekken.")]
    [InlineData("Vóór de zomer ervaar ik meer rust in mijn werk.")]
    [InlineData("Feel more at ease when presenting to the board.")]
    [InlineData("Stay calmer during the evening peak by the end of 2027.")]
    [InlineData("Find my feet in the new planning team.")] // idioms for inner states
    [InlineData("Stevig in mijn schoenen staan tijdens cliëntgesprekken.")]
    [InlineData("I hope to find new energy in my job.")]
    [InlineData("Mijn draai vinden als nieuwe planner.")]
    public void Feelings_are_neither_specific_nor_measurable(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.False(a.IsMeasurable);
        Assert.Contains(a.Findings, f => f.Code == "SMART-S05");
    }

    [Theory]
    [InlineData("Ik word een betere teamcoach.")]
    [InlineData("Become a better supervisor.")]
    [InlineData("Handiger worden met het planningssysteem.")]
    [InlineData("Professioneler worden in offertegesprekken.")] // comparative of an -eel adjective
    [InlineData("Efficiënter worden in de weekplanning.")]
    [InlineData("Kostenbewuster worden.")] // a compound whose head is a comparative
    public void Comparative_roles_and_comparatives_are_neither_specific_nor_measurable(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.False(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Iets met data-analyse gaan doen.")]
    [InlineData("Do something with social media.")]
    [InlineData("Ik twijfel nog welke kant ik op wil: planning of inkoop.")] // doubt leaves the choice open
    [InlineData("Uitzoeken welke kant ik op wil binnen de afdeling.")]
    [InlineData("Something with 3D printing next year.")] // "3D" is a code, not a figure
    public void Something_with_a_subject_is_not_specific(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.Contains(a.Findings, f => f.Code == "SMART-S06");
    }

    [Theory]
    [InlineData("Na vijftien jaar in de bouw wil ik uitvoerder worden.")]
    [InlineData("After ten years on the road, I want to become a driving instructor.")]
    [InlineData("Sinds mijn overstap in 2025 wil ik de VCA-VOL halen.")]
    [InlineData("Al vijftien jaar in de bouw, nu wil ik uitvoerder worden.")]
    public void Time_served_and_past_moments_are_no_deadline(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsTimeBound);
        Assert.Null(a.Deadline);
        Assert.Contains(a.Findings, f => f.Code == "SMART-T03");
    }

    [Theory]
    [InlineData("Binnen vijf dagen na elke maandafsluiting lever ik de kostenrapportage op.")]
    [InlineData("Within three days of each audit, send the findings to the plant manager.")]
    public void A_period_counted_from_an_event_is_no_deadline(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsTimeBound);
        Assert.True(a.IsSpecific);
    }

    [Theory]
    [InlineData("Groeien in mijn functie als wijkagent.")]
    [InlineData("Grow into my role as site coordinator.")]
    [InlineData("Doorgroeien naar mijn huidige functie als planner.")]
    [InlineData("Grow in my role as shift leader.")]
    [InlineData("Werken aan mijn rol als mentor in de onderbouw.")] // "in de" is a preposition, not the particle of "inwerken"
    public void Growing_into_ones_own_role_is_no_target_role(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.False(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Get my on-time departure rate from 88% to 95%.")]
    [InlineData("De gemiddelde insteltijd per machine brengen we omlaag van 4 naar 2,5 uur.")] // the target's unit is no generic count
    [InlineData("De doorlooptijd van offertes van tien naar vijf werkdagen terugbrengen.")]
    [InlineData("Breng mijn foutmarge van 4% naar 1%.")]
    public void A_change_from_one_figure_to_another_is_specific_and_measurable(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Els stelt vóór 1 maart 2027 het draaiboek voor de open dag op.")] // a name, then the verb
    [InlineData("Vóór 1 juni 2027 ontwikkel ik een training voor nieuwe chauffeurs, inclusief een werkinstructie.")] // developing a named deliverable is making it
    [InlineData("Vóór 1 juli 2027 heb ik de cursus Basisveiligheid met goed gevolg afgerond.")] // "met goed gevolg" is no comparison
    [InlineData("Get the kitchen certified by the food safety authority by June 2027.")]
    [InlineData("Get better at negotiating by completing the 'Harvard Negotiation' course before June 2027.")] // a comparative with a named course as its means
    [InlineData("Within six weeks, mark out the loading bays in the new warehouse (by 1 March 2027).")] // a phrasal imperative
    [InlineData("Vóór 1 mei 2027 de oude werkbonnen (circa 200 stuks) inscannen in het DMS.")] // an infinitive after a bracket
    public void Concrete_goals_in_other_phrasings_stay_specific(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
        Assert.True(a.IsTimeBound);
    }

    [Theory]
    [InlineData("Zes weken meedraaien als planner op de afdeling inkoop.")]
    [InlineData("Twee maanden meelezen met de jurist van de afdeling handhaving.")]
    public void An_infinitive_after_a_duration_is_the_action(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.False(a.IsTimeBound);
    }

    [Theory]
    [InlineData("Vóór 1 juni 2027 rond ik de cursus Veilig Hijsen af ter voorbereiding op mijn nieuwe taak.")]
    [InlineData("Complete the Forklift Safety course by May 2027 to improve my confidence.")]
    [InlineData("Vóór 1 april 2027 loop ik twee diensten mee met de planner om het roosterprogramma te leren.")]
    [InlineData("By June 2027, work four night shifts on the cardiac ward under supervision.")] // "work" without "on" is concrete
    [InlineData("By the end of 2027, take on the role of practice manager.")] // "practice" names the role here
    public void A_purpose_clause_neither_makes_nor_breaks_a_concrete_goal(string text)
    {
        var a = Analyze(text);
        Assert.True(a.IsSpecific, string.Join("; ", a.Findings.Select(f => f.Code)));
        Assert.True(a.IsMeasurable);
    }

    [Theory]
    [InlineData("Mijn vakmanschap als lasser aanscherpen.")] // the role after "als" is who works, not what is worked on
    [InlineData("Mijn kennis van de cao verstevigen.")]
    [InlineData("I want to improve my planning skills.")] // "planning" describes the skills; it is not the action
    [InlineData("Widen my circle of contacts at head office.")]
    [InlineData("Hone my negotiating skills.")]
    [InlineData("Werken aan mijn presentaties voor de regiegroep in Utrecht.")] // a concrete context does not rescue a vague verb
    [InlineData("Grow my network among the suppliers in the Rotterdam region.")]
    [InlineData("Mijn kennis van de Arbowet opfrissen.")]
    [InlineData("De wachttijd aan de balie inkorten.")]
    [InlineData("Speed up invoice processing in Exact.")] // a name says where, not how far
    [InlineData("Ik hoop wat handiger te worden met de macro's in Excel.")] // a wish is no action
    [InlineData("Doortastender optreden bij klanten met een betalingsachterstand.")]
    [InlineData("Bijblijven met alle wijzigingen in de cao.")] // "alle" makes no figure of keeping up
    [InlineData("Brush up my spreadsheet skills before the audit.")]
    [InlineData("Brush up my Power BI dashboards.")] // a name does not anchor a vague verb that has no other action
    [InlineData("De klanttevredenheid opkrikken.")]
    [InlineData("De samenwerking met de buitendienst een boost geven.")]
    [InlineData("Trim the number of missed pickups on the northern route.")] // a quantity worked on, no figure
    [InlineData("Trim our packaging spend.")]
    [InlineData("Level up as a support engineer.")]
    [InlineData("Mijn maandrapportages verfijnen.")] // the wider list of improvement and change verbs
    [InlineData("De weekplanning van het magazijn stroomlijnen.")]
    [InlineData("Foster a culture of safety on the shop floor.")]
    [InlineData("Explore options for a move into compliance.")]
    [InlineData("Get my head around the new payroll rules.")] // idioms of getting to grips
    [InlineData("De nieuwe kassasoftware onder de knie krijgen.")]
    [InlineData("Een tandje bijzetten in de verkoop.")]
    [InlineData("Stay on top of changes in employment law.")]
    [InlineData("Work on my bid writing this year.")] // "bid writing" is the skill, not the action
    [InlineData("Zorgen dat de doorlooptijd korter wordt.")]
    [InlineData("Ramp up pallets per hour at the cross-dock.")] // "per hour" is no figure
    [InlineData("Bring down overtime in the warehouse.")]
    [InlineData("Bolster the weekend team.")]
    [InlineData("Step up my game in customer calls.")] // no target role
    [InlineData("Het aantal storingen naar beneden krijgen.")]
    [InlineData("Ik wil kordater optreden bij conflicten.")] // a comparative after a modal
    [InlineData("Op de hoogte blijven van de nieuwe regels voor het leerlingenvervoer.")]
    public void Vague_and_change_verbs_stay_vague_whatever_the_object(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific, text);
        Assert.False(a.IsMeasurable, text);
    }

    [Theory]
    [InlineData("Keep abreast of changes in payroll legislation.")]
    [InlineData("Mijn kennis van de Arbowet op peil houden.")]
    public void Keeping_up_to_date_is_vague(string text)
    {
        var a = Analyze(text);
        Assert.False(a.IsSpecific);
        Assert.False(a.IsMeasurable);
    }

    [Fact]
    public void Acronyms_are_names_not_closed_class_words()
    {
        // "CALM" is an archive system here, not a feeling.
        var a = Analyze("Register the donated photographs in CALM before June.");
        Assert.True(a.IsSpecific);
        Assert.DoesNotContain(a.Findings, f => f.Code == "SMART-S05");
    }
}
