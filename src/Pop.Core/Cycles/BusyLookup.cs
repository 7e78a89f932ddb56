namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using NodaTime;

/// <summary>The busy time a plan is made around, per person, merged and in order; kept by the plan so that rescheduling respects it too.</summary>
internal sealed class BusyLookup
{
    private readonly Dictionary<string, Interval[]> byPerson;

    private BusyLookup(Dictionary<string, Interval[]> byPerson) => this.byPerson = byPerson;

    /// <summary>
    /// Asks <paramref name="source"/> once for <paramref name="people"/> within <paramref name="span"/>.
    /// A <see cref="BusyTimeTable"/> is read directly (it is immutable and already merged); any
    /// other source's answer is checked and put in a table of its own. Null when nobody is busy.
    /// </summary>
    /// <exception cref="InvalidOperationException">The source answered null or a null entry.</exception>
    public static BusyLookup? Ask(IBusyTimeSource source, Func<IReadOnlyCollection<string>> people, Func<string, bool> asked, Interval span)
    {
        if (source is BusyTimeTable table)
        {
            return table.PersonCount == 0 ? null : new BusyLookup(table.ByPerson);
        }

        var answer = source.BusyTimes(people(), span) ?? throw new InvalidOperationException("The busy-time source answered null; it must answer a sequence (empty when nobody is busy).");
        var answered = new BusyTimeTable(Asked(answer, asked)); // grouped and merged per person, as any table is
        return answered.PersonCount == 0 ? null : new BusyLookup(answered.ByPerson);
    }

    /// <summary>The entries for people asked for; a null entry breaks the source's contract.</summary>
    private static IEnumerable<BusyTime> Asked(IEnumerable<BusyTime> answer, Func<string, bool> asked)
    {
        foreach (var busy in answer)
        {
            if (busy is null)
            {
                throw new InvalidOperationException("The busy-time source answered a null entry.");
            }

            if (asked(busy.PersonId))
            {
                yield return busy;
            }
        }
    }

    /// <summary>The busy time of <paramref name="person"/>, merged and in order; empty when they are never busy.</summary>
    public Interval[] Of(string person) => byPerson.TryGetValue(person, out var list) ? list : Array.Empty<Interval>();
}
