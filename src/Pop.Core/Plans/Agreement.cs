namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// An agreement (afspraak): who does what by when (WWW), and whether both parties accepted it.
/// A support agreement says what the manager or organisation provides.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Agreement
{
    /// <summary>Initializes a new instance of the <see cref="Agreement"/> class, accepted by neither party yet.</summary>
    /// <param name="id">The agreement's id, unique within its plan or conversation.</param>
    /// <param name="who">Who carries it out.</param>
    /// <param name="what">What is done; check it with <see cref="Smart.SmartValidator"/>.</param>
    /// <param name="when">By when.</param>
    /// <param name="isSupport">True for a support agreement: what the manager or organisation provides.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public Agreement(string id, string who, [SmartGoalText] string what, LocalDate when, bool isSupport)
        : this(Guard.Against.NullOrWhiteSpace(id, nameof(id)), Guard.Against.NullOrWhiteSpace(who, nameof(who)), Guard.Against.NullOrWhiteSpace(what, nameof(what)), when, isSupport, null, null)
    {
    }

    internal Agreement(string id, string who, string what, LocalDate when, bool isSupport, Instant? employeeAcceptedAt, Instant? managerAcceptedAt, string? notSmartReason = null)
    {
        NotSmartReason = notSmartReason;
        Id = id;
        Who = who;
        What = what;
        When = when;
        IsSupport = isSupport;
        EmployeeAcceptedAt = employeeAcceptedAt;
        ManagerAcceptedAt = managerAcceptedAt;
    }

    /// <summary>Gets the agreement's id.</summary>
    public string Id { get; }

    /// <summary>Gets who carries it out.</summary>
    public string Who { get; }

    /// <summary>Gets what is done.</summary>
    public string What { get; }

    /// <summary>Gets by when.</summary>
    public LocalDate When { get; }

    /// <summary>Gets a value indicating whether this is a support agreement.</summary>
    public bool IsSupport { get; }

    /// <summary>Gets when the employee accepted it, or null.</summary>
    public Instant? EmployeeAcceptedAt { get; }

    /// <summary>Gets when the manager accepted it, or null.</summary>
    public Instant? ManagerAcceptedAt { get; }

    /// <summary>
    /// Gets why both parties keep this agreement although its text is not SMART, or null when they
    /// did not say so (see <see cref="Conversations.Conversation.AcceptNotSmart"/>).
    /// </summary>
    public string? NotSmartReason { get; }

    /// <summary>Gets a value indicating whether both parties accepted it.</summary>
    public bool IsAcceptedByBoth => EmployeeAcceptedAt is not null && ManagerAcceptedAt is not null;

    internal Agreement AcceptedBy(bool employee, Instant at) =>
        new(Id, Who, What, When, IsSupport, employee ? at : EmployeeAcceptedAt, employee ? ManagerAcceptedAt : at, NotSmartReason);

    internal Agreement AcceptedAsNotSmart(string reason) =>
        new(Id, Who, What, When, IsSupport, EmployeeAcceptedAt, ManagerAcceptedAt, reason);

    /// <inheritdoc />
    public override string ToString() => $"{Who}: {What} ({When:uuuu'-'MM'-'dd})";
}
