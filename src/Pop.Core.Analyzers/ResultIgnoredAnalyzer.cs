namespace Pop.Core.Analyzers;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

/// <summary>
/// POP0002: the result of a Pop.Core call is thrown away. Every Pop.Core type is immutable, so a
/// command, a validation or a <c>With…</c> that is not used did nothing at all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResultIgnoredAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.ResultIgnored,
        title: "Result ignored",
        messageFormat: "The {0} returned by '{1}' is discarded; Pop.Core types are immutable, so nothing changed",
        category: RuleIdentifiers.CategoryUsage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Conversation commands return the new state or a rejection, validators return a report, With-methods return a new instance. Discarding the result loses the change and hides a rejection.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.ResultIgnored));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Pop.Core.SmartGoalTextAttribute")?.ContainingAssembly is not { } popCore)
            {
                return; // Pop.Core not referenced
            }

            start.RegisterOperationAction(c => Analyze(c, popCore), OperationKind.ExpressionStatement);
        });
    }

    private static void Analyze(OperationAnalysisContext context, IAssemblySymbol popCore)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        // plan?.AddGoal(g); and a?.B?.C(): the call is the innermost WhenNotNull. The whole expression
        // is reported; the code fix offers nothing there, because 'plan = plan?.AddGoal(g).Plan' would
        // turn a null plan into a null-typed assignment the author has to think about.
        var operation = statement.Operation;
        while (operation is IConditionalAccessOperation conditional)
        {
            operation = conditional.WhenNotNull;
        }

        if (operation is not IInvocationOperation invocation)
        {
            return;
        }

        var method = invocation.TargetMethod;
        // Symbols before strings: two reference comparisons decide almost every statement.
        if (method.ReturnsVoid || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, popCore) || !SymbolEqualityComparer.Default.Equals(method.ReturnType.ContainingAssembly, popCore))
        {
            return;
        }

        // A static call has no receiver whose change could be lost: Conversation.Replay(events) or
        // ConversationJson.Deserialize(json) on its own is run for the exception it throws on bad
        // input (validation). Only a static call returning a result that can carry a rejection
        // instead of throwing (Conversation.Schedule, DevelopmentPlan.FromConversation) is reported.
        if (method.IsStatic && !CarriesRejection(method.ReturnType))
        {
            return;
        }

        var location = statement.Operation is IConditionalAccessOperation ? statement.Operation.Syntax.GetLocation() : invocation.Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Rule, location, method.ReturnType.Name, method.ContainingType.Name + "." + method.Name));
    }

    /// <summary>ConversationResult, PlanResult and CyclePlanResult: a bool <c>IsAccepted</c> beside a <c>Rejection</c>.</summary>
    private static bool CarriesRejection(ITypeSymbol type)
    {
        bool accepted = false, rejection = false;
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } property)
            {
                accepted |= property.Name == "IsAccepted" && property.Type.SpecialType == SpecialType.System_Boolean;
                rejection |= property.Name == "Rejection";
            }
        }

        return accepted && rejection;
    }
}
