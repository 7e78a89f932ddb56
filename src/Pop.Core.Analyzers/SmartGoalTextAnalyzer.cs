namespace Pop.Core.Analyzers;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Pop.Core.Smart.Text;

/// <summary>
/// POP0001: a compile-time constant goal text, passed to a parameter or assigned to a property marked
/// <c>[SmartGoalText]</c>, is not specific, measurable or time-bound. Runs the same free-text engine
/// as <c>SmartValidator</c> (its source is compiled into this assembly).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SmartGoalTextAnalyzer : DiagnosticAnalyzer
{
    internal const string ReferenceDateOption = "pop_smart_reference_date";
    internal const string CultureOption = "pop_smart_culture";

    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.GoalTextNotSmart,
        title: "Goal text is not SMART",
        messageFormat: "Goal is {0}: '{1}'",
        category: RuleIdentifiers.CategoryGoals,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A development goal must say what exactly will be done, how anyone can check it happened, and by when. The text is judged by the same rules as Pop.Core's SmartValidator.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.GoalTextNotSmart));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName("Pop.Core.SmartGoalTextAttribute");
            if (attribute is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeArgument(c, attribute), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, attribute), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is { } parameter && HasAttribute(parameter.GetAttributes(), attribute))
        {
            Check(context, argument.Value);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation target && HasAttribute(target.Property.GetAttributes(), attribute))
        {
            Check(context, assignment.Value);
        }
    }

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, INamedTypeSymbol attribute)
    {
        foreach (var a in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(OperationAnalysisContext context, IOperation value)
    {
        // Only compile-time constants: literals, const fields, constant concatenations and interpolations.
        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text)
        {
            return;
        }

        var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(value.Syntax.SyntaxTree);
        var reference = ReferenceDate(options);
        TextLanguage? language = null;
        if (options.TryGetValue(CultureOption, out var culture))
        {
            language = culture.Trim().ToLowerInvariant() switch
            {
                "nl" or "nl-nl" or "nl-be" => TextLanguage.Dutch,
                "en" or "en-gb" or "en-us" => TextLanguage.English,
                _ => null,
            };
        }

        var verdict = GoalTextEngine.Analyze(text, reference, language, false, GoalTextEngine.DefaultLexicon);
        var missing = new List<string>(3);
        if (!verdict.Specific)
        {
            missing.Add("not specific");
        }

        if (!verdict.Measurable)
        {
            missing.Add("not measurable");
        }

        if (!verdict.TimeBound)
        {
            missing.Add("not time-bound");
        }

        if (missing.Count == 0)
        {
            return;
        }

        string what = missing.Count == 1 ? missing[0] : string.Join(", ", missing.GetRange(0, missing.Count - 1)) + " and " + missing[missing.Count - 1];
        string shown = text.Length > 80 ? text.Substring(0, 77) + "..." : text;
        context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), what, shown));
    }

    /// <summary>The build's date, or the .editorconfig option <c>pop_smart_reference_date</c> (YYYY-MM-DD).</summary>
    private static CalendarDay ReferenceDate(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue(ReferenceDateOption, out var text)
            && DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var configured)
            && configured.Year is >= 1900 and <= 2999)
        {
            return new CalendarDay(configured.Year, configured.Month, configured.Day);
        }

        var today = DateTime.UtcNow.Date; // the build's date: an analyzer has no injected clock
        return new CalendarDay(today.Year, today.Month, today.Day);
    }
}
