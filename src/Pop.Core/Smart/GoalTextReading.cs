namespace Pop.Core.Smart;

using System;
using Ardalis.GuardClauses;

/// <summary>
/// How a goal's text is read: the language it is written in (given, or detected from the text) and
/// the order of ambiguous numeric dates. Everything that can change a verdict; the language of the
/// messages about the text is not part of it (it is the message culture, which changes no verdict).
/// </summary>
/// <remarks>
/// The default value, <see cref="Detect"/>, detects the language (Dutch or English) from the text
/// and reads numeric dates day first.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly struct GoalTextReading : IEquatable<GoalTextReading>
{
    private readonly byte language; // 0 = detect, else GoalLanguage + 1

    /// <summary>Initializes a new instance of the <see cref="GoalTextReading"/> struct.</summary>
    /// <param name="language">The language the text is written in; null to detect it from the text.</param>
    /// <param name="dateOrder">How an ambiguous numeric date is read.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> or <paramref name="dateOrder"/> is not a defined value.</exception>
    public GoalTextReading(GoalLanguage? language, NumericDateOrder dateOrder = NumericDateOrder.DayFirst)
    {
        if (language is { } given)
        {
            Guard.Against.EnumOutOfRange(given, nameof(language));
        }

        Guard.Against.EnumOutOfRange(dateOrder, nameof(dateOrder));
        this.language = language is { } l ? (byte)((int)l + 1) : (byte)0;
        DateOrder = dateOrder;
    }

    /// <summary>Gets the reading that detects the language and reads numeric dates day first (the default value).</summary>
    public static GoalTextReading Detect => default;

    /// <summary>Gets the language the text is read in, or null when it is detected from the text.</summary>
    public GoalLanguage? Language => language == 0 ? null : (GoalLanguage)(language - 1);

    /// <summary>Gets how an ambiguous numeric date is read.</summary>
    public NumericDateOrder DateOrder { get; }

    /// <summary>Tests two readings for equality.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>Whether both have the same language (or both detect it) and the same date order.</returns>
    public static bool operator ==(GoalTextReading left, GoalTextReading right) => left.Equals(right);

    /// <summary>Tests two readings for inequality.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>The negation of <see cref="op_Equality"/>.</returns>
    public static bool operator !=(GoalTextReading left, GoalTextReading right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(GoalTextReading other) => language == other.language && DateOrder == other.DateOrder;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GoalTextReading other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (language << 8) | (int)DateOrder;

    /// <inheritdoc />
    public override string ToString() => $"{(Language is { } l ? l.ToString() : "detect")}, {DateOrder}";
}
