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
/// <para>Immutable: every command returns a <see cref="PlanResult"/> with the new plan and leaves this
/// one as it was. A broken domain rule is not an exception: the result carries a
/// <see cref="RuleRejection"/> with a stable code (<c>PLAN-R01</c> … <c>PLAN-R12</c>) and the unchanged
/// plan, as <see cref="ConversationResult"/> does for conversations. Exceptions mean a programming
/// error: a null or blank argument, a value out of range, reading a section a redacted copy
/// withholds.</para>
/// <para>Visibility is enforced here, not by the host: <see cref="Access"/> answers whether a role may
/// see a section, <see cref="Demand"/> throws the typed denial, and <see cref="RedactFor"/> makes a
/// copy for one role without the sections it may not see. On that copy, reading a withheld section
/// throws <see cref="PlanAccessDeniedException"/> instead of returning an empty list.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class DevelopmentPlan
{
    private static readonly PlanSection[] Sections =
    {
        PlanSection.Goals, PlanSection.Activities, PlanSection.Agreements, PlanSection.InterimChecks, PlanSection.Proposals, PlanSection.AssessmentResults, PlanSection.ManagerNotes, PlanSection.Development,
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

    /// <summary>
    /// Starts the next version for a new period: the same id and parties, goals not yet achieved or
    /// dropped carried over with their progress, the employee's consents carried over (they belong
    /// to the person, not to a version), everything else fresh, and this version kept as
    /// <see cref="PreviousVersion"/> so its agreements can be evaluated.
    /// </summary>
    /// <param name="period">The new period; it starts after this one starts.</param>
    /// <param name="conversationId">The conversation that revises it, or null.</param>
    /// <returns>The new version; rejected with PLAN-R09 when the new period does not start after this
    /// one starts, or PLAN-R08 when this is a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conversationId"/> is given but blank.</exception>
    public PlanResult Revise(DateInterval period, string? conversationId)
    {
        Guard.Against.Null(period, nameof(period));
        if (conversationId is not null)
        {
            Guard.Against.NullOrWhiteSpace(conversationId, nameof(conversationId));
        }

        if (Writable() is { } rejection)
        {
            return Rejected(rejection);
        }

        if (period.Start <= Period.Start)
        {
            return Rejected(Reject("PLAN-R09", ("Start", Iso(period.Start)), ("Current", Iso(Period.Start))));
        }

        var next = new DevelopmentPlan(Id, Version + 1, EmployeeId, ManagerId, Department, period, conversationId, Visibility, this)
        {
            goals = goals.Where(g => g.Status is GoalStatus.Planned or GoalStatus.InProgress).ToArray(),
            consents = consents,
        };
        return PlanResult.Accepted(next);
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

    private static T[] Append<T>(T[] items, T item)
    {
        var copy = new T[items.Length + 1];
        Array.Copy(items, copy, items.Length);
        copy[items.Length] = item;
        return copy;
    }

    private static string Stamp(Instant at) => NodaTime.Text.InstantPattern.ExtendedIso.Format(at);

    private static string Iso(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    private static RuleRejection Reject(string code, params (string Name, string Value)[] arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }

        return new RuleRejection(code, values);
    }

    /// <summary>PLAN-R02 unless <paramref name="items"/> holds an item that matches; <paramref name="index"/> is its place, -1 when none.</summary>
    private static RuleRejection? Find<T>(IReadOnlyList<T> items, Func<T, bool> match, string kind, string id, out int index)
    {
        for (index = 0; index < items.Count; index++)
        {
            if (match(items[index]))
            {
                return null;
            }
        }

        index = -1;
        return Reject("PLAN-R02", ("Kind", kind), ("Id", id));
    }

    private static RuleRejection? Unique(string kind, string id, bool exists) =>
        exists ? Reject("PLAN-R01", ("Kind", kind), ("Id", id)) : null;

    private RuleRejection? InPeriod(LocalDate date) =>
        Period.Contains(date) ? null : Reject("PLAN-R05", ("Date", Iso(date)), ("Start", Iso(Period.Start)), ("End", Iso(Period.End)));

    /// <summary>PLAN-R08 on a redacted copy, which is read-only.</summary>
    private RuleRejection? Writable() =>
        Viewer is { } viewer ? Reject("PLAN-R08", ("Id", Id), ("Role", viewer.ToString())) : null;

    private PlanResult Rejected(RuleRejection rejection) => PlanResult.Rejected(this, rejection);

    private DevelopmentPlan Copy() => (DevelopmentPlan)MemberwiseClone();
}
