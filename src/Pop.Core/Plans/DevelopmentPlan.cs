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

/// <summary>
/// The POP itself, the development contract between an employee and their manager for one period:
/// goals, activities, agreements and support, proposed solutions (E = K × A), interim checks, the
/// follow-up, assessment results, the manager's private notes, and the previous version it revises.
/// </summary>
/// <remarks>
/// <para>Immutable: every command returns a new plan and leaves this one as it was. Bad arguments
/// throw <see cref="ArgumentException"/>; a broken domain rule throws <see cref="PlanRuleException"/>
/// with a code.</para>
/// <para>Visibility is enforced here, not by the host: <see cref="Access"/> answers whether a role may
/// see a section, <see cref="Demand"/> throws the typed denial, and <see cref="RedactFor"/> makes a
/// copy for one role without the sections it may not see. On that copy, reading a withheld section
/// throws <see cref="PlanAccessDeniedException"/> instead of returning an empty list.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DevelopmentPlan
{
    private static readonly PlanSection[] Sections =
    {
        PlanSection.Goals, PlanSection.Activities, PlanSection.Agreements, PlanSection.InterimChecks, PlanSection.Proposals, PlanSection.AssessmentResults, PlanSection.ManagerNotes,
    };

    private DevelopmentGoal[] goals = Array.Empty<DevelopmentGoal>();
    private DevelopmentActivity[] activities = Array.Empty<DevelopmentActivity>();
    private Agreement[] agreements = Array.Empty<Agreement>();
    private SolutionProposal[] proposals = Array.Empty<SolutionProposal>();
    private LocalDate[] plannedChecks = Array.Empty<LocalDate>();
    private InterimCheck[] interimChecks = Array.Empty<InterimCheck>();
    private AssessmentResult[] assessmentResults = Array.Empty<AssessmentResult>();
    private ManagerNote[] managerNotes = Array.Empty<ManagerNote>();
    private AssessmentConsent[] consents = Array.Empty<AssessmentConsent>();
    private SectionAccess[] redactions = Array.Empty<SectionAccess>();
    private int hiddenMask;

    private DevelopmentPlan(string id, int version, string employeeId, string managerId, string department, DateInterval period, string? conversationId, PlanVisibility visibility, DevelopmentPlan? previousVersion)
    {
        Id = id;
        Version = version;
        EmployeeId = employeeId;
        ManagerId = managerId;
        Department = department;
        Period = period;
        ConversationId = conversationId;
        Visibility = visibility;
        PreviousVersion = previousVersion;
    }

    /// <summary>Gets the plan's id; it stays the same across versions.</summary>
    public string Id { get; }

    /// <summary>Gets the version, 1 for a first plan.</summary>
    public int Version { get; }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the employee's department, as the strategic training plan groups it.</summary>
    public string Department { get; }

    /// <summary>Gets the period the plan runs, usually one cycle.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the conversation that produced this version, or null.</summary>
    public string? ConversationId { get; }

    /// <summary>Gets which roles may see each section.</summary>
    public PlanVisibility Visibility { get; }

    /// <summary>Gets the version this one revised, kept to evaluate its agreements; null for a first plan.</summary>
    public DevelopmentPlan? PreviousVersion { get; private set; }

    /// <summary>Gets the role a redacted copy was made for, or null for the full plan.</summary>
    public ConversationRole? Viewer { get; private set; }

    /// <summary>Gets the denials behind a redacted copy's withheld sections; empty for the full plan.</summary>
    public IReadOnlyList<SectionAccess> Redactions => ReadOnly.View(redactions);

    /// <summary>Gets the development goals.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<DevelopmentGoal> Goals => Read(PlanSection.Goals, goals);

    /// <summary>Gets the development activities.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<DevelopmentActivity> Activities => Read(PlanSection.Activities, activities);

    /// <summary>Gets the agreements and support agreements.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<Agreement> Agreements => Read(PlanSection.Agreements, agreements);

    /// <summary>Gets the proposed solutions, in the order proposed.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<SolutionProposal> Proposals => Read(PlanSection.Proposals, proposals);

    /// <summary>Gets the recorded interim checks, oldest first.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<InterimCheck> InterimChecks => Read(PlanSection.InterimChecks, interimChecks);

    /// <summary>Gets the assessment results.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<AssessmentResult> AssessmentResults => Read(PlanSection.AssessmentResults, assessmentResults);

    /// <summary>Gets the manager's private notes.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without this section.</exception>
    public IReadOnlyList<ManagerNote> ManagerNotes => Read(PlanSection.ManagerNotes, managerNotes);

    /// <summary>Gets the dates planned for interim checks.</summary>
    public IReadOnlyList<LocalDate> PlannedChecks => ReadOnly.View(plannedChecks);

    /// <summary>Gets the date of the follow-up that finalises the agreements, once planned.</summary>
    public LocalDate? FollowUpOn { get; private set; }

    /// <summary>
    /// Gets every assessment consent the employee gave, withdrawn ones included, oldest first. The
    /// consents belong to the employee and the plan, not to one version: every version of the plan
    /// (see <see cref="PreviousVersion"/>) holds the same list, so a withdrawal reaches them all.
    /// </summary>
    public IReadOnlyList<AssessmentConsent> Consents => ReadOnly.View(consents);

    /// <summary>Gets a value indicating whether this is a copy redacted for one role.</summary>
    public bool IsRedacted => Viewer is not null;

    /// <summary>Gets a value indicating whether the plan has agreements and both parties accepted every one.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements.</exception>
    public bool IsAgreed => Agreements.Count > 0 && agreements.All(a => a.IsAcceptedByBoth);

    /// <summary>Gets the proposal with the greatest effect (E = K × A), the earliest on a tie; null without proposals.</summary>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without proposals.</exception>
    public SolutionProposal? BestProposal => Proposals.Count == 0 ? null : proposals.Aggregate((best, p) => p.Effect > best.Effect ? p : best);

    /// <summary>Starts a first plan (version 1) with the default or a given visibility.</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="managerId">The manager.</param>
    /// <param name="department">The employee's department.</param>
    /// <param name="period">The period the plan runs.</param>
    /// <param name="conversationId">The conversation that produced it, or null.</param>
    /// <param name="visibility">Which roles see which section; null for <see cref="PlanVisibility.Default"/>.</param>
    /// <returns>The empty plan.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id or the department is blank, or the employee is their own manager.</exception>
    public static DevelopmentPlan Start(string planId, string employeeId, string managerId, string department, DateInterval period, string? conversationId, PlanVisibility? visibility)
    {
        Guard.Against.NullOrWhiteSpace(planId, nameof(planId));
        Guard.Against.NullOrWhiteSpace(employeeId, nameof(employeeId));
        Guard.Against.NullOrWhiteSpace(managerId, nameof(managerId));
        Guard.Against.NullOrWhiteSpace(department, nameof(department));
        Guard.Against.Null(period, nameof(period));
        if (conversationId is not null)
        {
            Guard.Against.NullOrWhiteSpace(conversationId, nameof(conversationId));
        }

        if (employeeId == managerId)
        {
            throw new ArgumentException($"Employee '{employeeId}' cannot be their own manager.", nameof(managerId));
        }

        return new DevelopmentPlan(planId, 1, employeeId, managerId, department, period, conversationId, visibility ?? PlanVisibility.Default, null);
    }

    /// <summary>Adds a development goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: a goal with that id exists; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddGoal(DevelopmentGoal goal)
    {
        Guard.Against.Null(goal, nameof(goal));
        Writable();
        Unique("goal", goal.Id, goals.Any(g => g.Id == goal.Id));
        var plan = Copy();
        plan.goals = Append(goals, goal);
        return plan;
    }

    /// <summary>Records a goal's status and progress.</summary>
    /// <param name="goalId">The goal.</param>
    /// <param name="status">The new status.</param>
    /// <param name="progressPercent">The progress, 0 to 100 (100 when achieved).</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goalId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="goalId"/> is blank, or the status and progress do not fit (see <see cref="DevelopmentGoal.WithProgress"/>).</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: no such goal; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan UpdateGoal(string goalId, GoalStatus status, int progressPercent)
    {
        Guard.Against.NullOrWhiteSpace(goalId, nameof(goalId));
        Writable();
        int index = IndexOf(goals, g => g.Id == goalId, "goal", goalId);
        var plan = Copy();
        plan.goals = (DevelopmentGoal[])goals.Clone();
        plan.goals[index] = goals[index].WithProgress(status, progressPercent);
        return plan;
    }

    /// <summary>Adds a development activity for one of the plan's goals.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: an activity with that id exists; PLAN-R02: its goal is not in the plan; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddActivity(DevelopmentActivity activity)
    {
        Guard.Against.Null(activity, nameof(activity));
        Writable();
        Unique("activity", activity.Id, activities.Any(a => a.Id == activity.Id));
        IndexOf(goals, g => g.Id == activity.GoalId, "goal", activity.GoalId);
        var plan = Copy();
        plan.activities = Append(activities, activity);
        return plan;
    }

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

    /// <summary>Adds a proposed solution; all proposals of a plan share one scale.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="proposal"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R01: a proposal with that id exists; PLAN-R07: it is scored on another scale than the plan's earlier proposals; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan ProposeSolution(SolutionProposal proposal)
    {
        Guard.Against.Null(proposal, nameof(proposal));
        Writable();
        Unique("proposal", proposal.Id, proposals.Any(p => p.Id == proposal.Id));
        if (proposals.Length > 0 && !proposals[0].Scale.Equals(proposal.Scale))
        {
            throw Rule("PLAN-R07", ("Scale", proposal.Scale.ToString()), ("PlanScale", proposals[0].Scale.ToString()));
        }

        var plan = Copy();
        plan.proposals = Append(proposals, proposal);
        return plan;
    }

    /// <summary>Plans the follow-up and the interim checks, usually from the cycle plan; replaces earlier dates.</summary>
    /// <param name="followUpOn">The follow-up's date, or null.</param>
    /// <param name="interimCheckDates">The dates of the interim checks.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interimCheckDates"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R05: a date lies outside the plan's period; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan Schedule(LocalDate? followUpOn, IEnumerable<LocalDate> interimCheckDates)
    {
        Guard.Against.Null(interimCheckDates, nameof(interimCheckDates));
        Writable();
        var dates = interimCheckDates.Distinct().OrderBy(d => d).ToArray();
        foreach (var date in followUpOn is { } f ? dates.Append(f) : dates)
        {
            InPeriod(date);
        }

        var plan = Copy();
        plan.FollowUpOn = followUpOn;
        plan.plannedChecks = dates;
        return plan;
    }

    /// <summary>Records an interim check: the progress of some or all agreements on a date.</summary>
    /// <param name="on">The date of the check.</param>
    /// <param name="progress">The progress per agreement; each agreement at most once.</param>
    /// <param name="note">A note on the check as a whole, or null.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="progress"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An agreement appears twice, or <paramref name="note"/> is given but blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: an unknown agreement; PLAN-R05: the date lies outside the plan's period; PLAN-R10: the date lies before the last recorded check; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan RecordInterimCheck(LocalDate on, IEnumerable<AgreementProgress> progress, string? note)
    {
        Guard.Against.Null(progress, nameof(progress));
        var entries = progress.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Guard.Against.Null(entry, nameof(progress));
            if (!seen.Add(entry.AgreementId))
            {
                throw new ArgumentException($"Agreement '{entry.AgreementId}' appears twice in one check.", nameof(progress));
            }
        }

        if (note is not null)
        {
            Guard.Against.NullOrWhiteSpace(note, nameof(note));
        }

        Writable();
        InPeriod(on);
        if (interimChecks.Length > 0 && on < interimChecks[interimChecks.Length - 1].On)
        {
            throw Rule("PLAN-R10", ("Date", Iso(on)), ("Last", Iso(interimChecks[interimChecks.Length - 1].On)));
        }

        foreach (var entry in entries)
        {
            IndexOf(agreements, a => a.Id == entry.AgreementId, "agreement", entry.AgreementId);
        }

        var plan = Copy();
        plan.interimChecks = Append(interimChecks, new InterimCheck(on, entries, note));
        return plan;
    }

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

    /// <summary>Adds a private note of the manager; it is never shown to the employee.</summary>
    /// <param name="text">The note.</param>
    /// <param name="clock">The clock that stamps it.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R12: the clock reads earlier than the last note; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddManagerNote(string text, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return AddManagerNoteAt(text, clock.GetCurrentInstant());
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

    /// <summary>
    /// Starts the next version for a new period: the same id and parties, goals not yet achieved or
    /// dropped carried over with their progress, the employee's consents carried over (they belong
    /// to the person, not to a version), everything else fresh, and this version kept as
    /// <see cref="PreviousVersion"/> so its agreements can be evaluated.
    /// </summary>
    /// <param name="period">The new period; it starts after this one starts.</param>
    /// <param name="conversationId">The conversation that revises it, or null.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conversationId"/> is given but blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R09: the new period does not start after this one starts; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan Revise(DateInterval period, string? conversationId)
    {
        Guard.Against.Null(period, nameof(period));
        if (conversationId is not null)
        {
            Guard.Against.NullOrWhiteSpace(conversationId, nameof(conversationId));
        }

        Writable();
        if (period.Start <= Period.Start)
        {
            throw Rule("PLAN-R09", ("Start", Iso(period.Start)), ("Current", Iso(Period.Start)));
        }

        var next = new DevelopmentPlan(Id, Version + 1, EmployeeId, ManagerId, Department, period, conversationId, Visibility, this)
        {
            goals = goals.Where(g => g.Status is GoalStatus.Planned or GoalStatus.InProgress).ToArray(),
            consents = consents,
        };
        return next;
    }

    /// <summary>Answers whether a role may see a section of this plan, with the typed reason when not.</summary>
    /// <param name="role">The role asking.</param>
    /// <param name="section">The section.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An argument is not a defined value.</exception>
    public SectionAccess Access(ConversationRole role, PlanSection section)
    {
        Guard.Against.EnumOutOfRange(role, nameof(role));
        Guard.Against.EnumOutOfRange(section, nameof(section));
        return new SectionAccess(role, section, Decide(role, section));
    }

    /// <summary>Throws the typed denial when a role may not see a section.</summary>
    /// <param name="role">The role asking.</param>
    /// <param name="section">The section.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An argument is not a defined value.</exception>
    /// <exception cref="PlanAccessDeniedException">The role may not see the section; it carries the decision.</exception>
    public void Demand(ConversationRole role, PlanSection section)
    {
        var access = Access(role, section);
        if (!access.IsAllowed)
        {
            throw new PlanAccessDeniedException(access);
        }
    }

    /// <summary>
    /// Makes a read-only copy for one role: the sections it may not see are emptied, listed in
    /// <see cref="Redactions"/>, left out of its JSON, and throw when read. Earlier versions are
    /// redacted by today's consents (the consents of this, the latest version): a withdrawal reaches
    /// the results of every version. Make a new copy per request: consent can be withdrawn.
    /// </summary>
    /// <param name="role">The role the copy is for.</param>
    /// <returns>The redacted copy.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="role"/> is not a defined role.</exception>
    /// <exception cref="PlanRuleException">PLAN-R08: this is already a redacted copy.</exception>
    public DevelopmentPlan RedactFor(ConversationRole role)
    {
        Guard.Against.EnumOutOfRange(role, nameof(role));
        Writable();
        var denied = Sections.Select(s => Access(role, s)).Where(a => !a.IsAllowed).ToArray();
        return Redacted(role, denied, PreviousVersion?.RedactFor(role));
    }

    /// <summary>Gets how far an agreement had come on a date: the last interim check on or before it, 0 without one.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The percentage, 0 to 100.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: no such agreement.</exception>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements or checks.</exception>
    public int ProgressOf(string agreementId, LocalDate asOf)
    {
        Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        IndexOf(Agreements, a => a.Id == agreementId, "agreement", agreementId);
        _ = InterimChecks;
        return Progress(agreementId, asOf);
    }

    /// <summary>Finds the agreements whose date has passed without being reported done on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date to judge on; an agreement due that day is not yet overdue.</param>
    /// <returns>The overdue agreements, support agreements included, in plan order.</returns>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements or checks.</exception>
    public IReadOnlyList<Agreement> OverdueAgreements(LocalDate asOf)
    {
        _ = Agreements;
        _ = InterimChecks;
        return agreements.Where(a => a.When < asOf && Progress(a.Id, asOf) < 100).ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version} ({EmployeeId}, {Iso(Period.Start)}–{Iso(Period.End)}){(Viewer is { } v ? " redacted for " + v : string.Empty)}";

    internal static IReadOnlyList<PlanSection> AllSections => Sections;

    internal int HiddenMask => hiddenMask;

    internal IReadOnlyList<DevelopmentGoal> RawGoals => goals;

    internal IReadOnlyList<DevelopmentActivity> RawActivities => activities;

    internal IReadOnlyList<Agreement> RawAgreements => agreements;

    internal IReadOnlyList<SolutionProposal> RawProposals => proposals;

    internal IReadOnlyList<InterimCheck> RawInterimChecks => interimChecks;

    internal IReadOnlyList<AssessmentResult> RawAssessmentResults => assessmentResults;

    internal IReadOnlyList<ManagerNote> RawManagerNotes => managerNotes;

    internal static DevelopmentPlan Restore(string id, int version, string employeeId, string managerId, string department, DateInterval period, string? conversationId, PlanVisibility visibility, DevelopmentPlan? previousVersion, AssessmentConsent[] consents) =>
        new(id, version, employeeId, managerId, department, period, conversationId, visibility, previousVersion) { consents = consents };

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

    internal DevelopmentPlan AddManagerNoteAt(string text, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(text, nameof(text));
        Writable();
        if (managerNotes.Length > 0 && at < managerNotes[managerNotes.Length - 1].At)
        {
            throw Rule("PLAN-R12", ("At", Stamp(at)), ("Last", Stamp(managerNotes[managerNotes.Length - 1].At)));
        }

        var plan = Copy();
        plan.managerNotes = Append(managerNotes, new ManagerNote(text, at));
        return plan;
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

    internal DevelopmentPlan Redacted(ConversationRole role, SectionAccess[] denied, DevelopmentPlan? previous)
    {
        var plan = Copy();
        plan.PreviousVersion = previous;
        plan.Viewer = role;
        plan.redactions = denied;
        foreach (var access in denied)
        {
            plan.hiddenMask |= 1 << (int)access.Section;
            switch (access.Section)
            {
                case PlanSection.Goals: plan.goals = Array.Empty<DevelopmentGoal>(); break;
                case PlanSection.Activities: plan.activities = Array.Empty<DevelopmentActivity>(); break;
                case PlanSection.Agreements: plan.agreements = Array.Empty<Agreement>(); break;
                case PlanSection.InterimChecks: plan.interimChecks = Array.Empty<InterimCheck>(); break;
                case PlanSection.Proposals: plan.proposals = Array.Empty<SolutionProposal>(); break;
                case PlanSection.AssessmentResults: plan.assessmentResults = Array.Empty<AssessmentResult>(); break;
                case PlanSection.ManagerNotes: plan.managerNotes = Array.Empty<ManagerNote>(); break;
            }
        }

        return plan;
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

    private static T[] Append<T>(T[] items, T item)
    {
        var copy = new T[items.Length + 1];
        Array.Copy(items, copy, items.Length);
        copy[items.Length] = item;
        return copy;
    }

    private static string Stamp(Instant at) => NodaTime.Text.InstantPattern.ExtendedIso.Format(at);

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static PlanRuleException Rule(string code, params (string Name, string Value)[] arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        return new PlanRuleException(code, values);
    }

    private static int IndexOf<T>(IReadOnlyList<T> items, Func<T, bool> match, string kind, string id)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }

        throw Rule("PLAN-R02", ("Kind", kind), ("Id", id));
    }

    private static void Unique(string kind, string id, bool exists)
    {
        if (exists)
        {
            throw Rule("PLAN-R01", ("Kind", kind), ("Id", id));
        }
    }

    private string Decide(ConversationRole role, PlanSection section)
    {
        if (section == PlanSection.ManagerNotes && role == ConversationRole.Employee)
        {
            return "PLAN-V02";
        }

        if (!Visibility.Includes(section, role))
        {
            return "PLAN-V01";
        }

        if (section == PlanSection.Activities && !Visibility.Includes(PlanSection.Goals, role))
        {
            return "PLAN-V05";
        }

        if (section == PlanSection.InterimChecks && !Visibility.Includes(PlanSection.Agreements, role))
        {
            return "PLAN-V05";
        }

        if (section == PlanSection.AssessmentResults && role != ConversationRole.Employee && ActiveConsent(role) is null)
        {
            return consents.Any(c => c.GrantedTo == role) ? "PLAN-V04" : "PLAN-V03";
        }

        return SectionAccess.AllowedCode;
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

    private int Progress(string agreementId, LocalDate asOf)
    {
        for (int i = interimChecks.Length - 1; i >= 0; i--)
        {
            var check = interimChecks[i];
            if (check.On > asOf)
            {
                continue;
            }

            foreach (var entry in check.Progress)
            {
                if (entry.AgreementId == agreementId)
                {
                    return entry.PercentComplete;
                }
            }
        }

        return 0;
    }

    private void InPeriod(LocalDate date)
    {
        if (!Period.Contains(date))
        {
            throw Rule("PLAN-R05", ("Date", Iso(date)), ("Start", Iso(Period.Start)), ("End", Iso(Period.End)));
        }
    }

    private IReadOnlyList<T> Read<T>(PlanSection section, T[] items)
    {
        if ((hiddenMask & (1 << (int)section)) != 0)
        {
            throw new PlanAccessDeniedException(redactions.First(r => r.Section == section));
        }

        return ReadOnly.View(items);
    }

    private void Writable()
    {
        if (Viewer is { } viewer)
        {
            throw Rule("PLAN-R08", ("Id", Id), ("Role", viewer.ToString()));
        }
    }

    private DevelopmentPlan Copy() => (DevelopmentPlan)MemberwiseClone();

    /// <summary>This version and every earlier one with the given consents: consent belongs to the plan, not to a version.</summary>
    private DevelopmentPlan WithConsents(AssessmentConsent[] ledger)
    {
        var plan = Copy();
        plan.consents = ledger;
        plan.PreviousVersion = PreviousVersion?.WithConsents(ledger);
        return plan;
    }
}
