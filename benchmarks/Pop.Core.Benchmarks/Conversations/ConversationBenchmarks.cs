namespace Pop.Core.Benchmarks.Conversations;

using BenchmarkDotNet.Attributes;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;

/// <summary>
/// Applying 10,000 commands to one conversation (agenda work in the preparation, which a busy UI
/// might send), and the JSON round-trip of a full conversation (serialise, then read by replay).
/// </summary>
[MemoryDiagnoser]
public class ConversationBenchmarks
{
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 18, 8, 0));
    private Conversation scheduled = null!;
    private Conversation full = null!;
    private string fullJson = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var at = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        scheduled = Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", at, new[] { "Cursus Excel" }, clock).Conversation;
        var c = scheduled
            .RecordPreparation(ConversationRole.Employee, new[] { "Werkdruk", "Opleiding" }, clock).Conversation
            .AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, clock).Conversation
            .Start(clock).Conversation
            .EvaluatePreviousAgreements("Afgerond.", clock).Conversation
            .AdvancePhase(clock).Conversation.RecordCurrentState("Goed jaar.", clock).Conversation
            .AdvancePhase(clock).Conversation.RecordNeed(ConversationRole.Employee, "Plannen", clock).Conversation
            .AdvancePhase(clock).Conversation.RecordNeed(ConversationRole.Manager, "Superuser", clock).Conversation
            .AdvancePhase(clock).Conversation.RecordAgreement("g1", "e1", "Rondt de e-learning Planning af", new LocalDate(2027, 4, 30), false, clock).Conversation
            .AcceptAgreement("g1", ConversationRole.Employee, clock).Conversation.AcceptAgreement("g1", ConversationRole.Manager, clock).Conversation
            .AdvancePhase(clock).Conversation.AdvancePhase(clock).Conversation.PlanFollowUp(new LocalDate(2027, 2, 8), clock).Conversation
            .AdvancePhase(clock).Conversation.RecordEvaluation("Prettig.", clock).Conversation;
        full = c.Close(clock).Conversation;
        fullJson = ConversationJson.Serialize(full);
    }

    /// <summary>10,000 commands on one conversation: 12 agenda items proposed, then re-prioritised again and again, as a busy planning screen might.</summary>
    [Benchmark]
    public Conversation TenThousandCommands()
    {
        var c = scheduled;
        for (int i = 0; i < 12; i++)
        {
            c = c.AddAgendaItem(Ids[i], i % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager, "punt " + i, 1 + (i % 5), clock).Conversation;
        }

        for (int i = 12; i < 10_000; i++)
        {
            c = c.PrioritiseAgendaItem(Ids[i % 12], 1 + (i % 7), clock).Conversation;
        }

        return c;
    }

    private static readonly string[] Ids = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l" };

    /// <summary>A full eight-step conversation (20 events) to JSON and back, replayed through every rule.</summary>
    [Benchmark]
    public Conversation JsonRoundTrip() => ConversationJson.Deserialize(ConversationJson.Serialize(full));

    /// <summary>Reading only: JSON to a conversation.</summary>
    [Benchmark]
    public Conversation JsonRead() => ConversationJson.Deserialize(fullJson);
}
