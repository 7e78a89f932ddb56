namespace Pop.Core.Strategies;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>One person's placements across cycles, oldest first, and the moves between them.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class QuadrantHistory
{
    private readonly KeyValuePair<LocalDate, QuadrantPlacement>[] entries;

    private QuadrantHistory(KeyValuePair<LocalDate, QuadrantPlacement>[] entries)
    {
        this.entries = entries;
    }

    /// <summary>Gets the empty history.</summary>
    public static QuadrantHistory Empty { get; } = new(Array.Empty<KeyValuePair<LocalDate, QuadrantPlacement>>());

    /// <summary>Gets the placements by assessment date, oldest first.</summary>
    public IReadOnlyList<KeyValuePair<LocalDate, QuadrantPlacement>> Entries => ReadOnly.View(entries);

    /// <summary>Gets the latest placement, or null when there is none.</summary>
    public QuadrantPlacement? Current => entries.Length == 0 ? null : entries[entries.Length - 1].Value;

    /// <summary>Gets every change of quadrant between consecutive placements.</summary>
    public IReadOnlyList<QuadrantMove> Moves
    {
        get
        {
            var moves = new List<QuadrantMove>();
            for (int i = 1; i < entries.Length; i++)
            {
                if (entries[i - 1].Value.Quadrant != entries[i].Value.Quadrant)
                {
                    moves.Add(new QuadrantMove(entries[i - 1].Key, entries[i].Key, entries[i - 1].Value.Quadrant, entries[i].Value.Quadrant));
                }
            }

            return ReadOnly.View(moves);
        }
    }

    /// <summary>Returns a history with one more placement.</summary>
    /// <param name="assessedOn">When the placement was assessed; one placement per date.</param>
    /// <param name="placement">The placement.</param>
    /// <returns>A new history; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    /// <exception cref="ArgumentException">The history already has a placement on <paramref name="assessedOn"/>.</exception>
    public QuadrantHistory With(LocalDate assessedOn, QuadrantPlacement placement)
    {
        Guard.Against.Null(placement, nameof(placement));
        if (entries.Any(e => e.Key == assessedOn))
        {
            throw new ArgumentException($"The history already has a placement on {assessedOn:uuuu'-'MM'-'dd}.", nameof(assessedOn));
        }

        var list = entries.Append(new KeyValuePair<LocalDate, QuadrantPlacement>(assessedOn, placement)).OrderBy(e => e.Key).ToArray();
        return new QuadrantHistory(list);
    }
}
