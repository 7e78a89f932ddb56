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
        Assert.Contains("\"schema\":\"pop.conversation/1\"", json);
        Assert.Contains("Europe/Amsterdam", json);
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
