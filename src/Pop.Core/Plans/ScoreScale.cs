namespace Pop.Core.Plans;

using System;
using Ardalis.GuardClauses;

/// <summary>
/// A declared whole-number scale for scoring a proposed solution's quality (K) and acceptance (A),
/// default 1 to 10.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ScoreScale : IEquatable<ScoreScale>
{
    /// <summary>Initializes a new instance of the <see cref="ScoreScale"/> class.</summary>
    /// <param name="minimum">The lowest score, zero or more.</param>
    /// <param name="maximum">The highest score, greater than the minimum.</param>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is negative, or <paramref name="maximum"/> is not greater than it.</exception>
    public ScoreScale(int minimum, int maximum)
    {
        Guard.Against.Negative(minimum, nameof(minimum));
        if (maximum <= minimum)
        {
            throw new ArgumentException($"The maximum ({maximum}) must be greater than the minimum ({minimum}).", nameof(maximum));
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the default scale, 1 to 10.</summary>
    public static ScoreScale Default { get; } = new(1, 10);

    /// <summary>Gets the lowest score.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest score.</summary>
    public int Maximum { get; }

    /// <summary>Gets a value indicating whether a score lies on the scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when <paramref name="score"/> lies between the minimum and the maximum, both included.</returns>
    public bool Contains(int score) => score >= Minimum && score <= Maximum;

    /// <inheritdoc />
    public bool Equals(ScoreScale? other) => other is not null && other.Minimum == Minimum && other.Maximum == Maximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreScale);

    /// <inheritdoc />
    public override int GetHashCode() => (Minimum * 397) ^ Maximum;

    /// <inheritdoc />
    public override string ToString() => $"{Minimum}–{Maximum}";
}
