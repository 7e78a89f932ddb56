namespace Pop.Core.Conversations;

using System;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Strategies;

/// <summary>
/// How the employee's own view of their development stage compares with the manager's: whether they
/// agree and, if not, which way and how many stages apart. It uses the vocabulary of
/// <see cref="SelfAssessmentGap"/>: <see cref="GapDirection.EmployeeRatesHigher"/> when the employee
/// places themselves further along (junior → vakvolwassen → senior) than the manager does.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StageComparison : IEquatable<StageComparison>
{
    private StageComparison(DevelopmentStage employeeStage, DevelopmentStage managerStage)
    {
        EmployeeStage = employeeStage;
        ManagerStage = managerStage;
    }

    /// <summary>Gets the stage the employee places themselves in.</summary>
    public DevelopmentStage EmployeeStage { get; }

    /// <summary>Gets the stage the manager places the employee in.</summary>
    public DevelopmentStage ManagerStage { get; }

    /// <summary>Gets the employee's stage minus the manager's, in stages: from -2 to 2, positive when the employee places themselves further along.</summary>
    public int Size => (int)EmployeeStage - (int)ManagerStage;

    /// <summary>Gets which way the views differ; <see cref="GapDirection.Aligned"/> when they agree.</summary>
    public GapDirection Direction => Size switch
    {
        > 0 => GapDirection.EmployeeRatesHigher,
        < 0 => GapDirection.EmployeeRatesLower,
        _ => GapDirection.Aligned,
    };

    /// <summary>Gets a value indicating whether both place the employee in the same stage.</summary>
    public bool IsAligned => Size == 0;

    /// <summary>Compares the employee's view of their stage with the manager's.</summary>
    /// <param name="employeeStage">The stage the employee places themselves in.</param>
    /// <param name="managerStage">The stage the manager places the employee in.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A stage is not a defined <see cref="DevelopmentStage"/> (the exception names which).</exception>
    public static StageComparison Of(DevelopmentStage employeeStage, DevelopmentStage managerStage) =>
        new(Guard.Against.EnumOutOfRange(employeeStage, nameof(employeeStage)), Guard.Against.EnumOutOfRange(managerStage, nameof(managerStage)));

    /// <inheritdoc />
    public bool Equals(StageComparison? other) =>
        other is not null && EmployeeStage == other.EmployeeStage && ManagerStage == other.ManagerStage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StageComparison);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)EmployeeStage * 3) + (int)ManagerStage;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Direction} ({Size.ToString("+0;-0;0", CultureInfo.InvariantCulture)}): employee {EmployeeStage}, manager {ManagerStage}";
}
