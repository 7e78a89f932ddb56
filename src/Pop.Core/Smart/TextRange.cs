namespace Pop.Core.Smart;

using System;
using System.Globalization;

/// <summary>A range of characters in a goal text.</summary>
/// <remarks>The default value is the empty range at offset 0.</remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct TextRange : IEquatable<TextRange>
{
    /// <summary>Initializes a new instance of the <see cref="TextRange"/> struct.</summary>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="length">The number of characters.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextRange(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start of a text range cannot be negative.");
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length of a text range cannot be negative.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>Gets the offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length { get; }

    /// <summary>Gets the offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Compares two ranges for equality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when both have the same start and length.</returns>
    public static bool operator ==(TextRange left, TextRange right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when they differ in start or length.</returns>
    public static bool operator !=(TextRange left, TextRange right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TextRange other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Start * 397) ^ Length;

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "[{0}..{1})", Start, End);
}
