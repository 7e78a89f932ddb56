namespace Pop.Core.Cycles;

using System.Collections.Generic;
using System.Linq;
using Pop.Core.Internal;

/// <summary>
/// The window cannot hold every team: nothing was planned. <see cref="Shortfalls"/> names each
/// manager whose team does not fit and by how much (code <c>CYCLE-P01</c>).
/// </summary>
public sealed class InfeasibleCycleException : CyclePlanningException
{
    internal InfeasibleCycleException(IReadOnlyList<ManagerShortfall> shortfalls)
        : base("CYCLE-P01", $"The window cannot hold the teams of {shortfalls.Count} manager(s): " + string.Join("; ", shortfalls.Take(10)) + (shortfalls.Count > 10 ? $"; and {shortfalls.Count - 10} more" : string.Empty) + ".")
    {
        Shortfalls = ReadOnly.Of(shortfalls);
    }

    /// <summary>Gets every manager whose team does not fit, with the shortfall.</summary>
    public IReadOnlyList<ManagerShortfall> Shortfalls { get; }
}
