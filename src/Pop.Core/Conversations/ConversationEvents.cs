namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>Something that happened in a conversation: every accepted command yields one. A conversation is rebuilt by replaying them.</summary>
public abstract class ConversationEvent
{
    private protected ConversationEvent(string conversationId, Instant at)
    {
        ConversationId = EventFields.Text(conversationId, nameof(conversationId));
        At = at;
    }

    /// <summary>Gets the conversation's id.</summary>
    public string ConversationId { get; }

    /// <summary>Gets when it happened (from the injected clock).</summary>
    public Instant At { get; }

    /// <summary>Gets the event's type name as it appears in JSON (<c>AgreementRecorded</c>).</summary>
    public string Type => GetType().Name;

    /// <inheritdoc />
    public override string ToString() => $"{Type} {ConversationId} @ {At}";

    /// <summary>Gets the characters of text the event holds, its conversation id included: what counts towards <see cref="ConversationLimits.MaxTotalTextLength"/>.</summary>
    internal virtual long TextLength => ConversationId.Length;
}

/// <summary>The conversation was scheduled.</summary>
public sealed class ConversationScheduled : ConversationEvent
{
    /// <summary>The version of the conversation rules a newly scheduled conversation is held to.</summary>
    public const int CurrentRulesVersion = 2;

    /// <summary>Initializes a new instance of the <see cref="ConversationScheduled"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="modelId">The id of the conversation model.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="managerId">The manager.</param>
    /// <param name="scheduledFor">When the conversation takes place.</param>
    /// <param name="previousAgreements">The previous plan's agreements, evaluated first (empty for a first plan).</param>
    /// <param name="rulesVersion">The version of the rules the conversation is held to (<see cref="CurrentRulesVersion"/> for a new one; 1 for a history stored before the closing rules of version 2).</param>
    /// <exception cref="ArgumentNullException">A text or the list is null.</exception>
    /// <exception cref="ArgumentException">An id is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>, a previous agreement is empty, the employee is their own manager, or the texts together exceed <see cref="ConversationLimits.MaxTotalTextLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rulesVersion"/> is not 1 or 2.</exception>
    public ConversationScheduled(string conversationId, Instant at, string modelId, string employeeId, string managerId, ZonedDateTime scheduledFor, IReadOnlyList<string> previousAgreements, int rulesVersion = CurrentRulesVersion)
        : base(conversationId, at)
    {
        RulesVersion = Guard.Against.OutOfRange(rulesVersion, nameof(rulesVersion), 1, CurrentRulesVersion);
        ModelId = EventFields.Text(modelId, nameof(modelId));
        EmployeeId = EventFields.Text(employeeId, nameof(employeeId));
        ManagerId = EventFields.Text(managerId, nameof(managerId));
        if (employeeId == managerId)
        {
            throw new ArgumentException($"Employee '{employeeId}' cannot be their own manager.", nameof(managerId));
        }

        ScheduledFor = scheduledFor;
        PreviousAgreements = ReadOnly.Of(EventFields.Texts(previousAgreements, nameof(previousAgreements)));
        if (TextLength > ConversationLimits.MaxTotalTextLength)
        {
            throw new ArgumentException($"The scheduling alone holds more than {ConversationLimits.MaxTotalTextLength} characters of text.", nameof(previousAgreements));
        }
    }

    /// <summary>Gets the model's id.</summary>
    public string ModelId { get; }

    /// <summary>Gets the employee.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager.</summary>
    public string ManagerId { get; }

    /// <summary>Gets when the conversation takes place.</summary>
    public ZonedDateTime ScheduledFor { get; }

    /// <summary>Gets the previous plan's agreements.</summary>
    public IReadOnlyList<string> PreviousAgreements { get; }

    /// <summary>
    /// Gets the version of the rules the conversation is held to. Version 2 added the closing rules
    /// CONV-R16 to CONV-R19 (something or explicitly nothing agreed; follow-up, next conversation and
    /// deadlines after the conversation); a history scheduled under version 1 replays by the rules it was recorded under.
    /// </summary>
    public int RulesVersion { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + ModelId.Length + EmployeeId.Length + ManagerId.Length + EventFields.Sum(PreviousAgreements);
}

/// <summary>The conversation was moved (an emergency: the reason is recorded).</summary>
public sealed class ConversationRescheduled : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConversationRescheduled"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="scheduledFor">The new time.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/> (an empty reason is the rule CONV-R06, judged on replay).</exception>
    public ConversationRescheduled(string conversationId, Instant at, ZonedDateTime scheduledFor, string reason)
        : base(conversationId, at)
    {
        ScheduledFor = scheduledFor;
        Reason = EventFields.MaybeEmpty(reason, nameof(reason));
    }

