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
        if (statement.Operation is not IInvocationOperation invocation)
        {
            return;
        }

        var method = invocation.TargetMethod;
        // Symbols before strings: two reference comparisons decide almost every statement.
        if (method.ReturnsVoid || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, popCore) || !SymbolEqualityComparer.Default.Equals(method.ReturnType.ContainingAssembly, popCore))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, invocation.Syntax.GetLocation(), method.ReturnType.Name, method.ContainingType.Name + "." + method.Name));
    }
}
