namespace Pop.Core.Smart;

using System.Collections.Generic;
using System.Globalization;
using Pop.Core.Internal;

/// <summary>
/// What the text of a goal alone says about Specific, Measurable and Time-bound, and the deadline
/// it resolves to.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GoalTextAnalysis
{
    internal GoalTextAnalysis(string text, GoalLanguage language, CultureInfo messageCulture, bool isSpecific, bool isMeasurable, bool isTimeBound, DeadlineExpression? deadline, IReadOnlyList<SmartFinding> findings)
    {
        Text = text;
        Language = language;
        MessageCulture = messageCulture;
        IsSpecific = isSpecific;
        IsMeasurable = isMeasurable;
        IsTimeBound = isTimeBound;
        Deadline = deadline;
        Findings = ReadOnly.Of(findings);
    }

    /// <summary>Gets the analysed text.</summary>
    public string Text { get; }

    /// <summary>Gets the language the text was read in: the one the caller gave, or else the one detected.</summary>
    public GoalLanguage Language { get; }

    /// <summary>
    /// Gets the culture of the findings' messages: the one the caller gave, or else that of
    /// <see cref="Language"/> (<c>nl</c> or <c>en</c>). It says nothing about how the text was read.
    /// </summary>
    public CultureInfo MessageCulture { get; }

    /// <summary>Gets a value indicating whether it is clear what exactly will be done or reached.</summary>
    public bool IsSpecific { get; }

    /// <summary>Gets a value indicating whether someone else could check afterwards that it happened.</summary>
    public bool IsMeasurable { get; }

    /// <summary>Gets a value indicating whether the text states a deadline.</summary>
    public bool IsTimeBound { get; }

    /// <summary>Gets the deadline (the latest when the text names several), or null.</summary>
    public DeadlineExpression? Deadline { get; }

    /// <summary>Gets the findings, with messages in <see cref="MessageCulture"/>.</summary>
    public IReadOnlyList<SmartFinding> Findings { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"S={IsSpecific} M={IsMeasurable} T={IsTimeBound} deadline={(Deadline is null ? "-" : Deadline.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture))}";
}
