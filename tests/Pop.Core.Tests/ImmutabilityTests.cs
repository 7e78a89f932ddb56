namespace Pop.Core.Tests;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Pop.Core.Cycles;
using Pop.Core.Goals;
using Pop.Core.Plans;
using Pop.Core.Smart;
using Pop.Core.Strategies;
using Pop.Core.Tests.Plans;
using Pop.Core.Tests.Conversations;
using Pop.Core.Texts;
using Xunit;

/// <summary>
/// Immutability is a promise of every public type, and a list property that hands out its internal
/// array breaks it: <c>((DevelopmentGoal[])view.Goals)[0] = x</c> once changed the full plan and its
/// earlier version. This walks real instances of the whole public model and tries to write through
/// every collection a public property returns; a second test makes sure the walk reached every public
/// type that has such a property, so a new one cannot slip past.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(SmartValidator).Assembly;

    private static IEnumerable<object> Samples()
    {
        var clock = PlanSamples.Clock();
        var full = PlanSamples.Full(clock).GrantAssessmentConsent(ConversationRole.Manager, clock).Ok();
        var revision = full.Revise(new DateInterval(new LocalDate(2028, 1, 1), new LocalDate(2028, 12, 31)), null);
        yield return revision;
        var revised = revision.Plan;
        yield return revised;
        yield return revised.RedactFor(ConversationRole.Employee);
        yield return full.RedactFor(ConversationRole.HR);
        yield return full.AddGoal(PlanSamples.Goal());
        yield return full.AddGoal(PlanSamples.Goal()).Rejection!;
        yield return Assert.Throws<PlanAccessDeniedException>(() => full.RedactFor(ConversationRole.Employee).ManagerNotes);
        var team = Enumerable.Range(0, 6).Select(i => PlanSamples.Empty().AddGoal(PlanSamples.Goal()).Ok()
            .AddActivity(new DevelopmentActivity("a", "g1", DevelopmentActivityKind.Training, "x", 100m, Duration.FromHours(2))).Ok());
        yield return StrategicTrainingPlan.Aggregate(team.Select((p, i) => DevelopmentPlan.Start("p" + i, "e" + i, "m", "Sales", PlanSamples.Year2027, null, null).AddGoal(PlanSamples.Goal()).Ok()
            .AddActivity(new DevelopmentActivity("a", "g1", DevelopmentActivityKind.Training, "x", 100m, Duration.FromHours(2))).Ok()).ToList(), SopProtection.Perturbed(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }), SmallGroupHandling.Merge);
        yield return CompetencyGapReport.Aggregate(Enumerable.Range(0, 5).Select(i => StrategicTrainingPlanTests.PlanFor("e" + i, "Sales", "Presenteren", DevelopmentActivityKind.Training, 100m)), new[] { new CompetencyDemand("Sales", "Presenteren", 3) }, SopProtection.Unperturbed());

        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        var k = new FakeClock(Instant.FromUtc(2027, 1, 4, 9, 0), Duration.FromMinutes(1));
        var scheduled = Conversation.Schedule("c", ConversationModel.FiveSteps, "e", "m", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(zone), new[] { "vorige" }, k);
        yield return scheduled;
        var c = scheduled.Conversation
            .RecordPreparation(ConversationRole.Manager, new[] { "punt" }, k, DevelopmentStage.Senior, new DepartmentPicture { Staffing = "6 fte" }).Conversation
            .AddAgendaItem("a1", ConversationRole.Employee, "Werkdruk", 1, k).Conversation
            .Start(k).Conversation;
        yield return c;
        yield return c.Close(k);
        yield return c.Close(k).Rejection!;
        var exploring = Conversation.Schedule("x", ConversationModel.ThreeSteps, "e", "m", new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(zone), null, k).Conversation
            .Start(k).Conversation.AdvancePhase(k).Conversation
            .RecordNeed(ConversationRole.Employee, "plannen", k).Conversation;
        yield return exploring.ExploreOption("o1", "plannen", "cursus", new[] { "snel" }, new[] { "duur" }, k);
        yield return ClosingRuleTests.ClosedWithWarning();
        var closed = Plans.PlanFromConversationTests.Closed(notSmartReason: "Bewust open.");
        yield return DevelopmentPlan.FromConversation("p-c1", closed, "Planning", PlanSamples.Year2027).Plan;
        yield return DevelopmentPlan.Start("p-c2", "e1", "m1", "Planning", PlanSamples.Year2027, "c9", null).DriftFrom(closed);
        yield return ConversationModel.EightSteps;
        yield return ConversationModel.EightSteps.Guidance(0, CultureInfo.GetCultureInfo("nl"));
        yield return Assert.Throws<InvalidConversationModelException>(() => new ConversationModelBuilder("leeg", "MODEL.leeg").Build());

        var people = Enumerable.Range(1, 8).Select(i => new CycleParticipant($"e{i}", "m1")).ToList();
        var cycle = new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0))).Plan(people, CyclePolicy.SeasonWindow(2027));
        yield return cycle;
        yield return CyclePlanReport.For(cycle);
        yield return new CycleParticipant("e9", "m1") { Unavailable = new[] { new DateInterval(new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 5)) } };
        yield return CyclePolicy.Default;
        yield return WorkingCalendar.DutchDefault;
        yield return Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2027, 6, 1, 9, 0)))
            .Plan(Enumerable.Range(1, 400).Select(i => new CycleParticipant($"x{i}", "m1")).ToList(), new DateInterval(new LocalDate(2027, 6, 14), new LocalDate(2027, 6, 18))));
        yield return CyclePlanReport.For(Assert.Throws<InfeasibleCycleException>(() => new CyclePlanner(CyclePolicy.Default, new FakeClock(Instant.FromUtc(2027, 6, 1, 9, 0)))
            .Plan(Enumerable.Range(1, 30).Select(i => new CycleParticipant($"y{i}", "m2")).ToList(), new DateInterval(new LocalDate(2027, 6, 14), new LocalDate(2027, 6, 15)))));

        var validator = new SmartValidator(new FakeClock(Instant.FromUtc(2027, 1, 15, 9, 0)), zone);
        yield return validator.Validate(new SmartSubject("Ik wil beter worden."));
        yield return validator.Validate(new SmartSubject("Vóór 1 juni 2027 rond ik de cursus Excel Gevorderd af."));
        yield return new SmartTextAnalyzer().Analyze("Binnen drie maanden loop ik drie diensten mee.", new LocalDate(2027, 1, 15), new GoalTextReading(GoalLanguage.Dutch), CultureInfo.GetCultureInfo("en"));

        yield return StrategyCatalog.Default.Describe(Quadrant.HighPotential, CultureInfo.GetCultureInfo("nl"));
        yield return StrategyCatalog.Default[Quadrant.UnderestimatesSelf];
        yield return StrategyCatalog.Default.CheckAmbition(Quadrant.OverestimatesSelf, new[] { DevelopmentGoalKind.GrowIntoRole }, CultureInfo.GetCultureInfo("en"));
        yield return QuadrantHistory.Empty.With(new LocalDate(2026, 1, 10), QuadrantClassifier.Default.Place(new Interest(3), new Potential(4))).With(new LocalDate(2027, 1, 10), QuadrantClassifier.Default.Place(new Interest(4), new Potential(2)));
        yield return TextCatalog.Default;
    }

    [Fact]
    public void No_public_collection_can_be_written_through()
    {
        var (offenders, _) = Walk();
        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void The_walk_reaches_every_public_type_with_a_collection_property()
    {
        var (_, reached) = Walk();
        var withCollections = Library.GetExportedTypes()
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.DeclaringType != typeof(Exception) && IsCollection(p.PropertyType)))
            .Where(t => !t.IsAbstract && !t.IsInterface);
        Assert.Empty(withCollections.Where(t => !reached.Contains(t)).Select(t => t.FullName));
    }

    private static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static (List<string> Offenders, HashSet<Type> Reached) Walk()
    {
        var offenders = new List<string>();
        var reached = new HashSet<Type>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(Samples());
        while (queue.Count > 0)
        {
            object item = queue.Dequeue();
            var type = item.GetType();
            if (type.Assembly != Library || !seen.Add(item))
            {
                continue;
            }

            reached.Add(type);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(Exception))
                {
                    continue;
                }

                object? value;
                try
                {
                    value = property.GetValue(item);
                }
                catch (TargetInvocationException e) when (e.InnerException is PlanAccessDeniedException)
                {
                    continue;
                }

                if (value is null)
                {
                    continue;
                }

                if (IsCollection(property.PropertyType) && Writable(value) is { } how)
                {
                    offenders.Add($"{type.Name}.{property.Name} returns {value.GetType().Name}: {how}");
                }

                if (value is IEnumerable items and not string)
                {
                    foreach (object? element in items)
                    {
                        if (element is not null)
                        {
                            queue.Enqueue(element);
                            if (element.GetType().IsGenericType && element.GetType().GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
                            {
                                queue.Enqueue(element.GetType().GetProperty("Value")!.GetValue(element)!);
                            }
                        }
                    }
                }
                else
                {
                    queue.Enqueue(value);
                }
            }
        }

        return (offenders, reached);
    }

    /// <summary>Says how a collection could be written through, or null when it cannot.</summary>
    private static string? Writable(object value)
    {
        if (value is Array)
        {
            return "an array can be cast back and written";
        }

        if (value is IList { IsReadOnly: false })
        {
            return "a writable IList";
        }

        if (value is IDictionary { IsReadOnly: false })
        {
            return "a writable IDictionary";
        }

        var collection = value.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
        if (collection is not null && !(bool)collection.GetProperty("IsReadOnly")!.GetValue(value)!)
        {
            return "a writable ICollection<T>";
        }

        return null;
    }
}
