namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Goals;

/// <summary>
/// The organisation's strategic training plan (SOP, strategisch opleidingsplan): the activities of
/// many development plans rolled up by department, competency and activity kind, with counts and
/// estimates. Groups with fewer distinct employees than the minimum group size (default 5) are
/// merged across departments or suppressed, so the plan never singles anyone out.
/// </summary>
/// <remarks>
/// Counted: the activities of goals that are not dropped, of the full plans given (pass the current
/// version of each plan for the year). A row at or above the minimum is exact: its totals equal
/// the sum over the plans. Departments and competencies are compared without regard to case; a
/// row shows the first spelling met.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StrategicTrainingPlan
{
    private StrategicTrainingPlan(int minimumGroupSize, SmallGroupHandling smallGroups, int planCount, IReadOnlyList<TrainingNeed> needs, int suppressedGroups)
    {
        MinimumGroupSize = minimumGroupSize;
        SmallGroups = smallGroups;
        PlanCount = planCount;
        Needs = needs;
        SuppressedGroups = suppressedGroups;
    }

    /// <summary>Gets the minimum number of distinct employees in a reported row.</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Gets what was done with smaller groups.</summary>
    public SmallGroupHandling SmallGroups { get; }

    /// <summary>Gets the number of plans aggregated.</summary>
    public int PlanCount { get; }

    /// <summary>Gets the rows: by department (merged rows last), then competency, then activity kind.</summary>
    public IReadOnlyList<TrainingNeed> Needs { get; }

    /// <summary>Gets how many department groups were left out because they stayed below the minimum.</summary>
    public int SuppressedGroups { get; }

    /// <summary>Gets the summed cost estimate of the reported rows.</summary>
    public decimal EstimatedCost => Needs.Sum(n => n.EstimatedCost);

    /// <summary>Aggregates development plans into a strategic training plan.</summary>
    /// <param name="plans">The plans: full (not redacted) and each id once.</param>
    /// <param name="minimumGroupSize">The minimum number of distinct employees in a reported row (default 5, at least 1).</param>
    /// <param name="smallGroups">What to do with smaller groups (default: merge).</param>
    /// <returns>The strategic training plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A plan is a redacted copy, or a plan id occurs twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumGroupSize"/> is below 1.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="smallGroups"/> is not a defined value.</exception>
    public static StrategicTrainingPlan Aggregate(IEnumerable<DevelopmentPlan> plans, int minimumGroupSize = 5, SmallGroupHandling smallGroups = SmallGroupHandling.Merge)
    {
        Guard.Against.Null(plans, nameof(plans));
        Guard.Against.NegativeOrZero(minimumGroupSize, nameof(minimumGroupSize));
        Guard.Against.EnumOutOfRange(smallGroups, nameof(smallGroups));

        // Departments, competencies and employees become small integers once, so the hot loop
        // hashes three ints per activity instead of two case-insensitive strings and an id.
        var departments = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var competencies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var employees = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentNames = new List<string>();
        var competencyNames = new List<string>();
        var groups = new Dictionary<GroupKey, Group>();
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        int planCount = 0;
        foreach (var plan in plans)
        {
            Guard.Against.Null(plan, nameof(plans));
            if (plan.IsRedacted)
            {
                throw new ArgumentException($"Plan '{plan.Id}' is a copy redacted for {plan.Viewer}; the training plan needs the full plans.", nameof(plans));
            }

            if (!planIds.Add(plan.Id))
            {
                throw new ArgumentException($"Plan '{plan.Id}' occurs twice; pass one version of each plan.", nameof(plans));
            }

            planCount++;
            int department = Number(departments, departmentNames, plan.Department);
            int employee = Number(employees, null, plan.EmployeeId);
            var goals = plan.RawGoals;
            foreach (var activity in plan.RawActivities)
            {
                var goal = Find(goals, activity.GoalId);
                if (goal.Status == GoalStatus.Dropped)
                {
                    continue;
                }

                var key = new GroupKey(department, Number(competencies, competencyNames, goal.Competency), activity.Kind);
                if (!groups.TryGetValue(key, out var group))
                {
                    group = new Group(key);
                    groups.Add(key, group);
                }

                group.Add(employee, activity);
            }
        }

        var needs = new List<TrainingNeed>(groups.Count);
        var merged = new Dictionary<GroupKey, Group>();
        int suppressed = 0;
        foreach (var group in groups.Values)
        {
            if (group.Employees.Count >= minimumGroupSize)
            {
                needs.Add(group.ToNeed(departmentNames[group.Key.Department], competencyNames));
            }
            else if (smallGroups == SmallGroupHandling.Merge)
            {
                var key = new GroupKey(-1, group.Key.Competency, group.Key.Kind);
                if (!merged.TryGetValue(key, out var into))
                {
                    into = new Group(key);
                    merged.Add(key, into);
                }

                into.Absorb(group);
            }
            else
            {
                suppressed++;
            }
        }

        foreach (var group in merged.Values)
        {
            if (group.Employees.Count >= minimumGroupSize)
            {
                needs.Add(group.ToNeed(null, competencyNames));
            }
            else
            {
                suppressed += group.Sources;
            }
        }

        needs.Sort(Compare);
        return new StrategicTrainingPlan(minimumGroupSize, smallGroups, planCount, needs, suppressed);
    }

    private static int Compare(TrainingNeed x, TrainingNeed y)
    {
        int c = (x.Department is null).CompareTo(y.Department is null);
        if (c == 0)
        {
            c = StringComparer.OrdinalIgnoreCase.Compare(x.Department, y.Department);
        }

        if (c == 0)
        {
            c = StringComparer.OrdinalIgnoreCase.Compare(x.Competency, y.Competency);
        }

        return c != 0 ? c : x.ActivityKind.CompareTo(y.ActivityKind);
    }

    private static int Number(Dictionary<string, int> numbers, List<string>? names, string value)
    {
        if (!numbers.TryGetValue(value, out int number))
        {
            number = numbers.Count;
            numbers.Add(value, number);
            names?.Add(value);
        }

        return number;
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

    private readonly struct GroupKey : IEquatable<GroupKey>
    {
        public GroupKey(int department, int competency, DevelopmentActivityKind kind)
        {
            Department = department;
            Competency = competency;
            Kind = kind;
        }

        public int Department { get; }

        public int Competency { get; }

        public DevelopmentActivityKind Kind { get; }

        public bool Equals(GroupKey other) => Kind == other.Kind && Department == other.Department && Competency == other.Competency;

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode() => (((Department * 397) ^ Competency) * 31) + (int)Kind;
    }

    private sealed class Group
    {
        public Group(GroupKey key) => Key = key;

        public GroupKey Key { get; }

        // Employees are numbered in the order first met, so a group's list is appended in ascending order
        // and stays sorted; only an employee met again in a later plan needs the binary search.
        public List<int> Employees { get; } = new();

        public int Activities { get; private set; }

        public decimal Cost { get; private set; }

        public int WithoutCost { get; private set; }

        public Duration Time { get; private set; }

        public int WithoutTime { get; private set; }

        public int Sources { get; private set; }

        public void Add(int employee, DevelopmentActivity activity)
        {
            AddEmployee(employee);

            Activities++;
            if (activity.EstimatedCost is { } cost)
            {
                Cost += cost;
            }
            else
            {
                WithoutCost++;
            }

            if (activity.EstimatedTime is { } time)
            {
                Time += time;
            }
            else
            {
                WithoutTime++;
            }
        }

        public void Absorb(Group other)
        {
            Sources++;
            foreach (int employee in other.Employees)
            {
                AddEmployee(employee);
            }
            Activities += other.Activities;
            Cost += other.Cost;
            WithoutCost += other.WithoutCost;
            Time += other.Time;
            WithoutTime += other.WithoutTime;
        }

        private void AddEmployee(int employee)
        {
            int count = Employees.Count;
            if (count == 0 || employee > Employees[count - 1])
            {
                Employees.Add(employee);
                return;
            }

            int index = Employees.BinarySearch(employee);
            if (index < 0)
            {
                Employees.Insert(~index, employee);
            }
        }

        public TrainingNeed ToNeed(string? department, List<string> competencyNames) =>
            new(department, competencyNames[Key.Competency], Key.Kind, Employees.Count, Activities, Cost, WithoutCost, Time, WithoutTime);
    }
}
