namespace Pop.Core.Conversations;

using System;

/// <summary>
/// Counts the elementary steps (list elements copied, agenda items compared) a conversation's
/// state changes cost on this thread, so a test can assert that replay grows linearly without
/// timing anything. One thread-static add per copied list or per sort, not per element.
/// </summary>
internal static class ReplayWork
{
    [ThreadStatic]
    private static long steps;

    /// <summary>Gets the steps counted on this thread so far.</summary>
    public static long Steps => steps;

    public static void Add(long count) => steps += count;
}
