namespace Pop.Core.Conversations;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

/// <summary>
/// A persistent append-only list of events: appending shares everything before it, so a long
/// conversation does not copy its history on every command. Read access builds (once) an array.
/// </summary>
internal sealed class EventLog : IReadOnlyList<ConversationEvent>
{
    private readonly EventLog? previous;
    private readonly ConversationEvent? last;
    private ConversationEvent[]? items;

    private EventLog(EventLog? previous, ConversationEvent? last, int count)
    {
        this.previous = previous;
        this.last = last;
        Count = count;
    }

    public static EventLog Empty { get; } = new(null, null, 0);

    public int Count { get; }

    public ConversationEvent this[int index] => Items()[index];

    public EventLog Append(ConversationEvent e) => new(this, e, Count + 1);

    public IEnumerator<ConversationEvent> GetEnumerator() => ((IEnumerable<ConversationEvent>)Items()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ConversationEvent[] Items()
    {
        if (Volatile.Read(ref items) is { } built)
        {
            return built;
        }

        var array = new ConversationEvent[Count];
        var node = this;
        for (int i = Count - 1; i >= 0; i--)
        {
            array[i] = node!.last!;
            node = node.previous;
        }

        Interlocked.CompareExchange(ref items, array, null);
        return items!;
    }
}
