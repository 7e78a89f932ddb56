namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Texts;

/// <summary>An employee left out of this cycle, and why.</summary>
/// <remarks>
/// A reason the host gave (<see cref="CycleParticipant.ExcusedReason"/>) has no <see cref="Code"/>
/// and is shown as given. Reasons the planner finds itself are coded: CYCLE-X01 no hire date for
/// the anniversary cycle, CYCLE-X02 no anniversary conversation due in the window.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Excusal
{
    private readonly Dictionary<string, string> arguments;

    internal Excusal(string employeeId, string managerId, string reason, string? code = null, Dictionary<string, string>? arguments = null)
    {
        EmployeeId = employeeId;
        ManagerId = managerId;
        Reason = reason;
        Code = code;
        this.arguments = arguments ?? new Dictionary<string, string>();
    }

    /// <summary>Gets the employee's id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the manager's id.</summary>
    public string ManagerId { get; }

    /// <summary>Gets the reason: as the host gave it, or the English text of a coded reason.</summary>
    public string Reason { get; }

    /// <summary>Gets the code of a reason the planner found itself, or null for a host-given reason.</summary>
    public string? Code { get; }

    /// <summary>Renders the reason for people: a coded reason from the catalogue, a host-given one as given.</summary>
    /// <param name="culture">The culture (nl, en, or a host-added one).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Describe(CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        return Code is null ? Reason : (texts ?? TextCatalog.Default).Format(Code, culture, arguments);
    }
}