    /// <summary>Gets the new time.</summary>
    public ZonedDateTime ScheduledFor { get; }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Reason.Length;
}

/// <summary>One party's preparation: talking points, and for the manager the development stage and the department picture.</summary>
public sealed class PreparationRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="PreparationRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="role">Whose preparation.</param>
    /// <param name="talkingPoints">The talking points.</param>
    /// <param name="stage">The employee's development stage as this party sees it, when given: the employee's own view or the manager's.</param>
    /// <param name="departmentPicture">The manager's picture of the department, when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> or <paramref name="talkingPoints"/> is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, the employee gives a department picture, the stage is not a defined <see cref="DevelopmentStage"/>, a talking point is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public PreparationRecorded(string conversationId, Instant at, ConversationRole role, IReadOnlyList<string> talkingPoints, DevelopmentStage? stage, DepartmentPicture? departmentPicture)
        : base(conversationId, at)
    {
        Role = EventFields.Party(role, nameof(role), "Only prepare:");
        if (role == ConversationRole.Employee && departmentPicture is not null)
        {
            throw new ArgumentException("The department picture is the manager's preparation.", nameof(role));
        }

        TalkingPoints = ReadOnly.Of(EventFields.Texts(talkingPoints, nameof(talkingPoints)));
        Stage = stage is { } s ? Guard.Against.EnumOutOfRange(s, nameof(stage)) : null;
        if (departmentPicture is { } d)
        {
            EventFields.Optional(d.Staffing, nameof(departmentPicture));
            EventFields.Optional(d.Strengths, nameof(departmentPicture));
            EventFields.Optional(d.Weaknesses, nameof(departmentPicture));
            EventFields.Optional(d.Opportunities, nameof(departmentPicture));
            EventFields.Optional(d.Threats, nameof(departmentPicture));
            EventFields.Optional(d.TwoYearView, nameof(departmentPicture));
        }

        DepartmentPicture = departmentPicture;
        if (TextLength > ConversationLimits.MaxTotalTextLength)
        {
            throw new ArgumentException($"One preparation holds more than {ConversationLimits.MaxTotalTextLength} characters of text.", nameof(talkingPoints));
        }
    }

    /// <summary>Gets whose preparation it is.</summary>
    public ConversationRole Role { get; }

    /// <summary>Gets the talking points.</summary>
    public IReadOnlyList<string> TalkingPoints { get; }

    /// <summary>Gets the employee's development stage as <see cref="Role"/> sees it, when given.</summary>
    public DevelopmentStage? Stage { get; }

    /// <summary>Gets the department picture, when given.</summary>
    public DepartmentPicture? DepartmentPicture { get; }

    /// <inheritdoc />
    internal override long TextLength =>
        base.TextLength + EventFields.Sum(TalkingPoints) + (DepartmentPicture is { } d
            ? (d.Staffing?.Length ?? 0) + (d.Strengths?.Length ?? 0) + (d.Weaknesses?.Length ?? 0) + (d.Opportunities?.Length ?? 0) + (d.Threats?.Length ?? 0) + (d.TwoYearView?.Length ?? 0)
            : 0);
}

/// <summary>The conversation started.</summary>
public sealed class ConversationStarted : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConversationStarted"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationStarted(string conversationId, Instant at)
        : base(conversationId, at)
    {
    }
}

/// <summary>A phase was entered (forwards or back).</summary>
public sealed class PhaseEntered : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="PhaseEntered"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="phaseId">The phase.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public PhaseEntered(string conversationId, Instant at, string phaseId)
        : base(conversationId, at)
    {
        PhaseId = EventFields.MaybeEmpty(phaseId, nameof(phaseId));
    }

    /// <summary>Gets the phase's id.</summary>
    public string PhaseId { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + PhaseId.Length;
}

