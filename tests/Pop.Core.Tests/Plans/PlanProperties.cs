namespace Pop.Core.Tests.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Plans;

/// <summary>One random plan command: kind, a target index and a role.</summary>
public sealed record PlanCommand(int Kind, int Target, int Role)
{
    public override string ToString() => $"{Kind}:{Target}:{Role}";
}

public static class PlanArbitraries
{
    public static Arbitrary<PlanCommand[]> Commands() =>
        (from kind in Gen.Choose(0, 9) from target in Gen.Choose(0, 3) from role in Gen.Choose(0, 3) select new PlanCommand(kind, target, role))
            .ArrayOf().Select(c => c.Take(40).ToArray()).ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(PlanArbitraries) }, MaxTest = 200)]
public sealed class PlanProperties
{
    private static readonly ConversationRole[] Roles = { ConversationRole.Employee, ConversationRole.Manager, ConversationRole.HR, ConversationRole.Coach };

    private static DevelopmentPlan Apply(DevelopmentPlan plan, PlanCommand cmd, IClock clock)
    {
        string id = "w" + cmd.Target;
        var role = Roles[cmd.Role];
        return cmd.Kind switch
        {
            0 or 1 => plan.AddAgreement(new Agreement(id, "Sanne", "ASSIGNMENT-" + id, new LocalDate(2027, 3 + cmd.Target, 1), cmd.Role == 3)),
            2 or 3 => plan.AcceptAgreement(id, role, clock),
            4 => plan.GrantAssessmentConsent(role, clock),
            5 => plan.WithdrawAssessmentConsent(role, clock),
            6 => plan.RecordAssessment(new AssessmentResult("r" + cmd.Target, "360", "SECRET-RESULT-" + cmd.Target, new LocalDate(2027, 1, 2))),
            7 => plan.AddManagerNote("SECRET-NOTE-" + cmd.Target, clock),
            8 => plan.RecordInterimCheck(new LocalDate(2027, 6, 1).PlusDays(cmd.Target), new[] { new AgreementProgress(id, cmd.Role * 33, null) }, null),
            _ => plan.ProposeSolution(new SolutionProposal("p" + cmd.Target, "idee", role, cmd.Role + 1, cmd.Target + 1, ScoreScale.Default)),
        };
    }

    private static DevelopmentPlan Run(PlanCommand[] commands, Action<DevelopmentPlan, PlanCommand, Exception?, DevelopmentPlan?>? observe = null)
    {
        var clock = PlanSamples.Clock();
        var plan = PlanSamples.Empty();
        foreach (var cmd in commands)
        {
            string before = DevelopmentPlanJson.Serialize(plan);
            try
            {
                var next = Apply(plan, cmd, clock);
                observe?.Invoke(plan, cmd, null, next);
                plan = next;
            }
            catch (Exception e) when (e is PlanRuleException or ArgumentException)
            {
                observe?.Invoke(plan, cmd, e, null);
                if (DevelopmentPlanJson.Serialize(plan) != before)
                {
                    throw new InvalidOperationException("a rejected command changed the plan");
                }
            }
        }

        return plan;
    }

    [Property]
    public bool Acceptance_is_by_the_two_parties_once_each_and_never_undone(PlanCommand[] commands)
    {
        bool ok = true;
        Run(commands, (before, cmd, error, after) =>
        {
            if (after is null)
            {
                return;
            }

            foreach (var a in before.Agreements)
            {
                var now = after.Agreements.Single(x => x.Id == a.Id);
                ok &= a.EmployeeAcceptedAt is null || a.EmployeeAcceptedAt == now.EmployeeAcceptedAt;
                ok &= a.ManagerAcceptedAt is null || a.ManagerAcceptedAt == now.ManagerAcceptedAt;
            }

            if (cmd.Kind is 2 or 3)
            {
                ok &= Roles[cmd.Role] is ConversationRole.Employee or ConversationRole.Manager;
            }
        });
        return ok;
    }

    [Property]
    public bool Rejected_commands_change_nothing(PlanCommand[] commands)
    {
        Run(commands);
        return true; // Run throws when a rejected command changed the plan.
    }

    [Property]
    public bool A_redacted_copy_never_holds_what_its_role_may_not_see(PlanCommand[] commands)
    {
        var plan = Run(commands);
        foreach (var role in Roles)
        {
            string json = DevelopmentPlanJson.Serialize(plan.RedactFor(role));
            bool notes = plan.Access(role, PlanSection.ManagerNotes).IsAllowed, results = plan.Access(role, PlanSection.AssessmentResults).IsAllowed;
            if (!notes && json.Contains("SECRET-NOTE", StringComparison.Ordinal))
            {
                return false;
            }

            if (!results && json.Contains("SECRET-RESULT", StringComparison.Ordinal))
            {
                return false;
            }

            if (role == ConversationRole.Employee && notes)
            {
                return false;
            }

            if (role != ConversationRole.Employee && results != plan.Consents.Any(c => c.GrantedTo == role && c.IsActive) && plan.Visibility.Includes(PlanSection.AssessmentResults, role))
            {
                return false;
            }

            if (!json.Contains("ASSIGNMENT-", StringComparison.Ordinal) && plan.Agreements.Count > 0)
            {
                return false; // the contract is never withheld from anyone under the default visibility
            }
        }

        return true;
    }

    [Property]
    public bool Plans_round_trip_through_json(PlanCommand[] commands)
    {
        var plan = Run(commands);
        string json = DevelopmentPlanJson.Serialize(plan);
        string redacted = DevelopmentPlanJson.Serialize(plan.RedactFor(ConversationRole.HR));
        return DevelopmentPlanJson.Serialize(DevelopmentPlanJson.Deserialize(json)) == json
            && DevelopmentPlanJson.Serialize(DevelopmentPlanJson.Deserialize(redacted)) == redacted;
    }
}
