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
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: an agreement with that id exists; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddAgreement(Agreement agreement)
    {
        Guard.Against.Null(agreement, nameof(agreement));
        Writable();
        Unique("agreement", agreement.Id, agreements.Any(a => a.Id == agreement.Id));
        var plan = Copy();
        plan.agreements = Append(agreements, agreement);
        return plan;
    }

    /// <summary>Records that the employee or the manager accepts an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <param name="clock">The clock that stamps the acceptance.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is blank.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="by"/> is not a defined role.</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: no such agreement; PLAN-R03: <paramref name="by"/> is neither employee nor manager; PLAN-R04: already accepted by that party; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AcceptAgreement(string agreementId, ConversationRole by, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return AcceptAgreementAt(agreementId, by, clock.GetCurrentInstant());
    }

    internal DevelopmentPlan AcceptAgreementAt(string agreementId, ConversationRole by, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        Guard.Against.EnumOutOfRange(by, nameof(by));
        Writable();
        int index = IndexOf(agreements, a => a.Id == agreementId, "agreement", agreementId);
        if (by is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            throw Rule("PLAN-R03", ("Id", agreementId), ("Role", by.ToString()));
        }

        var agreement = agreements[index];
        if ((by == ConversationRole.Employee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
        {
            throw Rule("PLAN-R04", ("Id", agreementId), ("Role", by.ToString()));
        }

        var plan = Copy();
        plan.agreements = (Agreement[])agreements.Clone();
        plan.agreements[index] = agreement.AcceptedBy(by == ConversationRole.Employee, at);
        return plan;
    }
}
