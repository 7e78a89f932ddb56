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
    /// <returns>The new plan; rejected with PLAN-R01 when a result with that id exists, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public PlanResult RecordAssessment(AssessmentResult result)
    {
        Guard.Against.Null(result, nameof(result));
        if ((Writable() ?? Unique("assessment", result.Id, assessmentResults.Any(r => r.Id == result.Id))) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.assessmentResults = Append(assessmentResults, result);
        return PlanResult.Accepted(plan);
    }

    /// <summary>Records the employee's consent that a role sees the assessment results.</summary>
    /// <param name="to">The manager, HR or the coach.</param>
    /// <param name="clock">The clock that stamps the consent.</param>
    /// <returns>The new plan; rejected with PLAN-R06 when a consent for that role already holds, PLAN-R12
    /// when the clock reads earlier than the last consent or withdrawal, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is the employee, who needs no consent to see their own results.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="to"/> is not a defined role.</exception>
    public PlanResult GrantAssessmentConsent(ConversationRole to, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return GrantConsentAt(to, clock.GetCurrentInstant());
    }

    /// <summary>Records that the employee withdraws a consent; from then on the role no longer sees the results.</summary>
    /// <param name="from">The role the consent was given to.</param>
    /// <param name="clock">The clock that stamps the withdrawal.</param>
    /// <returns>The new plan; rejected with PLAN-R11 when no consent for that role holds, PLAN-R12 when
    /// the clock reads earlier than the last consent or withdrawal, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="from"/> is not a defined role.</exception>
    public PlanResult WithdrawAssessmentConsent(ConversationRole from, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return WithdrawConsentAt(from, clock.GetCurrentInstant());
    }

    /// <summary>
    /// Applies a grant to a consent list by the rules of <see cref="GrantAssessmentConsent"/>:
    /// <paramref name="ledger"/> becomes the new list, or stays as it was when a rule refuses.
    /// </summary>
    internal static RuleRejection? Grant(ref AssessmentConsent[] ledger, ConversationRole to, Instant at)
    {
        Guard.Against.EnumOutOfRange(to, nameof(to));
        if (to == ConversationRole.Employee)
        {
            throw new ArgumentException("The employee needs no consent to see their own assessment results.", nameof(to));
        }

        var current = ledger;
        if ((NotBeforeLastConsent(current, at)
            ?? (Array.Exists(current, c => c.GrantedTo == to && c.IsActive) ? Reject("PLAN-R06", ("Role", to.ToString())) : null)) is { } rejection)
        {
            return rejection;
        }

        ledger = Append(current, new AssessmentConsent(to, at, null));
        return null;
    }

    /// <summary>
    /// Applies a withdrawal to a consent list by the rules of <see cref="WithdrawAssessmentConsent"/>:
    /// <paramref name="ledger"/> becomes the new list, or stays as it was when a rule refuses.
    /// </summary>
    internal static RuleRejection? Withdraw(ref AssessmentConsent[] ledger, ConversationRole from, Instant at)
    {
        Guard.Against.EnumOutOfRange(from, nameof(from));
        var current = ledger;
        int index = Array.FindLastIndex(current, c => c.GrantedTo == from && c.IsActive);
        if ((index < 0 ? Reject("PLAN-R11", ("Role", from.ToString())) : NotBeforeLastConsent(current, at)) is { } rejection)
        {
            return rejection;
        }

        var copy = (AssessmentConsent[])current.Clone();
        copy[index] = current[index].Withdrawn(at);
        ledger = copy;
        return null;
    }

    internal PlanResult GrantConsentAt(ConversationRole to, Instant at)
    {
        Guard.Against.EnumOutOfRange(to, nameof(to));
        var ledger = consents;
        return (Writable() ?? Grant(ref ledger, to, at)) is { } rejection ? Rejected(rejection) : PlanResult.Accepted(WithConsents(ledger));
    }

    internal PlanResult WithdrawConsentAt(ConversationRole from, Instant at)
    {
        Guard.Against.EnumOutOfRange(from, nameof(from));
        var ledger = consents;
        return (Writable() ?? Withdraw(ref ledger, from, at)) is { } rejection ? Rejected(rejection) : PlanResult.Accepted(WithConsents(ledger));
    }

    /// <summary>PLAN-R12 when <paramref name="at"/> lies before the last grant or withdrawal in <paramref name="ledger"/>.</summary>
    private static RuleRejection? NotBeforeLastConsent(AssessmentConsent[] ledger, Instant at)
    {
        Instant? last = null;
        foreach (var consent in ledger)
        {
            var stamp = consent.WithdrawnAt ?? consent.GrantedAt;
            last = last is { } l && l > stamp ? l : stamp;
        }

        return last is { } latest && at < latest ? Reject("PLAN-R12", ("At", Stamp(at)), ("Last", Stamp(latest))) : null;
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
