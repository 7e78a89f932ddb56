namespace Pop.Core.Cycles;

/// <summary>An employee left out of this cycle, and why.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Excusal
{
    internal Excusal(string employeeId, string managerId, string reason)
    {
        EmployeeId = employeeId;
        ManagerId = managerId;
        Reason = reason;
    }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the reason given.</summary>
    public string Reason { get; }
}
