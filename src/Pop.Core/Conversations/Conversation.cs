namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;

/// <summary>
/// A POP-gesprek: an immutable aggregate driven through a <see cref="ConversationModel"/>. Every
/// command returns a <see cref="ConversationResult"/>: the new state with its event, or a typed
/// rejection naming the rule that blocked it (never an exception for a rule; exceptions only for
/// programming errors such as null). A conversation is rebuilt from its events with <see cref="Replay"/>.
/// </summary>
/// <remarks>
/// The rules that hold across models, each with a code: agreements only after both sides' needs
/// are heard (CONV-R01); a previous plan's agreements are evaluated first (CONV-R02); closing needs
/// a follow-up or next conversation (CONV-R03) and an evaluation (CONV-R04), and every agreement
/// accepted by both parties (CONV-R05); moving a scheduled conversation needs a reason (CONV-R06);
/// commands fit the status (CONV-R07) and the current phase (CONV-R08). A substantive reaction of
/// the manager while listening is recorded with the guidance warning CONV-G01, not blocked.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Conversation
{
    private string[] previousAgreements = Array.Empty<string>();
    private string[] employeeTalkingPoints = Array.Empty<string>();
    private string[] managerTalkingPoints = Array.Empty<string>();
    private AgendaItem[] agenda = Array.Empty<AgendaItem>();
    private string[] employeeNeeds = Array.Empty<string>();
    private string[] organisationNeeds = Array.Empty<string>();
    private Agreement[] agreements = Array.Empty<Agreement>();
    private GuidanceWarning[] warnings = Array.Empty<GuidanceWarning>();
    private EventLog history = EventLog.Empty;

    private Conversation(string id, ConversationModel model, string employeeId, string managerId, ZonedDateTime scheduledFor)
    {
        Id = id;
        Model = model;
        EmployeeId = employeeId;
        ManagerId = managerId;
        ScheduledFor = scheduledFor;
        PhaseIndex = -1;
    }

    /// <summary>Gets the conversation's id.</summary>
    public string Id { get; }

    /// <summary>Gets the model it follows.</summary>
    public ConversationModel Model { get; }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets when it takes place.</summary>
    public ZonedDateTime ScheduledFor { get; private set; }

    /// <summary>Gets where it stands.</summary>
    public ConversationStatus Status { get; private set; }

    /// <summary>Gets the index of the current phase (-1 before the start).</summary>
    public int PhaseIndex { get; private set; }

    /// <summary>Gets the current phase, or null before the start.</summary>
    public ConversationPhase? CurrentPhase => PhaseIndex >= 0 ? Model.Phases[PhaseIndex] : null;

    /// <summary>Gets the previous plan's agreements, to be evaluated first.</summary>
    public IReadOnlyList<string> PreviousAgreements => previousAgreements;

    /// <summary>Gets what came of the previous plan's agreements, once evaluated.</summary>
    public string? PreviousAgreementsEvaluation { get; private set; }

    /// <summary>Gets the employee's talking points.</summary>
    public IReadOnlyList<string> EmployeeTalkingPoints => employeeTalkingPoints;

    /// <summary>Gets the manager's talking points.</summary>
    public IReadOnlyList<string> ManagerTalkingPoints => managerTalkingPoints;

    /// <summary>Gets the employee's development stage, as the manager prepared it.</summary>
    public DevelopmentStage? Stage { get; private set; }

    /// <summary>Gets the manager's picture of the department.</summary>
    public DepartmentPicture? DepartmentPicture { get; private set; }

    /// <summary>Gets the agenda, highest priority first.</summary>
    public IReadOnlyList<AgendaItem> Agenda => agenda;

    /// <summary>Gets the employee's account of the current state.</summary>
    public string? CurrentState { get; private set; }

    /// <summary>Gets the employee's development needs.</summary>
    public IReadOnlyList<string> EmployeeNeeds => employeeNeeds;

    /// <summary>Gets the organisation's development needs.</summary>
    public IReadOnlyList<string> OrganisationNeeds => organisationNeeds;

    /// <summary>Gets the agreements and support agreements.</summary>
    public IReadOnlyList<Agreement> Agreements => agreements;

    /// <summary>Gets the follow-up date, once planned.</summary>
    public LocalDate? FollowUpOn { get; private set; }

    /// <summary>Gets the next conversation's date, once planned.</summary>
    public LocalDate? NextConversationOn { get; private set; }

    /// <summary>Gets the evaluation of the conversation.</summary>
    public string? Evaluation { get; private set; }

    /// <summary>Gets why the conversation was cancelled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the guidance warnings recorded so far.</summary>
    public IReadOnlyList<GuidanceWarning> Warnings => warnings;

    /// <summary>Gets every event so far, oldest first: what a host persists and audits.</summary>
    public IReadOnlyList<ConversationEvent> History => history;

    /// <summary>Schedules a new conversation.</summary>
    /// <param name="conversationId">A new id.</param>
    /// <param name="model">The model to follow.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="managerId">The manager.</param>
    /// <param name="scheduledFor">When it takes place.</param>
    /// <param name="previousAgreements">The previous plan's agreements (null or empty for a first plan).</param>
    /// <param name="clock">The clock the event is stamped with.</param>
    /// <returns>The scheduled conversation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, or the employee is their own manager.</exception>
    public static ConversationResult Schedule(string conversationId, ConversationModel model, string employeeId, string managerId, ZonedDateTime scheduledFor, IEnumerable<string>? previousAgreements, IClock clock)
    {
        Guard.Against.NullOrWhiteSpace(conversationId, nameof(conversationId));
        Guard.Against.Null(model, nameof(model));
        Guard.Against.NullOrWhiteSpace(employeeId, nameof(employeeId));
        Guard.Against.NullOrWhiteSpace(managerId, nameof(managerId));
        Guard.Against.Null(clock, nameof(clock));
        if (employeeId == managerId)
        {
            throw new ArgumentException($"Employee '{employeeId}' cannot be their own manager.", nameof(managerId));
        }

        var previous = (previousAgreements ?? Array.Empty<string>()).ToArray();
        foreach (var p in previous)
        {
            Guard.Against.NullOrWhiteSpace(p, nameof(previousAgreements));
        }

        var e = new ConversationScheduled(conversationId, clock.GetCurrentInstant(), model.Id, employeeId, managerId, scheduledFor, previous);
        var conversation = Start(e, model);
        return new ConversationResult(conversation, new ConversationEvent[] { e }, null, Array.Empty<GuidanceWarning>());
    }

    /// <summary>Rebuilds a conversation from its events, checking every rule on the way.</summary>
    /// <param name="events">The events, oldest first; the first is <see cref="ConversationScheduled"/>.</param>
    /// <param name="models">Vendor-defined models the events may name, beside the built-in ones.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null or holds null.</exception>
    /// <exception cref="ConversationReplayException">The events do not form a valid conversation; it says which event and why.</exception>
    public static Conversation Replay(IEnumerable<ConversationEvent> events, IEnumerable<ConversationModel>? models = null)
    {
        Guard.Against.Null(events, nameof(events));
        Conversation? conversation = null;
        int index = 0;
        foreach (var e in events)
        {
            Guard.Against.Null(e, nameof(events));
            if (conversation is null)
            {
                if (e is not ConversationScheduled scheduled)
                {
                    throw new ConversationReplayException(index, "CONV-R07", $"The first event must be {nameof(ConversationScheduled)}, not {e.Type}.");
                }

                var model = ConversationModel.BuiltInModels.Concat(models ?? Array.Empty<ConversationModel>()).FirstOrDefault(m => m.Id == scheduled.ModelId)
                    ?? throw new ConversationReplayException(index, "CONV-R11", $"Unknown conversation model '{scheduled.ModelId}'.");
                conversation = Start(scheduled, model);
            }
            else
            {
                if (e.ConversationId != conversation.Id)
                {
                    throw new ConversationReplayException(index, "CONV-R09", $"Event {index} belongs to conversation '{e.ConversationId}', not '{conversation.Id}'.");
                }

                var result = conversation.Decide(e);
                if (result.Rejection is { } rejection)
                {
                    throw new ConversationReplayException(index, rejection.Code, $"Event {index} ({e.Type}) breaks {rejection}.");
                }

                conversation = result.Conversation;
            }

            index++;
        }

        return conversation ?? throw new ConversationReplayException(0, "CONV-R07", "There are no events.");
    }

    /// <summary>Moves the scheduled conversation; the date holds except in emergencies, so a reason is required.</summary>
    /// <param name="scheduledFor">The new time.</param>
    /// <param name="reason">Why it moves.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R06 without a reason, CONV-R07 once started).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="clock"/> is null.</exception>
    public ConversationResult Reschedule(ZonedDateTime scheduledFor, string reason, IClock clock) =>
        Decide(new ConversationRescheduled(Id, Now(clock), scheduledFor, Guard.Against.Null(reason, nameof(reason))));

    /// <summary>Records one party's preparation; the manager may add the development stage and the department picture.</summary>
    /// <param name="role">The employee or the manager.</param>
    /// <param name="talkingPoints">Their talking points.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="stage">The employee's development stage (manager only).</param>
    /// <param name="departmentPicture">The department picture (manager only).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, a talking point is empty, or the employee gives a stage or department picture.</exception>
    public ConversationResult RecordPreparation(ConversationRole role, IEnumerable<string> talkingPoints, IClock clock, DevelopmentStage? stage = null, DepartmentPicture? departmentPicture = null)
    {
        if (role is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            throw new ArgumentException($"Only the employee and the manager prepare; not {role}.", nameof(role));
        }

        if (role == ConversationRole.Employee && (stage is not null || departmentPicture is not null))
        {
            throw new ArgumentException("The development stage and the department picture are the manager's preparation.", nameof(role));
        }

        return Decide(new PreparationRecorded(Id, Now(clock), role, Texts(talkingPoints, nameof(talkingPoints)), stage, departmentPicture));
    }

    /// <summary>Starts the conversation in its first phase.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult Start(IClock clock)
    {
        var started = Decide(new ConversationStarted(Id, Now(clock)));
        return started.IsAccepted ? Chain(started, started.Conversation.Decide(new PhaseEntered(Id, Now(clock), Model.Phases[0].Id))) : started;
    }

    /// <summary>Moves on to the next phase.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R08 in the last phase: close the conversation instead).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult AdvancePhase(IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        if (Status == ConversationStatus.InProgress && PhaseIndex == Model.Phases.Count - 1)
        {
            return Reject("CONV-R08", ("Phase", Model.Phases[PhaseIndex].Id));
        }

        string next = PhaseIndex + 1 < Model.Phases.Count ? Model.Phases[PhaseIndex + 1].Id : string.Empty;
        return Decide(new PhaseEntered(Id, Now(clock), next));
    }

    /// <summary>Goes back to an earlier phase.</summary>
    /// <param name="phaseId">The phase to return to.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R11 for an unknown phase, CONV-R08 for a later one).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversationResult ReturnToPhase(string phaseId, IClock clock)
    {
        Guard.Against.Null(phaseId, nameof(phaseId));
        int target = Model.IndexOf(phaseId);
        if (target > PhaseIndex)
        {
            return Reject(target < 0 ? "CONV-R11" : "CONV-R08", ("Phase", phaseId));
        }

        return Decide(new PhaseEntered(Id, Now(clock), phaseId));
    }

    /// <summary>Adds an agenda item (before the start, or in a phase with the agenda).</summary>
    /// <param name="itemId">A new id.</param>
    /// <param name="proposedBy">Who proposes it.</param>
    /// <param name="text">What it is about.</param>
    /// <param name="priority">Its priority, 1 is highest.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id or text is empty, or the priority is below 1.</exception>
    public ConversationResult AddAgendaItem(string itemId, ConversationRole proposedBy, string text, int priority, IClock clock) =>
        Decide(new AgendaItemAdded(Id, Now(clock), Guard.Against.NullOrWhiteSpace(itemId, nameof(itemId)), Guard.Against.EnumOutOfRange(proposedBy, nameof(proposedBy)), Guard.Against.NullOrWhiteSpace(text, nameof(text)), Guard.Against.NegativeOrZero(priority, nameof(priority))));

    /// <summary>Gives an agenda item another priority.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="priority">The new priority, 1 is highest.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The priority is below 1.</exception>
    public ConversationResult PrioritiseAgendaItem(string itemId, int priority, IClock clock) =>
        Decide(new AgendaItemPrioritised(Id, Now(clock), Guard.Against.Null(itemId, nameof(itemId)), Guard.Against.NegativeOrZero(priority, nameof(priority))));

    /// <summary>Merges two agenda items about the same thing into one joint item.</summary>
    /// <param name="keptItemId">The item that stays.</param>
    /// <param name="mergedItemId">The item folded into it.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversationResult MergeAgendaItems(string keptItemId, string mergedItemId, IClock clock) =>
        Decide(new AgendaItemsMerged(Id, Now(clock), Guard.Against.Null(keptItemId, nameof(keptItemId)), Guard.Against.Null(mergedItemId, nameof(mergedItemId))));

    /// <summary>Records what came of the previous plan's agreements.</summary>
    /// <param name="summary">The evaluation.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The summary is empty.</exception>
    public ConversationResult EvaluatePreviousAgreements(string summary, IClock clock) =>
        Decide(new PreviousAgreementsEvaluated(Id, Now(clock), Guard.Against.NullOrWhiteSpace(summary, nameof(summary))));

    /// <summary>Records the employee's account of the current state ("travel report").</summary>
    /// <param name="report">The report.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report is empty.</exception>
    public ConversationResult RecordCurrentState(string report, IClock clock) =>
        Decide(new CurrentStateRecorded(Id, Now(clock), Guard.Against.NullOrWhiteSpace(report, nameof(report))));

    /// <summary>Records a development need: the employee's, or the organisation's (voiced by the manager).</summary>
    /// <param name="side">The employee or the manager.</param>
    /// <param name="need">The need.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The side is neither employee nor manager, or the need is empty.</exception>
    public ConversationResult RecordNeed(ConversationRole side, string need, IClock clock)
    {
        if (side is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            throw new ArgumentException($"Needs are the employee's or the organisation's (voiced by the manager); not {side}'s.", nameof(side));
        }

        return Decide(new NeedRecorded(Id, Now(clock), side, Guard.Against.NullOrWhiteSpace(need, nameof(need))));
    }

    /// <summary>Records something the manager said; a substantive reaction while listening draws CONV-G01.</summary>
    /// <param name="remark">What was said.</param>
    /// <param name="substantive">Whether it reacts in substance.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result, with the warning when it applies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The remark is empty.</exception>
    public ConversationResult RecordManagerRemark(string remark, bool substantive, IClock clock) =>
        Decide(new ManagerRemarkRecorded(Id, Now(clock), Guard.Against.NullOrWhiteSpace(remark, nameof(remark)), substantive));

    /// <summary>Records an agreement: who does what by when.</summary>
    /// <param name="agreementId">A new id.</param>
    /// <param name="who">Who carries it out.</param>
    /// <param name="what">What is done.</param>
    /// <param name="when">By when.</param>
    /// <param name="isSupport">Whether it is a support agreement (what the manager or organisation provides).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R01 before both sides' needs are heard).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id or text is empty.</exception>
    public ConversationResult RecordAgreement(string agreementId, string who, [SmartGoalText] string what, LocalDate when, bool isSupport, IClock clock) =>
        Decide(new AgreementRecorded(Id, Now(clock), Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId)), Guard.Against.NullOrWhiteSpace(who, nameof(who)), Guard.Against.NullOrWhiteSpace(what, nameof(what)), when, isSupport));

    /// <summary>Records that one party accepts an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager.</exception>
    public ConversationResult AcceptAgreement(string agreementId, ConversationRole by, IClock clock)
    {
        Guard.Against.Null(agreementId, nameof(agreementId));
        if (by is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            throw new ArgumentException($"Agreements are accepted by the employee and the manager; not by {by}.", nameof(by));
        }

        return Decide(new AgreementAccepted(Id, Now(clock), agreementId, by));
    }

    /// <summary>Plans the follow-up that finalises the agreements.</summary>
    /// <param name="on">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult PlanFollowUp(LocalDate on, IClock clock) => Decide(new FollowUpPlanned(Id, Now(clock), on));

    /// <summary>Plans the next conversation.</summary>
    /// <param name="on">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult PlanNextConversation(LocalDate on, IClock clock) => Decide(new NextConversationPlanned(Id, Now(clock), on));

    /// <summary>Records the evaluation of the conversation (feedback to each other).</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The feedback is empty.</exception>
    public ConversationResult RecordEvaluation(string feedback, IClock clock) =>
        Decide(new EvaluationRecorded(Id, Now(clock), Guard.Against.NullOrWhiteSpace(feedback, nameof(feedback))));

    /// <summary>Closes the conversation; the plan becomes final.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R02, R03, R04 or R05 when something is missing).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult Close(IClock clock) => Decide(new ConversationClosed(Id, Now(clock)));

    /// <summary>Cancels the conversation.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversationResult Cancel(string reason, IClock clock) =>
        Decide(new ConversationCancelled(Id, Now(clock), Guard.Against.Null(reason, nameof(reason))));

    private static Conversation Start(ConversationScheduled e, ConversationModel model)
    {
        var c = new Conversation(e.ConversationId, model, e.EmployeeId, e.ManagerId, e.ScheduledFor)
        {
            previousAgreements = e.PreviousAgreements.ToArray(),
        };
        c.history = EventLog.Empty.Append(e);
        return c;
    }

    private static Instant Now(IClock clock) => Guard.Against.Null(clock, nameof(clock)).GetCurrentInstant();

    private static string[] Texts(IEnumerable<string> texts, string name)
    {
        var list = Guard.Against.Null(texts, name).ToArray();
        foreach (var t in list)
        {
            Guard.Against.NullOrWhiteSpace(t, name);
        }

        return list;
    }

    private static ConversationResult Chain(ConversationResult first, ConversationResult second) =>
        second.IsAccepted
            ? new ConversationResult(second.Conversation, first.Events.Concat(second.Events).ToArray(), null, first.Warnings.Concat(second.Warnings).ToArray())
            : second;

    private ConversationResult Reject(string code, params (string Key, string Value)[] args) =>
        ConversationResult.Rejected(this, new ConversationRejection(code, args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)));

    private bool PreviousPending => previousAgreements.Length > 0 && PreviousAgreementsEvaluation is null;

    /// <summary>Checks <paramref name="e"/> against every rule and applies it. Commands and replay both come here.</summary>
    private ConversationResult Decide(ConversationEvent e)
    {
        var phase = CurrentPhase;
        ConversationResult? InPhase(PhaseTopics topic)
        {
            if (Status != ConversationStatus.InProgress)
            {
                return Reject("CONV-R07", ("Status", Status.ToString()));
            }

            return phase!.Allows(topic) ? null : Reject("CONV-R08", ("Phase", phase.Id));
        }

        ConversationResult? Open() =>
            Status is ConversationStatus.Closed or ConversationStatus.Cancelled ? Reject("CONV-R07", ("Status", Status.ToString())) : null;

        ConversationResult? PrepOrPhase(PhaseTopics topic) =>
            Open() ?? (Status == ConversationStatus.Scheduled ? null : InPhase(topic));

        var next = (Conversation)MemberwiseClone();
        GuidanceWarning? warning = null;
        switch (e)
        {
            case ConversationRescheduled r:
                if (Status != ConversationStatus.Scheduled)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                if (string.IsNullOrWhiteSpace(r.Reason))
                {
                    return Reject("CONV-R06");
                }

                next.ScheduledFor = r.ScheduledFor;
                break;

            case PreparationRecorded p:
                if (PrepOrPhase(PhaseTopics.Preparation) is { } notNow)
                {
                    return notNow;
                }

                if (p.Role == ConversationRole.Employee)
                {
                    next.employeeTalkingPoints = employeeTalkingPoints.Concat(p.TalkingPoints).ToArray();
                }
                else
                {
                    next.managerTalkingPoints = managerTalkingPoints.Concat(p.TalkingPoints).ToArray();
                    next.Stage = p.Stage ?? Stage;
                    next.DepartmentPicture = p.DepartmentPicture ?? DepartmentPicture;
                }

                break;

            case ConversationStarted:
                if (Status != ConversationStatus.Scheduled)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                next.Status = ConversationStatus.InProgress;
                break;

            case PhaseEntered pe:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                int target = Model.IndexOf(pe.PhaseId);
                if (target < 0)
                {
                    return Reject("CONV-R11", ("Phase", pe.PhaseId));
                }

                if (target > PhaseIndex + 1 || target == PhaseIndex)
                {
                    return Reject("CONV-R08", ("Phase", pe.PhaseId));
                }

                next.PhaseIndex = target;
                break;

            case AgendaItemAdded a:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noAgenda)
                {
                    return noAgenda;
                }

                if (agenda.Any(i => i.Id == a.ItemId))
                {
                    return Reject("CONV-R10", ("Id", a.ItemId));
                }

                next.agenda = Sorted(agenda.Append(new AgendaItem(a.ItemId, a.ProposedBy, false, a.Text, a.Priority)));
                break;

            case AgendaItemPrioritised ap:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noPriority)
                {
                    return noPriority;
                }

                if (agenda.All(i => i.Id != ap.ItemId))
                {
                    return Reject("CONV-R09", ("Id", ap.ItemId));
                }

                next.agenda = Sorted(agenda.Select(i => i.Id == ap.ItemId ? i.With(priority: ap.Priority) : i));
                break;

            case AgendaItemsMerged m:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noMerge)
                {
                    return noMerge;
                }

                var kept = agenda.FirstOrDefault(i => i.Id == m.KeptItemId);
                var merged = agenda.FirstOrDefault(i => i.Id == m.MergedItemId);
                if (kept is null || merged is null || kept == merged)
                {
                    return Reject("CONV-R09", ("Id", kept is null ? m.KeptItemId : m.MergedItemId));
                }

                var joint = kept.With(priority: Math.Min(kept.Priority, merged.Priority), joint: kept.IsJoint || merged.IsJoint || kept.ProposedBy != merged.ProposedBy);
                next.agenda = Sorted(agenda.Where(i => i != merged).Select(i => i == kept ? joint : i));
                break;

            case PreviousAgreementsEvaluated pa:
                if (InPhase(PhaseTopics.PreviousPlanReview) is { } noReview)
                {
                    return noReview;
                }

                if (previousAgreements.Length == 0)
                {
                    return Reject("CONV-R09", ("Id", "previous plan"));
                }

                next.PreviousAgreementsEvaluation = pa.Summary;
                break;

            case CurrentStateRecorded cs:
                if ((InPhase(PhaseTopics.CurrentState) ?? PreviousFirst()) is { } noState)
                {
                    return noState;
                }

                next.CurrentState = cs.Report;
                break;

            case NeedRecorded n:
                if ((InPhase(n.Side == ConversationRole.Employee ? PhaseTopics.EmployeeNeeds : PhaseTopics.OrganisationNeeds) ?? PreviousFirst()) is { } noNeed)
                {
                    return noNeed;
                }

                if (n.Side == ConversationRole.Employee)
                {
                    next.employeeNeeds = employeeNeeds.Append(n.Need).ToArray();
                }
                else
                {
                    next.organisationNeeds = organisationNeeds.Append(n.Need).ToArray();
                }

                break;

            case ManagerRemarkRecorded mr:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                if (mr.Substantive && phase!.ListensToEmployee)
                {
                    warning = new GuidanceWarning("CONV-G01", phase.Id, mr.At);
                    next.warnings = warnings.Append(warning).ToArray();
                }

                break;

            case AgreementRecorded ar:
                if ((InPhase(ar.IsSupport ? PhaseTopics.SupportAgreements : PhaseTopics.Agreements) ?? PreviousFirst()) is { } noAgreement)
                {
                    return noAgreement;
                }

                if (employeeNeeds.Length == 0 || organisationNeeds.Length == 0)
                {
                    return Reject("CONV-R01");
                }

                if (agreements.Any(a => a.Id == ar.AgreementId))
                {
                    return Reject("CONV-R10", ("Id", ar.AgreementId));
                }

                next.agreements = agreements.Append(new Agreement(ar.AgreementId, ar.Who, ar.What, ar.When, ar.IsSupport, null, null)).ToArray();
                break;

            case AgreementAccepted acc:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                var agreement = agreements.FirstOrDefault(a => a.Id == acc.AgreementId);
                if (agreement is null)
                {
                    return Reject("CONV-R09", ("Id", acc.AgreementId));
                }

                bool byEmployee = acc.By == ConversationRole.Employee;
                if ((byEmployee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
                {
                    return Reject("CONV-R10", ("Id", acc.AgreementId));
                }

                next.agreements = agreements.Select(a => a == agreement ? a.AcceptedBy(byEmployee, acc.At) : a).ToArray();
                break;

            case FollowUpPlanned f:
                if (InPhase(PhaseTopics.NextAppointment) is { } noFollowUp)
                {
                    return noFollowUp;
                }

                next.FollowUpOn = f.On;
                break;

            case NextConversationPlanned nc:
                if (InPhase(PhaseTopics.NextAppointment) is { } noNext)
                {
                    return noNext;
                }

                next.NextConversationOn = nc.On;
                break;

            case EvaluationRecorded ev:
                if (InPhase(PhaseTopics.Evaluation) is { } noEvaluation)
                {
                    return noEvaluation;
                }

                next.Evaluation = ev.Feedback;
                break;

            case ConversationClosed:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                if (PreviousPending)
                {
                    return Reject("CONV-R02");
                }

                if (FollowUpOn is null && NextConversationOn is null)
                {
                    return Reject("CONV-R03");
                }

                if (Evaluation is null)
                {
                    return Reject("CONV-R04");
                }

                if (agreements.FirstOrDefault(a => !a.IsAcceptedByBoth) is { } open)
                {
                    return Reject("CONV-R05", ("Agreement", open.What));
                }

                next.Status = ConversationStatus.Closed;
                break;

            case ConversationCancelled cc:
                if (Open() is { } closed)
                {
                    return closed;
                }

                if (string.IsNullOrWhiteSpace(cc.Reason))
                {
                    return Reject("CONV-R12");
                }

                next.Status = ConversationStatus.Cancelled;
                next.CancelReason = cc.Reason;
                break;

            default:
                return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        next.history = history.Append(e);
        return new ConversationResult(next, new[] { e }, null, warning is null ? Array.Empty<GuidanceWarning>() : new[] { warning });
    }

    private ConversationResult? PreviousFirst() => PreviousPending ? Reject("CONV-R02") : null;

    private static AgendaItem[] Sorted(IEnumerable<AgendaItem> items) => items.OrderBy(i => i.Priority).ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
}
