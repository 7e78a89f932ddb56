namespace Pop.Core.Strategies;

using System;
using System.Globalization;

/// <summary>
/// A declared rating scale (default 1–5) with the threshold that splits low from high, and the
/// margin around it within which a score counts as borderline.
/// </summary>
/// <remarks>A score above <see cref="Threshold"/> is high; at or below it, low.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AssessmentScale
{
    /// <summary>Initializes a new instance of the <see cref="AssessmentScale"/> class.</summary>
    /// <param name="minimum">The lowest score.</param>
    /// <param name="maximum">The highest score.</param>
    /// <param name="threshold">Scores above it are high; it must lie strictly between minimum and maximum.</param>
    /// <param name="borderlineMargin">How close to the threshold a score is borderline (zero or more).</param>
    /// <exception cref="ArgumentException">A value is not finite, the bounds are out of order, the threshold is outside them, or the margin is negative.</exception>
    public AssessmentScale(double minimum, double maximum, double threshold, double borderlineMargin)
    {
        Finite(minimum, nameof(minimum));
        Finite(maximum, nameof(maximum));
        Finite(threshold, nameof(threshold));
        Finite(borderlineMargin, nameof(borderlineMargin));
        if (maximum <= minimum)
        {
            throw new ArgumentException($"The maximum ({maximum.ToString(CultureInfo.InvariantCulture)}) must be greater than the minimum ({minimum.ToString(CultureInfo.InvariantCulture)}).", nameof(maximum));
        }

        if (threshold <= minimum || threshold >= maximum)
        {
            throw new ArgumentException($"The threshold ({threshold.ToString(CultureInfo.InvariantCulture)}) must lie strictly between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}.", nameof(threshold));
        }

        if (borderlineMargin < 0)
        {
            throw new ArgumentException("The borderline margin cannot be negative.", nameof(borderlineMargin));
        }

        Minimum = minimum;
        Maximum = maximum;
        Threshold = threshold;
        BorderlineMargin = borderlineMargin;
    }

    /// <summary>Gets the default scale: 1 to 5, above 3 is high, within 0.5 of 3 is borderline.</summary>
    public static AssessmentScale Default { get; } = new(1, 5, 3, 0.5);

    /// <summary>Gets the lowest score.</summary>
    public double Minimum { get; }

    /// <summary>Gets the highest score.</summary>
    public double Maximum { get; }

    /// <summary>Gets the threshold: scores above it are high.</summary>
    public double Threshold { get; }

    /// <summary>Gets how close to the threshold a score counts as borderline.</summary>
    public double BorderlineMargin { get; }

    /// <summary>Gets whether <paramref name="score"/> is high on this scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when the score lies above the threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> lies outside the scale.</exception>
    public bool IsHigh(double score) => Check(score, nameof(score)) > Threshold;

    /// <summary>Gets whether <paramref name="score"/> lies within the borderline margin of the threshold.</summary>
    /// <param name="score">The score.</param>
    /// <returns>True when it is borderline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> lies outside the scale.</exception>
    public bool IsBorderline(double score) => Math.Abs(Check(score, nameof(score)) - Threshold) <= BorderlineMargin;

    /// <summary>Checks that <paramref name="score"/> lies on this scale.</summary>
    /// <param name="score">The score.</param>
    /// <param name="parameterName">The name to report.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score lies outside the scale or is not finite.</exception>
    public double Check(double score, string parameterName)
    {
        if (double.IsNaN(score) || score < Minimum || score > Maximum)
        {
            throw new ArgumentOutOfRangeException(parameterName, score, $"The score must lie on the scale {Minimum.ToString(CultureInfo.InvariantCulture)}–{Maximum.ToString(CultureInfo.InvariantCulture)}.");
        }

        return score;
    }

    internal static double Finite(double value, string parameterName) =>
        double.IsNaN(value) || double.IsInfinity(value)
            ? throw new ArgumentException("The value must be a finite number.", parameterName)
            : value;
}
