namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Texts;

/// <summary>The topics catalogue, the preparation questions per role and the guidance on the development stage, localised.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationGuide
{
    // The stable codes of the preparation questions, in the order they are asked: "PREPARE.<role>.<name>".
    private static readonly string[] EmployeeQuestions =
    {
        "going-well", "strengths", "strengths-used", "improve", "stage", "room-in-role", "grown", "other-work", "ambition", "learn", "actions", "needs", "from-manager", "points",
    };

    private static readonly string[] ManagerQuestions =
    {
        "staffing", "department-strengths", "department-weaknesses", "opportunities", "threats", "two-years", "qualities", "stage", "same-questions", "growth", "previous", "offer", "assessment", "points",
    };

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

    /// <summary>
    /// Gets the questions one role answers to prepare. The employee's cover what goes well and what
    /// could be better, their strengths and whether the role uses them, their development stage, what
    /// they want to learn, their ambitions, the concrete actions that would help and what they need from
    /// their manager; the manager's cover the picture of the department (staffing, strengths, weaknesses,
    /// opportunities, threats, two years out), the employee's qualities, stage and chances to grow, and
    /// what the manager can offer. Each text has a stable code <c>PREPARE.&lt;role&gt;.&lt;name&gt;</c>
    /// (<c>PREPARE.Employee.stage</c>, …) that a host may override in its <see cref="TextCatalog"/>.
    /// </summary>
    /// <param name="role">The employee or the manager.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The questions, in the order to ask them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is neither the employee nor the manager.</exception>
    public IReadOnlyList<string> PreparationQuestions(ConversationRole role, CultureInfo culture)
    {
        Guard.Against.Null(culture, nameof(culture));
        string[] names = role switch
        {
            ConversationRole.Employee => EmployeeQuestions,
            ConversationRole.Manager => ManagerQuestions,
            _ => throw new ArgumentException($"Preparation questions exist for the employee and the manager, not for {role}.", nameof(role)),
        };

        return names.Select(name => Texts.Format($"PREPARE.{role}.{name}", culture)).ToArray();
    }

    /// <summary>Gets what a development stage means and what it asks of the development plan and of the manager.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The stage's guidance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stage"/> is not a defined <see cref="DevelopmentStage"/>.</exception>
    public StageGuidance Stage(DevelopmentStage stage, CultureInfo culture)
    {
        Guard.Against.EnumOutOfRange(stage, nameof(stage));
        Guard.Against.Null(culture, nameof(culture));
        string p = "STAGE." + stage + ".";
        return new StageGuidance(stage, Texts.Format(p + "name", culture), Texts.Format(p + "meaning", culture), Texts.Format(p + "plan", culture), Texts.Format(p + "manager", culture));
    }

    /// <summary>
    /// Gets what to do in the conversation with the two views of the development stage: when they agree,
    /// build on that stage; when they differ, talk about the difference before choosing goals, with
    /// concrete examples from both sides, and agree which stage the plan starts from — with extra care
    /// when the views are two stages apart.
    /// </summary>
    /// <param name="comparison">The two views, from <see cref="Conversation.StageComparison"/> or <see cref="StageComparison.Of"/>.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The advice, in the order to follow it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<string> StageViews(StageComparison comparison, CultureInfo culture)
    {
        Guard.Against.Null(comparison, nameof(comparison));
        Guard.Against.Null(culture, nameof(culture));
        if (comparison.IsAligned)
        {
            return new[] { Texts.Format("STAGE-VIEWS.Aligned", culture) };
        }

        var advice = new List<string>(4)
        {
            Texts.Format("STAGE-VIEWS.differ", culture),
            Texts.Format("STAGE-VIEWS." + comparison.Direction, culture),
        };
        if (Math.Abs(comparison.Size) > 1)
        {
            advice.Add(Texts.Format("STAGE-VIEWS.wide", culture));
        }

        advice.Add(Texts.Format("STAGE-VIEWS.agree", culture));
        return advice.ToArray();
    }
}
