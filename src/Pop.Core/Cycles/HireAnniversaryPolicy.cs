namespace Pop.Core.Cycles;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// Conversations tied to the hire date instead of a season: the first some months after hire,
/// then every year on the hire anniversary.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class HireAnniversaryPolicy
{
    /// <summary>Initializes a new instance of the <see cref="HireAnniversaryPolicy"/> class.</summary>
    /// <param name="firstConversationAfter">How long after hire the first conversation is due (positive, under a year).</param>
    /// <exception cref="ArgumentNullException"><paramref name="firstConversationAfter"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not positive or reaches a year or more.</exception>
    public HireAnniversaryPolicy(Period firstConversationAfter)
    {
        Guard.Against.Null(firstConversationAfter, nameof(firstConversationAfter));
        var probe = new LocalDate(2001, 1, 1);
        var first = probe.Plus(firstConversationAfter);
        if (first <= probe || first >= probe.PlusYears(1))
        {
            throw new ArgumentException("The first conversation must fall after hire and before the first anniversary.", nameof(firstConversationAfter));
        }

        FirstConversationAfter = firstConversationAfter;
    }

    /// <summary>Gets the default: the first conversation three months after hire.</summary>
    public static HireAnniversaryPolicy Default { get; } = new(Period.FromMonths(3));

    /// <summary>Gets how long after hire the first conversation is due.</summary>
    public Period FirstConversationAfter { get; }

    /// <summary>Gets the first due date on or after <paramref name="onOrAfter"/> for someone hired on <paramref name="hireDate"/>.</summary>
    /// <param name="hireDate">The hire date.</param>
    /// <param name="onOrAfter">The earliest date of interest.</param>
    /// <returns>The due date: the first conversation, or a later hire anniversary (29 February falls on the 28th in other years).</returns>
    public LocalDate NextDue(LocalDate hireDate, LocalDate onOrAfter)
    {
        var first = hireDate.Plus(FirstConversationAfter);
        if (first >= onOrAfter)
        {
            return first;
        }

        int years = Math.Max(1, onOrAfter.Year - hireDate.Year - 1);
        var due = hireDate.PlusYears(years);
        while (due < onOrAfter)
        {
            due = hireDate.PlusYears(++years);
        }

        return due;
    }
}
