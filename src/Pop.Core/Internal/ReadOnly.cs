namespace Pop.Core.Internal;

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

/// <summary>
/// Read-only views of the arrays and dictionaries our immutable types keep. A public property never
/// hands out its own array: a caller could cast it back (<c>(T[])plan.Goals</c>) and write into
/// the plan and every version that shares it. A view costs one small object per read.
/// </summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> View<T>(T[] items) => items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

    public static IReadOnlyList<T> View<T>(List<T> items) => items.Count == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

    /// <summary>A read-only view of a sequence: an array is wrapped as it is (our own arrays are never written after they are built), anything else copied first.</summary>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T> items) => items switch
    {
        ReadOnlyCollection<T> view => view,
        T[] array => View(array),
        _ => View(new List<T>(items)),
    };

    public static IReadOnlyDictionary<TKey, TValue> View<TKey, TValue>(IDictionary<TKey, TValue> items)
        where TKey : notnull =>
        new ReadOnlyDictionary<TKey, TValue>(items);

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> List = new ReadOnlyCollection<T>(Array.Empty<T>());
    }
}
