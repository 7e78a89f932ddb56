namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Internal;

/// <summary>
/// One phase of a conversation model: what may happen in it, who speaks first, and the codes of
/// its guidance texts (purpose, questions to ask, what to avoid) in the <see cref="Texts.TextCatalog"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationPhase
{
    /// <summary>Initializes a new instance of the <see cref="ConversationPhase"/> class.</summary>
    /// <param name="id">A stable id, unique in its model (<c>listen</c>).</param>
    /// <param name="topics">What may happen in the phase.</param>
    /// <param name="speaksFirst">Who speaks first.</param>
    /// <param name="nameCode">The text code of the phase's name.</param>
    /// <param name="purposeCode">The text code of its purpose.</param>
    /// <param name="questionCodes">The text codes of questions to ask.</param>
    /// <param name="avoidCodes">The text codes of what to avoid.</param>
    /// <param name="listensToEmployee">Whether the manager listens without reacting in substance (a guidance warning otherwise).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id or code is empty, or <paramref name="topics"/> is <see cref="PhaseTopics.None"/>.</exception>
    public ConversationPhase(string id, PhaseTopics topics, ConversationRole speaksFirst, string nameCode, string purposeCode, IEnumerable<string> questionCodes, IEnumerable<string> avoidCodes, bool listensToEmployee = false)
    {
        Id = Guard.Against.NullOrWhiteSpace(id, nameof(id));
        if (topics == PhaseTopics.None)
        {
            throw new ArgumentException($"Phase '{id}' must allow at least one topic.", nameof(topics));
        }

        Topics = topics;
        SpeaksFirst = Guard.Against.EnumOutOfRange(speaksFirst, nameof(speaksFirst));
        NameCode = Guard.Against.NullOrWhiteSpace(nameCode, nameof(nameCode));
        PurposeCode = Guard.Against.NullOrWhiteSpace(purposeCode, nameof(purposeCode));
        QuestionCodes = ReadOnly.Of(Guard.Against.Null(questionCodes, nameof(questionCodes)).ToArray());
        AvoidCodes = ReadOnly.Of(Guard.Against.Null(avoidCodes, nameof(avoidCodes)).ToArray());
        ListensToEmployee = listensToEmployee;
    }

    /// <summary>Gets the phase's id.</summary>
    public string Id { get; }

    /// <summary>Gets what may happen in the phase.</summary>
    public PhaseTopics Topics { get; }

    /// <summary>Gets who speaks first.</summary>
    public ConversationRole SpeaksFirst { get; }

    /// <summary>Gets the text code of the name.</summary>
    public string NameCode { get; }

    /// <summary>Gets the text code of the purpose.</summary>
    public string PurposeCode { get; }

    /// <summary>Gets the text codes of the questions to ask.</summary>
    public IReadOnlyList<string> QuestionCodes { get; }

    /// <summary>Gets the text codes of what to avoid.</summary>
    public IReadOnlyList<string> AvoidCodes { get; }

    /// <summary>Gets a value indicating whether the manager listens without reacting in substance in this phase.</summary>
    public bool ListensToEmployee { get; }

    /// <summary>Gets whether the phase allows <paramref name="topic"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>True when allowed.</returns>
    public bool Allows(PhaseTopics topic) => (Topics & topic) == topic;

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Topics})";
}
