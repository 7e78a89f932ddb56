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

/// <summary>One random command, applied to whatever state the conversation is in.</summary>
public sealed record Command(int Kind, int A, int B)
{
    public override string ToString() => $"{Kind}:{A}:{B}";
}

public static class CommandArbitrary
{
    public static Arbitrary<Command[]> Sequences() =>
        (from kind in Gen.Choose(0, 19) from a in Gen.Choose(0, 5) from b in Gen.Choose(0, 3) select new Command(kind, a, b))
            .ArrayOf().Select(c => c.Take(60).ToArray()).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(CommandArbitrary) }, MaxTest = 200)]
public sealed class ConversationProperties
{
    private static readonly string[] Ids = { "a", "b", "c", "d", "e", "f" };

    private static ConversationResult Apply(Conversation c, Command cmd, IClock clock)
    {
        string id = Ids[cmd.A];
        var role = cmd.B % 2 == 0 ? ConversationRole.Employee : ConversationRole.Manager;
        return cmd.Kind switch
        {
            0 => c.Start(clock),
            1 or 2 or 3 => c.AdvancePhase(clock),
            4 => c.ReturnToPhase(c.Model.Phases[cmd.A % c.Model.Phases.Count].Id, clock),
            5 => c.RecordPreparation(role, new[] { "punt " + id }, clock),
            6 => c.AddAgendaItem(id, role, "item " + id, cmd.B + 1, clock),
            7 => c.MergeAgendaItems(id, Ids[cmd.B], clock),
            8 => c.EvaluatePreviousAgreements("geëvalueerd", clock),
            9 => c.RecordCurrentState("reisverslag", clock),
            10 or 11 => c.RecordNeed(role, "behoefte " + id, clock),
            12 => c.RecordManagerRemark("opmerking", cmd.B > 1, clock),
            13 => c.RecordAgreement(id, "e1", "doet " + id, new LocalDate(2027, 6, 1), cmd.B == 3, clock),
            14 or 15 => c.AcceptAgreement(id, role, clock),
            16 => cmd.B % 2 == 0 ? c.PlanFollowUp(new LocalDate(2027, 2, 8), clock) : c.PlanNextConversation(new LocalDate(2028, 1, 24), clock),
            17 => c.RecordEvaluation("goed gesprek", clock),
            18 => cmd.B == 0 ? c.Cancel("nood", clock) : c.Close(clock),
            _ => c.Reschedule(c.ScheduledFor.PlusHours(cmd.B + 1), cmd.A == 0 ? " " : "ziek", clock),
        };
    }

    private static IEnumerable<string> InvalidState(Conversation c)
    {
        if (c.Agreements.Count > 0 && (c.EmployeeNeeds.Count == 0 || c.OrganisationNeeds.Count == 0)) yield return "agreements before both needs";
        if (c.Status == ConversationStatus.Closed && (c.Evaluation is null || (c.FollowUpOn is null && c.NextConversationOn is null) || c.Agreements.Any(a => !a.IsAcceptedByBoth))) yield return "closed without what closing needs";
        if (c.PreviousAgreements.Count > 0 && c.PreviousAgreementsEvaluation is null && (c.CurrentState is not null || c.EmployeeNeeds.Count > 0 || c.OrganisationNeeds.Count > 0 || c.Agreements.Count > 0)) yield return "substance before the previous plan";
        if ((c.Status == ConversationStatus.Scheduled) != (c.PhaseIndex < 0) && c.Status != ConversationStatus.Cancelled) yield return "phase and status disagree";
        if (c.Agenda.Select(a => a.Id).Distinct().Count() != c.Agenda.Count || c.Agreements.Select(a => a.Id).Distinct().Count() != c.Agreements.Count) yield return "duplicate ids";
        if (c.Warnings.Any(w => w.Code != "CONV-G01")) yield return "unknown warning";
    }

    [Property]
    public Property Random_command_sequences_never_yield_an_invalid_state(Command[] commands, bool withPrevious, PositiveInt modelPick)
    {
        var model = ConversationModel.BuiltInModels[modelPick.Get % 3];
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 18, 8, 0), Duration.FromSeconds(1));
        var at = new LocalDateTime(2027, 1, 25, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]);
        var c = Conversation.Schedule("p", model, "e1", "m1", at, withPrevious ? new[] { "vorige afspraak" } : null, clock).Conversation;
        var problems = new List<string>();
        foreach (var cmd in commands)
        {
            string before = ConversationSnapshot.Of(c);
            var result = Apply(c, cmd, clock);
            if (!result.IsAccepted)
            {
                if (!ReferenceEquals(result.Conversation, c) || ConversationSnapshot.Of(c) != before)
                {
                    problems.Add($"{cmd}: a rejection changed the state");
                }

                continue;
            }

            c = result.Conversation;
            problems.AddRange(InvalidState(c).Select(p => $"{cmd}: {p}"));
        }

        string snapshot = ConversationSnapshot.Of(c);
        if (ConversationSnapshot.Of(Conversation.Replay(c.History)) != snapshot)
        {
            problems.Add("replaying the events gives another conversation");
        }

        if (ConversationSnapshot.Of(ConversationJson.Deserialize(ConversationJson.Serialize(c))) != snapshot)
        {
            problems.Add("the JSON round-trip gives another conversation");
        }

        return (problems.Count == 0).Label(string.Join("; ", problems.Take(3)));
    }
}
