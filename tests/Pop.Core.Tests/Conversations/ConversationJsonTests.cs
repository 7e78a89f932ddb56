namespace Pop.Core.Tests.Conversations;

using System;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

public sealed class ConversationJsonTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2027, 1, 18, 8, 0), Duration.FromSeconds(17));

    private static Conversation Sample()
    {
        var at = new LocalDateTime(2027, 3, 28, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        var c = Conversation.Schedule("c-7", ConversationModel.FiveSteps, "e\"1", "m1", at, new[] { "Cursus \"Excel\" afronden 😀" }, Clock).Conversation;
        c = c.RecordPreparation(ConversationRole.Manager, new[] { "Planning" }, Clock, DevelopmentStage.Senior, new DepartmentPicture { Staffing = "6 fte", Threats = "Vergrijzing" }).Conversation;
        c = c.AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, Clock).Conversation;
        c = c.Start(Clock).Conversation;
        c = c.AdvancePhase(Clock).Conversation;
        c = c.EvaluatePreviousAgreements("Gedeeltelijk gelukt.", Clock).Conversation;
        c = c.AdvancePhase(Clock).Conversation;
        c = c.RecordNeed(ConversationRole.Employee, "Leren plannen", Clock).Conversation;
        c = c.RecordManagerRemark("Dat is niet nodig.", true, Clock).Conversation;
        c = c.RecordNeed(ConversationRole.Manager, "Superuser", Clock).Conversation;
        return c;
    }

    [Fact]
    public void Events_round_trip_one_by_one_as_an_event_store_keeps_them()
    {
        var c = Sample();
        var rows = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(c.History, ConversationJson.SerializeEvent));
        var back = Conversation.Replay(System.Linq.Enumerable.Select(rows, ConversationJson.DeserializeEvent));
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(back));
        Assert.Equal("$.type", Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent("{\"conversationId\":\"c\"}")).Path);
        Assert.Equal("$", Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent("[1]")).Path);
    }

    [Fact]
    public void A_conversation_round_trips_exactly()
    {
        var c = Sample();
        string json = ConversationJson.Serialize(c);
        var back = ConversationJson.Deserialize(json);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(back));
        Assert.Equal(json, ConversationJson.Serialize(back));
        Assert.Contains("\"schema\":\"pop.conversation/2\"", json);
        Assert.Contains("\"rulesVersion\":2", json);
        Assert.Contains("Europe/Amsterdam", json);
    }

    [Fact]
    public void A_version_1_document_is_read_and_replays_by_version_1_of_the_rules()
    {
        // What the previous version wrote: no rulesVersion, a conversation that closed with no
        // agreement and a follow-up on the day itself (both allowed by version 1 of the rules).
        string v1 = """
            {"schema":"pop.conversation/1","id":"c","modelId":"three-steps","events":[
            {"type":"ConversationScheduled","conversationId":"c","at":"2027-01-18T08:00:00Z","modelId":"three-steps","employeeId":"e","managerId":"m","scheduledFor":"2027-01-25T10:00:00+01 Europe/Amsterdam","previousAgreements":[]},
            {"type":"ConversationStarted","conversationId":"c","at":"2027-01-25T09:00:00Z"},
            {"type":"PhaseEntered","conversationId":"c","at":"2027-01-25T09:00:00Z","phaseId":"prepare"},
            {"type":"PhaseEntered","conversationId":"c","at":"2027-01-25T09:01:00Z","phaseId":"conversation"},
            {"type":"PhaseEntered","conversationId":"c","at":"2027-01-25T09:02:00Z","phaseId":"record"},
            {"type":"FollowUpPlanned","conversationId":"c","at":"2027-01-25T09:03:00Z","on":"2027-01-25"},
            {"type":"EvaluationRecorded","conversationId":"c","at":"2027-01-25T09:04:00Z","feedback":"Kort."},
            {"type":"ConversationClosed","conversationId":"c","at":"2027-01-25T09:05:00Z"}]}
            """;
        var c = ConversationJson.Deserialize(v1);
        Assert.Equal(ConversationStatus.Closed, c.Status);
        Assert.Equal(1, c.RulesVersion);

        // Written again, it is a version-2 document that still names version 1 of the rules.
        string v2 = ConversationJson.Serialize(c);
        Assert.Contains("\"rulesVersion\":1", v2);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(ConversationJson.Deserialize(v2)));

        // A version-2 document must name its rules; version 1 never held version-2 rules.
        Assert.Equal("$.events[0].rulesVersion", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(v2.Replace(",\"rulesVersion\":1", string.Empty, StringComparison.Ordinal))).Path);
        Assert.Equal("$.events[0].rulesVersion", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(v1.Replace("\"previousAgreements\":[]", "\"previousAgreements\":[],\"rulesVersion\":2", StringComparison.Ordinal))).Path);
        Assert.Equal("$.events[0].rulesVersion", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(v2.Replace("\"rulesVersion\":1", "\"rulesVersion\":7", StringComparison.Ordinal))).Path);

        // The same events under version 2 break CONV-R18 at the follow-up.
        var error = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(v2.Replace("\"rulesVersion\":1", "\"rulesVersion\":2", StringComparison.Ordinal)));
        Assert.Equal("$.events[5]", error.Path);
        Assert.Contains("CONV-R18", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_events_of_version_2_round_trip()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 18, 8, 0), Duration.FromMinutes(1));
        var c = ClosingRuleTests.ClosedWithWarning().Conversation;
        Assert.Equal(c.History.Count, ConversationJson.Deserialize(ConversationJson.Serialize(c)).History.Count);
        var rows = System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(c.History, ConversationJson.SerializeEvent));
        var nothing = ConversationJson.DeserializeEvent(ConversationJson.SerializeEvent(new NothingAgreedRecorded("c", clock.GetCurrentInstant(), "Niets \"nu\".")));
        Assert.Equal("Niets \"nu\".", Assert.IsType<NothingAgreedRecorded>(nothing).Reason);
        var waived = Assert.IsType<AgreementAcceptedAsNotSmart>(ConversationJson.DeserializeEvent(ConversationJson.SerializeEvent(new AgreementAcceptedAsNotSmart("c", clock.GetCurrentInstant(), "g1", "Houding."))));
        Assert.Equal(("g1", "Houding."), (waived.AgreementId, waived.Reason));
        Assert.Equal("$.reason", Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent("{\"type\":\"NothingAgreedRecorded\",\"conversationId\":\"c\",\"at\":\"2027-01-01T00:00:00Z\",\"reason\":\" \"}")).Path);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(Conversation.Replay(System.Linq.Enumerable.Select(rows, ConversationJson.DeserializeEvent))));
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schema\":\"other/9\",\"id\":\"c\",\"events\":[]}", "$.schema")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\"}", "$.events")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":[]}", "$.events[0]")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":[{\"type\":\"Boom\",\"conversationId\":\"c\",\"at\":\"2027-01-01T00:00:00Z\"}]}", "$.events[0].type")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":[{\"type\":\"ConversationStarted\",\"conversationId\":\"c\",\"at\":\"yesterday\"}]}", "$.events[0].at")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":[{\"type\":\"ConversationStarted\",\"conversationId\":\"c\",\"at\":\"2027-01-01T00:00:00Z\"}]}", "$.events[0]")]
    [InlineData("{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":[{\"type\":\"ConversationStarted\",\"conversationId\":\"x\",\"at\":\"2027-01-01T00:00:00Z\"}]}", "$.events[0].conversationId")]
    public void Malformed_json_names_the_path(string json, string path)
    {
        var e = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json));
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Events_that_break_a_rule_are_refused_at_their_index()
    {
        string json = ConversationJson.Serialize(Sample());
        // Drop the organisation's need so a later agreement would come too early: here, make the
        // first need an agreement instead.
        string hostile = json.Replace("\"type\":\"NeedRecorded\",", "\"type\":\"AgreementRecorded\",\"agreementId\":\"g\",\"who\":\"e\",\"what\":\"x\",\"when\":\"2027-05-01\",\"isSupport\":false,");
        var e = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(hostile));
        Assert.StartsWith("$.events[", e.Path);
        Assert.Contains("CONV-R08", e.Message);
    }

    [Fact]
    public void Hostile_values_are_refused()
    {
        string json = ConversationJson.Serialize(Sample());
        Assert.Equal("$.events[0].scheduledFor", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Replace("Europe/Amsterdam", "Mars/Olympus"))).Path);
        Assert.Contains(".role", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Replace("\"role\":\"Manager\"", "\"role\":\"1\""))).Path);
        Assert.Contains(".priority", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Replace("\"priority\":1", "\"priority\":-4"))).Path);
        string deep = "{\"schema\":\"pop.conversation/1\",\"id\":\"c\",\"events\":" + new string('[', 100) + new string(']', 100) + "}";
        Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(deep));
        Assert.Throws<ArgumentNullException>(() => ConversationJson.Deserialize(null!));
    }
}
