namespace Pop.Core.Tests.Plans;

using System;
using System.Text.Json.Nodes;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

/// <summary>
/// What an attacker or years of stored data would try on plans: consent that outlives its withdrawal
/// in an earlier version, keys written twice, enum text that parses as something else, lone
/// surrogates, and stamps that go back in time. Each case once slipped through.
/// </summary>
public sealed class HostilePlanInputTests
{
    private static readonly DateInterval Year2028 = new(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31));

    /// <summary>Version 1 holds an assessment the manager may see by consent; version 2 revises it.</summary>
    private static DevelopmentPlan RevisedWithManagerConsent(NodaTime.Testing.FakeClock clock) =>
        PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.Manager, clock).Ok().Revise(Year2028, "c-2028").Ok();

    [Fact]
    public void Consent_is_carried_into_the_next_version_so_the_employee_can_still_withdraw_it()
    {
        var clock = PlanSamples.Clock();
        var revised = RevisedWithManagerConsent(clock);

        Assert.Contains(revised.Consents, c => c.GrantedTo == ConversationRole.Manager && c.IsActive);
        var withdrawn = revised.WithdrawAssessmentConsent(ConversationRole.Manager, clock).Ok();
        Assert.Equal("PLAN-V04", withdrawn.Access(ConversationRole.Manager, PlanSection.AssessmentResults).Code);
        Assert.Equal("PLAN-V04", withdrawn.PreviousVersion!.Access(ConversationRole.Manager, PlanSection.AssessmentResults).Code);
    }

    [Fact]
    public void A_withdrawal_reaches_the_results_of_every_earlier_version()
    {
        var clock = PlanSamples.Clock();
        var withdrawn = RevisedWithManagerConsent(clock).WithdrawAssessmentConsent(ConversationRole.Manager, clock).Ok();

        var forManager = withdrawn.RedactFor(ConversationRole.Manager);
        string json = DevelopmentPlanJson.Serialize(forManager);

        Assert.DoesNotContain("ASSESSMENT-MARKER", json, StringComparison.Ordinal);
        Assert.Throws<PlanAccessDeniedException>(() => forManager.PreviousVersion!.AssessmentResults);
        Assert.Equal(json, DevelopmentPlanJson.Serialize(DevelopmentPlanJson.Deserialize(json)));
    }

    [Fact]
    public void Reading_judges_every_version_by_todays_consents_whatever_an_old_history_entry_says()
    {
        var clock = PlanSamples.Clock();
        var consented = RevisedWithManagerConsent(clock);
        var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(consented))!;

        // An earlier release wrote consents per version: a granted one in history, none today.
        node["history"]![0]!["consents"] = JsonNode.Parse("""[{ "grantedTo": "Manager", "grantedAt": "2027-01-25T09:30:00Z" }]""");
        node["consents"] = new JsonArray();
        var plan = DevelopmentPlanJson.Deserialize(node.ToJsonString());

        Assert.Equal("PLAN-V03", plan.PreviousVersion!.Access(ConversationRole.Manager, PlanSection.AssessmentResults).Code);
        Assert.DoesNotContain("ASSESSMENT-MARKER", DevelopmentPlanJson.Serialize(plan.RedactFor(ConversationRole.Manager)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_redacted_document_whose_history_shows_withdrawn_results_is_refused()
    {
        var clock = PlanSamples.Clock();
        var consented = RevisedWithManagerConsent(clock);
        var withdrawn = consented.WithdrawAssessmentConsent(ConversationRole.Manager, clock).Ok();

        // Tamper: take the history of the copy made while consent held, and today's withdrawn consents.
        var tampered = JsonNode.Parse(DevelopmentPlanJson.Serialize(consented.RedactFor(ConversationRole.Manager)))!;
        tampered["consents"] = JsonNode.Parse(DevelopmentPlanJson.Serialize(withdrawn))!["consents"]!.DeepClone();

        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(tampered.ToJsonString()));
        Assert.StartsWith("$.history[0]", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("managerNotes")]
    [InlineData("goals")]
    [InlineData("consents")]
    public void A_key_written_twice_is_refused(string key)
    {
        string json = DevelopmentPlanJson.Serialize(PlanSamples.Full().GrantAssessmentConsent(ConversationRole.HR, PlanSamples.Clock()).Ok());
        int at = json.IndexOf($"\"{key}\":", StringComparison.Ordinal);
        string twice = json.Insert(at, $"\"{key}\": null,\n  ");

        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(twice));
        Assert.Equal("$." + key, error.Path);
        Assert.Contains("twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_written_twice_is_refused_in_conversations_and_events_too()
    {
        var clock = PlanSamples.Clock();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var c = Conversation.Schedule("c", ConversationModel.FiveSteps, "e", "m", new LocalDateTime(2027, 2, 15, 10, 0).InZoneStrictly(zone), null, clock).Conversation;
        string conversation = ConversationJson.Serialize(c).Replace("\"id\":", "\"id\": \"other\", \"id\":", StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(conversation)).Message, StringComparison.Ordinal);
        string oneEvent = ConversationJson.SerializeEvent(c.History[0]).Replace("\"managerId\":", "\"managerId\": \"e\", \"managerId\":", StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent(oneEvent)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_employee_view_cannot_smuggle_a_note_behind_a_second_key()
    {
        var plan = PlanSamples.Full();
        string employeeView = DevelopmentPlanJson.Serialize(plan.RedactFor(ConversationRole.Employee));
        var full = JsonNode.Parse(DevelopmentPlanJson.Serialize(plan))!;
        string notes = full["managerNotes"]!.ToJsonString();
        string smuggled = employeeView.Replace("\"consents\":", $"\"managerNotes\": {notes}, \"managerNotes\": null, \"consents\":", StringComparison.Ordinal);

        Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(smuggled));
    }

    [Theory]
    [InlineData("Manager, HR")]
    [InlineData("Employee,Coach")]
    [InlineData(" 2")]
    [InlineData("2")]
    [InlineData("manager")]
    [InlineData("Manager ")]
    public void A_role_is_read_by_its_exact_name_only(string text)
    {
        var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
        node["visibility"]!["ManagerNotes"] = new JsonArray(JsonValue.Create("Manager"), JsonValue.Create(text));

        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
        Assert.Equal("$.visibility.ManagerNotes[1]", error.Path);
    }

    [Fact]
    public void A_lone_surrogate_is_a_typed_error_with_its_path_in_every_reader()
    {
        string plan = DevelopmentPlanJson.Serialize(PlanSamples.Full());
        string hostile = plan.Replace("AGREEMENT-MARKER", "\\ud800", StringComparison.Ordinal);
        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(hostile));
        Assert.Equal("$.agreements[0].what", error.Path);

        string raw = plan.Replace("AGREEMENT-MARKER", "\ud800", StringComparison.Ordinal);
        Assert.Equal("$", Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(raw)).Path);

        string key = plan.Replace("\"department\"", "\"dep\\udc00\"", StringComparison.Ordinal);
        Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(key));

        var clock = PlanSamples.Clock();
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var c = Conversation.Schedule("c", ConversationModel.FiveSteps, "e", "m", new LocalDateTime(2027, 2, 15, 10, 0).InZoneStrictly(zone), null, clock).Conversation;
        string conversation = ConversationJson.Serialize(c).Replace("\"e\"", "\"\\ud800\"", StringComparison.Ordinal);
        Assert.Throws<ConversationJsonException>(() => ConversationJson.Deserialize(conversation));
        string oneEvent = ConversationJson.SerializeEvent(c.History[0]).Replace("\"e\"", "\"\\udfff\"", StringComparison.Ordinal);
        Assert.Throws<ConversationJsonException>(() => ConversationJson.DeserializeEvent(oneEvent));
    }

    [Theory]
    [InlineData("interimChecks", "progress", "percentComplete", 150, "$.interimChecks[0].progress[0].percentComplete")]
    [InlineData("proposals", null, "quality", 99, "$.proposals[0].quality")]
    [InlineData("proposals", null, "scaleMinimum", -1, "$.proposals[0].scaleMinimum")]
    public void A_value_a_constructor_refuses_is_reported_at_its_field(string section, string? inner, string field, int value, string path)
    {
        var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
        var item = node[section]![0]!;
        if (inner is not null)
        {
            item = item[inner]![0]!;
        }

        item[field] = value;
        var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Manager_notes_do_not_go_back_in_time_by_command_or_by_json()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock);
        clock.Reset(Instant.FromUtc(1970, 1, 1, 0, 0));
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.AddManagerNote("te vroeg", clock)));

        var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(plan.AddManagerNote("later", PlanSamples.Clock()).Ok()))!;
        node["managerNotes"]![1]!["at"] = "1970-01-01T00:00:00Z";
        Assert.Equal("$.managerNotes[1]", Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString())).Path);
    }

    [Fact]
    public void Consents_do_not_go_back_in_time()
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.HR, clock).Ok();
        clock.Reset(Instant.FromUtc(1970, 1, 1, 0, 0));
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.WithdrawAssessmentConsent(ConversationRole.HR, clock)));
        Assert.Equal("PLAN-R12", PlanResults.Refused(plan, p => p.GrantAssessmentConsent(ConversationRole.Coach, clock)));
    }

    [Fact]
    public void A_null_field_is_a_typed_error_at_its_path_not_an_ArgumentNullException()
    {
        foreach (var (section, field) in new[] { ("goals", "text"), ("agreements", "what"), ("activities", "goalId"), ("assessmentResults", "summary") })
        {
            var node = JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
            node[section]![0]![field] = null;
            var error = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
            Assert.Equal($"$.{section}[0].{field}", error.Path);
        }
    }
}
