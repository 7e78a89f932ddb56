namespace Pop.Core.Analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

/// <summary>POP0005: a <c>switch</c> statement over <c>Quadrant</c> (or <c>AmbitionVerdict</c>) misses a case and has no default.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QuadrantSwitchAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.QuadrantNotHandled,
        title: "Quadrant not handled",
        messageFormat: "The switch over {0} handles no case for {1} and has no default",
        category: RuleIdentifiers.CategoryUsage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every quadrant needs its own approach; a switch that skips one silently gives some employees no strategy at all.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.QuadrantNotHandled));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var enums = new[] { "Pop.Core.Strategies.Quadrant", "Pop.Core.Strategies.AmbitionVerdict" }
                .Select(start.Compilation.GetTypeByMetadataName)
                .Where(t => t is not null)
                .Cast<INamedTypeSymbol>()
                .ToImmutableArray();
            if (enums.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, enums), OperationKind.Switch);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> enums)
    {
        var op = (ISwitchOperation)context.Operation;
        var type = op.Value.Type;
        if (type is null || !enums.Any(e => SymbolEqualityComparer.Default.Equals(e, type)))
        {
            return;
        }

        var handled = new HashSet<object>();
        foreach (var section in op.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        return;
                    case ISingleValueCaseClauseOperation single when single.Value.ConstantValue.HasValue && single.Value.ConstantValue.Value is { } v:
                        handled.Add(v);
                        break;
                    case IPatternCaseClauseOperation { Pattern: IConstantPatternOperation constant } when constant.Value.ConstantValue.Value is { } pv:
                        handled.Add(pv);
                        break;
                    case IPatternCaseClauseOperation:
                        return; // a non-constant pattern may cover anything: do not guess
                }
            }
        }

        var missing = ((INamedTypeSymbol)type).GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is { } value && !handled.Contains(value))
            .Select(f => f.Name)
            .ToArray();
        if (missing.Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, op.Syntax.GetFirstToken().GetLocation(), type.Name, string.Join(", ", missing)));
        }
    }
}
