namespace Pop.Core.Tests.Conversations;

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

/// <summary>The options explored in the conversation: per development point, with pros and cons.</summary>
public sealed class ExploreOptionTests
{
    private const string EmployeeNeed = "Leren plannen met het nieuwe systeem.";
    private const string OrganisationNeed = "Een tweede superuser voor het systeem.";
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

    private static FakeClock NewClock() => new(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromMinutes(1));

    private static Conversation Ok(ConversationResult r)
    {
        Assert.True(r.IsAccepted, r.Rejection?.ToString());
        return r.Conversation;
    }

    private static void Rejected(ConversationResult r, Conversation before, string code)
    {
        string snapshot = ConversationSnapshot.Of(before);
        Assert.False(r.IsAccepted);
        Assert.Equal(code, r.Rejection!.Code);
        Assert.Same(before, r.Conversation);
        Assert.Empty(r.Events);
        Assert.Equal(snapshot, ConversationSnapshot.Of(r.Conversation));
        foreach (var culture in new[] { "nl", "en" })
        {
            Assert.DoesNotContain("{", r.Rejection.Message(CultureInfo.GetCultureInfo(culture)), StringComparison.Ordinal);
        }
    }

    /// <summary>Five steps: started and in the listen phase with both needs heard.</summary>
    private static Conversation Listened(IClock clock)
    {
        var c = Conversation.Schedule("c1", ConversationModel.FiveSteps, "e1", "m1", Monday, null, clock).Conversation;
        c = Ok(c.Start(clock));                          // prepare
        c = Ok(c.AdvancePhase(clock));                   // open
        c = Ok(c.AdvancePhase(clock));                   // listen
        c = Ok(c.RecordNeed(ConversationRole.Employee, EmployeeNeed, clock));
        return Ok(c.RecordNeed(ConversationRole.Manager, OrganisationNeed, clock));
    }

    private static Conversation Exploring(IClock clock) => Ok(Listened(clock).AdvancePhase(clock));

    [Fact]
    public void An_option_is_recorded_for_a_need_with_its_pros_and_cons()
    {
        var clock = NewClock();
        var c = Ok(Exploring(clock).ExploreOption("o1", EmployeeNeed, "Klassikale cursus", new[] { "vakkundige docent" }, new[] { "duur", "twee dagen weg" }, clock));
        c = Ok(c.ExploreOption("o2", EmployeeNeed, "E-learning en meelopen", new[] { "eigen tempo" }, Array.Empty<string>(), clock));
        c = Ok(c.ExploreOption("o3", OrganisationNeed, "Sanne wordt tweede superuser", new[] { "minder vragen bij één persoon" }, new[] { "kost haar tijd" }, clock));

        Assert.Equal(new[] { "o1", "o2", "o3" }, c.Options.Select(o => o.Id));
        Assert.Equal(new[] { "duur", "twee dagen weg" }, c.Options[0].Cons);
        Assert.Empty(c.Options[1].Cons);
        Assert.Equal(OrganisationNeed, c.Options[2].Need);
        Assert.IsType<OptionExplored>(c.History[^1]);
    }