/// <summary>An agenda item was proposed.</summary>
public sealed class AgendaItemAdded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgendaItemAdded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="itemId">The item's id.</param>
    /// <param name="proposedBy">Who proposed it.</param>
    /// <param name="text">What it is about.</param>
    /// <param name="priority">Its priority (1 is highest).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>, the role is undefined, or the priority is below 1.</exception>
    public AgendaItemAdded(string conversationId, Instant at, string itemId, ConversationRole proposedBy, string text, int priority)
        : base(conversationId, at)
    {
        ItemId = EventFields.Text(itemId, nameof(itemId));
        ProposedBy = Guard.Against.EnumOutOfRange(proposedBy, nameof(proposedBy));
        Text = EventFields.Text(text, nameof(text));
        Priority = EventFields.Priority(priority, nameof(priority));
    }

    /// <summary>Gets the item's id.</summary>
    public string ItemId { get; }

    /// <summary>Gets who proposed it.</summary>
    public ConversationRole ProposedBy { get; }

    /// <summary>Gets what it is about.</summary>
    public string Text { get; }

    /// <summary>Gets its priority.</summary>
    public int Priority { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + ItemId.Length + Text.Length;
}

/// <summary>An agenda item got another priority.</summary>
public sealed class AgendaItemPrioritised : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgendaItemPrioritised"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="itemId">The item.</param>
    /// <param name="priority">The new priority (1 is highest).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, a text is longer than <see cref="ConversationLimits.MaxTextLength"/>, or the priority is below 1.</exception>
    public AgendaItemPrioritised(string conversationId, Instant at, string itemId, int priority)
        : base(conversationId, at)
    {
        ItemId = EventFields.MaybeEmpty(itemId, nameof(itemId));
        Priority = EventFields.Priority(priority, nameof(priority));
    }

    /// <summary>Gets the item.</summary>
    public string ItemId { get; }

    /// <summary>Gets the new priority.</summary>
    public int Priority { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + ItemId.Length;
}

/// <summary>Two agenda items about the same thing became one joint item.</summary>
public sealed class AgendaItemsMerged : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgendaItemsMerged"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="keptItemId">The item that stays, now joint.</param>
    /// <param name="mergedItemId">The item folded into it.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public AgendaItemsMerged(string conversationId, Instant at, string keptItemId, string mergedItemId)
        : base(conversationId, at)
    {
        KeptItemId = EventFields.MaybeEmpty(keptItemId, nameof(keptItemId));
        MergedItemId = EventFields.MaybeEmpty(mergedItemId, nameof(mergedItemId));
    }

    /// <summary>Gets the item that stays.</summary>
    public string KeptItemId { get; }

    /// <summary>Gets the item folded into it.</summary>
    public string MergedItemId { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + KeptItemId.Length + MergedItemId.Length;
}

/// <summary>The previous plan's agreements were evaluated.</summary>
public sealed class PreviousAgreementsEvaluated : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="PreviousAgreementsEvaluated"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">What came of them.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public PreviousAgreementsEvaluated(string conversationId, Instant at, string summary)
        : base(conversationId, at)
    {
        Summary = EventFields.Text(summary, nameof(summary));
    }

    /// <summary>Gets what came of them.</summary>
    public string Summary { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Summary.Length;
}

/// <summary>The employee's account of the current state ("travel report") was recorded.</summary>
public sealed class CurrentStateRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="CurrentStateRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public CurrentStateRecorded(string conversationId, Instant at, string report)
        : base(conversationId, at)
    {
        Report = EventFields.Text(report, nameof(report));
    }

    /// <summary>Gets the report.</summary>
    public string Report { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Report.Length;
}

/// <summary>A development need was heard: the employee's, or the organisation's (voiced by the manager).</summary>
public sealed class NeedRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="NeedRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="side">The employee, or the manager for the organisation.</param>
    /// <param name="need">The need.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The side is neither employee nor manager, or a text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public NeedRecorded(string conversationId, Instant at, ConversationRole side, string need)
        : base(conversationId, at)
    {
        Side = EventFields.Party(side, nameof(side), "Needs are voiced by");
        Need = EventFields.Text(need, nameof(need));
    }

    /// <summary>Gets whose need: the employee's, or the organisation's (manager).</summary>
    public ConversationRole Side { get; }

    /// <summary>Gets the need.</summary>
    public string Need { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Need.Length;
}

/// <summary>The manager said something; in a listening phase a substantive reaction draws a guidance warning.</summary>
public sealed class ManagerRemarkRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="ManagerRemarkRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="remark">What was said.</param>
    /// <param name="substantive">Whether it reacts in substance (a judgement, a counter-argument, a solution).</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ManagerRemarkRecorded(string conversationId, Instant at, string remark, bool substantive)
        : base(conversationId, at)
    {
        Remark = EventFields.Text(remark, nameof(remark));
        Substantive = substantive;
    }

    /// <summary>Gets what was said.</summary>
    public string Remark { get; }

    /// <summary>Gets a value indicating whether it reacts in substance.</summary>
    public bool Substantive { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Remark.Length;
}

