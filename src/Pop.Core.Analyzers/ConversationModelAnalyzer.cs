namespace Pop.Core.Analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Pop.Core.Conversations.Rules;

/// <summary>
/// POP0004: a conversation model built in code from constant phases breaks the cross-model rules —
/// the same rules <c>ConversationModelBuilder.Build</c> enforces at run time (its check is compiled
/// into this assembly).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConversationModelAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.InvalidConversationModel,
        title: "Invalid conversation model",
        messageFormat: "Conversation model '{0}' breaks the cross-model rules: {1}",
        category: RuleIdentifiers.CategoryConversations,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A POP conversation hears both sides' needs before agreements, evaluates the previous plan first, plans what follows and closes with an evaluation. A model that breaks this throws at run time; here it fails the build.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.InvalidConversationModel));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var builder = start.Compilation.GetTypeByMetadataName("Pop.Core.Conversations.ConversationModelBuilder");
            var phase = start.Compilation.GetTypeByMetadataName("Pop.Core.Conversations.ConversationPhase");
            if (builder is null || phase is null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, builder, phase), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol builder, INamedTypeSymbol phaseType)
    {
        var build = (IInvocationOperation)context.Operation;
        if (build.TargetMethod.Name != "Build" || !SymbolEqualityComparer.Default.Equals(build.TargetMethod.ContainingType, builder))
        {
            return;
        }

        // Walk back: Build() ← AddPhase(new ConversationPhase(...)) ← … ← new ConversationModelBuilder("id", …)
        var phases = new List<KeyValuePair<string, int>>();
        IOperation? receiver = build.Instance;
        while (receiver is IInvocationOperation add && add.TargetMethod.Name == "AddPhase" && SymbolEqualityComparer.Default.Equals(add.TargetMethod.ContainingType, builder))
        {
            if (add.Arguments.Length != 1 || Unwrap(add.Arguments[0].Value) is not IObjectCreationOperation creation
                || !SymbolEqualityComparer.Default.Equals(creation.Type, phaseType) || !ConstantPhase(creation, out var id, out var topics))
            {
                return; // not all constant: the run-time builder will judge it
            }

            phases.Insert(0, new KeyValuePair<string, int>(id, topics));
            receiver = add.Instance;
        }

        if (Unwrap(receiver) is not IObjectCreationOperation root || !SymbolEqualityComparer.Default.Equals(root.Type, builder)
            || root.Arguments.Length < 1 || root.Arguments[0].Value.ConstantValue.Value is not string modelId)
        {
            return;
        }

        var violations = ModelRules.Check(phases);
        if (violations.Count == 0)
        {
            return;
        }

        var parts = new List<string>(violations.Count);
        foreach (var v in violations)
        {
            parts.Add(v.Key + " " + v.Value);
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, build.Syntax.GetLocation(), modelId, string.Join(" ", parts)));
    }

    private static IOperation? Unwrap(IOperation? operation) =>
        operation is IConversionOperation conversion ? conversion.Operand : operation;

    private static bool ConstantPhase(IObjectCreationOperation creation, out string id, out int topics)
    {
        id = string.Empty;
        topics = 0;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "id" when argument.Value.ConstantValue.Value is string text:
                    id = text;
                    break;
                case "id":
                    return false;
                case "topics" when argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is int value:
                    topics = value;
                    break;
                case "topics":
                    return false;
            }
        }

        return id.Length > 0;
    }
}
