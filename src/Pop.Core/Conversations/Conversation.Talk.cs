namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;
using Pop.Core.Internal;

/// <content>The talk itself: the previous plan's agreements, the current state, both sides' needs and the manager's remarks.</content>
public sealed partial class Conversation
{
    /// <summary>Records what came of the previous plan's agreements.</summary>
    /// <param name="summary">The evaluation.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The summary is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult EvaluatePreviousAgreements(string summary, IClock clock) =>
        Decide(new PreviousAgreementsEvaluated(Id, Now(clock), summary));

    /// <summary>Records the employee's account of the current state ("travel report").</summary>
    /// <param name="report">The report.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordCurrentState(string report, IClock clock) =>
        Decide(new CurrentStateRecorded(Id, Now(clock), report));

    /// <summary>Records a development need: the employee's, or the organisation's (voiced by the manager).</summary>
    /// <param name="side">The employee or the manager.</param>
    /// <param name="need">The need.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The side is neither employee nor manager, or the need is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordNeed(ConversationRole side, string need, IClock clock) =>
        Decide(new NeedRecorded(Id, Now(clock), side, need));

    /// <summary>Records something the manager said; a substantive reaction while listening draws CONV-G01.</summary>
    /// <param name="remark">What was said.</param>
    /// <param name="substantive">Whether it reacts in substance.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result, with the warning when it applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The remark is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordManagerRemark(string remark, bool substantive, IClock clock) =>
        Decide(new ManagerRemarkRecorded(Id, Now(clock), remark, substantive));

    private RuleRejection? PreviousFirst() => PreviousPending ? Reject("CONV-R02") : null;

    private RuleRejection? When(PreviousAgreementsEvaluated pa, ref Conversation next)
    {
        if (InPhase(PhaseTopics.PreviousPlanReview) is { } noReview)
        {
            return noReview;
        }

        if (previousAgreements.Length == 0)
        {
            return Reject("CONV-R09", ("Id", "previous plan"));
        }

        next = Next();
        next.PreviousAgreementsEvaluation = pa.Summary;
        return null;
    }

    private RuleRejection? When(CurrentStateRecorded cs, ref Conversation next)
    {
        if ((InPhase(PhaseTopics.CurrentState) ?? PreviousFirst()) is { } noState)
        {
            return noState;
        }

        next = Next();
        next.CurrentState = cs.Report;
        return null;
    }

    private RuleRejection? When(NeedRecorded n, ref Conversation next)
    {
        if ((InPhase(n.Side == ConversationRole.Employee ? PhaseTopics.EmployeeNeeds : PhaseTopics.OrganisationNeeds) ?? PreviousFirst()) is { } noNeed)
        {
            return noNeed;
        }

        next = Next();
        if (n.Side == ConversationRole.Employee)
        {
            next.employeeNeeds = next.Own(employeeNeeds);
            next.employeeNeeds.Add(n.Need);
        }
        else
        {
            next.organisationNeeds = next.Own(organisationNeeds);
            next.organisationNeeds.Add(n.Need);
        }

        return null;
    }

    private RuleRejection? When(ManagerRemarkRecorded mr, ref Conversation next, ref GuidanceWarning? warning)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        next = Next();
        if (mr.Substantive && CurrentPhase is { ListensToEmployee: true } phase)
        {
            warning = new GuidanceWarning("CONV-G01", phase.Id, mr.At);
            next.warnings = next.Own(warnings);
            next.warnings.Add(warning);
        }

        return null;
    }
}
