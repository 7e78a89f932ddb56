namespace Pop.Cli.Commands;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using Pop.Core.Conversations;
using Pop.Core.Cycles;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Pop.Core.Smart;
using Pop.Core.Strategies;
using Pop.Core.Texts;

/// <summary><c>pop demo</c>: one POP end to end, with everything the library can do.</summary>
internal static class DemoCommand
{
    public const string Help = """
        pop demo [--culture nl|en] [--no-color]

        Walks one POP end to end: Sanne (employee) and Joost (manager). Her quadrant and the
        strategy for the conversation; the preparation and the conversation in eight steps, with
        the rules holding; her goals SMART-checked with deadlines resolved; the plan as she may see
        it, with what HR may not, and its place in the strategic training plan; the ambition check;
        and the dates of the next cycle. The story is set in 2027 and reads the same on any day.
        """;

    public static int Run(CliArguments args, IClock clock)
    {
        CultureInfo culture = CommonOptions.Culture(args, allowAuto: false)!;
        var t = new Terminal(args.Flag("--no-color"));
        args.RejectUnknown();
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

        // The story has its own clock: the demo reads the same on any day it is run.
        var story = Story.Clock();
        var reference = new LocalDate(2027, 1, 25);

        Step(t, nl ? "1. De insteek: belangstelling × potentieel" : "1. The approach: interest × potential");
        var placement = QuadrantClassifier.Default.Place(new Interest(4.5), new Potential(4), new Potential(3));
        var strategy = StrategyCatalog.Default.Describe(placement.Quadrant, culture);
        Console.WriteLine($"   {t.Bold(strategy.Name)} — {strategy.Aim}");
        Console.WriteLine(t.Dim("   " + (nl ? "Instrument: " : "Instrument: ") + strategy.Instruments[0]));
        if (placement.SelfAssessmentGap is { Direction: GapDirection.EmployeeRatesLower })
        {
            Console.WriteLine(t.Yellow("   " + (nl ? "Sanne schat haar potentieel lager in dan Joost: benoem wat hij ziet." : "Sanne rates her potential lower than Joost does: name what he sees.")));
        }

        Step(t, nl ? "2. Voorbereiding en gesprek in acht stappen" : "2. Preparation and the conversation in eight steps");
        var session = Story.Conversation(culture, story, t);
        var conversation = session.Conversation!;
        foreach (var e in conversation.History.OfType<PhaseEntered>())
        {
            int i = conversation.Model.IndexOf(e.PhaseId);
            Console.WriteLine($"   {i + 1}. {conversation.Model.Guidance(i, culture).Name}");
        }

        Console.WriteLine(t.Dim("   " + (nl ? $"{conversation.History.Count} gebeurtenissen vastgelegd; {conversation.Warnings.Count} aandachtspunt (de leidinggevende reageerde tijdens het luisteren)." : $"{conversation.History.Count} events recorded; {conversation.Warnings.Count} note (the manager reacted while listening).")));
        var early = Conversation.Schedule("probe", ConversationModel.EightSteps, "e", "m", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(zone), null, story).Conversation.Start(story).Conversation;
        var refused = early.RecordAgreement("x", "e", "x", reference, false, story);
        Console.WriteLine(t.Dim("   " + (nl ? "Een afspraak in de eerste fase wordt geweigerd: " : "An agreement in the first phase is refused: ") + refused.Rejection!.Message(culture)));

        // The closing rules: had a vague agreement slipped in, a host that holds agreements to SMART
        // refuses the close until it is reworded or both keep it as worded, with the reason.
        var beforeClose = Conversation.Replay(conversation.History.Where(e => e is not ConversationClosed));
        var vague = beforeClose.ReturnToPhase("agreements", story).Conversation
            .RecordAgreement("vaag", "Sanne de Vries", nl ? "Beter worden in plannen." : "Get better at planning.", new LocalDate(2027, 6, 30), false, story).Conversation
            .AcceptAgreement("vaag", ConversationRole.Employee, story).Conversation
            .AcceptAgreement("vaag", ConversationRole.Manager, story).Conversation
            .AdvancePhase(story).Conversation.AdvancePhase(story).Conversation.AdvancePhase(story).Conversation;
        var strict = new ClosingPolicy(Pop.Core.RuleEnforcement.Refuse);
        var refusedClose = vague.Close(story, strict);
        Console.WriteLine(t.Dim("   " + (nl ? "Sluiten met een vage afspraak wordt geweigerd: " : "Closing with a vague agreement is refused: ") + refusedClose.Rejection!.Message(culture)));
        var kept = vague.AcceptNotSmart("vaag", nl ? "Een houding om te oefenen; we bespreken het bij elke check." : "An attitude to practise; we discuss it at every check.", story).Conversation.Close(story, strict);
        Console.WriteLine(t.Dim("   " + (nl ? "Met de reden vastgelegd gaat het gesprek dicht: " : "With the reason recorded, the conversation closes: ") + (kept.IsAccepted ? "✓" : kept.Rejection!.Message(culture))));

        Step(t, nl ? "3. Doelen SMART getoetst" : "3. Goals SMART-checked");
        string[] goals = nl
            ? new[] { "Ik wil beter worden in plannen.", "Vóór eind Q2 rond ik de cursus Projectmatig Werken af en lever ik een planning voor het magazijnproject op.", "Elke maand bespreek ik mijn voortgang met Joost." }
            : new[] { "I want to get better at planning.", "By the end of Q2, complete the Project Management course and hand over a schedule for the warehouse project.", "Discuss my progress with Joost every month." };
        var validator = new SmartValidator(story, zone);
        foreach (var goal in goals)
        {
            var report = validator.ValidateAsOf(new SmartSubject(goal) { AcceptedByEmployee = true, AcceptedByManager = true }, reference, messageCulture: culture);
            Console.WriteLine((report.IsSmart ? t.Green("   ✓ ") : t.Yellow("   • ")) + goal);
            string marks = SmartMarks.Of(report);
            string deadline = report.TextAnalysis.Deadline is { } d ? $" → {LocalDatePattern.Iso.Format(d.Date)} ('{d.Text}')" : string.Empty;
            Console.WriteLine(t.Dim("     " + marks + deadline));
            foreach (var f in report.Findings.Where(f => f.Severity == FindingSeverity.Warning).Take(1))
            {
                Console.WriteLine(t.Dim("     " + f.Suggestion));
            }
        }

        Step(t, nl ? "4. Het plan, zoals Sanne het ziet" : "4. The plan, as Sanne sees it");
        var pop = Story.Plan(conversation, culture, story);
        foreach (var line in PlanDocument.Of(pop.RedactFor(ConversationRole.Employee), culture, new LocalDate(2027, 5, 3), story).Text(t).TrimEnd().Split('\n'))
        {
            Console.WriteLine("   " + line);
        }

        Console.WriteLine();
        var drift = pop.DriftFrom(conversation);
        Console.WriteLine(t.Dim("   " + string.Join(" ", drift.Describe(culture)) + (drift.IsEmpty ? " (PLAN-D00)" : string.Empty)));
        var forHr = pop.Access(ConversationRole.HR, PlanSection.AssessmentResults);
        Console.WriteLine(t.Dim("   " + (nl ? "Voor HR: " : "For HR: ") + forHr.Message(culture) + $" ({forHr.Code})"));
        var colleagues = Enumerable.Range(1, 5).Select(i => DevelopmentPlan.Start($"pop-{i}", $"collega-{i}", "Joost Bakker", pop.Department, pop.Period, null, null)
            .AddGoal(pop.Goals[0]).Accepted()
            .AddActivity(new DevelopmentActivity("a1", "g1", DevelopmentActivityKind.Training, pop.Activities[0].Description, i <= 2 ? null : 250m, Duration.FromHours(12))).Accepted());
        // A host keeps a random secret key of its own (32 bytes from its secret store) and keeps it stable:
        // the same key gives the same noise. The demo derives a fixed one so that it reads the same each run.
        var protection = SopProtection.Perturbed(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("pop demo: not a real key")));
        var sop = StrategicTrainingPlan.Aggregate(colleagues.Append(pop), protection);
        foreach (var need in sop.Needs)
        {
            string cost = (nl ? "kosten " : "cost ") + (need.EstimatedCost.TryGetValue(out decimal euros) ? "€ " + euros.ToString("N0", culture) : Withheld(need.EstimatedCost.Withheld, sop.MinimumGroupSize, culture));
            string hours = (nl ? "tijd " : "time ") + (need.EstimatedHours.TryGetValue(out decimal h) ? h.ToString("N0", culture) + (nl ? " uur" : " hours") : Withheld(need.EstimatedHours.Withheld, sop.MinimumGroupSize, culture));
            Console.WriteLine(t.Dim($"   SOP 2027 · {need.Department ?? TextCatalog.Default.Format("SOP.AllDepartments", culture)} · {need.Competency} · {TextCatalog.Default.Format("ACTIVITY." + need.ActivityKind, culture)}: {need.Employees} {(nl ? "medewerkers" : "employees")}; {cost}; {hours}"));
        }

