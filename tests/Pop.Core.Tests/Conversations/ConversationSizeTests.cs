namespace Pop.Core.Tests.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

/// <summary>Replay grows linearly with the events, counted in steps (copies, comparisons), never timed.</summary>
public sealed class ConversationSizeTests
{
    private static readonly Instant T0 = Instant.FromUtc(2027, 1, 4, 8, 0);
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

    /// <summary>One agenda item re-prioritised until the stream holds <paramref name="count"/> events.</summary>
    private static List<ConversationEvent> EventStream(int count)
    {
        var events = AgendaStream(1);
        for (int i = events.Count; i < count; i++)
        {
            events.Add(new AgendaItemPrioritised("c", T0 + Duration.FromSeconds(10), "a0", 1 + (i % 3)));
        }

        return events;
    }

    [Fact]
    public void The_event_limit_holds_for_replay_and_commands_alike()
    {
        var full = Conversation.Replay(EventStream(ConversationLimits.MaxEvents));
        Assert.Equal(ConversationLimits.MaxEvents, full.History.Count);
        var clock = new FakeClock(T0 + Duration.FromDays(1));
        var r = full.PrioritiseAgendaItem("a0", 2, clock);
        Assert.Equal("CONV-R14", r.Rejection?.Code);
        Assert.Same(full, r.Conversation);

        var e = Assert.Throws<ConversationReplayException>(() => Conversation.Replay(EventStream(ConversationLimits.MaxEvents + 1)));
        Assert.Equal(("CONV-R14", ConversationLimits.MaxEvents), (e.Code, e.EventIndex));
    }

    [Fact]
    public void Json_with_more_events_than_the_limit_is_refused_before_any_is_read()
    {
        string json = """{"schema":"pop.conversation/1","id":"c","events":[""" + string.Join(",", Enumerable.Repeat("{}", ConversationLimits.MaxEvents + 1)) + "]}";
        Assert.Equal("$.events", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json)).Path);
    }

    [Fact]
    public void A_document_above_the_byte_limit_is_refused_before_it_is_parsed()
    {
        // Valid length in characters, too many bytes in UTF-8 ('é' is two), and not even JSON: the size is checked first.
        string wide = new('é', (ConversationLimits.MaxJsonBytes / 2) + 1);
        var e = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(wide));
        Assert.Equal("$", e.Path);
        Assert.Contains("larger than", e.Message);
        Assert.Equal("$", Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent(wide)).Path);
        Assert.True(Encoding.UTF8.GetByteCount(wide) > ConversationLimits.MaxJsonBytes);
    }

    [Fact]
    public void Json_nested_deeper_than_the_limit_is_refused()
    {
        string deep = """{"schema":"pop.conversation/1","id":"c","events":[""" + new string('[', ConversationLimits.MaxJsonDepth) + new string(']', ConversationLimits.MaxJsonDepth) + "]}";
        Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(deep));
    }

    [Fact]
    public void A_text_longer_than_the_field_limit_is_refused_by_commands_and_json_at_the_field()
    {
        string longText = new('x', ConversationLimits.MaxTextLength + 1);
        var clock = new FakeClock(T0);
        var c = Conversation.Schedule("c", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation;
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => c.AddAgendaItem("a1", ConversationRole.Employee, longText, 1, clock)).ParamName);
        Assert.True(c.AddAgendaItem("a1", ConversationRole.Employee, longText.Substring(1), 1, clock).IsAccepted);

        string json = ConversationJson.Serialize(c.AddAgendaItem("a1", ConversationRole.Employee, "kort", 1, clock).Conversation).Replace("\"kort\"", "\"" + longText + "\"");
        Assert.Equal("$.events[1].text", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json)).Path);
    }

    [Fact]
    public void The_total_text_limit_holds_for_commands_replay_and_json()
    {
        string text = new('x', ConversationLimits.MaxTextLength);
        var clock = new FakeClock(T0);
        var c = Conversation.Schedule("c", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation;
        ConversationResult r;
        int i = 0;
        while ((r = c.AddAgendaItem("a" + i, ConversationRole.Employee, text, 1, clock)).IsAccepted)
        {
            c = r.Conversation;
            i++;
        }

        Assert.Equal("CONV-R15", r.Rejection!.Code);
        Assert.Equal(ConversationLimits.MaxTotalTextLength / ConversationLimits.MaxTextLength - 1, i);
        Assert.Equal(c.History.Count, ConversationJson.Deserialize(ConversationJson.Serialize(c)).History.Count);

        var hostile = c.History.Append(new AgendaItemAdded("c", T0 + Duration.FromDays(1), "a" + i, ConversationRole.Employee, text, 1)).ToList();
        var e = Assert.Throws<ConversationReplayException>(() => Conversation.Replay(hostile));
        Assert.Equal(("CONV-R15", i + 1), (e.Code, e.EventIndex));
        string json = ConversationJson.Serialize(c);
        string extra = ",{\"type\":\"AgendaItemAdded\",\"conversationId\":\"c\",\"at\":\"2027-02-01T00:00:00Z\",\"itemId\":\"z\",\"proposedBy\":\"Manager\",\"text\":\"" + text + "\",\"priority\":1}]}";
        var je = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Substring(0, json.Length - 2) + extra));
        Assert.Equal($"$.events[{i + 1}]", je.Path);
        Assert.Contains("CONV-R15", je.Message);
    }
}
