namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Pop.Core.Texts;
using Pop.Core.Internal;

/// <summary>
/// A named, ordered set of phases. Three ship with Pop.Core — <see cref="FiveSteps"/>,
/// <see cref="EightSteps"/> and <see cref="ThreeSteps"/> — and vendors define their own with
/// <see cref="ConversationModelBuilder"/>; every model keeps the cross-model rules.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ConversationModel
{
    private readonly ConversationPhase[] phases;

    internal ConversationModel(string id, string nameCode, ConversationPhase[] phases)
    {
        Id = id;
        NameCode = nameCode;
        this.phases = phases;
    }

    /// <summary>Gets the five-step model: prepare, open, listen, explore options, summarise SMART.</summary>
    public static ConversationModel FiveSteps { get; } = BuiltIn.FiveSteps();

    /// <summary>Gets the eight-step model: status, current state, employee's needs, organisation's needs, agreements, support, next appointment, evaluation.</summary>
    public static ConversationModel EightSteps { get; } = BuiltIn.EightSteps();

    /// <summary>Gets the three-step model: prepare, the conversation, record SMART.</summary>
    public static ConversationModel ThreeSteps { get; } = BuiltIn.ThreeSteps();

    /// <summary>Gets the built-in models.</summary>
    public static IReadOnlyList<ConversationModel> BuiltInModels { get; } = new[] { FiveSteps, EightSteps, ThreeSteps };

    /// <summary>Gets the model's id.</summary>
    public string Id { get; }

    /// <summary>Gets the text code of the model's name.</summary>
    public string NameCode { get; }

    /// <summary>Gets the phases in order.</summary>
    public IReadOnlyList<ConversationPhase> Phases => ReadOnly.View(phases);

    /// <summary>Gets the index of the phase with <paramref name="phaseId"/>, or -1.</summary>
    /// <param name="phaseId">The phase id.</param>
    /// <returns>The index, or -1 when the model has no such phase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phaseId"/> is null.</exception>
    public int IndexOf(string phaseId)
    {
        Guard.Against.Null(phaseId, nameof(phaseId));
        return Array.FindIndex(phases, p => p.Id == phaseId);
    }

    /// <summary>Gets the model's name in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Name(CultureInfo culture, TextCatalog? texts = null) => (texts ?? TextCatalog.Default).Format(NameCode, Guard.Against.Null(culture, nameof(culture)));

    /// <summary>Gets the guidance for one phase in <paramref name="culture"/>.</summary>
    /// <param name="phaseIndex">The phase's index.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="texts">The texts; <see cref="TextCatalog.Default"/> when null.</param>
    /// <returns>The guidance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phaseIndex"/> is not a phase of this model.</exception>
    public PhaseGuidance Guidance(int phaseIndex, CultureInfo culture, TextCatalog? texts = null)
    {
        Guard.Against.Null(culture, nameof(culture));
        Guard.Against.OutOfRange(phaseIndex, nameof(phaseIndex), 0, phases.Length - 1);
        var t = texts ?? TextCatalog.Default;
        var p = phases[phaseIndex];
        return new PhaseGuidance(p, t.Format(p.NameCode, culture), t.Format(p.PurposeCode, culture), p.QuestionCodes.Select(c => t.Format(c, culture)).ToArray(), p.AvoidCodes.Select(c => t.Format(c, culture)).ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {string.Join(" → ", phases.Select(p => p.Id))}";

    private static class BuiltIn
    {
        private const PhaseTopics Prep = PhaseTopics.Preparation, Open = PhaseTopics.Opening, Agenda = PhaseTopics.Agenda, Review = PhaseTopics.PreviousPlanReview,
            State = PhaseTopics.CurrentState, Emp = PhaseTopics.EmployeeNeeds, Org = PhaseTopics.OrganisationNeeds, Options = PhaseTopics.Options,
            Agree = PhaseTopics.Agreements, Support = PhaseTopics.SupportAgreements, Next = PhaseTopics.NextAppointment, Eval = PhaseTopics.Evaluation;

        public static ConversationModel FiveSteps() => Build("five-steps", new[]
        {
            Phase("five-steps", "prepare", Prep | Agenda, ConversationRole.Manager),
            Phase("five-steps", "open", Open | Review | Agenda, ConversationRole.Manager),
            Phase("five-steps", "listen", State | Emp | Org, ConversationRole.Employee, listens: true),
            Phase("five-steps", "explore", Options, ConversationRole.Employee),
            Phase("five-steps", "summarise", Agree | Support | Next | Eval, ConversationRole.Manager),
        });

        public static ConversationModel EightSteps() => Build("eight-steps", new[]
        {
            Phase("eight-steps", "status", Open | Agenda | Review, ConversationRole.Manager),
            Phase("eight-steps", "current-state", State, ConversationRole.Employee, listens: true),
            Phase("eight-steps", "employee-needs", Emp, ConversationRole.Employee, listens: true),
            Phase("eight-steps", "organisation-needs", Org | Agenda, ConversationRole.Manager),
            Phase("eight-steps", "agreements", Options | Agree, ConversationRole.Employee),
            Phase("eight-steps", "support", Support, ConversationRole.Manager),
            Phase("eight-steps", "next-appointment", Next, ConversationRole.Manager),
            Phase("eight-steps", "evaluation", Eval, ConversationRole.Employee),
        });

        public static ConversationModel ThreeSteps() => Build("three-steps", new[]
        {
            Phase("three-steps", "prepare", Prep | Agenda, ConversationRole.Employee),
            Phase("three-steps", "conversation", Review | State | Emp | Org | Options, ConversationRole.Employee, listens: true),
            Phase("three-steps", "record", Agree | Support | Next | Eval, ConversationRole.Manager),
        });

        private static ConversationModel Build(string id, ConversationPhase[] phases)
        {
            var builder = new ConversationModelBuilder(id, "MODEL." + id + ".name");
            foreach (var p in phases)
            {
                builder = builder.AddPhase(p);
            }

            return builder.Build();
        }

        private static ConversationPhase Phase(string model, string id, PhaseTopics topics, ConversationRole first, bool listens = false)
        {
            string p = "PHASE." + model + "." + id + ".";
            return new ConversationPhase(id, topics, first, p + "name", p + "purpose", new[] { p + "question.1", p + "question.2" }, new[] { p + "avoid" }, listens);
        }
    }
}
