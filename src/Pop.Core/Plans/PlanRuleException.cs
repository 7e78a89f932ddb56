namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Texts;
using Pop.Core.Internal;

/// <summary>
/// A plan command broke a rule of the domain; the plan it was called on is unchanged. Codes:
/// PLAN-R01 duplicate id; PLAN-R02 unknown id; PLAN-R03 only the employee or the manager accepts an
/// agreement; PLAN-R04 already accepted by that party; PLAN-R05 a date outside the plan's period;
/// PLAN-R06 consent already given; PLAN-R07 proposals on another scale; PLAN-R08 a redacted copy is
/// read-only; PLAN-R09 a revision must start after the current period starts; PLAN-R10 an interim
/// check before the last one; PLAN-R11 no consent to withdraw.
/// </summary>
public sealed class PlanRuleException : InvalidOperationException
{
    private readonly Dictionary<string, string> arguments;

    internal PlanRuleException(string code, Dictionary<string, string> arguments)
        : base(code + ": " + TextCatalog.Default.Format(code, CultureInfo.GetCultureInfo("en"), arguments))
    {
        Code = code;
        this.arguments = arguments;
    }

    /// <summary>Gets the rule's code.</summary>
    public string Code { get; }

    /// <summary>Gets the values named in the message.</summary>
    public IReadOnlyDictionary<string, string> Arguments => ReadOnly.View(arguments);

    /// <summary>Renders the broken rule for people.</summary>
    /// <param name="culture">The culture (nl, en, or a host-added one).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Describe(CultureInfo culture, TextCatalog? texts = null) =>
        (texts ?? TextCatalog.Default).Format(Code, Guard.Against.Null(culture, nameof(culture)), arguments);
}
