namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;

/// <summary>
/// One figure of the strategic training plan: published with its value, or withheld with the reason.
/// A withheld figure has no value; it is not a zero.
/// </summary>
/// <typeparam name="T">The figure's type: <see cref="int"/> for counts, <see cref="decimal"/> for cost and hours.</typeparam>
/// <remarks>The default value is a published <c>default(T)</c>, a zero.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public readonly struct SopFigure<T> : IEquatable<SopFigure<T>>
    where T : struct
{
    private readonly T value;

    private SopFigure(T value, SopWithholding withheld)
    {
        this.value = value;
        Withheld = withheld;
    }

    /// <summary>Gets a value indicating whether the figure is published.</summary>
    public bool IsPublished => Withheld == SopWithholding.None;

    /// <summary>Gets why the figure is withheld, or <see cref="SopWithholding.None"/> when it is published.</summary>
    public SopWithholding Withheld { get; }

    /// <summary>Gets the published value.</summary>
    /// <exception cref="InvalidOperationException">The figure is withheld; check <see cref="IsPublished"/> first.</exception>
    public T Value => IsPublished ? value : throw new InvalidOperationException($"The figure is withheld ({Withheld}); it has no value.");

    /// <summary>Tests two figures for equality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>Whether both are withheld for the same reason, or both published with equal values.</returns>
    public static bool operator ==(SopFigure<T> left, SopFigure<T> right) => left.Equals(right);

    /// <summary>Tests two figures for inequality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>The negation of <see cref="op_Equality"/>.</returns>
    public static bool operator !=(SopFigure<T> left, SopFigure<T> right) => !left.Equals(right);

    /// <summary>Gets the value if the figure is published.</summary>
    /// <param name="published">The value, or <c>default(T)</c> when withheld.</param>
    /// <returns>Whether the figure is published.</returns>
    public bool TryGetValue(out T published)
    {
        published = IsPublished ? value : default;
        return IsPublished;
    }

    /// <inheritdoc />
    public bool Equals(SopFigure<T> other) => Withheld == other.Withheld && (!IsPublished || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SopFigure<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsPublished ? value.GetHashCode() : -(int)Withheld;

    /// <inheritdoc />
    public override string ToString() => IsPublished ? value.ToString() ?? string.Empty : $"withheld ({Withheld})";

    /// <summary>A published figure.</summary>
    internal static SopFigure<T> Published(T value) => new(value, SopWithholding.None);

    /// <summary>A withheld figure.</summary>
    internal static SopFigure<T> WithheldFor(SopWithholding reason) => new(default, reason);
}
