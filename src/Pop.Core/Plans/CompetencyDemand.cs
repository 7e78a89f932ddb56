namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;
using Pop.Core.Conversations;

/// <summary>
/// One line of the organisation's demand in the strategic training plan (SOP): how many people of a
/// department should develop a competency in the plan year, and optionally why ('het moeten').
/// </summary>
/// <remarks>
/// The demand is the organisation's own figure, not anyone's personal data: a gap report shows it
/// as given. Departments and competencies are matched to the plans without regard to case, as the
/// SOP groups them. There is no priority field: the order of the lines is department, then
/// competency; a reason says why a line matters.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CompetencyDemand
{
    /// <summary>The largest number of people one demand line may ask for: 1,000,000.</summary>
    public const int MaxPeople = 1_000_000;

    /// <summary>Initialises a demand line.</summary>
    /// <param name="department">The department, as the plans name it.</param>
    /// <param name="competency">The competency, as the plans' goals name it.</param>
    /// <param name="people">How many people should develop it this plan year: 1 to <see cref="MaxPeople"/> (leave a line out rather than ask for zero).</param>
    /// <param name="reason">Why the organisation needs it (shown as given), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> or <paramref name="competency"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="department"/> or <paramref name="competency"/> is empty or white space, or longer
    /// than <see cref="ConversationLimits.MaxTextLength"/>; or <paramref name="reason"/> is given but
    /// empty, white space or longer than that.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is below 1 or above <see cref="MaxPeople"/>.</exception>
    public CompetencyDemand(string department, string competency, int people, string? reason = null)
    {
        Department = Text(department, nameof(department));
        Competency = Text(competency, nameof(competency));
        People = Guard.Against.OutOfRange(people, nameof(people), 1, MaxPeople, $"A demand line asks for 1 to {MaxPeople} people, not {people}; leave the line out when nobody is needed.");
        Reason = reason is null ? null : Text(reason, nameof(reason));
    }

    /// <summary>Gets the department.</summary>
    public string Department { get; }

    /// <summary>Gets the competency.</summary>
    public string Competency { get; }

    /// <summary>Gets how many people should develop the competency this plan year (at least 1).</summary>
    public int People { get; }

    /// <summary>Gets why the organisation needs it, or null.</summary>
    public string? Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Department} / {Competency}: {People}{(Reason is null ? string.Empty : " (" + Reason + ")")}";

    private static string Text(string value, string name)
    {
        Guard.Against.NullOrWhiteSpace(value, name);
        if (value.Length > ConversationLimits.MaxTextLength)
        {
            throw new ArgumentException($"Longer than {ConversationLimits.MaxTextLength} characters.", name);
        }

        return value;
    }
}
