namespace Pop.Embedding;

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Cycles;
using Pop.Core.Smart;
using Pop.Core.Texts;

/// <summary>
/// A minimal vendor host: Pop.Core registered in a container, conversations kept as events in
/// SQLite, and the vendor's own wording of two messages. Each step below is what one request of
/// the vendor's product would do.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Pop.Embedding — how a vendor's product embeds Pop.Core

        Usage: dotnet run --project samples/Pop.Embedding [-- --db FILE]

          --db FILE   the SQLite database (created when missing; default pop-embedding.db)

        The first run walks Sanne's POP-gesprek request by request and stores every event; a later
        run finds the conversation in the database and rebuilds it from its events.
        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.Out.Write(Usage);
            return 0;
        }

        string database = "pop-embedding.db";
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
            {
                database = args[++i];
            }
            else
            {
                Console.Error.WriteLine($"pop-embedding: unknown argument '{args[i]}'. Run with --help for the options.");
                return 2;
            }
        }

        try
        {
            return Run(database);
        }
        catch (Exception e) when (e is ConversationJsonException or ConversationReplayException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            // The database is not one this sample wrote, or it was changed by hand.
            Console.Error.WriteLine($"pop-embedding: {database}: {e.Message}");
            return 3;
        }
    }

    private static int Run(string database)
    {
        using var services = new ServiceCollection()
            .AddPopCore("Europe/Amsterdam", PopCoreServices.VendorTexts)
            .AddSingleton(new SqliteConversationStore(database))
            .AddSingleton<ConversationWorkflow>()
            .BuildServiceProvider();

        var nl = CultureInfo.GetCultureInfo("nl");
        var texts = services.GetRequiredService<TextCatalog>();
        var workflow = services.GetRequiredService<ConversationWorkflow>();
        var store = services.GetRequiredService<SqliteConversationStore>();
        var clock = services.GetRequiredService<IClock>();
        var zone = services.GetRequiredService<DateTimeZone>();
        const string id = "pop-sanne";

        Console.WriteLine($"Database: {Path.GetFullPath(database)}");
        var existing = store.Load(id);
        if (existing is not null)
        {
            Console.WriteLine($"Found conversation '{id}' with {existing.History.Count} events; rebuilt from them, every rule checked again.");
            Report(existing, nl);
            return 0;
        }

        // Request 1: the manager schedules the conversation two weeks ahead.
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var at = today.PlusDays(14).At(new LocalTime(10, 0)).InZoneLeniently(zone);
        workflow.Schedule(id, "sanne", "joost", at);
        Console.WriteLine($"Scheduled '{id}' for {at.Date:uuuu'-'MM'-'dd} 10:00 ({zone.Id}).");

        // Requests 2–4: both prepare, the conversation starts.
        Do(workflow, id, (c, k) => c.RecordPreparation(ConversationRole.Employee, new[] { "Werkdruk", "Presenteren" }, k));
        Do(workflow, id, (c, k) => c.RecordPreparation(ConversationRole.Manager, new[] { "Tweede superuser" }, k));
        Do(workflow, id, (c, k) => c.Start(k));

        // Request 5: an agreement too early; the rejection is shown in the vendor's wording.
        var tooEarly = workflow.Execute(id, (c, k) => c.RecordAgreement("w1", "Sanne", "Twee presentaties geven", at.Date.PlusDays(60), false, k));
        Console.WriteLine($"Refused ({tooEarly.Rejection!.Code}): {tooEarly.Rejection.Message(nl, texts)}");

        // Requests 6–: the phases in order.
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.RecordCurrentState("Druk jaar; het nieuwe planningssysteem loopt.", k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.RecordNeed(ConversationRole.Employee, "Beter presenteren voor het MT", k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.RecordNeed(ConversationRole.Manager, "Een tweede superuser voor de planning", k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));

        // Before recording an agreement the UI checks it against SMART, with the vendor's texts. The
        // text's language is detected; nl is only the culture of the messages shown to the user.
        var validator = services.GetRequiredService<SmartValidator>();
        foreach (var text in new[] { "Sanne wordt beter in presenteren.", $"Sanne geeft uiterlijk {at.Date.PlusDays(60).ToString("d MMMM uuuu", nl)} twee presentaties van 20 minuten in het MT." })
        {
            var report = validator.Validate(new SmartSubject(text) { Kind = SmartSubjectKind.Agreement, Who = "Sanne" }, messageCulture: nl);
            Console.WriteLine($"SMART check: \"{text}\" → {(report.TextAnalysis.Deadline is { } d ? "deadline " + d.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "no deadline")}");
            foreach (var finding in report.Findings.Where(f => f.Code == "SMART-T01"))
            {
                Console.WriteLine($"  {finding.Code}: {finding.Message}");
            }
        }

        var when = at.Date.PlusDays(60);
        Do(workflow, id, (c, k) => c.RecordAgreement("w1", "Sanne", "Geeft twee presentaties van 20 minuten in het MT", when, false, k));
        Do(workflow, id, (c, k) => c.AcceptAgreement("w1", ConversationRole.Employee, k));
        Do(workflow, id, (c, k) => c.AcceptAgreement("w1", ConversationRole.Manager, k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.PlanFollowUp(at.Date.PlusDays(14), k));
        Do(workflow, id, (c, k) => c.AdvancePhase(k));
        Do(workflow, id, (c, k) => c.RecordEvaluation("Open gesprek, goed voorbereid.", k));
        Do(workflow, id, (c, k) => c.Close(k));
        Console.WriteLine("Closed: every agreement accepted by both, follow-up planned, conversation evaluated.");

        // A later request, on a fresh connection: the state comes back from the events alone.
        var rebuilt = store.Load(id)!;
        Console.WriteLine($"Stored {rebuilt.History.Count} events; rebuilt from the database.");
        Report(rebuilt, nl);

        // The planner from the same container: the next cycle for Joost's team.
        var planner = services.GetRequiredService<CyclePlanner>();
        var team = new[] { "sanne", "daan", "emma" }.Select(e => new CycleParticipant(e, "joost")).ToList();
        var next = planner.Plan(team, CyclePolicy.SeasonWindow(today.Year + 1));
        Console.WriteLine($"Next cycle: {string.Join(", ", next.Conversations.Select(p => $"{p.EmployeeId} {p.Date:uuuu'-'MM'-'dd}"))}.");
        return 0;
    }

    /// <summary>One request that must pass: a rejection here would be a bug in this sample, so it stops the run.</summary>
    private static void Do(ConversationWorkflow workflow, string id, Func<Conversation, IClock, ConversationResult> command)
    {
        var result = workflow.Execute(id, command);
        if (result.Rejection is { } rejection)
        {
            throw new InvalidOperationException("The sample's story broke a rule: " + rejection);
        }
    }

    private static void Report(Conversation c, CultureInfo culture)
    {
        Console.WriteLine($"Conversation {c.Id}: {c.EmployeeId} with {c.ManagerId}, status {c.Status}, model {c.Model.Name(culture)}.");
        foreach (var a in c.Agreements)
        {
            Console.WriteLine($"  Agreement {a.Id}: {a.Who} — {a.What} — {a.When:uuuu'-'MM'-'dd} — accepted by both: {a.IsAcceptedByBoth}");
        }
    }
}