/// <summary>An agreement (who does what by when) was recorded; support agreements say what the manager or organisation provides.</summary>
public sealed class AgreementRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgreementRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="agreementId">The agreement's id.</param>
    /// <param name="who">Who carries it out.</param>
    /// <param name="what">What is done.</param>
    /// <param name="when">By when.</param>
    /// <param name="isSupport">Whether it is a support agreement.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public AgreementRecorded(string conversationId, Instant at, string agreementId, string who, string what, LocalDate when, bool isSupport)
        : base(conversationId, at)
    {
        AgreementId = EventFields.Text(agreementId, nameof(agreementId));
        Who = EventFields.Text(who, nameof(who));
        What = EventFields.Text(what, nameof(what));
        When = when;
        IsSupport = isSupport;
    }

    /// <summary>Gets the agreement's id.</summary>
    public string AgreementId { get; }

    /// <summary>Gets who carries it out.</summary>
    public string Who { get; }

    /// <summary>Gets what is done.</summary>
    public string What { get; }

    /// <summary>Gets by when.</summary>
    public LocalDate When { get; }

    /// <summary>Gets a value indicating whether it is a support agreement.</summary>
    public bool IsSupport { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + AgreementId.Length + Who.Length + What.Length;
}

/// <summary>One party accepted an agreement.</summary>
public sealed class AgreementAccepted : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgreementAccepted"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, a text is longer than <see cref="ConversationLimits.MaxTextLength"/>, or the role is neither employee nor manager (a coach's acceptance is not the manager's).</exception>
    public AgreementAccepted(string conversationId, Instant at, string agreementId, ConversationRole by)
        : base(conversationId, at)
    {
        AgreementId = EventFields.MaybeEmpty(agreementId, nameof(agreementId));
        By = EventFields.Party(by, nameof(by), "Agreements are accepted by");
    }

    /// <summary>Gets the agreement.</summary>
    public string AgreementId { get; }

    /// <summary>Gets who accepted.</summary>
    public ConversationRole By { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + AgreementId.Length;
}

/// <summary>The follow-up (to finalise the agreements) was planned.</summary>
public sealed class FollowUpPlanned : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpPlanned"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="on">The follow-up's date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public FollowUpPlanned(string conversationId, Instant at, LocalDate on)
        : base(conversationId, at)
    {
        On = on;
    }

    /// <summary>Gets the follow-up's date.</summary>
    public LocalDate On { get; }
}

/// <summary>The next conversation was planned.</summary>
public sealed class NextConversationPlanned : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="NextConversationPlanned"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="on">The next conversation's date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public NextConversationPlanned(string conversationId, Instant at, LocalDate on)
        : base(conversationId, at)
    {
        On = on;
    }

    /// <summary>Gets the next conversation's date.</summary>
    public LocalDate On { get; }
}

/// <summary>The conversation itself was evaluated.</summary>
public sealed class EvaluationRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="feedback">The feedback on the conversation.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public EvaluationRecorded(string conversationId, Instant at, string feedback)
        : base(conversationId, at)
    {
        Feedback = EventFields.Text(feedback, nameof(feedback));
    }

    /// <summary>Gets the feedback.</summary>
    public string Feedback { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Feedback.Length;
}

/// <summary>The conversation was closed: its plan is final.</summary>
public sealed class ConversationClosed : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConversationClosed"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationClosed(string conversationId, Instant at)
        : base(conversationId, at)
    {
    }
}

/// <summary>The conversation was cancelled.</summary>
public sealed class ConversationCancelled : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="ConversationCancelled"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/> (an empty reason is the rule CONV-R12, judged on replay).</exception>
    public ConversationCancelled(string conversationId, Instant at, string reason)
        : base(conversationId, at)
    {
        Reason = EventFields.MaybeEmpty(reason, nameof(reason));
    }

    /// <summary>Gets why.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Reason.Length;
}

/// <summary>The parties agreed on nothing this time, and recorded why (instead of agreements).</summary>
public sealed class NothingAgreedRecorded : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="NothingAgreedRecorded"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why nothing was agreed.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The conversation id or the reason is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public NothingAgreedRecorded(string conversationId, Instant at, string reason)
        : base(conversationId, at)
    {
        Reason = EventFields.Text(reason, nameof(reason));
    }

    /// <summary>Gets why nothing was agreed.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + Reason.Length;
}

