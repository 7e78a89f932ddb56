namespace Pop.Core.Tests.Conversations;

using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Texts;
using Xunit;

public sealed class PreviousAgreementVerdictTests
{
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
    private static readonly string[] Previous = { "Cursus Excel afronden", "Teamoverleg voorzitten" };

    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));

    [Fact]
    public void A_verdict_on_every_previous_agreement_satisfies_R02_and_one_short_of_that_does_not()
    {
        var c = Ok(Started().EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, null, clock));
        var oneJudged = Ok(c.AdvancePhase(clock));
        Rejected(oneJudged.RecordCurrentState("Goed jaar.", clock), oneJudged, "CONV-R02");

        c = Ok(c.EvaluatePreviousAgreement(1, AgreementVerdict.NotAchieved, "Geen tijd gehad door de reorganisatie.", clock));
        Assert.Null(c.PreviousAgreementsEvaluation);
        Assert.Equal(new[] { (0, "Cursus Excel afronden", AgreementVerdict.Achieved), (1, "Teamoverleg voorzitten", AgreementVerdict.NotAchieved) }, c.PreviousAgreementVerdicts.Select(v => (v.Index, v.Agreement, v.Verdict)));
        Assert.Equal("Geen tijd gehad door de reorganisatie.", c.PreviousAgreementVerdicts[1].Note);
        c = Ok(c.AdvancePhase(clock));
        Ok(c.RecordCurrentState("Goed jaar.", clock));
    }

    [Fact]
    public void A_verdict_given_again_replaces_the_earlier_one()
    {
        var c = Ok(Started().EvaluatePreviousAgreement(1, AgreementVerdict.NotAchieved, null, clock));
        c = Ok(c.EvaluatePreviousAgreement(1, AgreementVerdict.PartlyAchieved, "Twee keer wel gedaan.", clock));
        var verdict = Assert.Single(c.PreviousAgreementVerdicts);
        Assert.Equal((1, AgreementVerdict.PartlyAchieved), (verdict.Index, verdict.Verdict));
        Assert.Equal("Teamoverleg voorzitten: PartlyAchieved (Twee keer wel gedaan.)", verdict.ToString());
    }

    [Fact]
    public void Refused_verdicts_change_nothing()
    {
        var started = Started();
        Rejected(started.EvaluatePreviousAgreement(2, AgreementVerdict.Achieved, null, clock), started, "CONV-R09");
        var scheduled = Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", Monday, Previous, clock).Conversation;
        Rejected(scheduled.EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, null, clock), scheduled, "CONV-R07");
        var later = Ok(started.AdvancePhase(clock));
        Rejected(later.EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, null, clock), later, "CONV-R08");
        var first = Ok(Conversation.Schedule("c2", ConversationModel.EightSteps, "e1", "m1", Monday, null, clock).Conversation.Start(clock));
        Rejected(first.EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, null, clock), first, "CONV-R09");
        Assert.Empty(started.PreviousAgreementVerdicts);
    }

    [Fact]
    public void Bad_arguments_throw_and_name_the_argument()
    {
        var c = Started();
        Assert.Equal("index", Assert.Throws<ArgumentException>(() => c.EvaluatePreviousAgreement(-1, AgreementVerdict.Achieved, null, clock)).ParamName);
        Assert.Equal("verdict", Assert.Throws<InvalidEnumArgumentException>(() => c.EvaluatePreviousAgreement(0, (AgreementVerdict)9, null, clock)).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => c.EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, " ", clock)).ParamName);
        Assert.Throws<ArgumentNullException>(() => c.EvaluatePreviousAgreement(0, AgreementVerdict.Achieved, null, null!));
        Assert.Empty(c.PreviousAgreementVerdicts);
    }

    [Fact]
    public void Verdicts_replay_and_survive_the_JSON_round_trip()
    {
        var c = Ok(Started().EvaluatePreviousAgreement(0, AgreementVerdict.Dropped, "Niet meer nodig.", clock));
        c = Ok(c.EvaluatePreviousAgreement(1, AgreementVerdict.Achieved, null, clock));
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(Conversation.Replay(c.History)));
        var json = ConversationJson.Serialize(c);
        Assert.Contains("\"verdict\":\"Dropped\"", json, StringComparison.Ordinal);
        Assert.Equal(ConversationSnapshot.Of(c), ConversationSnapshot.Of(ConversationJson.Deserialize(json)));
        Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Replace("\"index\":1", "\"index\":-1", StringComparison.Ordinal)));
        Assert.Contains("CONV-R09", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json.Replace("\"index\":1", "\"index\":7", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_and_the_R02_message_read_in_Dutch_and_English()
    {
        var nl = CultureInfo.GetCultureInfo("nl");
        var en = CultureInfo.GetCultureInfo("en");
        Assert.Equal("deels behaald", TextCatalog.Default.Format("VERDICT.PartlyAchieved", nl));
        Assert.Equal("partly achieved", TextCatalog.Default.Format("VERDICT.PartlyAchieved", en));
        Assert.All(Enum.GetValues(typeof(AgreementVerdict)).Cast<AgreementVerdict>(), v => Assert.True(TextCatalog.Default.Contains("VERDICT." + v)));
        Assert.Contains("eigen oordeel", TextCatalog.Default.Format("CONV-R02", nl), StringComparison.Ordinal);
    }

    private Conversation Started() =>
        Ok(Conversation.Schedule("c1", ConversationModel.EightSteps, "e1", "m1", Monday, Previous, clock).Conversation.Start(clock));

    private static Conversation Ok(ConversationResult r)
    {
        Assert.True(r.IsAccepted, r.Rejection?.ToString());
        return r.Conversation;
    }

    private static void Rejected(ConversationResult r, Conversation before, string code)
    {
        Assert.False(r.IsAccepted);
        Assert.Equal(code, r.Rejection!.Code);
        Assert.Same(before, r.Conversation);
        Assert.Empty(r.Events);
    }
}