    [Fact]
    public void Outside_a_phase_for_options_it_is_refused_with_CONV_R08()
    {
        var clock = NewClock();
        var listening = Listened(clock);
        Rejected(listening.ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel" }, Array.Empty<string>(), clock), listening, "CONV-R08");
    }

    [Fact]
    public void Before_the_start_it_is_refused_with_CONV_R07()
    {
        var clock = NewClock();
        var scheduled = Conversation.Schedule("c1", ConversationModel.FiveSteps, "e1", "m1", Monday, null, clock).Conversation;
        Rejected(scheduled.ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel" }, Array.Empty<string>(), clock), scheduled, "CONV-R07");
    }

    [Fact]
    public void An_option_for_a_point_that_is_not_a_recorded_need_is_refused_with_CONV_R09()
    {
        var clock = NewClock();
        var c = Exploring(clock);
        Rejected(c.ExploreOption("o1", "Iets anders", "Cursus", new[] { "snel" }, Array.Empty<string>(), clock), c, "CONV-R09");
    }

    [Fact]
    public void An_option_id_twice_is_refused_with_CONV_R10()
    {
        var clock = NewClock();
        var c = Ok(Exploring(clock).ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel" }, Array.Empty<string>(), clock));
        Rejected(c.ExploreOption("o1", OrganisationNeed, "Iets anders", new[] { "goedkoop" }, Array.Empty<string>(), clock), c, "CONV-R10");
    }

    [Fact]
    public void The_previous_plan_is_evaluated_first_CONV_R02()
    {
        var clock = NewClock();
        var c = Conversation.Schedule("c1", ConversationModel.ThreeSteps, "e1", "m1", Monday, new[] { "vorige afspraak" }, clock).Conversation;
        c = Ok(c.Start(clock));
        c = Ok(c.AdvancePhase(clock));                   // conversation: review, needs and options
        Rejected(c.ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel" }, Array.Empty<string>(), clock), c, "CONV-R02");
    }

    [Fact]
    public void Field_rules_are_argument_errors_and_change_nothing()
    {
        var clock = NewClock();
        var c = Exploring(clock);
        string before = ConversationSnapshot.Of(c);
        Assert.Throws<ArgumentException>(() => c.ExploreOption(" ", EmployeeNeed, "Cursus", Array.Empty<string>(), Array.Empty<string>(), clock));
        Assert.Throws<ArgumentException>(() => c.ExploreOption("o1", EmployeeNeed, "", Array.Empty<string>(), Array.Empty<string>(), clock));
        Assert.Throws<ArgumentException>(() => c.ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel", " " }, Array.Empty<string>(), clock));
        Assert.Throws<ArgumentException>(() => c.ExploreOption("o1", EmployeeNeed, new string('x', ConversationLimits.MaxTextLength + 1), Array.Empty<string>(), Array.Empty<string>(), clock));
        Assert.Throws<ArgumentNullException>(() => c.ExploreOption("o1", EmployeeNeed, "Cursus", null!, Array.Empty<string>(), clock));
        Assert.Throws<ArgumentNullException>(() => c.ExploreOption("o1", EmployeeNeed, "Cursus", Array.Empty<string>(), null!, clock));
        Assert.Equal(before, ConversationSnapshot.Of(c));
    }

    [Fact]
    public void Options_survive_replay_and_the_json_round_trip()
    {
        var clock = NewClock();
        var c = Ok(Exploring(clock).ExploreOption("o1", EmployeeNeed, "Klassikale cursus", new[] { "vakkundig" }, new[] { "duur" }, clock));
        c = Ok(c.ExploreOption("o2", OrganisationNeed, "Tweede superuser", Array.Empty<string>(), new[] { "kost tijd" }, clock));
        string snapshot = ConversationSnapshot.Of(c);
        Assert.Equal(snapshot, ConversationSnapshot.Of(Conversation.Replay(c.History)));
        string json = ConversationJson.Serialize(c);
        Assert.Contains("\"type\":\"OptionExplored\"", json, StringComparison.Ordinal);
        var read = ConversationJson.Deserialize(json);
        Assert.Equal(snapshot, ConversationSnapshot.Of(read));
        Assert.Equal(json, ConversationJson.Serialize(read));
    }

    [Fact]
    public void A_stored_option_for_an_unknown_need_is_refused_on_replay()
    {
        var clock = NewClock();
        var c = Exploring(clock);
        var events = c.History.Append(new OptionExplored("c1", clock.GetCurrentInstant(), "o1", "Niet gehoord", "Cursus", Array.Empty<string>(), Array.Empty<string>()));
        Assert.Equal("CONV-R09", Assert.Throws<ConversationReplayException>(() => Conversation.Replay(events)).Code);
    }

    [Fact]
    public void A_stored_option_with_an_empty_con_is_refused_at_its_path()
    {
        var clock = NewClock();
        var c = Ok(Exploring(clock).ExploreOption("o1", EmployeeNeed, "Cursus", new[] { "snel" }, new[] { "duur" }, clock));
        string json = ConversationJson.Serialize(c).Replace("\"duur\"", "\"\"", StringComparison.Ordinal);
        var e = Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(json));
        Assert.EndsWith(".cons[0]", e.Path, StringComparison.Ordinal);
    }
}
