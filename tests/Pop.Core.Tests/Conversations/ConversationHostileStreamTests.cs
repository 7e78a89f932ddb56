namespace Pop.Core.Tests.Conversations;

using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

/// <summary>
/// Stored event streams that the commands could never have produced: reading them from JSON or
/// replaying them must refuse them with the same rule the commands apply, at the offending field.
/// </summary>
public sealed class ConversationHostileStreamTests
{
    private const string Scheduled = """{"type":"ConversationScheduled","conversationId":"c","at":"2027-01-18T08:00:00Z","modelId":"eight-steps","employeeId":"e1","managerId":"m1","scheduledFor":"2027-01-25T10:00:00+01 Europe/Amsterdam","previousAgreements":[]}""";
    private const string Started = """{"type":"ConversationStarted","conversationId":"c","at":"2027-01-25T09:00:00Z"}""";
    private const string Status = """{"type":"PhaseEntered","conversationId":"c","at":"2027-01-25T09:00:01Z","phaseId":"status"}""";

    private static readonly Instant T0 = Instant.FromUtc(2027, 1, 4, 8, 0);
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

    /// <summary>The events up to the agreements phase of the eight-step model, both needs heard, one agreement recorded; times one second apart from <paramref name="start"/>.</summary>
    private static string[] UpToAgreement(int start = 2)
    {
        string At(int i) => $"2027-01-25T09:00:{start + i:00}Z";
        return new[]
        {
            Scheduled, Started, Status,
            $$"""{"type":"PhaseEntered","conversationId":"c","at":"{{At(0)}}","phaseId":"current-state"}""",
            $$"""{"type":"PhaseEntered","conversationId":"c","at":"{{At(1)}}","phaseId":"employee-needs"}""",
            $$"""{"type":"NeedRecorded","conversationId":"c","at":"{{At(2)}}","side":"Employee","need":"Plannen"}""",
            $$"""{"type":"PhaseEntered","conversationId":"c","at":"{{At(3)}}","phaseId":"organisation-needs"}""",
            $$"""{"type":"NeedRecorded","conversationId":"c","at":"{{At(4)}}","side":"Manager","need":"Superuser"}""",
            $$"""{"type":"PhaseEntered","conversationId":"c","at":"{{At(5)}}","phaseId":"agreements"}""",
            $$"""{"type":"AgreementRecorded","conversationId":"c","at":"{{At(6)}}","agreementId":"g1","who":"e1","what":"Rondt de e-learning af","when":"2027-04-30","isSupport":false}""",
        };
    }

    private static string Document(params string[] events) =>
        """{"schema":"pop.conversation/1","id":"c","events":[""" + string.Join(",", events) + "]}";