/// <summary>Both parties keep an agreement whose text is not SMART, and recorded why.</summary>
public sealed class AgreementAcceptedAsNotSmart : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="AgreementAcceptedAsNotSmart"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="reason">Why it stays as it is.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">An id or the reason is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public AgreementAcceptedAsNotSmart(string conversationId, Instant at, string agreementId, string reason)
        : base(conversationId, at)
    {
        AgreementId = EventFields.Text(agreementId, nameof(agreementId));
        Reason = EventFields.Text(reason, nameof(reason));
    }

    /// <summary>Gets the agreement.</summary>
    public string AgreementId { get; }

    /// <summary>Gets why it stays as it is.</summary>
    public string Reason { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + AgreementId.Length + Reason.Length;
}

/// <summary>An option was explored for one development point, with its pros and cons.</summary>
public sealed class OptionExplored : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="OptionExplored"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="optionId">The option's id.</param>
    /// <param name="need">The development point it addresses: a recorded need, word for word.</param>
    /// <param name="description">The option.</param>
    /// <param name="pros">What speaks for it (may be empty).</param>
    /// <param name="cons">What speaks against it (may be empty).</param>
    /// <exception cref="ArgumentNullException">A text or a list is null.</exception>
    /// <exception cref="ArgumentException">An id, the need, the description or a pro or con is empty, a text is longer than <see cref="ConversationLimits.MaxTextLength"/>, or the texts together exceed <see cref="ConversationLimits.MaxTotalTextLength"/>.</exception>
    public OptionExplored(string conversationId, Instant at, string optionId, string need, string description, IReadOnlyList<string> pros, IReadOnlyList<string> cons)
        : base(conversationId, at)
    {
        OptionId = EventFields.Text(optionId, nameof(optionId));
        Need = EventFields.Text(need, nameof(need));
        Description = EventFields.Text(description, nameof(description));
        Pros = ReadOnly.Of(EventFields.Texts(pros, nameof(pros)));
        Cons = ReadOnly.Of(EventFields.Texts(cons, nameof(cons)));
        if (TextLength > ConversationLimits.MaxTotalTextLength)
        {
            throw new ArgumentException($"One option holds more than {ConversationLimits.MaxTotalTextLength} characters of text.", nameof(cons));
        }
    }

    /// <summary>Gets the option's id.</summary>
    public string OptionId { get; }

    /// <summary>Gets the development point it addresses.</summary>
    public string Need { get; }

    /// <summary>Gets the option.</summary>
    public string Description { get; }

    /// <summary>Gets what speaks for it.</summary>
    public IReadOnlyList<string> Pros { get; }

    /// <summary>Gets what speaks against it.</summary>
    public IReadOnlyList<string> Cons { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + OptionId.Length + Need.Length + Description.Length + EventFields.Sum(Pros) + EventFields.Sum(Cons);
}

/// <summary>One agreement of the previous plan was judged: achieved, partly, not, or dropped.</summary>
public sealed class PreviousAgreementJudged : ConversationEvent
{
    /// <summary>Initializes a new instance of the <see cref="PreviousAgreementJudged"/> class.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="at">When.</param>
    /// <param name="index">The agreement's place in the previous agreements, from 0 (an index past the end is the rule CONV-R09, judged on replay).</param>
    /// <param name="verdict">What came of it.</param>
    /// <param name="note">A note, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversationId"/> is null.</exception>
    /// <exception cref="ArgumentException">The conversation id is empty, the note is empty or white space, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="verdict"/> is not a defined <see cref="AgreementVerdict"/>.</exception>
    public PreviousAgreementJudged(string conversationId, Instant at, int index, AgreementVerdict verdict, string? note)
        : base(conversationId, at)
    {
        Index = Guard.Against.Negative(index, nameof(index));
        Verdict = Guard.Against.EnumOutOfRange(verdict, nameof(verdict));
        Note = note is null ? null : EventFields.Text(note, nameof(note));
    }

    /// <summary>Gets the agreement's place in the previous agreements, from 0.</summary>
    public int Index { get; }

    /// <summary>Gets what came of it.</summary>
    public AgreementVerdict Verdict { get; }

    /// <summary>Gets the note, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    internal override long TextLength => base.TextLength + (Note?.Length ?? 0);
}
