namespace Pop.Core.Benchmarks.Conversations;

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Pop.Core.Conversations;

/// <summary>
/// Rebuilding a conversation with N agenda items from its events (<see cref="Conversation.Replay"/>)
/// and from its JSON (<see cref="ConversationJson.Deserialize"/>): the cost must grow linearly with N.
/// Each item is one <see cref="AgendaItemAdded"/> event in the preparation with a short text, priorities
/// cycling 1–7 (64k items of longer texts would pass <see cref="ConversationLimits.MaxTotalTextLength"/>).
/// </summary>
[MemoryDiagnoser]
public class ConversationReplayBenchmarks
{
    private List<ConversationEvent> events = null!;
    private string json = string.Empty;

    /// <summary>Gets or sets the number of agenda items.</summary>
    [Params(1_024, 8_192, 65_536)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var t0 = Instant.FromUtc(2027, 1, 18, 8, 0);
        var at = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        events = new List<ConversationEvent>(Items + 1) { new ConversationScheduled("c1", t0, "eight-steps", "e1", "m1", at, new[] { "Cursus Excel" }) };
        for (int i = 0; i < Items; i++)
        {
            events.Add(new AgendaItemAdded("c1", t0 + Duration.FromMilliseconds(i), "a" + i, i % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager, "Werkdruk " + i, 1 + (i % 7)));
        }

        json = ConversationJson.Serialize(Conversation.Replay(events));
    }

    /// <summary>Replays the events through every rule.</summary>
    [Benchmark]
    public Conversation Replay() => Conversation.Replay(events);

    /// <summary>Reads the JSON (parse, check every field, replay).</summary>
    [Benchmark]
    public Conversation JsonRead() => ConversationJson.Deserialize(json);
}
