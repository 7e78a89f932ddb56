namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Conversations;
using Pop.Core.Internal;
using Pop.Core.Texts;

/// <summary>
/// The differences between a plan and the closed conversation it was made from: agreements missing
/// from the plan (<c>PLAN-D01</c>), added in the plan (<c>PLAN-D02</c>), changed in who, what, when
/// or kind (<c>PLAN-D03</c>), a conversation id that does not match (<c>PLAN-D04</c>), the employee's
/// or the organisation's needs (<c>PLAN-D05</c>, <c>PLAN-D06</c>) and either view of the development
/// stage (<c>PLAN-D07</c>) when they differ. Empty when they match.
/// </summary>
/// <remarks>Acceptance is not compared: a plan may record acceptances given after the conversation.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanDrift
{
    private readonly PlanDifference[] differences;

    private PlanDrift(PlanDifference[] differences) => this.differences = differences;

    /// <summary>Gets every difference, conversation order first, then what only the plan holds.</summary>
    public IReadOnlyList<PlanDifference> Differences => ReadOnly.View(differences);

    /// <summary>Gets a value indicating whether plan and conversation match.</summary>
    public bool IsEmpty => differences.Length == 0;

    /// <summary>Compares a plan with a conversation.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="conversation">The conversation it should follow.</param>
    /// <returns>The drift; empty when they match.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PlanAccessDeniedException"><paramref name="plan"/> is a redacted copy without agreements.</exception>
    public static PlanDrift Between(DevelopmentPlan plan, Conversation conversation)
    {
        Guard.Against.Null(plan, nameof(plan));
        Guard.Against.Null(conversation, nameof(conversation));
        var found = new List<PlanDifference>();
        if (plan.ConversationId != conversation.Id)
        {
            found.Add(new PlanDifference("PLAN-D04", null, ("Plan", plan.ConversationId ?? "-"), ("Conversation", conversation.Id)));
        }

        var inPlan = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        foreach (var a in plan.Agreements)
        {
            inPlan[a.Id] = a;
        }

        var inConversation = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in conversation.Agreements)
        {
            inConversation.Add(c.Id);
            if (!inPlan.TryGetValue(c.Id, out var p))
            {
                found.Add(new PlanDifference("PLAN-D01", c.Id, ("Id", c.Id), ("What", c.What)));
                continue;
            }

            Compare(found, c.Id, "Who", p.Who, c.Who);
            Compare(found, c.Id, "What", p.What, c.What);
            Compare(found, c.Id, "When", Iso(p.When), Iso(c.When));
            Compare(found, c.Id, "IsSupport", p.IsSupport ? "true" : "false", c.IsSupport ? "true" : "false");
        }

        foreach (var p in plan.Agreements.Where(a => !inConversation.Contains(a.Id)))
        {
            found.Add(new PlanDifference("PLAN-D02", p.Id, ("Id", p.Id), ("What", p.What)));
        }

        Needs(found, "PLAN-D05", plan.EmployeeNeeds, conversation.EmployeeNeeds);
        Needs(found, "PLAN-D06", plan.OrganisationNeeds, conversation.OrganisationNeeds);
        Stage(found, ConversationRole.Employee, plan.EmployeeStage, conversation.EmployeeStage);
        Stage(found, ConversationRole.Manager, plan.ManagerStage, conversation.ManagerStage);

        return new PlanDrift(found.ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => IsEmpty ? "PLAN-D00: " + TextCatalog.Default.Format("PLAN-D00", CultureInfo.GetCultureInfo("en")) : string.Join("; ", differences.Select(d => d.ToString()));

    /// <summary>Describes the drift in one text per difference, or the one line <c>PLAN-D00</c> (no differences) when empty.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The descriptions, in the order of <see cref="Differences"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public IReadOnlyList<string> Describe(CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        return IsEmpty
            ? new[] { (texts ?? TextCatalog.Default).Format("PLAN-D00", culture) }
            : differences.Select(d => d.Message(culture, texts)).ToArray();
    }

    private static void Compare(List<PlanDifference> found, string id, string field, string plan, string conversation)
    {
        if (!string.Equals(plan, conversation, StringComparison.Ordinal))
        {
            found.Add(new PlanDifference("PLAN-D03", id, ("Id", id), ("Field", field), ("Plan", plan), ("Conversation", conversation)));
        }
    }

    private static void Needs(List<PlanDifference> found, string code, IReadOnlyList<string> plan, IReadOnlyList<string> conversation)
    {
        if (!plan.SequenceEqual(conversation, StringComparer.Ordinal))
        {
            found.Add(new PlanDifference(code, null, ("Plan", string.Join("; ", plan)), ("Conversation", string.Join("; ", conversation))));
        }
    }

    private static void Stage(List<PlanDifference> found, ConversationRole role, DevelopmentStage? plan, DevelopmentStage? conversation)
    {
        if (plan != conversation)
        {
            found.Add(new PlanDifference("PLAN-D07", null, ("Role", role.ToString()), ("Plan", plan?.ToString() ?? "-"), ("Conversation", conversation?.ToString() ?? "-")));
        }
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}

/// <summary>One difference between a plan and its conversation: a stable code (<c>PLAN-D01</c> … <c>PLAN-D07</c>) and the values its message names.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PlanDifference
{
    private readonly Dictionary<string, string> arguments;

    internal PlanDifference(string code, string? agreementId, params (string Name, string Value)[] arguments)
    {
        Code = code;
        AgreementId = agreementId;
        this.arguments = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
    }

    /// <summary>Gets the difference's stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the agreement it concerns, or null for the conversation id, the needs and the stage.</summary>
    public string? AgreementId { get; }

    /// <summary>Gets the values the message names (<c>Id</c>, <c>Field</c>, <c>Plan</c>, <c>Conversation</c> …).</summary>
    public IReadOnlyDictionary<string, string> Arguments => ReadOnly.View(arguments);

    /// <summary>Gets the localised description.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Message(CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        texts ??= TextCatalog.Default;
        var named = new Dictionary<string, string>(arguments, StringComparer.Ordinal);
        if (arguments.TryGetValue("Field", out var field))
        {
            named["Field"] = texts.Format("AGREEMENT.FIELD." + field, culture);
        }

        if (Code == "PLAN-D07")
        {
            named["Role"] = texts.Format("ROLE." + arguments["Role"], culture);
            foreach (var side in new[] { "Plan", "Conversation" })
            {
                named[side] = arguments[side] == "-" ? texts.Format("PLAN-D07.none", culture) : texts.Format("STAGE." + arguments[side] + ".name", culture);
            }
        }

        return texts.Format(Code, culture, named);
    }

    /// <inheritdoc />
    public override string ToString() => Code + ": " + Message(CultureInfo.GetCultureInfo("en"));
}
