namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <content>Agreements: who does what by when, accepted by both parties.</content>
public sealed partial class DevelopmentPlan
{
    /// <summary>Adds an agreement or support agreement; whatever acceptance it carries is kept.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The new plan; rejected with PLAN-R01 when an agreement with that id exists, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public PlanResult AddAgreement(Agreement agreement)
    {
        Guard.Against.Null(agreement, nameof(agreement));
        if ((Writable() ?? Unique("agreement", agreement.Id, agreements.Any(a => a.Id == agreement.Id))) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.agreements = Append(agreements, agreement);
        return PlanResult.Accepted(plan);
    }

    /// <summary>Records that the employee or the manager accepts an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <param name="clock">The clock that stamps the acceptance.</param>
    /// <returns>The new plan; rejected with PLAN-R02 when the plan has no such agreement, PLAN-R03 when
    /// <paramref name="by"/> is neither employee nor manager, PLAN-R04 when that party already accepted
    /// it, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is blank.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="by"/> is not a defined role.</exception>
    public PlanResult AcceptAgreement(string agreementId, ConversationRole by, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return AcceptAgreementAt(agreementId, by, clock.GetCurrentInstant());
    }

    internal PlanResult AcceptAgreementAt(string agreementId, ConversationRole by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        Guard.Against.EnumOutOfRange(by, nameof(by));
        int index = -1;
        if ((Writable() ?? Find(agreements, a => a.Id == agreementId, "agreement", agreementId, out index)) is { } rejection)
        {
            return Rejected(rejection);
        }

        if (by is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            return Rejected(Reject("PLAN-R03", ("Id", agreementId), ("Role", by.ToString())));
        }

        var agreement = agreements[index];
        if ((by == ConversationRole.Employee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
        {
            return Rejected(Reject("PLAN-R04", ("Id", agreementId), ("Role", by.ToString())));
        }

        var plan = Copy();
        plan.agreements = (Agreement[])agreements.Clone();
        plan.agreements[index] = agreement.AcceptedBy(by == ConversationRole.Employee, at);
        return PlanResult.Accepted(plan);
    }
}
