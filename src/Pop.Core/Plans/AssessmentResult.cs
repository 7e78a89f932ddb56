namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// The outcome of an assessment, test or 360° feedback. Besides the employee, a role sees it only
/// with the employee's recorded consent.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AssessmentResult
{
    /// <summary>Initializes a new instance of the <see cref="AssessmentResult"/> class.</summary>
    /// <param name="id">The result's id, unique within its plan.</param>
    /// <param name="instrument">The instrument, for example "360° feedback" or the test's name.</param>
    /// <param name="summary">The outcome.</param>
    /// <param name="on">The date of the assessment.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty or white space.</exception>
    public AssessmentResult(string id, string instrument, string summary, LocalDate on)
    {
        Id = Guard.Against.NullOrWhiteSpace(id, nameof(id));
        Instrument = Guard.Against.NullOrWhiteSpace(instrument, nameof(instrument));
        Summary = Guard.Against.NullOrWhiteSpace(summary, nameof(summary));
        On = on;
    }

    /// <summary>Gets the result's id.</summary>
    public string Id { get; }

    /// <summary>Gets the instrument.</summary>
    public string Instrument { get; }

    /// <summary>Gets the outcome.</summary>
    public string Summary { get; }

    /// <summary>Gets the date of the assessment.</summary>
    public LocalDate On { get; }
}
