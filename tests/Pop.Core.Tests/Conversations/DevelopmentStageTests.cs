namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Strategies;
using Xunit;

/// <summary>Issue #15: the employee gives their own development stage beside the manager's view; the two are compared and guide the conversation.</summary>
public sealed class DevelopmentStageTests
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl"), En = CultureInfo.GetCultureInfo("en");
    private static readonly FakeClock Clock = new(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));

    private static readonly Regex EnglishWord = new(@"\b(the|and|you|your|with|what|which|where|how|this|that|for|from|to|or|do|does|are|they|them|their|can|would|should)\b", RegexOptions.IgnoreCase);
    private static readonly Regex DutchWord = new(@"\b(de|het|een|je|jij|jullie|van|wat|welke|niet|en|met|voor|zijn|waar|hoe|ook|nog|fase)\b", RegexOptions.IgnoreCase);

    private static Conversation Scheduled() =>
        Conversation.Schedule("c1", ConversationModel.ThreeSteps, "e1", "m1", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]), null, Clock).Conversation;

    private static Conversation Ok(ConversationResult r)
    {
        Assert.True(r.IsAccepted, r.Rejection?.ToString());
        return r.Conversation;
    }

    private static Conversation BothPrepared(DevelopmentStage employee, DevelopmentStage manager)
    {
        var c = Ok(Scheduled().RecordPreparation(ConversationRole.Employee, new[] { "Ik wil meer leren over planning" }, Clock, employee));
        return Ok(c.RecordPreparation(ConversationRole.Manager, new[] { "Tweede superuser" }, Clock, manager, new DepartmentPicture { Staffing = "6 fte" }));
    }

    [Fact]
    public void The_employee_records_their_own_stage()
    {
        var c = Ok(Scheduled().RecordPreparation(ConversationRole.Employee, new[] { "Ik wil meer leren over planning" }, Clock, DevelopmentStage.Junior));
        Assert.Equal(DevelopmentStage.Junior, c.EmployeeStage);
        Assert.Null(c.ManagerStage);
        Assert.Null(c.StageComparison);
        Assert.Equal(DevelopmentStage.Junior, Assert.IsType<PreparationRecorded>(c.History[^1]).Stage);
    }

    [Fact]
    public void Each_party_keeps_their_own_view_and_a_later_preparation_without_a_stage_keeps_it()
    {
        var c = BothPrepared(DevelopmentStage.Senior, DevelopmentStage.Competent);
        Assert.Equal(DevelopmentStage.Senior, c.EmployeeStage);
        Assert.Equal(DevelopmentStage.Competent, c.ManagerStage);
        Assert.Equal(StageComparison.Of(DevelopmentStage.Senior, DevelopmentStage.Competent), c.StageComparison);

        c = Ok(c.RecordPreparation(ConversationRole.Employee, new[] { "Nog een punt" }, Clock));
        Assert.Equal(DevelopmentStage.Senior, c.EmployeeStage);
        c = Ok(c.RecordPreparation(ConversationRole.Employee, Array.Empty<string>(), Clock, DevelopmentStage.Competent));
        Assert.Equal(DevelopmentStage.Competent, c.EmployeeStage);
        Assert.Equal(DevelopmentStage.Competent, c.ManagerStage);
        Assert.True(c.StageComparison!.IsAligned);
    }

    [Theory]
    [InlineData(ConversationRole.Employee)]
    [InlineData(ConversationRole.Manager)]
    public void A_stage_that_is_not_defined_is_refused_naming_the_stage(ConversationRole role)
    {
        var c = Scheduled();
        var e = Assert.ThrowsAny<ArgumentException>(() => c.RecordPreparation(role, new[] { "x" }, Clock, (DevelopmentStage)3));
        Assert.Equal("stage", e.ParamName);
        Assert.Null(c.EmployeeStage);
        Assert.Single(c.History);
    }

    [Theory]
    [InlineData("\"Expert\"")]
    [InlineData("\"2\"")]
    [InlineData("\"junior\"")]
    [InlineData("2")]
    public void A_stored_stage_that_is_not_defined_is_refused_at_its_field(string stage)
    {
        string json = ConversationJson.Serialize(BothPrepared(DevelopmentStage.Junior, DevelopmentStage.Senior))
            .Replace("\"stage\":\"Junior\"", "\"stage\":" + stage, StringComparison.Ordinal);
        Assert.Equal("$.events[1].stage", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json)).Path);
    }

    [Fact]
    public void The_department_picture_stays_the_manager_s()
    {
        var e = Assert.Throws<ArgumentException>(() => Scheduled().RecordPreparation(ConversationRole.Employee, new[] { "x" }, Clock, DevelopmentStage.Junior, new DepartmentPicture { Staffing = "6 fte" }));
        Assert.Equal("role", e.ParamName);
    }

    [Theory]
    [InlineData(DevelopmentStage.Junior, DevelopmentStage.Junior, GapDirection.Aligned, 0)]
    [InlineData(DevelopmentStage.Junior, DevelopmentStage.Competent, GapDirection.EmployeeRatesLower, -1)]
    [InlineData(DevelopmentStage.Junior, DevelopmentStage.Senior, GapDirection.EmployeeRatesLower, -2)]
    [InlineData(DevelopmentStage.Competent, DevelopmentStage.Junior, GapDirection.EmployeeRatesHigher, 1)]
    [InlineData(DevelopmentStage.Competent, DevelopmentStage.Competent, GapDirection.Aligned, 0)]
    [InlineData(DevelopmentStage.Competent, DevelopmentStage.Senior, GapDirection.EmployeeRatesLower, -1)]
    [InlineData(DevelopmentStage.Senior, DevelopmentStage.Junior, GapDirection.EmployeeRatesHigher, 2)]
    [InlineData(DevelopmentStage.Senior, DevelopmentStage.Competent, GapDirection.EmployeeRatesHigher, 1)]
    [InlineData(DevelopmentStage.Senior, DevelopmentStage.Senior, GapDirection.Aligned, 0)]
    public void The_two_views_compare_by_direction_and_size(DevelopmentStage employee, DevelopmentStage manager, GapDirection direction, int size)
    {
        var comparison = BothPrepared(employee, manager).StageComparison!;
        Assert.Equal(employee, comparison.EmployeeStage);
        Assert.Equal(manager, comparison.ManagerStage);
        Assert.Equal(direction, comparison.Direction);
        Assert.Equal(size, comparison.Size);
        Assert.Equal(size == 0, comparison.IsAligned);
        Assert.Equal(comparison, StageComparison.Of(employee, manager));
        Assert.Equal(comparison.GetHashCode(), StageComparison.Of(employee, manager).GetHashCode());

        // The advice on the two views follows the comparison: agree → build on it; differ → talk first, the direction, (wide), agree.
        foreach (var culture in new[] { Nl, En })
        {
            var advice = ConversationGuide.Default.StageViews(comparison, culture);
            Assert.Equal(size == 0 ? 1 : Math.Abs(size) + 2, advice.Count);
            Assert.All(advice, line => Assert.False(string.IsNullOrWhiteSpace(line)));
            Assert.Equal(advice.Count, advice.Distinct().Count());
        }
    }

    [Fact]
    public void Comparing_an_undefined_stage_names_which()
    {
        Assert.Equal("employeeStage", Assert.ThrowsAny<ArgumentException>(() => StageComparison.Of((DevelopmentStage)(-1), DevelopmentStage.Junior)).ParamName);
        Assert.Equal("managerStage", Assert.ThrowsAny<ArgumentException>(() => StageComparison.Of(DevelopmentStage.Junior, (DevelopmentStage)7)).ParamName);
        Assert.Equal("stage", Assert.ThrowsAny<ArgumentException>(() => ConversationGuide.Default.Stage((DevelopmentStage)7, Nl)).ParamName);
        Assert.Equal("comparison", Assert.Throws<ArgumentNullException>(() => ConversationGuide.Default.StageViews(null!, Nl)).ParamName);
    }

    [Theory]
    [InlineData(DevelopmentStage.Junior)]
    [InlineData(DevelopmentStage.Competent)]
    [InlineData(DevelopmentStage.Senior)]
    public void Every_stage_has_guidance_in_dutch_and_english(DevelopmentStage stage)
    {
        var nl = ConversationGuide.Default.Stage(stage, Nl);
        var en = ConversationGuide.Default.Stage(stage, En);
        Assert.Equal(stage, nl.Stage);
        foreach (var (dutch, english) in new[] { (nl.Meaning, en.Meaning), (nl.ForPlan, en.ForPlan), (nl.FromManager, en.FromManager) })
        {
            Assert.False(string.IsNullOrWhiteSpace(dutch));
            Assert.NotEqual(dutch, english);
            Assert.False(EnglishWord.IsMatch(dutch), $"English in the Dutch text: {dutch}");
            Assert.False(DutchWord.IsMatch(english), $"Dutch in the English text: {english}");
        }

        Assert.Equal(stage == DevelopmentStage.Competent ? "Vakvolwassen" : stage.ToString(), nl.Name);
        Assert.Equal(3, new[] { DevelopmentStage.Junior, DevelopmentStage.Competent, DevelopmentStage.Senior }.Select(s => ConversationGuide.Default.Stage(s, Nl).ForPlan).Distinct().Count());
    }

    [Theory]
    [InlineData(DevelopmentStage.Competent, DevelopmentStage.Competent)]
    [InlineData(DevelopmentStage.Senior, DevelopmentStage.Competent)]
    [InlineData(DevelopmentStage.Junior, DevelopmentStage.Competent)]
    [InlineData(DevelopmentStage.Senior, DevelopmentStage.Junior)]
    public void Every_kind_of_difference_has_advice_in_dutch_and_english(DevelopmentStage employee, DevelopmentStage manager)
    {
        var comparison = StageComparison.Of(employee, manager);
        var nl = ConversationGuide.Default.StageViews(comparison, Nl);
        var en = ConversationGuide.Default.StageViews(comparison, En);
        Assert.Equal(nl.Count, en.Count);
        for (int i = 0; i < nl.Count; i++)
        {
            Assert.NotEqual(nl[i], en[i]);
            Assert.False(EnglishWord.IsMatch(nl[i]), $"English in the Dutch text: {nl[i]}");
            Assert.False(DutchWord.IsMatch(en[i]), $"Dutch in the English text: {en[i]}");
        }
    }

    [Fact]
    public void Differing_views_are_talked_about_first_and_the_direction_changes_the_advice()
    {
        var higher = ConversationGuide.Default.StageViews(StageComparison.Of(DevelopmentStage.Senior, DevelopmentStage.Competent), En);
        var lower = ConversationGuide.Default.StageViews(StageComparison.Of(DevelopmentStage.Junior, DevelopmentStage.Competent), En);
        Assert.Contains("first", higher[0], StringComparison.Ordinal);
        Assert.Equal(higher[0], lower[0]);
        Assert.NotEqual(higher[1], lower[1]);
        Assert.Contains("examples", higher[1], StringComparison.Ordinal);
        Assert.Equal(higher[^1], lower[^1]);
    }

    [Fact]
    public void A_history_with_both_stages_replays_and_reads_back_the_same()
    {
        var c = BothPrepared(DevelopmentStage.Junior, DevelopmentStage.Senior);
        c = Ok(c.Start(Clock));
        var replayed = Conversation.Replay(c.History);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(replayed));
        Assert.Equal(DevelopmentStage.Junior, replayed.EmployeeStage);
        Assert.Equal(DevelopmentStage.Senior, replayed.ManagerStage);
        Assert.Equal(c.StageComparison, replayed.StageComparison);

        var read = ConversationJson.Deserialize(ConversationJson.Serialize(c));
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(read));
        var rows = c.History.Select(ConversationJson.SerializeEvent).ToList();
        Assert.Contains("\"role\":\"Employee\",\"talkingPoints\":[\"Ik wil meer leren over planning\"],\"stage\":\"Junior\"", rows[1], StringComparison.Ordinal);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(Conversation.Replay(rows.Select(ConversationJson.DeserializeEvent))));
    }

    [Fact]
    public void A_document_in_the_current_format_still_reads_with_the_manager_s_stage()
    {
        // Written before issue #15 (schema /1): only the manager gave a stage. It reads as before, and
        // is written back as /2 naming version 1 of the rules, with nothing else changed.
        const string Json = """
            {"schema":"pop.conversation/1","id":"c-old","modelId":"three-steps","events":[
            {"type":"ConversationScheduled","conversationId":"c-old","at":"2027-01-18T08:00:00Z","modelId":"three-steps","employeeId":"e1","managerId":"m1","scheduledFor":"2027-01-25T10:00:00+01 Europe/Amsterdam","previousAgreements":[]},
            {"type":"PreparationRecorded","conversationId":"c-old","at":"2027-01-18T08:01:00Z","role":"Employee","talkingPoints":["Werkdruk"]},
            {"type":"PreparationRecorded","conversationId":"c-old","at":"2027-01-18T08:02:00Z","role":"Manager","talkingPoints":["Superuser"],"stage":"Competent","departmentPicture":{"staffing":"6 fte"}}]}
            """;
        var c = ConversationJson.Deserialize(Json);
        Assert.Null(c.EmployeeStage);
        Assert.Equal(DevelopmentStage.Competent, c.ManagerStage);
        Assert.Null(c.StageComparison);
        Assert.Equal(new[] { "Werkdruk" }, c.EmployeeTalkingPoints);
        Assert.Equal("6 fte", c.DepartmentPicture!.Staffing);
        Assert.Equal(JsonCompact(Json).Replace("pop.conversation/1", "pop.conversation/2", StringComparison.Ordinal).Replace("\"previousAgreements\":[]", "\"previousAgreements\":[],\"rulesVersion\":1", StringComparison.Ordinal), ConversationJson.Serialize(c));
    }

    private static string JsonCompact(string json) => Regex.Replace(json, @"\n\s*", string.Empty);
}
