namespace Pop.Core.Smart;

using NodaTime;

/// <summary>
/// The deadline of a goal text as written and as resolved: "uiterlijk 1 juni" and "vóór 1 juni"
/// both report 1 June, but only the first still counts 1 June itself.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeadlineExpression
{
    internal DeadlineExpression(LocalDate date, string text, TextRange span, DeadlineGrain grain, DeadlineModifier modifier, bool isRelative)
    {
        Date = date;
        Text = text;
        Span = span;
        Grain = grain;
        Modifier = modifier;
        IsRelative = isRelative;
    }

    /// <summary>Gets the date the expression resolves to (the last day of a month, quarter or year; the Sunday of a week).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the expression as written, modifiers included ("vóór eind Q2").</summary>
    public string Text { get; }

    /// <summary>Gets where the expression stands in the goal text.</summary>
    public TextRange Span { get; }

    /// <summary>Gets how fine the deadline is stated.</summary>
    public DeadlineGrain Grain { get; }

    /// <summary>Gets the tying word.</summary>
    public DeadlineModifier Modifier { get; }

    /// <summary>Gets a value indicating whether <see cref="Date"/> itself still counts (false for "before").</summary>
    public bool IsInclusive => Modifier != DeadlineModifier.Before;

    /// <summary>Gets a value indicating whether the deadline counts from the reference date ("binnen drie maanden").</summary>
    public bool IsRelative { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Date:uuuu'-'MM'-'dd} ({Modifier}, {Grain}: '{Text}')";
}
