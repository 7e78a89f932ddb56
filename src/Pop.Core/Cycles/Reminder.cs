namespace Pop.Core.Cycles;

using NodaTime;

/// <summary>A reminder as data: what, for whom, when. Sending it is the host's business.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Reminder
{
    internal Reminder(ReminderKind kind, string recipientId, string employeeId, string managerId, LocalDate dueOn)
    {
        Kind = kind;
        RecipientId = recipientId;
        EmployeeId = employeeId;
        ManagerId = managerId;
        DueOn = dueOn;
    }

    /// <summary>Gets what the reminder is about.</summary>
    public ReminderKind Kind { get; }

    /// <summary>Gets who receives it (the employee's or the manager's id).</summary>
    public string RecipientId { get; }

    /// <summary>Gets the employee whose conversation it concerns.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager of that conversation.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the day it is due.</summary>
    public LocalDate DueOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{DueOn:uuuu'-'MM'-'dd} {Kind} → {RecipientId} (conversation of {EmployeeId})";
}