        // The demand side: what the organisation needs, against what the plans supply.
        var demand = new[] { new CompetencyDemand(pop.Department, pop.Goals[0].Competency, 10), new CompetencyDemand(pop.Department, "Heftruck", 3), new CompetencyDemand("Inkoop", "Onderhandelen", 2) };
        foreach (var line in CompetencyGapReport.Aggregate(colleagues.Append(pop), demand, protection).Lines)
        {
            Console.WriteLine(t.Dim("   SOP 2027 · " + line.Describe(culture)));
        }

        Console.WriteLine(t.Dim("   " + (nl ? $"Groepen kleiner dan {sop.MinimumGroupSize} medewerkers staan niet in het SOP: {sop.SuppressedGroups} samengevoegd of weggelaten; een cijfer dat op minder dan {sop.MinimumGroupSize} mensen berust, wordt niet getoond." : $"Groups smaller than {sop.MinimumGroupSize} employees are not in the SOP: {sop.SuppressedGroups} merged or left out; a figure that rests on fewer than {sop.MinimumGroupSize} people is not shown.")));
        if (sop.IsPerturbed)
        {
            Console.WriteLine(t.Dim("   " + TextCatalog.Default.Format("SOP.Perturbed", culture)));
        }

        var ambition = StrategyCatalog.Default.CheckAmbition(placement.Quadrant, new[] { DevelopmentGoalKind.Specialise, DevelopmentGoalKind.GrowIntoRole }, culture);
        Console.WriteLine(t.Dim("   " + string.Join(" ", ambition.Reasons)));

