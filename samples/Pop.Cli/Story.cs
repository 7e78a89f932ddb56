namespace Pop.Cli;

using System;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;

/// <summary>
/// The sample's story, told the same on any day: Sanne de Vries and her manager Joost Bakker hold
/// their POP-gesprek on 25 January 2027 (the script conversation.nl.pop / .en.pop), and the plan
/// that comes out of it. <c>pop demo</c> tells it; <c>pop plan --example</c> writes its plan.
/// </summary>
internal static class Story
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    /// <summary>The story's own clock, two minutes a step from Monday 11 January 2027, 09:00.</summary>
    public static FakeClock Clock() => new(new LocalDateTime(2027, 1, 11, 9, 0).InZoneStrictly(Zone).ToInstant(), Duration.FromMinutes(2));

    /// <summary>Runs the conversation script in the culture's language.</summary>
    public static ConversationSession Conversation(CultureInfo culture, IClock clock, Terminal terminal)
    {
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        var session = new ConversationSession(ConversationModel.EightSteps, culture, clock, TextWriter.Null, terminal);
        using var script = new StreamReader(Path.Combine(AppContext.BaseDirectory, $"conversation.{(nl ? "nl" : "en")}.pop"));
        string? line;
        while ((line = script.ReadLine()) is not null)
        {
            if (session.Run(line) is { } error)
            {
                throw new InvalidOperationException("The story's script broke a rule: " + error);
            }
        }

        return session;
    }

    /// <summary>The plan that comes out of the conversation (<see cref="DevelopmentPlan.FromConversation"/>): its agreements, needs and stages, with the goal, activities and proposals behind them.</summary>
    public static DevelopmentPlan Plan(Conversation conversation, CultureInfo culture, IClock clock)
    {
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        var year = new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
        // Made from the closed conversation: its agreements (accepted by both, and staying so), needs and stages come along.
        var plan = DevelopmentPlan.FromConversation("pop-sanne-2027", conversation, nl ? "Logistiek" : "Logistics", year).Accepted()
            .AddGoal(new DevelopmentGoal(
                "g1",
                nl ? "Vóór 1 mei 2027 ben ik tweede superuser van het planningssysteem en heb ik twee collega's geïnstrueerd." : "By 1 May 2027, be the second super user of the planning system and have instructed two colleagues.",
                DevelopmentGoalKind.Specialise,
                DevelopmentFocus.Skills,
                nl ? "Planningssysteem" : "Planning system",
                nl ? "Minder werkdruk: zelf problemen in de planning oplossen" : "Less pressure: solving planning problems herself",
                nl ? "Niet langer één superuser als enige vraagbaak" : "No longer a single super user as the only point of contact",
                conversation.Id)).Accepted()
            .AddActivity(new DevelopmentActivity("a1", "g1", DevelopmentActivityKind.Training, nl ? "E-learning Planningssysteem voor superusers" : "Planning System e-learning for super users", 250m, Duration.FromHours(12))).Accepted()
            .AddActivity(new DevelopmentActivity("a2", "g1", DevelopmentActivityKind.Shadowing, nl ? "Twee dagdelen meelopen met de huidige superuser" : "Two half-days shadowing the current super user", null, Duration.FromHours(8))).Accepted()
            .AddActivity(new DevelopmentActivity("a3", "g1", DevelopmentActivityKind.OtherWork, nl ? "Twee collega's een instructie van een uur geven" : "Give two colleagues a one-hour instruction", null, Duration.FromHours(4))).Accepted()
            .ProposeSolution(new SolutionProposal("p1", "g1", nl ? "Klassikale cursus bij de leverancier" : "Classroom course at the supplier", ConversationRole.Manager, 8, 4, ScoreScale.Default)).Accepted()
            .ProposeSolution(new SolutionProposal("p2", "g1", nl ? "E-learning, meelopen en zelf instrueren" : "E-learning, shadowing and instructing others", ConversationRole.Employee, 7, 9, ScoreScale.Default)).Accepted();
        plan = plan.Schedule(conversation.FollowUpOn, new[] { new LocalDate(2027, 4, 12), new LocalDate(2027, 9, 13) }).Accepted()
            .RecordAssessment(new AssessmentResult("r1", nl ? "360-gradenfeedback" : "360° feedback", nl ? "Collega's zien haar als rustig en precies; ze vraagt laat om hulp." : "Colleagues see her as calm and precise; she asks for help late.", new LocalDate(2027, 1, 8))).Accepted()
            .GrantAssessmentConsent(ConversationRole.Manager, clock).Accepted()
            .AddManagerNote(nl ? "Werkdruk in april opnieuw bespreken; zo nodig de e-learning later." : "Discuss the workload again in April; move the e-learning if needed.", clock).Accepted()
            .RecordInterimCheck(new LocalDate(2027, 4, 12), ProgressAtCheck(conversation), nl ? "Loopt volgens plan." : "On track.").Accepted();
        return plan;
    }

    /// <summary>
    /// The plan a step of the story made. Every step keeps the plan's rules, so a rejection here is a
    /// bug in the story, not an answer for the user: it stops the demo with the rule's code.
    /// </summary>
    public static DevelopmentPlan Accepted(this PlanResult result) =>
        result.Rejection is { } rejection ? throw new InvalidOperationException("The story's plan broke a rule: " + rejection) : result.Plan;

    private static AgreementProgress[] ProgressAtCheck(Conversation conversation)
    {
        var progress = new AgreementProgress[conversation.Agreements.Count];
        for (int i = 0; i < progress.Length; i++)
        {
            var a = conversation.Agreements[i];
            progress[i] = new AgreementProgress(a.Id, a.IsSupport ? 100 : 60, null);
        }

        return progress;
    }
}
