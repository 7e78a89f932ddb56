namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Internal;

/// <content>From conversation to plan: what a closed conversation hands over, and the drift check between the two.</content>
public sealed partial class DevelopmentPlan
{
    private string[] employeeNeeds = Array.Empty<string>();
    private string[] organisationNeeds = Array.Empty<string>();

    private DevelopmentStage? employeeStage;
    private DevelopmentStage? managerStage;

    /// <summary>Gets the employee's development needs as the conversation recorded them; empty for a plan not made from a conversation. Section <see cref="PlanSection.Development"/>.</summary>
    /// <exception cref="PlanAccessDeniedException">The section is withheld from this copy's viewer.</exception>
    public IReadOnlyList<string> EmployeeNeeds => Read(PlanSection.Development, employeeNeeds);

    /// <summary>Gets the organisation's development needs as the conversation recorded them; empty for a plan not made from a conversation. Section <see cref="PlanSection.Development"/>.</summary>
    /// <exception cref="PlanAccessDeniedException">The section is withheld from this copy's viewer.</exception>
    public IReadOnlyList<string> OrganisationNeeds => Read(PlanSection.Development, organisationNeeds);

    /// <summary>Gets the employee's development stage in their own view, as the conversation recorded it; null when not given. Section <see cref="PlanSection.Development"/>.</summary>
    /// <exception cref="PlanAccessDeniedException">The section is withheld from this copy's viewer.</exception>
    public DevelopmentStage? EmployeeStage => ReadValue(employeeStage);

    /// <summary>Gets the employee's development stage in the manager's view, as the conversation recorded it; null when not given. Section <see cref="PlanSection.Development"/>.</summary>
    /// <exception cref="PlanAccessDeniedException">The section is withheld from this copy's viewer.</exception>
    public DevelopmentStage? ManagerStage => ReadValue(managerStage);

    internal IReadOnlyList<string> RawEmployeeNeeds => employeeNeeds;

    internal IReadOnlyList<string> RawOrganisationNeeds => organisationNeeds;

    internal DevelopmentStage? RawEmployeeStage => employeeStage;

    internal DevelopmentStage? RawManagerStage => managerStage;

    /// <summary>
    /// Makes a first plan (version 1) from a closed conversation: its parties, its id as
    /// <see cref="ConversationId"/>, its agreements with their acceptance and any
    /// <see cref="Agreement.NotSmartReason"/>, both sides' needs and both views of the development stage.
    /// </summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="conversation">The closed conversation.</param>
    /// <param name="department">The employee's department.</param>
    /// <param name="period">The period the plan runs; every agreement's deadline lies within it.</param>
    /// <param name="visibility">Which roles see which section; null for <see cref="PlanVisibility.Default"/>.</param>
    /// <returns>The plan; rejected with PLAN-R05 (its <c>Id</c> argument names the agreement) when an
    /// agreement's deadline lies outside <paramref name="period"/>. A rejected result carries the
    /// empty plan <see cref="Start"/> would make, not a plan to keep.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id or the department is blank, or the conversation is not closed:
    /// only a closed conversation's agreements are final, and whether it is closed is the host's to check
    /// (<see cref="Conversation.Status"/>) before it offers to make the plan.</exception>
    public static PlanResult FromConversation(string planId, Conversation conversation, string department, DateInterval period, PlanVisibility? visibility = null)
    {
        Guard.Against.Null(conversation, nameof(conversation));
        if (conversation.Status != ConversationStatus.Closed)
        {
            throw new ArgumentException($"Conversation '{conversation.Id}' is {conversation.Status}; a plan is made from a closed conversation.", nameof(conversation));
        }

        var plan = Start(planId, conversation.EmployeeId, conversation.ManagerId, department, period, conversation.Id, visibility);
        foreach (var agreement in conversation.Agreements)
        {
            if (plan.InPeriod(agreement.When) is not null)
            {
                return PlanResult.Rejected(plan, Reject("PLAN-R05", ("Date", Iso(agreement.When)), ("Start", Iso(period.Start)), ("End", Iso(period.End)), ("Id", agreement.Id)));
            }
        }

        var made = plan.Copy();
        made.agreements = conversation.Agreements.ToArray();
        made.employeeNeeds = conversation.EmployeeNeeds.ToArray();
        made.organisationNeeds = conversation.OrganisationNeeds.ToArray();
        made.employeeStage = conversation.EmployeeStage;
        made.managerStage = conversation.ManagerStage;
        return PlanResult.Accepted(made);
    }

    /// <summary>Lists every difference between this plan and the conversation it came from (see <see cref="PlanDrift.Between"/>).</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The drift; empty when plan and conversation match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements.</exception>
    public PlanDrift DriftFrom(Conversation conversation) => PlanDrift.Between(this, conversation);

    /// <summary>Sets what a conversation handed over, as a stored plan holds it.</summary>
    internal DevelopmentPlan WithConversationContent(string[] employee, string[] organisation, DevelopmentStage? employeeStage, DevelopmentStage? managerStage)
    {
        var plan = Copy();
        plan.employeeNeeds = employee;
        plan.organisationNeeds = organisation;
        plan.employeeStage = employeeStage;
        plan.managerStage = managerStage;
        return plan;
    }
}
