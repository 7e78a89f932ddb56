namespace Pop.Core.Strategies;

using System;
using System.Globalization;

/// <summary>The employee's stated interest in development, as a score on an <see cref="AssessmentScale"/>.</summary>
/// <remarks>A distinct type from <see cref="Potential"/> so that the two cannot be swapped by mistake.</remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct Interest : IEquatable<Interest>
{
    /// <summary>Initializes a new instance of the <see cref="Interest"/> struct.</summary>
    /// <param name="score">The score; checked against the scale where it is used.</param>
    /// <exception cref="ArgumentException"><paramref name="score"/> is not a finite number.</exception>
    public Interest(double score)
    {
        Score = AssessmentScale.Finite(score, nameof(score));
    }

    /// <summary>Gets the score.</summary>
    public double Score { get; }

    /// <summary>Compares two interests.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the scores are equal.</returns>
    public static bool operator ==(Interest left, Interest right) => left.Equals(right);

    /// <summary>Compares two interests.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the scores differ.</returns>
    public static bool operator !=(Interest left, Interest right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Interest other) => Score.Equals(other.Score);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Interest other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Score.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => "interest " + Score.ToString(CultureInfo.InvariantCulture);
}
