namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Xunit;

/// <summary>
/// Hostile documents: every value of a full plan's JSON (with history), a redacted copy's and a conversation's
/// replaced, one at a time, by a value of each other JSON kind. Reading gives a plan or a
/// <see cref="DevelopmentPlanJsonException"/> (or <see cref="ConversationJsonException"/>) naming a path — never another exception.
/// </summary>
public sealed class JsonRobustnessTests
{
    private static readonly Func<JsonNode?>[] Replacements =
    {
        () => JsonValue.Create("x"), () => JsonValue.Create(""), () => JsonValue.Create(-1), () => JsonValue.Create(1.5),
        () => JsonValue.Create(true), () => null, () => new JsonArray(), () => new JsonArray(JsonValue.Create("x")),
        () => new JsonArray(JsonValue.Create(1)), () => new JsonObject(),
    };

    public static TheoryData<string> Documents() => new() { "full", "redacted", "conversation" };

    private static string Document(string which)
    {
        if (which == "conversation")
        {
            var at = new NodaTime.LocalDateTime(2027, 2, 15, 10, 0).InZoneStrictly(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
            var k = PlanSamples.Clock();
            var c = Conversation.Schedule("c", ConversationModel.FiveSteps, "e", "m", at, new[] { "vorige" }, k).Conversation
                .RecordPreparation(ConversationRole.Manager, new[] { "punt" }, k, DevelopmentStage.Senior, new DepartmentPicture { Staffing = "6 fte" }).Conversation
                .AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, k).Conversation
                .Start(k).Conversation.AdvancePhase(k).Conversation
                .EvaluatePreviousAgreements("gedaan", k).Conversation.AdvancePhase(k).Conversation
                .RecordNeed(ConversationRole.Employee, "plannen", k).Conversation
                .RecordNeed(ConversationRole.Manager, "superuser", k).Conversation;
            return ConversationJson.Serialize(c);
        }

        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.HR, clock).Ok()
            .Revise(new NodaTime.DateInterval(new NodaTime.LocalDate(2028, 1, 1), new NodaTime.LocalDate(2028, 12, 31)), null).Ok();
        return DevelopmentPlanJson.Serialize(which == "full" ? plan : plan.RedactFor(ConversationRole.Employee));
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Slots(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    yield return (o, key);
                    if (child is not null)
                    {
                        foreach (var slot in Slots(child))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    yield return (a, i);
                    if (a[i] is { } child)
                    {
                        foreach (var slot in Slots(child))
                        {
                            yield return slot;
                        }
                    }
                }

                break;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_value_replaced_by_every_other_kind_reads_or_fails_with_a_path(string which)
    {
        string json = Document(which);
        int slots = Slots(JsonNode.Parse(json)!).Count();
        Assert.True(slots > 50, $"only {slots} slots");
        var unexpected = new List<string>();
        for (int s = 0; s < slots; s++)
        {
            foreach (var replacement in Replacements)
            {
                var root = JsonNode.Parse(json)!;
                var (parent, key) = Slots(root).ElementAt(s);
                if (parent is JsonObject o)
                {
                    o[(string)key] = replacement();
                }
                else
                {
                    ((JsonArray)parent)[(int)key] = replacement();
                }

                try
                {
                    if (which == "conversation")
                    {
                        ConversationJson.Deserialize(root.ToJsonString());
                    }
                    else
                    {
                        DevelopmentPlanJson.Deserialize(root.ToJsonString());
                    }
                }
                catch (DevelopmentPlanJsonException e)
                {
                    Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
                }
                catch (ConversationJsonException e)
                {
                    Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
                }
                catch (Exception e)
                {
                    unexpected.Add($"{parent.GetPath()}.{key} = {replacement()?.ToJsonString() ?? "null"}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(15)) + $"\n({unexpected.Count} in all)");
    }
}
