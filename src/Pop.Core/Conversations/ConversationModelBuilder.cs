namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Conversations.Rules;
using Pop.Core.Texts;

/// <summary>
/// Builds a vendor-defined conversation model. <see cref="Build"/> refuses a model that breaks the
/// cross-model rules and lists every violation: agreements before both sides' needs (MODEL-04), no
/// closing evaluation (MODEL-05), no next appointment (MODEL-06), the previous plan not evaluated
/// first (MODEL-07), no agreements at all (MODEL-03), duplicate ids (MODEL-02), no phases (MODEL-01),
/// texts missing from the catalogue (MODEL-08).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe: every Add returns a new builder.</threadsafety>
public sealed class ConversationModelBuilder
{
    private readonly ConversationPhase[] phases;

    /// <summary>Initializes a new instance of the <see cref="ConversationModelBuilder"/> class.</summary>
    /// <param name="id">The model's id.</param>
    /// <param name="nameCode">The text code of the model's name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty.</exception>
    public ConversationModelBuilder(string id, string nameCode)
        : this(Guard.Against.NullOrWhiteSpace(id, nameof(id)), Guard.Against.NullOrWhiteSpace(nameCode, nameof(nameCode)), Array.Empty<ConversationPhase>())
    {
    }

    private ConversationModelBuilder(string id, string nameCode, ConversationPhase[] phases)
    {
        Id = id;
        NameCode = nameCode;
        this.phases = phases;
    }

    /// <summary>Gets the model's id.</summary>
    public string Id { get; }

    /// <summary>Gets the text code of the model's name.</summary>
    public string NameCode { get; }

    /// <summary>Returns a builder with <paramref name="phase"/> added at the end.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>A new builder; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public ConversationModelBuilder AddPhase(ConversationPhase phase)
    {
        Guard.Against.Null(phase, nameof(phase));
        return new ConversationModelBuilder(Id, NameCode, phases.Append(phase).ToArray());
    }

    /// <summary>Lists every rule the model as built so far breaks (empty when it is valid).</summary>
    /// <param name="texts">The catalogue its texts must exist in; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The violations.</returns>
    public IReadOnlyList<ModelViolation> Violations(TextCatalog? texts = null)
    {
        var list = ModelRules.Check(phases.Select(p => new KeyValuePair<string, int>(p.Id, (int)p.Topics)).ToArray())
            .Select(v => new ModelViolation(v.Key, v.Value))
            .ToList();
        var catalog = texts ?? TextCatalog.Default;
        var missing = new[] { NameCode }.Concat(phases.SelectMany(p => new[] { p.NameCode, p.PurposeCode }.Concat(p.QuestionCodes).Concat(p.AvoidCodes)))
            .Where(c => !catalog.Contains(c)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            list.Add(new ModelViolation("MODEL-08", "Text codes without a text: " + string.Join(", ", missing) + "."));
        }

        return list;
    }

    /// <summary>Builds the model.</summary>
    /// <param name="texts">The catalogue its texts must exist in; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidConversationModelException">The model breaks one or more rules; all are listed.</exception>
    public ConversationModel Build(TextCatalog? texts = null)
    {
        var violations = Violations(texts);
        return violations.Count > 0
            ? throw new InvalidConversationModelException(Id, violations)
            : new ConversationModel(Id, NameCode, phases);
    }
}
