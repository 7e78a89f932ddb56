namespace Pop.Core.Cycles;

/// <summary>
/// A conversation cannot move to the date asked; the plan is unchanged. Codes: <c>CYCLE-R01</c> no
/// reason given (the date holds except in emergencies), <c>CYCLE-R02</c> outside the window,
/// <c>CYCLE-R03</c> not a working day, <c>CYCLE-R04</c> employee or manager away,
/// <c>CYCLE-R05</c> the manager's or the employee's day is full (every
/// conversation they take part in counts, on either side) or they have no free slot in common, <c>CYCLE-R06</c> too late to announce in time,
/// <c>CYCLE-R07</c> no such employee in the plan.
/// </summary>
public sealed class RescheduleRejectedException : CyclePlanningException
{
    internal RescheduleRejectedException(string code, string message)
        : base(code, message)
    {
    }
}
