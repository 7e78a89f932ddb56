namespace Pop.Core.Tests.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;
using Pop.Core.Conversations;
using Xunit;

/// <summary>
/// One step of a generated run. A guided step (four in five) picks a command that fits the
/// conversation's current state — what the phase still misses, an open acceptance, the next phase,
/// closing — so runs reach agreements, acceptance, the follow-up and closing; an unguided step
/// (<see cref="Kind"/> of all twenty-five commands) tries anything, mostly to be rejected.
/// </summary>
public sealed record Command(bool Guided, int Kind, int A, int B)
{
    public override string ToString() => $"{(Guided ? "g" : "r")}{Kind}:{A}:{B}";
}

/// <summary>A generated run: the model, whether there is a previous plan, and the steps.</summary>
public sealed record Run(int Model, bool WithPrevious, Command[] Commands)
{
    public override string ToString() => $"model {Model}, previous {WithPrevious}: {string.Join(" ", Commands.Select(c => c.ToString()))}";
}

public static class CommandArbitrary
{
    public static Gen<Command> Step { get; } =
        from guided in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from kind in Gen.Choose(0, 24)
        from a in Gen.Choose(0, 5)
        from b in Gen.Choose(0, 3)
        select new Command(guided, kind, a, b);

    public static Gen<Run> Runs { get; } =
        from model in Gen.Choose(0, 2)
        from previous in Gen.Elements(true, false)
        from length in Gen.Choose(20, 80)
        from commands in Step.ArrayOf(length)
        select new Run(model, previous, commands);

    public static Arbitrary<Run> Run() => Runs.ToArbitrary();
}

/// <summary>The states a run reached, counted to show the generator exercises the hard rules.</summary>
internal sealed record Reached(bool OptionExplored, bool JudgedOneByOne, bool AgreementRecorded, bool AcceptedByBoth, bool FollowUpPlanned, bool ClosedWithAcceptedAgreements, bool ClosedWithNothingAgreed, bool AcceptedAsNotSmart, bool CommandRejected, bool Cancelled, IReadOnlyCollection<string> RejectionCodes);

