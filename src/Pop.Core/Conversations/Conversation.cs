namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;
using Pop.Core.Internal;

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
/// commands fit the status (CONV-R07) and the current phase (CONV-R08); time never runs backwards
/// (CONV-R13); a conversation stays within <see cref="ConversationLimits"/> (CONV-R14 events, CONV-R15
/// text). A substantive reaction of the manager while listening is recorded with the guidance warning
/// CONV-G01, not blocked. The field rules (non-empty texts, who may prepare or accept, priorities of
/// 1 or more, an employee who is not their own manager) are checked by the events' constructors, so
/// commands, <see cref="Replay"/> and <see cref="ConversationJson"/> all share one validation path.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Conversation
{
    private static readonly IComparer<AgendaItem> AgendaOrder = new AgendaComparer(counting: false);

    private string[] previousAgreements = Array.Empty<string>();
    private List<string> employeeTalkingPoints = new();
    private List<string> managerTalkingPoints = new();
    private List<AgendaItem> agenda = new();
    private List<string> employeeNeeds = new();
    private List<string> organisationNeeds = new();
    private List<Agreement> agreements = new();
    private List<GuidanceWarning> warnings = new();
    private EventLog history = EventLog.Empty;
    private Instant lastAt;
    private long textLength;

    // Replay builds one instance in place: the lists are its own, the agenda is kept unsorted
    // (sorted once when frozen) and ids are found through these indexes. A command never sees a
    // building instance; it copies the list it changes, so every published conversation stays unchanged.
    private bool building;
    private Dictionary<string, int>? agendaIndex;
    private Dictionary<string, int>? agreementIndex;

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
    public IReadOnlyList<string> PreviousAgreements => ReadOnly.View(previousAgreements);

    /// <summary>Gets what came of the previous plan's agreements, once evaluated.</summary>
    public string? PreviousAgreementsEvaluation { get; private set; }

    /// <summary>Gets the employee's talking points.</summary>
    public IReadOnlyList<string> EmployeeTalkingPoints => employeeTalkingPoints.AsReadOnly();

    /// <summary>Gets the manager's talking points.</summary>
    public IReadOnlyList<string> ManagerTalkingPoints => managerTalkingPoints.AsReadOnly();

    /// <summary>Gets the employee's development stage, as the manager prepared it.</summary>
    public DevelopmentStage? Stage { get; private set; }

    /// <summary>Gets the manager's picture of the department.</summary>
    public DepartmentPicture? DepartmentPicture { get; private set; }

    /// <summary>Gets the agenda, highest priority first.</summary>
    public IReadOnlyList<AgendaItem> Agenda => agenda.AsReadOnly();

    /// <summary>Gets the employee's account of the current state.</summary>
    public string? CurrentState { get; private set; }

    /// <summary>Gets the employee's development needs.</summary>
    public IReadOnlyList<string> EmployeeNeeds => employeeNeeds.AsReadOnly();

    /// <summary>Gets the organisation's development needs.</summary>
    public IReadOnlyList<string> OrganisationNeeds => organisationNeeds.AsReadOnly();

    /// <summary>Gets the agreements and support agreements.</summary>
    public IReadOnlyList<Agreement> Agreements => agreements.AsReadOnly();

    /// <summary>Gets the follow-up date, once planned.</summary>
    public LocalDate? FollowUpOn { get; private set; }

    /// <summary>Gets the next conversation's date, once planned.</summary>
    public LocalDate? NextConversationOn { get; private set; }

    /// <summary>Gets the evaluation of the conversation.</summary>
    public string? Evaluation { get; private set; }

    /// <summary>Gets why the conversation was cancelled.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the guidance warnings recorded so far.</summary>
    public IReadOnlyList<GuidanceWarning> Warnings => warnings.AsReadOnly();

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
    /// <exception cref="ArgumentException">An id is empty, or the employee is their own manager; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public static ConversationResult Schedule(string conversationId, ConversationModel model, string employeeId, string managerId, ZonedDateTime scheduledFor, IEnumerable<string>? previousAgreements, IClock clock)
    {
        Guard.Against.Null(model, nameof(model));
        var e = new ConversationScheduled(conversationId, Now(clock), model.Id, employeeId, managerId, scheduledFor, (previousAgreements ?? Array.Empty<string>()).ToArray());
        var conversation = Start(e, model, building: false);
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

                var model = ConversationModel.BuiltInModels.Concat(models ?? Array.Empty<ConversationModel>()).FirstOrDefault(m => m?.Id == scheduled.ModelId)
                    ?? throw new ConversationReplayException(index, "CONV-R11", $"Unknown conversation model '{scheduled.ModelId}'.");
                conversation = Start(scheduled, model, building: true);
            }
            else
            {
                if (e.ConversationId != conversation.Id)
                {
                    throw new ConversationReplayException(index, "CONV-R09", $"Event {index} belongs to conversation '{e.ConversationId}', not '{conversation.Id}'.");
                }

                if (conversation.Apply(e, out _, out _) is { } rejection)
                {
                    throw new ConversationReplayException(index, rejection.Code, $"Event {index} ({e.Type}) breaks {rejection}");
                }
            }

            index++;
        }

        if (conversation is null)
        {
            throw new ConversationReplayException(0, "CONV-R07", "There are no events.");
        }

        conversation.Freeze();
        return conversation;
    }

    /// <summary>Moves the scheduled conversation; the date holds except in emergencies, so a reason is required.</summary>
    /// <param name="scheduledFor">The new time.</param>
    /// <param name="reason">Why it moves.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R06 without a reason, CONV-R07 once started).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult Reschedule(ZonedDateTime scheduledFor, string reason, IClock clock) =>
        Decide(new ConversationRescheduled(Id, Now(clock), scheduledFor, reason));

    /// <summary>Records one party's preparation; the manager may add the development stage and the department picture.</summary>
    /// <param name="role">The employee or the manager.</param>
    /// <param name="talkingPoints">Their talking points.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="stage">The employee's development stage (manager only).</param>
    /// <param name="departmentPicture">The department picture (manager only).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, a talking point is empty, or the employee gives a stage or department picture; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordPreparation(ConversationRole role, IEnumerable<string> talkingPoints, IClock clock, DevelopmentStage? stage = null, DepartmentPicture? departmentPicture = null)
    {
        var at = Now(clock);
        return Decide(new PreparationRecorded(Id, at, role, Guard.Against.Null(talkingPoints, nameof(talkingPoints)).ToArray(), stage, departmentPicture));
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
            return Rejected(Reject("CONV-R08", ("Phase", Model.Phases[PhaseIndex].Id)));
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
            return Rejected(Reject(target < 0 ? "CONV-R11" : "CONV-R08", ("Phase", phaseId)));
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
    /// <exception cref="ArgumentException">The id or text is empty, or the priority is below 1; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult AddAgendaItem(string itemId, ConversationRole proposedBy, string text, int priority, IClock clock) =>
        Decide(new AgendaItemAdded(Id, Now(clock), itemId, proposedBy, text, priority));

    /// <summary>Gives an agenda item another priority.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="priority">The new priority, 1 is highest.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The priority is below 1, or an id is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult PrioritiseAgendaItem(string itemId, int priority, IClock clock) =>
        Decide(new AgendaItemPrioritised(Id, Now(clock), itemId, priority));

    /// <summary>Merges two agenda items about the same thing into one joint item.</summary>
    /// <param name="keptItemId">The item that stays.</param>
    /// <param name="mergedItemId">The item folded into it.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult MergeAgendaItems(string keptItemId, string mergedItemId, IClock clock) =>
        Decide(new AgendaItemsMerged(Id, Now(clock), keptItemId, mergedItemId));

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

    /// <summary>Records an agreement: who does what by when.</summary>
    /// <param name="agreementId">A new id.</param>
    /// <param name="who">Who carries it out.</param>
    /// <param name="what">What is done.</param>
    /// <param name="when">By when.</param>
    /// <param name="isSupport">Whether it is a support agreement (what the manager or organisation provides).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R01 before both sides' needs are heard).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id or text is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordAgreement(string agreementId, string who, [SmartGoalText] string what, LocalDate when, bool isSupport, IClock clock) =>
        Decide(new AgreementRecorded(Id, Now(clock), agreementId, who, what, when, isSupport));

    /// <summary>Records that one party accepts an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, or an id is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult AcceptAgreement(string agreementId, ConversationRole by, IClock clock) =>
        Decide(new AgreementAccepted(Id, Now(clock), agreementId, by));

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
    /// <exception cref="ArgumentException">The feedback is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordEvaluation(string feedback, IClock clock) =>
        Decide(new EvaluationRecorded(Id, Now(clock), feedback));

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
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult Cancel(string reason, IClock clock) =>
        Decide(new ConversationCancelled(Id, Now(clock), reason));


    private static Conversation Start(ConversationScheduled e, ConversationModel model, bool building) =>
        new(e.ConversationId, model, e.EmployeeId, e.ManagerId, e.ScheduledFor)
        {
            previousAgreements = e.PreviousAgreements.ToArray(),
            history = EventLog.Empty.Append(e),
            lastAt = e.At,
            textLength = e.TextLength,
            building = building,
            agendaIndex = building ? new Dictionary<string, int>(StringComparer.Ordinal) : null,
            agreementIndex = building ? new Dictionary<string, int>(StringComparer.Ordinal) : null,
        };

    private static Instant Now(IClock clock) => Guard.Against.Null(clock, nameof(clock)).GetCurrentInstant();

    private static ConversationResult Chain(ConversationResult first, ConversationResult second) =>
        second.IsAccepted
            ? new ConversationResult(second.Conversation, first.Events.Concat(second.Events).ToArray(), null, first.Warnings.Concat(second.Warnings).ToArray())
            : second;

    /// <summary>A copy of <paramref name="list"/> with room for one more: what a command changes instead of the published list.</summary>
    private static List<T> Copy<T>(List<T> list)
    {
        var copy = new List<T>(list.Count + 1);
        copy.AddRange(list);
        ReplayWork.Add(list.Count);
        return copy;
    }

    private static string Count(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ConversationRejection Reject(string code, params (string Key, string Value)[] args) =>
        new(code, args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));

    private ConversationResult Rejected(ConversationRejection rejection) => ConversationResult.Rejected(this, rejection);

    private bool PreviousPending => previousAgreements.Length > 0 && PreviousAgreementsEvaluation is null;

    /// <summary>A command's step: the rules of <see cref="Apply"/>, and the new conversation or the unchanged one with the rejection.</summary>
    private ConversationResult Decide(ConversationEvent e) =>
        Apply(e, out var next, out var warning) is { } rejection
            ? Rejected(rejection)
            : new ConversationResult(next, new[] { e }, null, warning is null ? Array.Empty<GuidanceWarning>() : new[] { warning });

    /// <summary>
    /// Checks <paramref name="e"/> against every rule and, when none blocks it, applies it: to a copy
    /// for a command, in place while replaying. Commands and replay both come here, so a stored
    /// history is held to exactly the rules the commands are. Every rejection returns before anything changes.
    /// </summary>
    private ConversationRejection? Apply(ConversationEvent e, out Conversation next, out GuidanceWarning? warning)
    {
        next = this;
        warning = null;
        var phase = CurrentPhase;
        ConversationRejection? InPhase(PhaseTopics topic)
        {
            if (Status != ConversationStatus.InProgress)
            {
                return Reject("CONV-R07", ("Status", Status.ToString()));
            }

            return phase!.Allows(topic) ? null : Reject("CONV-R08", ("Phase", phase.Id));
        }

        ConversationRejection? Open() =>
            Status is ConversationStatus.Closed or ConversationStatus.Cancelled ? Reject("CONV-R07", ("Status", Status.ToString())) : null;

        ConversationRejection? PrepOrPhase(PhaseTopics topic) =>
            Open() ?? (Status == ConversationStatus.Scheduled ? null : InPhase(topic));

        if (e.At < lastAt)
        {
            return Reject("CONV-R13", ("At", e.At.ToString()), ("Previous", lastAt.ToString()));
        }

        if (history.Count >= ConversationLimits.MaxEvents)
        {
            return Reject("CONV-R14", ("Limit", Count(ConversationLimits.MaxEvents)));
        }

        long text = e.TextLength;
        if (textLength + text > ConversationLimits.MaxTotalTextLength)
        {
            return Reject("CONV-R15", ("Limit", Count(ConversationLimits.MaxTotalTextLength)));
        }

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

                next = Next();
                next.ScheduledFor = r.ScheduledFor;
                break;

            case PreparationRecorded p:
                if (PrepOrPhase(PhaseTopics.Preparation) is { } notNow)
                {
                    return notNow;
                }

                next = Next();
                if (p.Role == ConversationRole.Employee)
                {
                    next.employeeTalkingPoints = next.Own(employeeTalkingPoints);
                    next.employeeTalkingPoints.AddRange(p.TalkingPoints);
                }
                else
                {
                    next.managerTalkingPoints = next.Own(managerTalkingPoints);
                    next.managerTalkingPoints.AddRange(p.TalkingPoints);
                    next.Stage = p.Stage ?? Stage;
                    next.DepartmentPicture = p.DepartmentPicture ?? DepartmentPicture;
                }

                break;

            case ConversationStarted:
                if (Status != ConversationStatus.Scheduled)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                next = Next();
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

                next = Next();
                next.PhaseIndex = target;
                break;

            case AgendaItemAdded a:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noAgenda)
                {
                    return noAgenda;
                }

                if (AgendaIndexOf(a.ItemId) >= 0)
                {
                    return Reject("CONV-R10", ("Id", a.ItemId));
                }

                next = Next();
                next.agenda = next.Own(agenda);
                next.AgendaAdd(new AgendaItem(a.ItemId, a.ProposedBy, false, a.Text, a.Priority));
                break;

            case AgendaItemPrioritised ap:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noPriority)
                {
                    return noPriority;
                }

                int prioritised = AgendaIndexOf(ap.ItemId);
                if (prioritised < 0)
                {
                    return Reject("CONV-R09", ("Id", ap.ItemId));
                }

                next = Next();
                next.agenda = next.Own(agenda);
                next.AgendaSet(prioritised, agenda[prioritised].With(priority: ap.Priority));
                break;

            case AgendaItemsMerged m:
                if (PrepOrPhase(PhaseTopics.Agenda) is { } noMerge)
                {
                    return noMerge;
                }

                int keptAt = AgendaIndexOf(m.KeptItemId);
                int mergedAt = AgendaIndexOf(m.MergedItemId);
                if (keptAt < 0 || mergedAt < 0 || keptAt == mergedAt)
                {
                    return Reject("CONV-R09", ("Id", keptAt < 0 ? m.KeptItemId : m.MergedItemId));
                }

                var kept = agenda[keptAt];
                var merged = agenda[mergedAt];
                var joint = kept.With(priority: Math.Min(kept.Priority, merged.Priority), joint: kept.IsJoint || merged.IsJoint || kept.ProposedBy != merged.ProposedBy);
                next = Next();
                next.agenda = next.Own(agenda);
                next.AgendaSet(keptAt, joint);
                next.AgendaRemove(next.AgendaIndexOf(m.MergedItemId));
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

                next = Next();
                next.PreviousAgreementsEvaluation = pa.Summary;
                break;

            case CurrentStateRecorded cs:
                if ((InPhase(PhaseTopics.CurrentState) ?? PreviousFirst()) is { } noState)
                {
                    return noState;
                }

                next = Next();
                next.CurrentState = cs.Report;
                break;

            case NeedRecorded n:
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

                break;

            case ManagerRemarkRecorded mr:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                next = Next();
                if (mr.Substantive && phase!.ListensToEmployee)
                {
                    warning = new GuidanceWarning("CONV-G01", phase.Id, mr.At);
                    next.warnings = next.Own(warnings);
                    next.warnings.Add(warning);
                }

                break;

            case AgreementRecorded ar:
                if ((InPhase(ar.IsSupport ? PhaseTopics.SupportAgreements : PhaseTopics.Agreements) ?? PreviousFirst()) is { } noAgreement)
                {
                    return noAgreement;
                }

                if (employeeNeeds.Count == 0 || organisationNeeds.Count == 0)
                {
                    return Reject("CONV-R01");
                }

                if (AgreementIndexOf(ar.AgreementId) >= 0)
                {
                    return Reject("CONV-R10", ("Id", ar.AgreementId));
                }

                next = Next();
                next.agreements = next.Own(agreements);
                next.agreements.Add(new Agreement(ar.AgreementId, ar.Who, ar.What, ar.When, ar.IsSupport, null, null));
                next.agreementIndex?.Add(ar.AgreementId, next.agreements.Count - 1);
                break;

            case AgreementAccepted acc:
                if (Status != ConversationStatus.InProgress)
                {
                    return Reject("CONV-R07", ("Status", Status.ToString()));
                }

                int accepted = AgreementIndexOf(acc.AgreementId);
                if (accepted < 0)
                {
                    return Reject("CONV-R09", ("Id", acc.AgreementId));
                }

                var agreement = agreements[accepted];
                bool byEmployee = acc.By == ConversationRole.Employee;
                if ((byEmployee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
                {
                    return Reject("CONV-R10", ("Id", acc.AgreementId));
                }

                next = Next();
                next.agreements = next.Own(agreements);
                next.agreements[accepted] = agreement.AcceptedBy(byEmployee, acc.At);
                break;

            case FollowUpPlanned f:
                if (InPhase(PhaseTopics.NextAppointment) is { } noFollowUp)
                {
                    return noFollowUp;
                }

                next = Next();
                next.FollowUpOn = f.On;
                break;

            case NextConversationPlanned nc:
                if (InPhase(PhaseTopics.NextAppointment) is { } noNext)
                {
                    return noNext;
                }

                next = Next();
                next.NextConversationOn = nc.On;
                break;

            case EvaluationRecorded ev:
                if (InPhase(PhaseTopics.Evaluation) is { } noEvaluation)
                {
                    return noEvaluation;
                }

                next = Next();
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

                next = Next();
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

                next = Next();
                next.Status = ConversationStatus.Cancelled;
                next.CancelReason = cc.Reason;
                break;

            default:
                return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        next.history = history.Append(e);
        next.lastAt = e.At;
        next.textLength = textLength + text;
        return null;
    }

    private ConversationRejection? PreviousFirst() => PreviousPending ? Reject("CONV-R02") : null;

    /// <summary>The instance a change goes to: this one while replaying, else a shallow copy sharing every list.</summary>
    private Conversation Next() => building ? this : (Conversation)MemberwiseClone();

    /// <summary>A list this instance may change: its own while replaying, else a copy (the original belongs to the published conversation).</summary>
    private List<T> Own<T>(List<T> list) => building ? list : Copy(list);

    private int AgendaIndexOf(string id)
    {
        if (agendaIndex is not null)
        {
            return agendaIndex.TryGetValue(id, out int i) ? i : -1;
        }

        return agenda.FindIndex(item => item.Id == id);
    }

    private int AgreementIndexOf(string id)
    {
        if (agreementIndex is not null)
        {
            return agreementIndex.TryGetValue(id, out int i) ? i : -1;
        }

        return agreements.FindIndex(a => a.Id == id);
    }

    /// <summary>Adds to an owned agenda: appended while replaying (sorted once at the end), else inserted in order.</summary>
    private void AgendaAdd(AgendaItem item)
    {
        if (agendaIndex is not null)
        {
            agendaIndex.Add(item.Id, agenda.Count);
            agenda.Add(item);
            return;
        }

        int at = agenda.BinarySearch(item, AgendaOrder);
        agenda.Insert(at < 0 ? ~at : at, item);
    }

    private void AgendaSet(int index, AgendaItem item)
    {
        if (agendaIndex is not null)
        {
            agenda[index] = item;
            return;
        }

        agenda.RemoveAt(index);
        AgendaAdd(item);
    }

    /// <summary>Removes from an owned agenda: while replaying the last item takes its place (order does not matter until the end).</summary>
    private void AgendaRemove(int index)
    {
        if (agendaIndex is not null)
        {
            agendaIndex.Remove(agenda[index].Id);
            int last = agenda.Count - 1;
            if (index != last)
            {
                agenda[index] = agenda[last];
                agendaIndex[agenda[index].Id] = index;
            }

            agenda.RemoveAt(last);
            return;
        }

        agenda.RemoveAt(index);
    }

    /// <summary>Ends a replay: the agenda sorted once, the indexes dropped; from here on the instance is immutable like any other.</summary>
    private void Freeze()
    {
        var order = new AgendaComparer(counting: true);
        agenda.Sort(order);
        ReplayWork.Add(order.Comparisons);
        agendaIndex = null;
        agreementIndex = null;
        building = false;
    }

    /// <summary>The agenda's order: priority (1 first), then id (ordinal); ids are unique, so the order is total.</summary>
    private sealed class AgendaComparer : IComparer<AgendaItem>
    {
        private readonly bool counting;

        public AgendaComparer(bool counting) => this.counting = counting;

        /// <summary>Gets how many comparisons a counting comparer made (one sort's, on one thread).</summary>
        public long Comparisons { get; private set; }

        public int Compare(AgendaItem? x, AgendaItem? y)
        {
            if (counting)
            {
                Comparisons++;
            }

            int byPriority = x!.Priority.CompareTo(y!.Priority);
            return byPriority != 0 ? byPriority : string.CompareOrdinal(x.Id, y.Id);
        }
    }
}
