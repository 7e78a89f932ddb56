namespace Pop.Core.Tests.Plans;

using System;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

public sealed class DevelopmentPlanJsonTests
{
    private static DevelopmentPlan Rich()
    {
        var clock = PlanSamples.Clock();
        return PlanSamples.Full(clock)
            .AcceptAgreement("w1", ConversationRole.Employee, clock).Ok()
            .AcceptAgreement("w1", ConversationRole.Manager, clock).Ok()
            .GrantAssessmentConsent(ConversationRole.HR, clock).Ok()
            .WithdrawAssessmentConsent(ConversationRole.HR, clock).Ok()
            .GrantAssessmentConsent(ConversationRole.Manager, clock).Ok()
            .UpdateGoal("g1", Goals.GoalStatus.InProgress, 35).Ok()
            .Revise(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)), "c-2028").Ok()
            .AddAgreement(new Agreement("w2", "Sanne", "Derde presentatie geven", new LocalDate(2028, 4, 1), false)).Ok();
    }

    [Fact]
    public void A_plan_round_trips_with_its_history()
    {
        var plan = Rich();
        string json = DevelopmentPlanJson.Serialize(plan);
        var read = DevelopmentPlanJson.Deserialize(json);
        Assert.Equal(json, DevelopmentPlanJson.Serialize(read));
        Assert.Equal(2, read.Version);
        Assert.Equal(1, read.PreviousVersion!.Version);
        Assert.Equal(plan.PreviousVersion!.Agreements[0].ManagerAcceptedAt, read.PreviousVersion.Agreements[0].ManagerAcceptedAt);
        Assert.Equal(950m, read.PreviousVersion.Activities[1].EstimatedCost);
        Assert.Equal(Duration.FromHours(16), read.PreviousVersion.Activities[1].EstimatedTime);
    }

    [Fact]
    public void A_redacted_copy_round_trips_and_stays_redacted()
    {
        var copy = Rich().RedactFor(ConversationRole.Coach);
        string json = DevelopmentPlanJson.Serialize(copy);
        var read = DevelopmentPlanJson.Deserialize(json);
        Assert.Equal(ConversationRole.Coach, read.Viewer);
        Assert.True(read.PreviousVersion!.IsRedacted);
        Assert.Throws<PlanAccessDeniedException>(() => read.ManagerNotes);
        Assert.Equal(json, DevelopmentPlanJson.Serialize(read));
    }

    [Theory]
    [InlineData("goals", 0, "id", "g1", "$.goals[1]", "PLAN-R01")]
    [InlineData("activities", 0, "goalId", "g9", "$.activities[0]", "PLAN-R02")]
    [InlineData("agreements", 0, "id", "s1", "$.agreements[1]", "PLAN-R01")]
    [InlineData("proposals", 1, "scaleMaximum", "5", "$.proposals[1]", "PLAN-R07")]
    [InlineData("interimChecks", 0, "on", "2028-02-01", "$.interimChecks[0]", "PLAN-R05")]
    public void A_stored_plan_that_breaks_a_rule_is_a_typed_error_with_the_path_and_the_rule(string section, int index, string field, string value, string path, string code)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
        var items = node[section]!.AsArray();
        if (section == "goals")
        {
            items.Add(items[0]!.DeepClone()); // a second goal g1
        }
        else if (field == "scaleMaximum")
        {
            items[index]![field] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            items[index]!["quality"] = 1;
            items[index]!["acceptance"] = 1;
        }
        else
        {
            items[index]![field] = value;
        }

        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
        Assert.Equal(path, e.Path);
        Assert.Equal(code, e.Rejection?.Code);
        Assert.Contains(code, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shape_error_carries_no_rejection()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(DevelopmentPlanJson.Serialize(PlanSamples.Full()))!;
        node["goals"]![0]!["progressPercent"] = "veel";
        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(node.ToJsonString()));
        Assert.Null(e.Rejection);
    }

    [Fact]
    public void A_tampered_redaction_list_is_rejected()
    {
        string json = DevelopmentPlanJson.Serialize(PlanSamples.Full().RedactFor(ConversationRole.Employee));
        // Claims the employee may see everything, while the notes are (rightly) missing.
        string tampered = System.Text.RegularExpressions.Regex.Replace(json, "\"redactions\": \\[[^\\]]*\\]", "\"redactions\": []");
        Assert.NotEqual(json, tampered);
        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(tampered));
        Assert.Equal("$.redactions", e.Path);

        // Claims a section is withheld while the document holds it.
        string holding = json.Replace("\"redactions\": [", "\"redactions\": [ { \"section\": \"Proposals\", \"code\": \"PLAN-V01\" },", StringComparison.Ordinal);
        Assert.Equal("$.proposals", Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(holding)).Path);
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schema\":\"pop.conversation/1\"}", "$.schema")]
    public void Malformed_documents_name_the_path(string json, string path) =>
        Assert.StartsWith(path, Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(json)).Path, StringComparison.Ordinal);

    [Theory]
    [InlineData("\"when\": \"2027-03-31\"", "\"when\": \"2027-31-03\"", "$.history[0].agreements[0].when")]
    [InlineData("\"kind\": \"Shadowing\"", "\"kind\": \"Teaching\"", "$.history[0].activities[0].kind")]
    [InlineData("\"goalId\": \"g1\"", "\"goalId\": \"g7\"", "$.history[0].activities[0]")]
    [InlineData("\"version\": 2", "\"version\": 3", "$.version")]
    [InlineData("\"on\": \"2027-05-03\",", "\"on\": \"2029-05-03\",", "$.history[0].interimChecks[0]")]
    public void Broken_values_and_broken_rules_name_the_path(string from, string to, string path)
    {
        string json = DevelopmentPlanJson.Serialize(Rich());
        int at = json.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        string broken = json.Substring(0, at) + to + json.Substring(at + from.Length);
        var e = Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(broken));
        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Manager_notes_cannot_be_smuggled_to_the_employee_through_visibility()
    {
        string json = DevelopmentPlanJson.Serialize(PlanSamples.Full());
        string broken = json.Replace("\"ManagerNotes\": [\n      \"Manager\"\n    ]", "\"ManagerNotes\": [\"Manager\", \"Employee\"]", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        Assert.Equal("$.visibility", Assert.Throws<DevelopmentPlanJsonException>(() => DevelopmentPlanJson.Deserialize(broken)).Path);
    }
}
