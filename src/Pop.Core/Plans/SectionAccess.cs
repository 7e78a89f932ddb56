namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Conversations;
using Pop.Core.Texts;

/// <summary>
/// The answer to "may this role see this section of this plan": allowed (PLAN-V00) or a typed
/// denial with its code. Codes: PLAN-V01 not visible to the role; PLAN-V02 manager notes are never
/// shown to the employee; PLAN-V03 assessment results without the employee's consent; PLAN-V04
/// the consent was withdrawn; PLAN-V05 the section depends on another section the role cannot see.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SectionAccess
{
    /// <summary>The code of an allowed access.</summary>
    public const string AllowedCode = "PLAN-V00";

    internal SectionAccess(ConversationRole role, PlanSection section, string code)
    {
        Role = role;
        Section = section;
        Code = code;
    }

    /// <summary>Gets the role that asked.</summary>
    public ConversationRole Role { get; }

    /// <summary>Gets the section asked for.</summary>
    public PlanSection Section { get; }

    /// <summary>Gets the decision's code: <see cref="AllowedCode"/> or a PLAN-V denial code.</summary>
    public string Code { get; }

    /// <summary>Gets a value indicating whether the role may see the section.</summary>
    public bool IsAllowed => Code == AllowedCode;

    /// <summary>Renders the decision for people.</summary>
    /// <param name="culture">The culture (nl, en, or a host-added one).</param>
    /// <param name="texts">The catalogue; null for <see cref="TextCatalog.Default"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Message(CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        var catalog = texts ?? TextCatalog.Default;
        var arguments = new Dictionary<string, string>
        {
            ["Role"] = catalog.Format("ROLE." + Role, culture),
            ["Section"] = catalog.Format("SECTION." + Section, culture),
        };
        return catalog.Format(Code, culture, arguments);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Role} / {Section}";
}
