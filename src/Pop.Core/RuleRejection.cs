namespace Pop.Core;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Texts;
using Pop.Core.Internal;

/// <summary>
/// Why a command was refused: the rule's stable code (<c>CONV-R01</c>, <c>PLAN-R05</c>, <c>CYCLE-R01</c> …)
/// and the values its message needs. Every part of the domain that decides by rules reports a broken
/// rule this way, inside its result; exceptions are kept for programming errors such as a null argument.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RuleRejection
{
    private readonly Dictionary<string, string> arguments;

    internal RuleRejection(string code, Dictionary<string, string> arguments)
    {
        Code = code;
        this.arguments = arguments;
    }

    /// <summary>Gets the rule's stable code (<c>CONV-R01</c>, <c>PLAN-R05</c> …).</summary>
    public string Code { get; }

    /// <summary>Gets the values the message names (<c>Phase</c>, <c>Agreement</c>, …).</summary>
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