[Properties(Arbitrary = new[] { typeof(CommandArbitrary) }, MaxTest = 200)]
public sealed class ConversationProperties
{
    private static readonly string[] Ids = { "a", "b", "c", "d", "e", "f" };
    private static readonly ClosingPolicy Refuse = new(RuleEnforcement.Refuse);
    private static readonly ZonedDateTime Monday = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);

    /// <summary>Any command at all, by <see cref="Command.Kind"/>: most are rejected in most states.</summary>
    private static ConversationResult Random(Conversation c, Command cmd, IClock clock)
    {
        string id = Ids[cmd.A];
        var role = cmd.B % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager;
        return cmd.Kind switch
        {
            0 => c.Start(clock),
            1 or 2 or 3 => c.AdvancePhase(clock),
            4 => c.ReturnToPhase(cmd.A == 5 ? "nergens" : c.Model.Phases[cmd.A % c.Model.Phases.Count].Id, clock),
            5 => c.RecordPreparation(role, new[] { "punt " + id }, clock),
            6 => c.AddAgendaItem(id, role, "item " + id, cmd.B + 1, clock),
            7 => c.MergeAgendaItems(id, Ids[cmd.B], clock),
            8 => c.EvaluatePreviousAgreements("geëvalueerd", clock),
            9 => c.RecordCurrentState("reisverslag", clock),
            10 or 11 => c.RecordNeed(role, "behoefte " + id, clock),
            12 => c.RecordManagerRemark("opmerking", cmd.B > 1, clock),
            13 => c.RecordAgreement(id, "e1", "doet " + id, cmd.B == 2 ? new LocalDate(2027, 1, 25) : new LocalDate(2027, 6, 1), cmd.B == 3, clock),
            14 or 15 => c.AcceptAgreement(id, role, clock),
            16 => cmd.B % 2 == 0 ? c.PlanFollowUp(cmd.A == 5 ? new LocalDate(2027, 1, 20) : new LocalDate(2027, 2, 8), clock) : c.PlanNextConversation(cmd.A == 5 ? new LocalDate(2027, 1, 25) : new LocalDate(2028, 1, 24), clock),
            17 => c.RecordEvaluation("goed gesprek", clock),
            18 => cmd.B == 0 ? c.Cancel(cmd.A < 2 ? " " : "nood", clock) : c.Close(clock),
            20 => c.RecordNothingAgreed("niets afgesproken", clock),
            21 => c.AcceptNotSmart(id, "houding", clock),
            22 => c.Close(clock, Refuse),
            23 => c.ExploreOption("o" + id, cmd.B == 3 ? "geen behoefte" : (c.EmployeeNeeds.Concat(c.OrganisationNeeds).FirstOrDefault() ?? "behoefte " + id), "optie " + id, new[] { "snel" }, cmd.B == 1 ? Array.Empty<string>() : new[] { "duur" }, clock),
            24 => c.EvaluatePreviousAgreement(cmd.A % 2, (AgreementVerdict)cmd.B, cmd.A < 3 ? null : "toelichting", clock),
            _ => c.Reschedule(c.ScheduledFor.PlusHours(cmd.B + 1), cmd.A == 0 ? " " : "ziek", clock),
        };
    }

    /// <summary>A command that fits the state: what the current phase still misses (picked by B), else the next phase or closing.</summary>
    private static ConversationResult Guided(Conversation c, Command cmd, IClock clock)
    {
        string id = Ids[cmd.A];
        var role = cmd.B % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager;
        if (c.Status == ConversationStatus.Scheduled)
        {
            return cmd.A switch
            {
                0 => c.RecordPreparation(role, new[] { "punt " + id }, clock),
                1 or 2 => c.AddAgendaItem(id, role, "item " + id, cmd.B + 1, clock),
                3 => c.MergeAgendaItems(id, Ids[cmd.B], clock),
                _ => c.Start(clock),
            };
        }

        if (c.Status != ConversationStatus.InProgress)
        {
            return Random(c, cmd, clock);
        }

        var phase = c.CurrentPhase!;
        bool review = PreviousPending(c);
        var todo = new List<Func<ConversationResult>>();
        if (phase.Allows(PhaseTopics.PreviousPlanReview) && review)
        {
            todo.Add(() => c.EvaluatePreviousAgreements("deels gelukt", clock));
            todo.Add(() => c.EvaluatePreviousAgreement(c.PreviousAgreementVerdicts.Count, (AgreementVerdict)cmd.B, null, clock));
            todo.Add(() => c.EvaluatePreviousAgreement(c.PreviousAgreementVerdicts.Count, AgreementVerdict.PartlyAchieved, "deels", clock));
        }

        if (phase.Allows(PhaseTopics.CurrentState) && c.CurrentState is null)
        {
            todo.Add(() => c.RecordCurrentState("reisverslag", clock));
        }

        if (phase.Allows(PhaseTopics.EmployeeNeeds) && c.EmployeeNeeds.Count == 0)
        {
            todo.Add(() => c.RecordNeed(ConversationRole.Employee, "behoefte " + id, clock));
        }

        if (phase.Allows(PhaseTopics.OrganisationNeeds) && c.OrganisationNeeds.Count == 0)
        {
            todo.Add(() => c.RecordNeed(ConversationRole.Manager, "behoefte " + id, clock));
        }

        bool needsHeard = c.EmployeeNeeds.Count > 0 && c.OrganisationNeeds.Count > 0;
        if (phase.Allows(PhaseTopics.Options) && !review && c.EmployeeNeeds.Concat(c.OrganisationNeeds).FirstOrDefault() is { } point && c.Options.Count < 2)
        {
            todo.Add(() => c.ExploreOption("o" + id, point, "optie " + id, new[] { "past bij de behoefte" }, new[] { "kost tijd" }, clock));
        }

        if (phase.Allows(PhaseTopics.Agreements) && needsHeard && c.Agreements.Count == 0 && c.NothingAgreedReason is null && cmd.A == 5)
        {
            todo.Add(() => c.RecordNothingAgreed("eerst de reorganisatie", clock));
        }
        else if (phase.Allows(PhaseTopics.Agreements) && needsHeard && c.NothingAgreedReason is null && c.Agreements.Count(a => !a.IsSupport) < 2)
        {
            todo.Add(() => c.RecordAgreement("g" + id, "e1", "doet " + id, new LocalDate(2027, 6, 1), false, clock));
        }

        if (phase.Allows(PhaseTopics.SupportAgreements) && needsHeard && c.NothingAgreedReason is null && !c.Agreements.Any(a => a.IsSupport))
        {
            todo.Add(() => c.RecordAgreement("s" + id, "m1", "regelt " + id, new LocalDate(2027, 6, 1), true, clock));
        }

        if (c.Agreements.FirstOrDefault(a => !a.IsAcceptedByBoth) is { } open)
        {
            todo.Add(() => c.AcceptAgreement(open.Id, open.EmployeeAcceptedAt is null ? ConversationRole.Employee : ConversationRole.Manager, clock));
        }

        if (phase.Allows(PhaseTopics.NextAppointment) && c.FollowUpOn is null && c.NextConversationOn is null)
        {
            todo.Add(() => cmd.B % 2 == 0 ? c.PlanFollowUp(new LocalDate(2027, 2, 8), clock) : c.PlanNextConversation(new LocalDate(2028, 1, 24), clock));
        }

        if (phase.Allows(PhaseTopics.Evaluation) && c.Evaluation is null)
        {
            todo.Add(() => c.RecordEvaluation("goed gesprek", clock));
        }

        if (todo.Count > 0 && cmd.Kind % 10 != 0)
        {
            return todo[cmd.B % todo.Count]();
        }

        if (c.PhaseIndex < c.Model.Phases.Count - 1)
        {
            return c.AdvancePhase(clock);
        }

        // The last phase: close (one in six under the refusing SMART policy), or when closing is refused
        // accept the agreement that is not SMART as such, or go back to the first phase where something is missing.
        var closed = c.Close(clock, cmd.A == 4 ? Refuse : null);
        if (closed.Rejection is { Code: "CONV-R20" } notSmart)
        {
            return c.AcceptNotSmart(notSmart.Arguments["Agreement"], "een houding, geen taak", clock);
        }

        return closed.IsAccepted || BackTo(c) is not { } back ? closed : c.ReturnToPhase(back.Id, clock);
    }

    /// <summary>The first earlier phase that allows something the conversation still misses.</summary>
    private static ConversationPhase? BackTo(Conversation c)
    {
        var missing = PhaseTopics.None;
        if (PreviousPending(c)) missing |= PhaseTopics.PreviousPlanReview;
        if (c.EmployeeNeeds.Count == 0) missing |= PhaseTopics.EmployeeNeeds;
        if (c.OrganisationNeeds.Count == 0) missing |= PhaseTopics.OrganisationNeeds;
        if (c.Agreements.Count == 0 && c.NothingAgreedReason is null) missing |= PhaseTopics.Agreements;
        if (c.FollowUpOn is null && c.NextConversationOn is null) missing |= PhaseTopics.NextAppointment;
        return c.Model.Phases.Take(c.PhaseIndex).FirstOrDefault(p => (p.Topics & missing) != PhaseTopics.None);
    }

    /// <summary>CONV-R02 as the model sees it: previous agreements with neither a summary nor a verdict on each.</summary>
    private static bool PreviousPending(Conversation c) =>
        c.PreviousAgreements.Count > 0 && c.PreviousAgreementsEvaluation is null && c.PreviousAgreementVerdicts.Count < c.PreviousAgreements.Count;

    private static IEnumerable<string> InvalidState(Conversation c)
    {
        if (c.PreviousAgreementVerdicts.Count > c.PreviousAgreements.Count || c.PreviousAgreementVerdicts.Select(v => v.Index).Distinct().Count() != c.PreviousAgreementVerdicts.Count) yield return "verdicts that do not match the previous agreements";
        if (c.Agreements.Count > 0 && (c.EmployeeNeeds.Count == 0 || c.OrganisationNeeds.Count == 0)) yield return "agreements before both needs";
        if (c.Status == ConversationStatus.Closed && (c.Evaluation is null || (c.FollowUpOn is null && c.NextConversationOn is null) || c.Agreements.Any(a => !a.IsAcceptedByBoth))) yield return "closed without what closing needs";
        if (c.Status == ConversationStatus.Closed && c.Agreements.Count == 0 && c.NothingAgreedReason is null) yield return "closed with neither agreements nor the reason why not";
        if (c.Agreements.Count > 0 && c.NothingAgreedReason is not null) yield return "agreements and nothing agreed";
        if (c.FollowUpOn <= c.ScheduledFor.Date || c.NextConversationOn <= c.ScheduledFor.Date) yield return "a follow-up not after the conversation";
        if (c.Agreements.Any(a => a.When <= c.ScheduledFor.Date)) yield return "a deadline not after the conversation";
        if (PreviousPending(c) && (c.CurrentState is not null || c.EmployeeNeeds.Count > 0 || c.OrganisationNeeds.Count > 0 || c.Agreements.Count > 0 || c.Status == ConversationStatus.Closed)) yield return "substance before the previous plan";
        if ((c.Status == ConversationStatus.Scheduled) != (c.PhaseIndex < 0) && c.Status != ConversationStatus.Cancelled) yield return "phase and status disagree";
        if (c.Options.Any(o => !c.EmployeeNeeds.Contains(o.Need) && !c.OrganisationNeeds.Contains(o.Need))) yield return "an option for a point that is not a recorded need";
        if (c.Options.Select(o => o.Id).Distinct().Count() != c.Options.Count) yield return "duplicate option ids";
        if (c.Agenda.Select(a => a.Id).Distinct().Count() != c.Agenda.Count || c.Agreements.Select(a => a.Id).Distinct().Count() != c.Agreements.Count) yield return "duplicate ids";
        if (c.Agenda.Zip(c.Agenda.Skip(1), (x, y) => x.Priority < y.Priority || (x.Priority == y.Priority && string.CompareOrdinal(x.Id, y.Id) < 0)).Any(ordered => !ordered)) yield return "agenda out of order";
        if (c.Warnings.Any(w => w.Code != "CONV-G01")) yield return "unknown warning";
        if (c.History.Zip(c.History.Skip(1), (x, y) => x.At <= y.At).Any(forward => !forward)) yield return "time ran backwards";
    }

    /// <summary>Runs <paramref name="run"/>, collecting every broken invariant; <paramref name="reached"/> says which hard states it reached.</summary>
    internal static List<string> Execute(Run run, out Reached reached)
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromSeconds(1));
        var model = ConversationModel.BuiltInModels[run.Model];
        var c = Conversation.Schedule("p", model, "e1", "m1", Monday, run.WithPrevious ? new[] { "vorige afspraak" } : null, clock).Conversation;
        var problems = new List<string>();
        bool option = false, agreement = false, accepted = false, followUp = false, rejected = false, waived = false;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cmd in run.Commands)
        {
            string before = ConversationSnapshot.Of(c);
            var result = cmd.Guided ? Guided(c, cmd, clock) : Random(c, cmd, clock);
            if (!result.IsAccepted)
            {
                rejected = true;
                codes.Add(result.Rejection!.Code);
                if (!ReferenceEquals(result.Conversation, c) || ConversationSnapshot.Of(result.Conversation) != before || result.Events.Count != 0)
                {
                    problems.Add($"{cmd}: a rejection changed the state");
                }

                continue;
            }

            if (result.Events.Count == 0 || !result.Events.SequenceEqual(result.Conversation.History.Skip(c.History.Count)))
            {
                problems.Add($"{cmd}: the accepted command's events are not what the history gained");
            }

            c = result.Conversation;
            problems.AddRange(InvalidState(c).Select(p => $"{cmd}: {p}"));
            option |= c.Options.Count > 0;
            agreement |= c.Agreements.Count > 0;
            accepted |= c.Agreements.Any(a => a.IsAcceptedByBoth);
            followUp |= c.FollowUpOn is not null || c.NextConversationOn is not null;
            waived |= c.Agreements.Any(a => a.NotSmartReason is not null);
        }

        reached = new Reached(option, c.PreviousAgreements.Count > 0 && c.PreviousAgreementsEvaluation is null && c.PreviousAgreementVerdicts.Count == c.PreviousAgreements.Count, agreement, accepted, followUp, c.Status == ConversationStatus.Closed && c.Agreements.Count > 0, c.Status == ConversationStatus.Closed && c.NothingAgreedReason is not null, waived, rejected, c.Status == ConversationStatus.Cancelled, codes);
        string snapshot = ConversationSnapshot.Of(c);
        if (ConversationSnapshot.Of(Conversation.Replay(c.History)) != snapshot)
        {
            problems.Add("replaying the events gives another conversation");
        }

        if (ConversationSnapshot.Of(ConversationJson.Deserialize(ConversationJson.Serialize(c))) != snapshot)
        {
            problems.Add("the JSON round-trip gives another conversation");
        }

        if (c.Status == ConversationStatus.Closed)
        {
            // From conversation to plan: whatever closed, the plan made from it carries it without drift, also after its JSON.
            var made = Pop.Core.Plans.DevelopmentPlan.FromConversation("plan-p", c, "Afdeling", new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2028, 12, 31)));
            if (!made.IsAccepted || !made.Plan.DriftFrom(c).IsEmpty || !Pop.Core.Plans.DevelopmentPlanJson.Deserialize(Pop.Core.Plans.DevelopmentPlanJson.Serialize(made.Plan)).DriftFrom(c).IsEmpty)
            {
                problems.Add("the plan made from the closed conversation drifts from it: " + (made.Rejection?.ToString() ?? made.Plan.DriftFrom(c).ToString()));
            }
        }

        return problems;
    }

    [Property]
    public Property Random_command_sequences_never_yield_an_invalid_state(Run run)
    {
        var problems = Execute(run, out var reached);
        return (problems.Count == 0)
            .Label(string.Join("; ", problems.Take(3)))
            .Classify(reached.ClosedWithAcceptedAgreements, "closed with accepted agreements")
            .Classify(reached.ClosedWithNothingAgreed, "closed with nothing agreed")
            .Classify(reached.CommandRejected, "a command rejected");
    }

    /// <summary>
    /// A rejected command returns the very same conversation, unchanged in every public fact, and no
    /// events; checked against a snapshot taken before the command, for every rejection of every run.
    /// </summary>
    [Property]
    public Property Rejected_commands_change_nothing(Run run)
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0), Duration.FromSeconds(1));
        var c = Conversation.Schedule("p", ConversationModel.BuiltInModels[run.Model], "e1", "m1", Monday, run.WithPrevious ? new[] { "vorige afspraak" } : null, clock).Conversation;
        int rejections = 0;
        var changed = new List<string>();
        foreach (var cmd in run.Commands)
        {
            string before = ConversationSnapshot.Of(c);
            int history = c.History.Count;
            var result = cmd.Guided ? Guided(c, cmd, clock) : Random(c, cmd, clock);
            if (result.IsAccepted)
            {
                c = result.Conversation;
                continue;
            }

            rejections++;
            if (!ReferenceEquals(result.Conversation, c) || result.Events.Count != 0 || result.Warnings.Count != 0 || c.History.Count != history || ConversationSnapshot.Of(c) != before)
            {
                changed.Add($"{cmd} ({result.Rejection!.Code})");
            }
        }

        return (changed.Count == 0).Label("changed by a rejection: " + string.Join(", ", changed.Take(3))).Collect(rejections == 0 ? "no rejection" : "rejections");
    }

    [Fact]
    public void Generated_runs_reach_every_hard_state_often_enough()
    {
        var runs = Gen.Sample(CommandArbitrary.Runs, 500, new Rnd(20_271_118UL), 50);
        var reached = runs.Select(r =>
        {
            Assert.Empty(Execute(r, out var x));
            return x;
        }).ToList();

        double Share(Func<Reached, bool> state) => reached.Count(state) / (double)reached.Count;
        var shares = new (string State, double Share, double Floor)[]
        {
            ("option explored", Share(r => r.OptionExplored), 0.60),
            ("previous plan judged agreement by agreement", Share(r => r.JudgedOneByOne), 0.10),
            ("agreement recorded", Share(r => r.AgreementRecorded), 0.50),
            ("agreement accepted by both", Share(r => r.AcceptedByBoth), 0.45),
            ("follow-up or next conversation planned", Share(r => r.FollowUpPlanned), 0.60),
            ("closed with accepted agreements", Share(r => r.ClosedWithAcceptedAgreements), 0.30),
            ("closed with nothing agreed", Share(r => r.ClosedWithNothingAgreed), 0.05),
            ("an agreement accepted as not SMART", Share(r => r.AcceptedAsNotSmart), 0.05),
            ("a command rejected", Share(r => r.CommandRejected), 0.50),
            ("cancelled", Share(r => r.Cancelled), 0.0),
        };
        var codes = reached.SelectMany(r => r.RejectionCodes).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        string report = string.Join(", ", shares.Select(s => $"{s.State} {s.Share:P1}")) + "; rules that rejected: " + string.Join(" ", codes);
        Assert.All(shares, s => Assert.True(s.Share >= s.Floor, $"{s.State}: {s.Share:P1} of runs, below the floor of {s.Floor:P0} ({report})."));
        var everyRule = Enumerable.Range(1, 12).Concat(Enumerable.Range(16, 5)).Select(i => $"CONV-R{i:00}");
        Assert.True(everyRule.All(codes.Contains), $"not every rule rejected a command ({report}).");
    }
}
