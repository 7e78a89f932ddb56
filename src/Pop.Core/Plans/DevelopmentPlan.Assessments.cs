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

/// <content>Assessments and the employee's consent to share them.</content>
public sealed partial class DevelopmentPlan
{
    /// <summary>Adds an assessment result; see <see cref="Access"/> for who sees it.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: a result with that id exists; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan RecordAssessment(AssessmentResult result)
    {
        Guard.Against.Null(result, nameof(result));
        Writable();
        Unique("assessment", result.Id, assessmentResults.Any(r => r.Id == result.Id));
        var plan = Copy();
        plan.assessmentResults = Append(assessmentResults, result);
        return plan;
    }

    /// <summary>Records the employee's consent that a role sees the assessment results.</summary>
    /// <param name="to">The manager, HR or the coach.</param>
    /// <param name="clock">The clock that stamps the consent.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is the employee, who needs no consent to see their own results.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="to"/> is not a defined role.</exception>
    /// <exception cref="PlanRuleException">PLAN-R06: a consent for that role already holds; PLAN-R12: the clock reads earlier than the last consent or withdrawal; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan GrantAssessmentConsent(ConversationRole to, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return GrantConsentAt(to, clock.GetCurrentInstant());
    }

    /// <summary>Records that the employee withdraws a consent; from then on the role no longer sees the results.</summary>
    /// <param name="from">The role the consent was given to.</param>
    /// <param name="clock">The clock that stamps the withdrawal.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="from"/> is not a defined role.</exception>
    /// <exception cref="PlanRuleException">PLAN-R11: no consent for that role holds; PLAN-R12: the clock reads earlier than the last consent or withdrawal; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan WithdrawAssessmentConsent(ConversationRole from, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return WithdrawConsentAt(from, clock.GetCurrentInstant());
    }

    /// <summary>Applies a grant to a consent list by the rules of <see cref="GrantAssessmentConsent"/>.</summary>
    internal static AssessmentConsent[] Grant(AssessmentConsent[] ledger, ConversationRole to, Instant at)
    {
        Guard.Against.EnumOutOfRange(to, nameof(to));
        if (to == ConversationRole.Employee)
        {
            throw new ArgumentException("The employee needs no consent to see their own assessment results.", nameof(to));
        }

        NotBeforeLastConsent(ledger, at);
        if (Array.Exists(ledger, c => c.GrantedTo == to && c.IsActive))
        {
            throw Rule("PLAN-R06", ("Role", to.ToString()));
        }

        return Append(ledger, new AssessmentConsent(to, at, null));
    }

    /// <summary>Applies a withdrawal to a consent list by the rules of <see cref="WithdrawAssessmentConsent"/>.</summary>
    internal static AssessmentConsent[] Withdraw(AssessmentConsent[] ledger, ConversationRole from, Instant at)
    {
        Guard.Against.EnumOutOfRange(from, nameof(from));
        int index = Array.FindLastIndex(ledger, c => c.GrantedTo == from && c.IsActive);
        if (index < 0)
        {
            throw Rule("PLAN-R11", ("Role", from.ToString()));
        }

        NotBeforeLastConsent(ledger, at);
        var copy = (AssessmentConsent[])ledger.Clone();
        copy[index] = ledger[index].Withdrawn(at);
        return copy;
    }

    internal DevelopmentPlan GrantConsentAt(ConversationRole to, Instant at)
    {
        Guard.Against.EnumOutOfRange(to, nameof(to));
        Writable();
        return WithConsents(Grant(consents, to, at));
    }

    internal DevelopmentPlan WithdrawConsentAt(ConversationRole from, Instant at)
    {
        Guard.Against.EnumOutOfRange(from, nameof(from));
        Writable();
        return WithConsents(Withdraw(consents, from, at));
    }

    private static void NotBeforeLastConsent(AssessmentConsent[] ledger, Instant at)
    {
        Instant? last = null;
        foreach (var consent in ledger)
        {
            var stamp = consent.WithdrawnAt ?? consent.GrantedAt;
            last = last is { } l && l > stamp ? l : stamp;
        }

        if (last is { } latest && at < latest)
        {
            throw Rule("PLAN-R12", ("At", Stamp(at)), ("Last", Stamp(latest)));
        }
    }

    private AssessmentConsent? ActiveConsent(ConversationRole role)
    {
        foreach (var consent in consents)
        {
            if (consent.GrantedTo == role && consent.IsActive)
            {
                return consent;
            }
        }

        return null;
    }

    /// <summary>This version and every earlier one with the given consents: consent belongs to the plan, not to a version.</summary>
    private DevelopmentPlan WithConsents(AssessmentConsent[] ledger)
    {
        var plan = Copy();
        plan.consents = ledger;
        plan.PreviousVersion = PreviousVersion?.WithConsents(ledger);
        return plan;
    }
}
