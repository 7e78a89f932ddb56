namespace Pop.Core.Tests.Conversations;

using System.Collections.Generic;
using NodaTime;
using Pop.Core.Conversations;
using Xunit;

/// <summary>Replay grows linearly with the events, counted in steps (copies, comparisons), never timed.</summary>
public sealed class ConversationSizeTests
{
    private static readonly Instant T0 = Instant.FromUtc(2027, 1, 18, 8, 0);
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

    /// <summary>A scheduled conversation with <paramref name="items"/> agenda items in the preparation, priorities cycling 1–7.</summary>
    internal static List<ConversationEvent> AgendaStream(int items)
    {
        var events = new List<ConversationEvent>(items + 1) { new ConversationScheduled("c", T0, "eight-steps", "e1", "m1", Monday, System.Array.Empty<string>()) };
        for (int i = 0; i < items; i++)
        {
            events.Add(new AgendaItemAdded("c", T0 + Duration.FromMilliseconds(i), "a" + i, i % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager, "punt " + i, 1 + (i % 7)));
        }

        return events;
    }

    private static double StepsPerItem(int items)
    {
        var events = AgendaStream(items);
        long before = ReplayWork.Steps;
        var c = Conversation.Replay(events);
        Assert.Equal(items, c.Agenda.Count);
        return (ReplayWork.Steps - before) / (double)items;
    }

    [Fact]
    public void Replaying_64k_agenda_items_costs_about_as_much_per_item_as_8k()
    {
        double small = StepsPerItem(1_024);
        double medium = StepsPerItem(8_192);
        Assert.True(medium <= small * 1.5, $"{small:F1} steps per item at 1k, {medium:F1} at 8k: replay is not linear.");
        double large = StepsPerItem(65_536);
        Assert.True(large <= medium * 1.5, $"{medium:F1} steps per item at 8k, {large:F1} at 64k: replay is not linear.");
        Assert.True(large <= 64, $"{large:F1} steps per item at 64k.");
    }
}
