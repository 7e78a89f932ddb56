namespace Pop.Core.Strategies;

using System;
using System.Globalization;

/// <summary>The manager's estimate of the employee's room to grow, as a score on an <see cref="AssessmentScale"/>.</summary>
/// <remarks>A distinct type from <see cref="Interest"/> so that the two cannot be swapped by mistake.</remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct Potential : IEquatable<Potential>
{
    /// <summary>Initializes a new instance of the <see cref="Potential"/> struct.</summary>
    /// <param name="score">The score; checked against the scale where it is used.</param>
    /// <exception cref="ArgumentException"><paramref name="score"/> is not a finite number.</exception>
    public Potential(double score)
    {
        Score = AssessmentScale.Finite(score, nameof(score));
    }

    /// <summary>Gets the score.</summary>
    public double Score { get; }

    /// <summary>Compares two potentials.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the scores are equal.</returns>
    public static bool operator ==(Potential left, Potential right) => left.Equals(right);

    /// <summary>Compares two potentials.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the scores differ.</returns>
    public static bool operator !=(Potential left, Potential right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Potential other) => Score.Equals(other.Score);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Potential other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Score.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => "potential " + Score.ToString(CultureInfo.InvariantCulture);
}
