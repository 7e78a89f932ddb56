namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

/// <summary>
/// The field rules of conversation events, checked once when an event is made — by a command, by
/// <see cref="ConversationJson"/> or by a host — so no path can build an event the commands could
/// not have produced. Each failure names the field by its parameter name, which is also its JSON name.
/// </summary>
internal static class EventFields
{
    /// <summary>A required text: not null, not white space, not longer than <see cref="ConversationLimits.MaxTextLength"/>.</summary>
    public static string Text(string value, string name) => Length(Guard.Against.NullOrWhiteSpace(value, name), name);

    /// <summary>A text that may be empty (a reason, judged by its own rule) but not null or too long.</summary>
    public static string MaybeEmpty(string value, string name) => Length(Guard.Against.Null(value, name), name);

    /// <summary>An optional text: null, or not longer than the limit.</summary>
    public static string? Optional(string? value, string name) => value is null ? null : Length(value, name);

    /// <summary>A list of required texts, copied; together not longer than <see cref="ConversationLimits.MaxTotalTextLength"/>.</summary>
    public static string[] Texts(IEnumerable<string> values, string name)
    {
        Guard.Against.Null(values, name);
        var list = new List<string>();
        long total = 0;
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Item {list.Count} is null or empty.", name);
            }

            total += Length(value, name).Length;
            if (total > ConversationLimits.MaxTotalTextLength)
            {
                throw new ArgumentException($"Together longer than {ConversationLimits.MaxTotalTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters.", name);
            }

            list.Add(value);
        }

        return list.ToArray();
    }

    /// <summary>The employee or the manager: the only parties who prepare, voice needs and accept agreements.</summary>
    public static ConversationRole Party(ConversationRole role, string name, string what) =>
        role is ConversationRole.Employee or ConversationRole.Manager
            ? role
            : throw new ArgumentException($"{what} the employee or the manager; not {role}.", name);

    /// <summary>A priority: 1 (highest) or more.</summary>
    public static int Priority(int priority, string name) => Guard.Against.NegativeOrZero(priority, name);

    public static long Sum(IReadOnlyList<string> texts)
    {
        long sum = 0;
        foreach (var t in texts)
        {
            sum += t.Length;
        }

        return sum;
    }

    private static string Length(string value, string name) =>
        value.Length <= ConversationLimits.MaxTextLength
            ? value
            : throw new ArgumentException($"Longer than {ConversationLimits.MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters.", name);
}
