namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Cycles;
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
public sealed partial class Conversation
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

    /// <summary>Gets the version of the rules this conversation is held to (<see cref="ConversationScheduled.RulesVersion"/>).</summary>
    public int RulesVersion { get; private set; }

    /// <summary>Gets why the parties agreed on nothing, when they recorded that instead of agreements; otherwise null.</summary>
    public string? NothingAgreedReason { get; private set; }

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

    /// <summary>Gets the employee's development stage in their own view, as they prepared it; null until they give it.</summary>
    public DevelopmentStage? EmployeeStage { get; private set; }

    /// <summary>Gets the employee's development stage in the manager's view, as the manager prepared it; null until the manager gives it.</summary>
    public DevelopmentStage? ManagerStage { get; private set; }

    /// <summary>Gets how the two views of the development stage compare; null until both parties have given one.</summary>
    public StageComparison? StageComparison =>
        EmployeeStage is { } employee && ManagerStage is { } manager ? StageComparison.Of(employee, manager) : null;

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

    /// <summary>Schedules a new conversation, held to the lead times before it.</summary>
    /// <param name="conversationId">A new id.</param>
    /// <param name="model">The model to follow.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="managerId">The manager.</param>
    /// <param name="scheduledFor">When it takes place.</param>
    /// <param name="previousAgreements">The previous plan's agreements (null or empty for a first plan).</param>
    /// <param name="clock">The clock the event is stamped with; today is its date in <paramref name="scheduledFor"/>'s zone.</param>
    /// <param name="leadTimes">The lead times (<see cref="LeadTimePolicy.Default"/>, refused when too short, when null); pass the cycle's <see cref="CyclePolicy.LeadTimes"/> to hold both to one rule.</param>
    /// <returns>The scheduled conversation; or, when the date is too soon under <see cref="RuleEnforcement.Refuse"/>, a result with the rejection CONV-R21 and no conversation. Under <see cref="RuleEnforcement.Warn"/> it carries the warning CONV-G03.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, or the employee is their own manager; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public static ConversationResult Schedule(string conversationId, ConversationModel model, string employeeId, string managerId, ZonedDateTime scheduledFor, IEnumerable<string>? previousAgreements, IClock clock, LeadTimePolicy? leadTimes = null)
    {
        Guard.Against.Null(model, nameof(model));
        var e = new ConversationScheduled(conversationId, Now(clock), model.Id, employeeId, managerId, scheduledFor, (previousAgreements ?? Array.Empty<string>()).ToArray());
        var tooSoon = LeadTime(leadTimes, scheduledFor, e.At);
        if (tooSoon is not null && (leadTimes ?? LeadTimePolicy.Default).Enforcement == RuleEnforcement.Refuse)
        {
            return ConversationResult.NotScheduled(Reject("CONV-R21", tooSoon));
        }

        var conversation = Start(e, model, building: false);
        var warnings = tooSoon is null ? Array.Empty<GuidanceWarning>() : new[] { new GuidanceWarning("CONV-G03", string.Empty, e.At, tooSoon) };
        return new ConversationResult(conversation, new ConversationEvent[] { e }, null, warnings);
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

    private static Conversation Start(ConversationScheduled e, ConversationModel model, bool building) =>
        new(e.ConversationId, model, e.EmployeeId, e.ManagerId, e.ScheduledFor)
        {
            previousAgreements = e.PreviousAgreements.ToArray(),
            RulesVersion = e.RulesVersion,
            history = EventLog.Empty.Append(e),
            lastAt = e.At,
            textLength = e.TextLength,
            building = building,
            agendaIndex = building ? new Dictionary<string, int>(StringComparer.Ordinal) : null,
            agreementIndex = building ? new Dictionary<string, int>(StringComparer.Ordinal) : null,
        };

    /// <summary>The arguments of CONV-R21/G03 when <paramref name="scheduledFor"/> is too soon to announce on the day of <paramref name="at"/>; null when in time or not checked.</summary>
    private static (string Key, string Value)[]? LeadTime(LeadTimePolicy? policy, ZonedDateTime scheduledFor, Instant at)
    {
        policy ??= LeadTimePolicy.Default;
        var today = at.InZone(scheduledFor.Zone).Date;
        if (policy.Enforcement == RuleEnforcement.Off || policy.IsInTime(scheduledFor.Date, today))
        {
            return null;
        }

        return new[] { ("Date", Iso(scheduledFor.Date)), ("Days", Count(policy.AnnounceDaysBefore)), ("AnnounceBy", Iso(policy.AnnounceBy(scheduledFor.Date))), ("Today", Iso(today)) };
    }

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

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Count(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static RuleRejection Reject(string code, params (string Key, string Value)[] args) =>
        new(code, args.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));

    private ConversationResult Rejected(RuleRejection rejection) => ConversationResult.Rejected(this, rejection);

    /// <summary>CONV-R02's question: are there previous agreements with neither a summary nor a verdict on every one?</summary>
    private bool PreviousPending => previousAgreements.Length > 0 && PreviousAgreementsEvaluation is null && judged < previousAgreements.Length;

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
    private RuleRejection? Apply(ConversationEvent e, out Conversation next, out GuidanceWarning? warning)
    {
        next = this;
        warning = null;
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

        var rejection = e switch
        {
            ConversationRescheduled c => When(c, ref next),
            PreparationRecorded c => When(c, ref next),
            ConversationStarted c => When(c, ref next),
            PhaseEntered c => When(c, ref next),
            AgendaItemAdded c => When(c, ref next),
            AgendaItemPrioritised c => When(c, ref next),
            AgendaItemsMerged c => When(c, ref next),
            PreviousAgreementsEvaluated c => When(c, ref next),
            CurrentStateRecorded c => When(c, ref next),
            NeedRecorded c => When(c, ref next),
            ManagerRemarkRecorded c => When(c, ref next, ref warning),
            AgreementRecorded c => When(c, ref next),
            AgreementAccepted c => When(c, ref next),
            FollowUpPlanned c => When(c, ref next),
            NextConversationPlanned c => When(c, ref next),
            EvaluationRecorded c => When(c, ref next),
            ConversationClosed c => When(c, ref next),
            ConversationCancelled c => When(c, ref next),
            NothingAgreedRecorded c => When(c, ref next),
            AgreementAcceptedAsNotSmart c => When(c, ref next),
            OptionExplored c => When(c, ref next),
            PreviousAgreementJudged c => When(c, ref next),
            _ => Reject("CONV-R07", ("Status", Status.ToString())),
        };

        if (rejection is not null)
        {
            return rejection;
        }

        next.history = history.Append(e);
        next.lastAt = e.At;
        next.textLength = textLength + text;
        return null;
    }

    /// <summary>CONV-R07 unless the conversation is in progress; CONV-R08 unless its current phase covers <paramref name="topic"/>.</summary>
    private RuleRejection? InPhase(PhaseTopics topic)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        var phase = CurrentPhase!;
        return phase.Allows(topic) ? null : Reject("CONV-R08", ("Phase", phase.Id));
    }

    /// <summary>CONV-R07 once the conversation is closed or cancelled.</summary>
    private RuleRejection? Open() =>
        Status is ConversationStatus.Closed or ConversationStatus.Cancelled ? Reject("CONV-R07", ("Status", Status.ToString())) : null;

    /// <summary>Allowed while scheduled (preparation) or in a phase that covers <paramref name="topic"/>.</summary>
    private RuleRejection? PrepOrPhase(PhaseTopics topic) =>
        Open() ?? (Status == ConversationStatus.Scheduled ? null : InPhase(topic));

    /// <summary>The instance a change goes to: this one while replaying, else a shallow copy sharing every list.</summary>
    private Conversation Next() => building ? this : (Conversation)MemberwiseClone();

    /// <summary>A list this instance may change: its own while replaying, else a copy (the original belongs to the published conversation).</summary>
    private List<T> Own<T>(List<T> list) => building ? list : Copy(list);

    /// <summary>Ends a replay: the agenda sorted once, the indexes dropped; from here on the instance is immutable like any other.</summary>
    private void Freeze()
    {
        var order = new AgendaComparer(counting: true);
        agenda.Sort(order);
        ReplayWork.Add(order.Comparisons);
        agendaIndex = null;
        agreementIndex = null;
        FreezeOptions();
        building = false;
    }
}
