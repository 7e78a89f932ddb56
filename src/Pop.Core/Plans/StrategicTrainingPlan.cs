namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>
/// The organisation's strategic training plan (SOP, strategisch opleidingsplan): the activities of
/// many development plans rolled up by department, competency and activity kind, with counts and
/// estimates, protected so that no figure singles anyone out.
/// </summary>
/// <remarks>
/// <para>
/// Counted: the activities of goals that are not dropped, of the full plans given (pass the current
/// version of each plan for the year). Departments and competencies are compared without regard to
/// case; a row shows the first spelling met.
/// </para>
/// <para>
/// Protection (<see cref="SopProtection"/>): a row needs at least the minimum number of distinct
/// employees; smaller groups are merged across departments or suppressed. Each figure of a row
/// needs that many people too (the cost total that many employees with a cost estimate; the count
/// of activities without a cost estimate zero or that many employees without one); otherwise it is
/// withheld (<see cref="SopFigure{T}.Withheld"/>). No total over withheld or merged groups is
/// published. With <see cref="SopProtection.Perturbed"/> every published figure carries cell key
/// noise, so subtracting two reports never gives one person's figure exactly.
/// </para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StrategicTrainingPlan
{
    private const long MillisecondsPerDay = 86_400_000L;
    private const decimal MillisecondsPerHour = 3_600_000m;

    private StrategicTrainingPlan(SopProtection protection, SmallGroupHandling smallGroups, int planCount, IReadOnlyList<TrainingNeed> needs, int suppressedGroups)
    {
        MinimumGroupSize = protection.MinimumGroupSize;
        IsPerturbed = protection.IsPerturbed;
        SmallGroups = smallGroups;
        PlanCount = planCount;
        Needs = ReadOnly.Of(needs);
        SuppressedGroups = suppressedGroups;
        decimal cost = 0m;
        bool tooLarge = false;
        foreach (var need in needs)
        {
            if (need.EstimatedCost.TryGetValue(out decimal rowCost) && !TryAdd(ref cost, rowCost))
            {
                tooLarge = true;
                break;
            }
        }

        EstimatedCost = tooLarge ? SopFigure<decimal>.WithheldFor(SopWithholding.TooLarge) : SopFigure<decimal>.Published(cost);
    }

    /// <summary>Gets the minimum number of distinct employees a row, and each of its figures, rests on.</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Gets a value indicating whether the figures carry cell key noise (<see cref="SopProtection.Perturbed"/>).</summary>
    public bool IsPerturbed { get; }

    /// <summary>Gets what was done with smaller groups.</summary>
    public SmallGroupHandling SmallGroups { get; }

    /// <summary>Gets the number of plans aggregated.</summary>
    public int PlanCount { get; }

    /// <summary>Gets the rows: by department (merged rows last), then competency, then activity kind.</summary>
    public IReadOnlyList<TrainingNeed> Needs { get; }

    /// <summary>Gets how many department groups were left out because they stayed below the minimum.</summary>
    public int SuppressedGroups { get; }

    /// <summary>
    /// Gets the sum of the rows' published cost figures (withheld ones are not in it, so it is no
    /// total of the organisation); withheld as <see cref="SopWithholding.TooLarge"/> if it passes
    /// <see cref="decimal.MaxValue"/>.
    /// </summary>
    public SopFigure<decimal> EstimatedCost { get; }

    /// <summary>Aggregates development plans into a strategic training plan.</summary>
    /// <param name="plans">The plans: full (not redacted) and each id once.</param>
    /// <param name="protection">
    /// The protection: <see cref="SopProtection.Perturbed"/> with the host's secret key, or
    /// <see cref="SopProtection.Unperturbed"/> for readers entitled to every plan.
    /// </param>
    /// <param name="smallGroups">What to do with groups below the minimum (default: merge).</param>
    /// <returns>The strategic training plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null or holds null, or <paramref name="protection"/> is null.</exception>
    /// <exception cref="ArgumentException">A plan is a redacted copy, or a plan id occurs twice.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="smallGroups"/> is not a defined value.</exception>
    public static StrategicTrainingPlan Aggregate(IEnumerable<DevelopmentPlan> plans, SopProtection protection, SmallGroupHandling smallGroups = SmallGroupHandling.Merge)
    {
        Guard.Against.Null(plans, nameof(plans));
        Guard.Against.Null(protection, nameof(protection));
        Guard.Against.EnumOutOfRange(smallGroups, nameof(smallGroups));
        int minimumGroupSize = protection.MinimumGroupSize;

        // Departments, competencies and employees become small integers once, so the hot loop
        // hashes three ints per activity instead of two case-insensitive strings and an id.
        var departments = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var competencies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var employees = new Dictionary<string, int>(StringComparer.Ordinal);
        var departmentNames = new List<string>();
        var competencyNames = new List<string>();
        var employeeIds = new List<string>();
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
            int employee = Number(employees, employeeIds, plan.EmployeeId);
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

        var rows = new List<Group>(groups.Count);
        var merged = new Dictionary<GroupKey, Group>();
        int suppressed = 0;
        foreach (var group in groups.Values)
        {
            if (group.Count >= minimumGroupSize)
            {
                rows.Add(group);
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
            if (group.Count >= minimumGroupSize)
            {
                rows.Add(group);
            }
            else
            {
                suppressed += group.Sources;
            }
        }

        var needs = new List<TrainingNeed>(rows.Count);
        using (var figures = new Figures(protection, employeeIds))
        {
            foreach (var group in rows)
            {
                needs.Add(figures.Need(group, group.Key.Department < 0 ? null : departmentNames[group.Key.Department], competencyNames[group.Key.Competency]));
            }
        }

        needs.Sort(Compare);
        return new StrategicTrainingPlan(protection, smallGroups, planCount, needs, suppressed);
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

    private static int Number(Dictionary<string, int> numbers, List<string> names, string value)
    {
        if (!numbers.TryGetValue(value, out int number))
        {
            number = numbers.Count;
            numbers.Add(value, number);
            names.Add(value);
        }

        return number;
    }

    // Decimal arithmetic is always checked; a sum past decimal.MaxValue becomes a withheld figure.
    private static bool TryAdd(ref decimal sum, decimal value)
    {
        try
        {
            sum += value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
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

    // One person's part of one group: their activities, summed estimates and missing estimates.
    // Cost is an exact decimal; time is whole milliseconds in a long (any one Duration fits, and
    // thousands of the longest ones); a sum that does not fit sets its flag and is never thrown.
    private struct Share
    {
        public int Employee;
        public int Activities;
        public int WithoutCost;
        public int WithoutTime;
        public bool HasCost;
        public bool HasTime;
        public bool CostTooLarge;
        public bool TimeTooLarge;
        public decimal Cost;
        public long Milliseconds;

        public void AddCost(decimal cost)
        {
            HasCost = true;
            CostTooLarge |= !TryAdd(ref Cost, cost);
        }

        public void AddTime(long milliseconds)
        {
            HasTime = true;
            try
            {
                Milliseconds = checked(Milliseconds + milliseconds);
            }
            catch (OverflowException)
            {
                TimeTooLarge = true;
            }
        }

        public void Absorb(in Share other)
        {
            Activities += other.Activities;
            WithoutCost += other.WithoutCost;
            WithoutTime += other.WithoutTime;
            if (other.HasCost)
            {
                AddCost(other.Cost);
                CostTooLarge |= other.CostTooLarge;
            }

            if (other.HasTime)
            {
                AddTime(other.Milliseconds);
                TimeTooLarge |= other.TimeTooLarge;
            }
        }
    }

    private sealed class Group
    {
        private Share[] shares = new Share[4];

        public Group(GroupKey key) => Key = key;

        public GroupKey Key { get; }

        /// <summary>Gets the number of distinct employees.</summary>
        public int Count { get; private set; }

        public int Activities { get; private set; }

        public int Sources { get; private set; }

        public ReadOnlySpan<Share> Shares => new(shares, 0, Count);

        public void Add(int employee, DevelopmentActivity activity)
        {
            ref var share = ref For(employee);
            share.Activities++;
            Activities++;
            if (activity.EstimatedCost is { } cost)
            {
                share.AddCost(cost);
            }
            else
            {
                share.WithoutCost++;
            }

            if (activity.EstimatedTime is { } time)
            {
                share.AddTime((time.Days * MillisecondsPerDay) + (time.NanosecondOfDay / 1_000_000L));
            }
            else
            {
                share.WithoutTime++;
            }
        }

        public void Absorb(Group other)
        {
            Sources++;
            Activities += other.Activities;
            foreach (ref readonly var share in other.Shares)
            {
                For(share.Employee).Absorb(share);
            }
        }

        // Employees are numbered in the order first met, so a group's shares are appended in ascending
        // order and stay sorted; only an employee met again in a later plan needs the binary search.
        private ref Share For(int employee)
        {
            int count = Count;
            if (count > 0 && employee <= shares[count - 1].Employee)
            {
                int low = 0;
                int high = count - 1;
                while (low <= high)
                {
                    int middle = low + ((high - low) >> 1);
                    int found = shares[middle].Employee;
                    if (found == employee)
                    {
                        return ref shares[middle];
                    }

                    if (found < employee)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                Grow();
                Array.Copy(shares, low, shares, low + 1, count - low);
                shares[low] = new Share { Employee = employee };
                Count++;
                return ref shares[low];
            }

            Grow();
            shares[count] = new Share { Employee = employee };
            Count++;
            return ref shares[count];
        }

        private void Grow()
        {
            if (Count == shares.Length)
            {
                Array.Resize(ref shares, shares.Length * 2);
            }
        }
    }

    // Turns a group into a row: the threshold rule per figure, then the cell key noise. Record keys
    // are computed once per person, when a published figure first needs them.
    private sealed class Figures : IDisposable
    {
        private readonly SopProtection protection;
        private readonly List<string> employeeIds;
        private readonly SopCellKey? cellKeys;
        private readonly ulong[] recordKeys;
        private readonly bool[] known;

        public Figures(SopProtection protection, List<string> employeeIds)
        {
            this.protection = protection;
            this.employeeIds = employeeIds;
            if (protection.Key is { } key)
            {
                cellKeys = new SopCellKey(key);
            }

            recordKeys = cellKeys is null ? Array.Empty<ulong>() : new ulong[employeeIds.Count];
            known = cellKeys is null ? Array.Empty<bool>() : new bool[employeeIds.Count];
        }

        public TrainingNeed Need(Group group, string? department, string competency)
        {
            int minimum = protection.MinimumGroupSize;
            var shares = group.Shares;
            ulong all = 0;
            int withCost = 0, withoutCost = 0, withTime = 0, withoutTime = 0;
            ulong costKey = 0, withoutCostKey = 0, timeKey = 0, withoutTimeKey = 0;
            int activitiesWithoutCost = 0, activitiesWithoutTime = 0;
            decimal cost = 0m, largestCost = 0m, time = 0m, largestTime = 0m;
            bool costTooLarge = false, timeTooLarge = false;
            foreach (ref readonly var share in shares)
            {
                ulong key = cellKeys is null ? 0 : RecordKey(share.Employee);
                all = unchecked(all + key);
                if (share.HasCost)
                {
                    withCost++;
                    costKey = unchecked(costKey + key);
                    costTooLarge |= share.CostTooLarge || !TryAdd(ref cost, share.Cost);
                    largestCost = Math.Max(largestCost, share.Cost);
                }

                if (share.WithoutCost > 0)
                {
                    withoutCost++;
                    withoutCostKey = unchecked(withoutCostKey + key);
                    activitiesWithoutCost += share.WithoutCost;
                }

                if (share.HasTime)
                {
                    withTime++;
                    timeKey = unchecked(timeKey + key);
                    timeTooLarge |= share.TimeTooLarge || !TryAdd(ref time, share.Milliseconds);
                    largestTime = Math.Max(largestTime, share.Milliseconds);
                }

                if (share.WithoutTime > 0)
                {
                    withoutTime++;
                    withoutTimeKey = unchecked(withoutTimeKey + key);
                    activitiesWithoutTime += share.WithoutTime;
                }
            }

            return new TrainingNeed(
                department,
                competency,
                group.Key.Kind,
                Count(shares.Length, all, SopCellKey.Figure.Employees),
                Count(group.Activities, all, SopCellKey.Figure.Activities),
                Magnitude(cost, largestCost, withCost, costTooLarge, costKey, SopCellKey.Figure.Cost, 1m),
                Missing(activitiesWithoutCost, withoutCost, withoutCostKey, SopCellKey.Figure.ActivitiesWithoutCost),
                Magnitude(time, largestTime, withTime, timeTooLarge, timeKey, SopCellKey.Figure.Hours, MillisecondsPerHour),
                Missing(activitiesWithoutTime, withoutTime, withoutTimeKey, SopCellKey.Figure.ActivitiesWithoutTime));
        }

        public void Dispose() => cellKeys?.Dispose();

        private ulong RecordKey(int employee)
        {
            if (!known[employee])
            {
                recordKeys[employee] = cellKeys!.RecordKey(employeeIds[employee]);
                known[employee] = true;
            }

            return recordKeys[employee];
        }

        // A count over the row's own people (at least the minimum): published, moved by the noise.
        private int Count(int value, ulong cellKey, SopCellKey.Figure figure) =>
            cellKeys is null ? value : SopCellKey.Count(value, protection.CountNoise, protection.MinimumGroupSize, cellKey, figure);

        // A count of activities without an estimate rests on the people without one: none (a true
        // zero, shown as zero) or at least the minimum.
        private SopFigure<int> Missing(int value, int people, ulong cellKey, SopCellKey.Figure figure)
        {
            if (people == 0)
            {
                return SopFigure<int>.Published(0);
            }

            return people < protection.MinimumGroupSize ? SopFigure<int>.WithheldFor(SopWithholding.TooFewPeople) : SopFigure<int>.Published(Count(value, cellKey, figure));
        }

        // A total rests on the people who gave an estimate; its noise scales with the largest single
        // person's part, so the one person a difference of two reports points at stays covered.
        private SopFigure<decimal> Magnitude(decimal total, decimal largest, int people, bool tooLarge, ulong cellKey, SopCellKey.Figure figure, decimal unit)
        {
            if (people < protection.MinimumGroupSize)
            {
                return SopFigure<decimal>.WithheldFor(SopWithholding.TooFewPeople);
            }

            if (tooLarge)
            {
                return SopFigure<decimal>.WithheldFor(SopWithholding.TooLarge);
            }

            total /= unit;
            if (cellKeys is null)
            {
                return SopFigure<decimal>.Published(total);
            }

            return SopCellKey.TryMagnitude(total, largest / unit, protection.MagnitudeNoise, cellKey, figure, out decimal perturbed)
                ? SopFigure<decimal>.Published(perturbed)
                : SopFigure<decimal>.WithheldFor(SopWithholding.TooLarge);
        }
    }
}
