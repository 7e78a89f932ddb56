namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>
/// The demand side of the strategic training plan (SOP) and its gap: per department and competency
/// the organisation needs, the demand, the planned supply and the gap between them, protected so
/// that no line tells whether one person plans a competency, and (with
/// <see cref="SopProtection.Perturbed"/>) no difference of two reports tells it for certain.
/// </summary>
/// <remarks>
/// <para>
/// The lines are exactly the demand lines given, in the order department, then competency: the plans
/// never add, remove or reorder a line, so which competencies anyone plans beyond the demand is not in
/// the report (the roll-up by activity kind, <see cref="StrategicTrainingPlan"/>, shows those under its
/// own rules).
/// </para>
/// <para>
/// Supply is the number of distinct employees of the department whose plan holds an activity for a
/// goal of the competency that is not dropped (the people the SOP roll-up counts). Whether it is
/// shown depends on the department alone: at least <see cref="MinimumGroupSize"/> distinct employees
/// with a plan there, or every supply and gap of that department is withheld
/// (<see cref="SopWithholding.TooFewPeople"/>). A supply of zero is shown like any other count: over
/// a department of at least the minimum it says nobody there plans it, which singles nobody out.
/// </para>
/// <para>
/// With <see cref="SopProtection.Perturbed"/> each supply is moved by two-sided geometric noise chosen
/// by the department's cell key (the sum of the record keys of all its employees with a plan, salted
/// by the department and competency): adding or removing any one plan of the department re-draws the
/// noise of all its lines, whatever that person plans, and every move has a probability, so a
/// difference of two reports never shows for certain whether the person plans a competency.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CompetencyGapReport
{
    private CompetencyGapReport(SopProtection protection, IReadOnlyList<CompetencyGap> lines)
    {
        MinimumGroupSize = protection.MinimumGroupSize;
        IsPerturbed = protection.IsPerturbed;
        Lines = ReadOnly.Of(lines);
    }

    /// <summary>Gets the minimum number of distinct employees with a plan a department needs before its supply and gaps are shown.</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Gets a value indicating whether the supply figures carry noise (<see cref="SopProtection.Perturbed"/>).</summary>
    public bool IsPerturbed { get; }

    /// <summary>Gets one line per demand line: by department, then competency.</summary>
    public IReadOnlyList<CompetencyGap> Lines { get; }

    /// <summary>Sets the organisation's demand against the plans' supply.</summary>
    /// <param name="plans">The plans: full (not redacted) and each id once (pass the current version of each plan for the year).</param>
    /// <param name="demand">The demand: each department and competency once (compared without regard to case).</param>
    /// <param name="protection">
    /// The protection: <see cref="SopProtection.Perturbed"/> with the host's secret key, or
    /// <see cref="SopProtection.Unperturbed"/> for readers entitled to every plan.
    /// </param>
    /// <returns>The gap report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/>, <paramref name="demand"/> or <paramref name="protection"/> is null, or a list holds null.</exception>
    /// <exception cref="ArgumentException">A plan is a redacted copy, a plan id occurs twice, or a department and competency occur twice in <paramref name="demand"/>.</exception>
    public static CompetencyGapReport Aggregate(IEnumerable<DevelopmentPlan> plans, IEnumerable<CompetencyDemand> demand, SopProtection protection)
    {
        Guard.Against.Null(plans, nameof(plans));
        Guard.Against.Null(demand, nameof(demand));
        Guard.Against.Null(protection, nameof(protection));

        var lines = new List<CompetencyDemand>();
        var wanted = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in demand)
        {
            Guard.Against.Null(line, nameof(demand));
            if (!wanted.TryGetValue(line.Department, out var competencies))
            {
                competencies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                wanted.Add(line.Department, competencies);
            }

            if (competencies.ContainsKey(line.Competency))
            {
                throw new ArgumentException($"The demand names {line.Department} / {line.Competency} twice (without regard to case); give each department and competency once.", nameof(demand));
            }

            competencies.Add(line.Competency, lines.Count);
            lines.Add(line);
        }

        // Per department with demand: its distinct employees with a plan, and per demand line the
        // distinct employees who plan it. Plans of other departments are checked and otherwise ignored.
        var employees = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var supply = new HashSet<string>?[lines.Count];
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            Guard.Against.Null(plan, nameof(plans));
            if (plan.IsRedacted)
            {
                throw new ArgumentException($"Plan '{plan.Id}' is a copy redacted for {plan.Viewer}; the gap report needs the full plans.", nameof(plans));
            }

            if (!planIds.Add(plan.Id))
            {
                throw new ArgumentException($"Plan '{plan.Id}' occurs twice; pass one version of each plan.", nameof(plans));
            }

            if (!wanted.TryGetValue(plan.Department, out var competencies))
            {
                continue;
            }

            if (!employees.TryGetValue(plan.Department, out var staff))
            {
                staff = new HashSet<string>(StringComparer.Ordinal);
                employees.Add(plan.Department, staff);
            }

            staff.Add(plan.EmployeeId);
            var goals = plan.RawGoals;
            foreach (var activity in plan.RawActivities)
            {
                var goal = Find(goals, activity.GoalId);
                if (goal.Status != GoalStatus.Dropped && competencies.TryGetValue(goal.Competency, out int index))
                {
                    (supply[index] ??= new HashSet<string>(StringComparer.Ordinal)).Add(plan.EmployeeId);
                }
            }
        }

        var gaps = new List<CompetencyGap>(lines.Count);
        using (var cellKeys = protection.Key is { } key ? new SopCellKey(key) : null)
        {
            var departmentKeys = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                int planned = supply[i]?.Count ?? 0;
                SopFigure<int> figure;
                if (!employees.TryGetValue(line.Department, out var staff) || staff.Count < protection.MinimumGroupSize)
                {
                    figure = SopFigure<int>.WithheldFor(SopWithholding.TooFewPeople);
                }
                else if (cellKeys is null)
                {
                    figure = SopFigure<int>.Published(planned);
                }
                else
                {
                    if (!departmentKeys.TryGetValue(line.Department, out ulong departmentKey))
                    {
                        foreach (string employee in staff)
                        {
                            departmentKey = unchecked(departmentKey + cellKeys.RecordKey(employee));
                        }

                        departmentKey = unchecked(departmentKey + cellKeys.LabelKey("D" + line.Department.ToUpperInvariant()));
                        departmentKeys.Add(line.Department, departmentKey);
                    }

                    ulong cellKey = unchecked(departmentKey + cellKeys.LabelKey("C" + line.Competency.ToUpperInvariant()));
                    figure = SopFigure<int>.Published(SopCellKey.GeometricCount(planned, protection.CountNoise, cellKey));
                }

                gaps.Add(new CompetencyGap(line, figure, protection.MinimumGroupSize));
            }
        }

        gaps.Sort(Compare);
        return new CompetencyGapReport(protection, gaps);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Lines.Count} demand lines, minimum {MinimumGroupSize}{(IsPerturbed ? ", perturbed" : string.Empty)}";

    private static int Compare(CompetencyGap x, CompetencyGap y)
    {
        int c = StringComparer.OrdinalIgnoreCase.Compare(x.Department, y.Department);
        return c != 0 ? c : StringComparer.OrdinalIgnoreCase.Compare(x.Competency, y.Competency);
    }

    private static DevelopmentGoal Find(IReadOnlyList<DevelopmentGoal> goals, string id)
    {
        for (int i = 0; i < goals.Count; i++)
        {
            if (string.Equals(goals[i].Id, id, StringComparison.Ordinal))
            {
                return goals[i];
            }
        }

        throw new InvalidOperationException($"Activity goal '{id}' is missing; a plan never holds such an activity.");
    }
}
