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
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0]; // a switch on Quadrant? must still handle every quadrant; null is not one
        }

        if (type is not INamedTypeSymbol enumType || !enums.Any(e => SymbolEqualityComparer.Default.Equals(e, enumType)))
        {
            return;
        }

        var members = enumType.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is not null)
            .ToArray();
        var all = new HashSet<object>(members.Select(f => f.ConstantValue!));
        var handled = new HashSet<object>();
        foreach (var section in op.Cases)
        {
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        return;
                    case IPatternCaseClauseOperation { Guard: not null }:
                        break; // a guarded case may not match: it handles nothing for certain
                    case ISingleValueCaseClauseOperation single:
                        if (Constant(single.Value) is not { } known)
                        {
                            return;
                        }

                        handled.UnionWith(known);
                        break;
                    case IPatternCaseClauseOperation pattern:
                        if (Matched(pattern.Pattern, enumType, all) is not { } matched)
                        {
                            return; // a pattern we cannot read may cover anything: do not guess
                        }

                        handled.UnionWith(matched);
                        break;
                    default:
                        return;
                }
            }
        }

        var missing = members
            .Where(f => !handled.Contains(f.ConstantValue!))
            .Select(f => f.Name)
            .ToArray();
        if (missing.Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, op.Syntax.GetFirstToken().GetLocation(), enumType.Name, string.Join(", ", missing)));
        }
    }

    /// <summary>The enum values a pattern surely matches, or <c>null</c> when the pattern is not understood.</summary>
    private static HashSet<object>? Matched(IPatternOperation pattern, INamedTypeSymbol enumType, HashSet<object> all)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return Constant(constant.Value);
            case IDiscardPatternOperation:
                return new HashSet<object>(all);
            case IDeclarationPatternOperation { MatchesNull: true }:
                return new HashSet<object>(all); // var x
            case IDeclarationPatternOperation declaration when SymbolEqualityComparer.Default.Equals(declaration.MatchedType, enumType):
                return new HashSet<object>(all); // Quadrant x: every non-null value
            case ITypePatternOperation typePattern when SymbolEqualityComparer.Default.Equals(typePattern.MatchedType, enumType):
                return new HashSet<object>(all);
            case IBinaryPatternOperation binary:
                var left = Matched(binary.LeftPattern, enumType, all);
                var right = Matched(binary.RightPattern, enumType, all);
                if (left is null || right is null)
                {
                    return null;
                }

                if (binary.OperatorKind == BinaryOperatorKind.Or)
                {
                    left.UnionWith(right);
                }
                else
                {
                    left.IntersectWith(right);
                }

                return left;
            case INegatedPatternOperation negated:
                if (Matched(negated.Pattern, enumType, all) is not { } inner)
                {
                    return null;
                }

                var rest = new HashSet<object>(all);
                rest.ExceptWith(inner);
                return rest;
            default:
                return null;
        }
    }

    /// <summary>The value of a constant case (<c>case null</c> matches no quadrant), or <c>null</c> when it is not constant.</summary>
    private static HashSet<object>? Constant(IOperation value)
    {
        while (value is IConversionOperation { ConstantValue.HasValue: false } conversion)
        {
            value = conversion.Operand; // Quadrant.HighPotential converted to Quadrant?
        }

        if (!value.ConstantValue.HasValue)
        {
            return null;
        }

        return value.ConstantValue.Value is { } v ? new HashSet<object> { v } : new HashSet<object>();
    }
}
