namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;
using Pop.Core.Texts;

/// <summary>
/// Guidance that was not followed: reported, not blocked. <c>CONV-G01</c>: the manager reacted in
/// substance while listening (kept in <see cref="Conversation.Warnings"/>). <c>CONV-G02</c>: an
/// agreement's text is not SMART when the conversation closes under <see cref="RuleEnforcement.Warn"/>
/// (in the closing result only: the verdict belongs to the SMART engine of that moment).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GuidanceWarning
{
    private readonly Dictionary<string, string> arguments;

    internal GuidanceWarning(string code, string phaseId, Instant at, params (string Key, string Value)[] arguments)
    {
        Code = code;
        PhaseId = phaseId;
        At = at;
        this.arguments = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
    }

    /// <summary>Gets the guidance's code.</summary>
    public string Code { get; }

    /// <summary>Gets the phase it happened in; empty for CONV-G03, which is raised while scheduling, before any phase.</summary>
    public string PhaseId { get; }

    /// <summary>Gets when.</summary>
    public Instant At { get; }

    /// <summary>Gets the values the message names (<c>Agreement</c>, <c>Missing</c> …); empty for CONV-G01.</summary>
    public IReadOnlyDictionary<string, string> Arguments => ReadOnly.View(arguments);

    /// <summary>Gets the localised message.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Message(CultureInfo culture, TextCatalog? texts = null) =>
        (texts ?? TextCatalog.Default).Format(Code, Guard.Against.Null(culture, nameof(culture)), arguments);

    /// <inheritdoc />
    public override string ToString() => Code + ": " + Message(CultureInfo.GetCultureInfo("en"));
}