    private static ConversationJsonException Refused(params string[] events) =>
        Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(Document(events)));

    [Fact]
    public void The_hand_written_base_stream_is_valid()
    {
        var c = ConversationJson.Deserialize(Document(UpToAgreement()));
        Assert.Equal("g1", Assert.Single(c.Agreements).Id);
        Assert.Equal(10, c.History.Count);
    }

    [Fact]
    public void An_employee_as_their_own_manager_is_refused_at_the_manager()
    {
        var e = Refused(Scheduled.Replace("\"managerId\":\"m1\"", "\"managerId\":\"e1\""));
        Assert.Equal("$.events[0].managerId", e.Path);
        Assert.Equal("managerId", Assert.Throws<ArgumentException>(() => new ConversationScheduled("c", T0, "eight-steps", "e1", "e1", Monday, Array.Empty<string>())).ParamName);
    }

    [Theory]
    [InlineData("HR")]
    [InlineData("Coach")]
    public void A_preparation_by_hr_or_coach_is_not_stored_as_the_managers(string role)
    {
        var e = Refused(Scheduled, $$"""{"type":"PreparationRecorded","conversationId":"c","at":"2027-01-19T08:00:00Z","role":"{{role}}","talkingPoints":["Werkdruk"],"stage":"Senior"}""");
        Assert.Equal("$.events[1].role", e.Path);
        Assert.Equal("role", Assert.Throws<ArgumentException>(() => new PreparationRecorded("c", T0, Enum.Parse<ConversationRole>(role), new[] { "Werkdruk" }, null, null)).ParamName);
    }

    [Fact]
    public void An_employee_preparation_with_the_managers_department_picture_is_refused()
    {
        // The stage may come from either party (issue #15); the department picture stays the manager's.
        var e = Refused(Scheduled, """{"type":"PreparationRecorded","conversationId":"c","at":"2027-01-19T08:00:00Z","role":"Employee","talkingPoints":["Werkdruk"],"stage":"Senior","departmentPicture":{"staffing":"6 fte"}}""");
        Assert.Equal("$.events[1].role", e.Path);
    }

    [Fact]
    public void An_acceptance_by_the_coach_does_not_count_as_the_managers()
    {
        var events = UpToAgreement().Append("""{"type":"AgreementAccepted","conversationId":"c","at":"2027-01-25T09:01:00Z","agreementId":"g1","by":"Coach"}""").ToArray();
        Assert.Equal("$.events[10].by", Refused(events).Path);
        Assert.Equal("by", Assert.Throws<ArgumentException>(() => new AgreementAccepted("c", T0, "g1", ConversationRole.Coach)).ParamName);
        Assert.Equal("side", Assert.Throws<ArgumentException>(() => new NeedRecorded("c", T0, ConversationRole.HR, "Plannen")).ParamName);
    }

    [Fact]
    public void An_acceptance_dated_1970_is_refused_as_time_going_backwards()
    {
        var events = UpToAgreement().Append("""{"type":"AgreementAccepted","conversationId":"c","at":"1970-01-01T00:00:00Z","agreementId":"g1","by":"Manager"}""").ToArray();
        var e = Refused(events);
        Assert.Equal("$.events[10]", e.Path);
        Assert.Contains("CONV-R13", e.Message);
    }

    [Fact]
    public void An_event_dated_before_the_scheduling_is_refused()
    {
        var e = Refused(Scheduled, """{"type":"AgendaItemAdded","conversationId":"c","at":"2027-01-18T07:59:59Z","itemId":"a1","proposedBy":"Employee","text":"Werkdruk","priority":1}""");
        Assert.Equal("$.events[1]", e.Path);
        Assert.Contains("CONV-R13", e.Message);
    }

    [Fact]
    public void Replay_refuses_time_going_backwards_with_the_rule_and_the_index()
    {
        var c = ConversationJson.Deserialize(Document(UpToAgreement()));
        var hostile = c.History.Append(new AgreementAccepted("c", Instant.FromUtc(1970, 1, 1, 0, 0), "g1", ConversationRole.Manager));
        var e = Assert.Throws<ConversationReplayException>(() => Conversation.Replay(hostile));
        Assert.Equal("CONV-R13", e.Code);
        Assert.Equal(10, e.EventIndex);
    }

    [Fact]
    public void A_command_whose_clock_went_backwards_is_rejected_like_replay()
    {
        var clock = new FakeClock(T0);
        var c = Conversation.Schedule("c", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation;
        clock.Reset(T0 - Duration.FromDays(1));
        var r = c.AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, clock);
        Assert.Equal("CONV-R13", r.Rejection?.Code);
        Assert.Same(c, r.Conversation);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public void A_priority_below_one_is_refused_everywhere(int priority)
    {
        Assert.Equal("$.events[1].priority", Refused(Scheduled, $$"""{"type":"AgendaItemAdded","conversationId":"c","at":"2027-01-19T08:00:00Z","itemId":"a1","proposedBy":"Employee","text":"Werkdruk","priority":{{priority}}}""").Path);
        Assert.Equal("priority", Assert.ThrowsAny<ArgumentException>(() => new AgendaItemAdded("c", T0, "a1", ConversationRole.Employee, "Werkdruk", priority)).ParamName);
        Assert.Equal("priority", Assert.ThrowsAny<ArgumentException>(() => new AgendaItemPrioritised("c", T0, "a1", priority)).ParamName);
    }

    [Fact]
    public void Empty_texts_are_refused_at_their_field()
    {
        Assert.Equal("$.events[9].what", Refused(UpToAgreement().Select(e => e.Replace("\"what\":\"Rondt de e-learning af\"", "\"what\":\" \"")).ToArray()).Path);
        Assert.Equal("what", Assert.ThrowsAny<ArgumentException>(() => new AgreementRecorded("c", T0, "g1", "e1", " ", new LocalDate(2027, 4, 30), false)).ParamName);
        Assert.Equal("need", Assert.ThrowsAny<ArgumentException>(() => new NeedRecorded("c", T0, ConversationRole.Employee, "")).ParamName);
        Assert.Equal("feedback", Assert.ThrowsAny<ArgumentException>(() => new EvaluationRecorded("c", T0, "\t")).ParamName);
        Assert.Equal("talkingPoints", Assert.ThrowsAny<ArgumentException>(() => new PreparationRecorded("c", T0, ConversationRole.Employee, new[] { "x", " " }, null, null)).ParamName);
    }

    [Fact]
    public void Null_fields_are_refused_when_the_event_is_made_not_deep_in_replay()
    {
        Assert.Equal("previousAgreements", Assert.Throws<ArgumentNullException>(() => new ConversationScheduled("c", T0, "eight-steps", "e1", "m1", Monday, null!)).ParamName);
        Assert.Equal("conversationId", Assert.Throws<ArgumentNullException>(() => new ConversationStarted(null!, T0)).ParamName);
        Assert.Equal("itemId", Assert.Throws<ArgumentNullException>(() => new AgendaItemAdded("c", T0, null!, ConversationRole.Employee, "x", 1)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => new ConversationCancelled("c", T0, null!)).ParamName);
        Assert.Equal("phaseId", Assert.Throws<ArgumentNullException>(() => new PhaseEntered("c", T0, null!)).ParamName);
    }

    [Fact]
    public void A_null_field_in_json_is_a_typed_error_at_the_field()
    {
        Assert.Equal("$.events[0].previousAgreements", Refused(Scheduled.Replace("\"previousAgreements\":[]", "\"previousAgreements\":null")).Path);
        Assert.Equal("$.events[1].reason", Refused(Scheduled, """{"type":"ConversationCancelled","conversationId":"c","at":"2027-01-19T08:00:00Z","reason":null}""").Path);
        Assert.Equal("$.events[1].talkingPoints[0]", Refused(Scheduled, """{"type":"PreparationRecorded","conversationId":"c","at":"2027-01-19T08:00:00Z","role":"Employee","talkingPoints":[null]}""").Path);
    }
}