        Step(t, nl ? "5. De volgende cyclus" : "5. The next cycle");
        var team = new[] { "Sanne de Vries", "Daan Smit", "Emma de Jong", "Noah Mulder", "Lotte Bos" }
            .Select((name, i) => new CycleParticipant(name, "Joost Bakker") { Name = name })
            .ToList();
        var plan = new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2027, 12, 1, 9, 0))).Plan(team, CyclePolicy.SeasonWindow(2028));
        var next = plan.For("Sanne de Vries");
        Console.WriteLine(nl
            ? $"   Aankondiging {Iso(next.AnnounceOn)} · gesprekspunten {Iso(next.TalkingPointsDue)} · gesprek {next.Start:uuuu'-'MM'-'dd HH':'mm} · vervolg {Iso(next.FollowUpOn)} · tussentijds {Iso(next.InterimChecksOn[0])}"
            : $"   Announce {Iso(next.AnnounceOn)} · talking points {Iso(next.TalkingPointsDue)} · conversation {next.Start:uuuu'-'MM'-'dd HH':'mm} · follow-up {Iso(next.FollowUpOn)} · interim {Iso(next.InterimChecksOn[0])}");
        Console.WriteLine(t.Dim("   " + (nl ? $"Joosts team van {team.Count} gespreid over januari–februari 2028, op werkdagen, zonder dubbele boekingen." : $"Joost's team of {team.Count} spread over January–February 2028, on working days, never double-booked.")));
        Console.WriteLine();
        return ExitCodes.Success;
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string Withheld(SopWithholding reason, int minimum, CultureInfo culture) =>
        TextCatalog.Default.Format("SOP.Withheld." + reason, culture, new System.Collections.Generic.Dictionary<string, string> { ["Minimum"] = minimum.ToString(culture) });

    private static void Step(Terminal t, string title)
    {
        Console.WriteLine();
        Console.WriteLine(t.Bold(title));
    }
}
