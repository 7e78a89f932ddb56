namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Texts;

/// <summary>The topics catalogue and the preparation questions per role, localised.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationGuide
{
    /// <summary>Initializes a new instance of the <see cref="ConversationGuide"/> class.</summary>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    public ConversationGuide(TextCatalog? texts = null)
    {
        Texts = texts ?? TextCatalog.Default;
    }

    /// <summary>Gets the guide with the built-in texts.</summary>
    public static ConversationGuide Default { get; } = new();

    /// <summary>Gets the texts in use.</summary>
    public TextCatalog Texts { get; }

    /// <summary>Gets a topic's name and suggested questions.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The name, then the questions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is undefined.</exception>
    public KeyValuePair<string, IReadOnlyList<string>> Topic(ConversationTopic topic, CultureInfo culture)
    {
        Guard.Against.EnumOutOfRange(topic, nameof(topic));
        Guard.Against.Null(culture, nameof(culture));
        string p = "TOPIC." + topic + ".";
        IReadOnlyList<string> questions = new[] { Texts.Format(p + "question.1", culture), Texts.Format(p + "question.2", culture) };
        return new KeyValuePair<string, IReadOnlyList<string>>(Texts.Format(p + "name", culture), questions);
    }

    /// <summary>Gets the questions one role answers to prepare (employee or manager).</summary>
    /// <param name="role">The employee or the manager.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The questions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is neither the employee nor the manager.</exception>
    public IReadOnlyList<string> PreparationQuestions(ConversationRole role, CultureInfo culture)
    {
        Guard.Against.Null(culture, nameof(culture));
        if (role is not (ConversationRole.Employee or ConversationRole.Manager))
        {
            throw new ArgumentException($"Preparation questions exist for the employee and the manager, not for {role}.", nameof(role));
        }

        return Enumerable.Range(1, 5).Select(i => Texts.Format($"PREPARE.{role}.{i}", culture)).ToArray();
    }
}
