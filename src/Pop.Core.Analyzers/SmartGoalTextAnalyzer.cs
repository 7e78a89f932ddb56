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
            start.RegisterOperationAction(c => AnalyzeAssignment(c, attribute), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
            start.RegisterOperationAction(c => AnalyzeDeconstruction(c, attribute), OperationKind.DeconstructionAssignment);
            start.RegisterOperationAction(c => AnalyzePropertyInitializer(c, attribute), OperationKind.PropertyInitializer);
            start.RegisterOperationAction(c => AnalyzeParameterInitializer(c, attribute), OperationKind.ParameterInitializer);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var argument = (IArgumentOperation)context.Operation;
        // An omitted argument takes the parameter's default: that constant is judged once, at the
        // declaration (AnalyzeParameterInitializer), not again at every call.
        if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && IsGoalText(parameter, attribute))
        {
            Check(context, argument.Value);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        // Both '=' and '??=' put the whole value into the target.
        var assignment = (IAssignmentOperation)context.Operation;
        if (IsGoalTextTarget(assignment.Target, attribute))
        {
            Check(context, assignment.Value);
        }
    }

    private static void AnalyzeDeconstruction(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var assignment = (IDeconstructionAssignmentOperation)context.Operation;
        CheckDeconstruction(context, assignment.Target, assignment.Value, attribute);
    }

    /// <summary>Pairs a tuple of targets with a tuple literal, element by element, nested tuples included.</summary>
    private static void CheckDeconstruction(OperationAnalysisContext context, IOperation target, IOperation value, INamedTypeSymbol attribute)
    {
        if (target is ITupleOperation targets)
        {
            // Only a tuple literal on the right can hold constants; a tuple-typed value (a call, a local) cannot.
            if (WithoutConversions(value) is ITupleOperation values && values.Elements.Length == targets.Elements.Length)
            {
                for (int i = 0; i < targets.Elements.Length; i++)
                {
                    CheckDeconstruction(context, targets.Elements[i], values.Elements[i], attribute);
                }
            }

            return;
        }

        if (IsGoalTextTarget(target, attribute))
        {
            Check(context, value);
        }
    }

    private static void AnalyzePropertyInitializer(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            if (HasAttribute(property.GetAttributes(), attribute))
            {
                Check(context, initializer.Value);
                return;
            }
        }
    }

    private static void AnalyzeParameterInitializer(OperationAnalysisContext context, INamedTypeSymbol attribute)
    {
        var initializer = (IParameterInitializerOperation)context.Operation;
        if (IsGoalText(initializer.Parameter, attribute))
        {
            Check(context, initializer.Value);
        }
    }

    private static bool IsGoalTextTarget(IOperation target, INamedTypeSymbol attribute) =>
        target is IPropertyReferenceOperation property && HasAttribute(property.Property.GetAttributes(), attribute);

    /// <summary>
    /// The parameter is marked, or it is a positional record parameter whose property is marked
    /// (<c>record Goal([property: SmartGoalText] string Text)</c>): the attribute then sits only on the
    /// property, but the constructor argument is what fills it.
    /// </summary>
    private static bool IsGoalText(IParameterSymbol parameter, INamedTypeSymbol attribute)
    {
        if (HasAttribute(parameter.GetAttributes(), attribute))
        {
            return true;
        }

        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            || constructor.ContainingType is not { IsRecord: true } record
            || !IsPrimaryConstructor(constructor))
        {
            return false;
        }

        foreach (var member in record.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property
                && SymbolEqualityComparer.Default.Equals(property.Type, parameter.Type)
                && HasAttribute(property.GetAttributes(), attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In source, the positional constructor is declared by the record declaration itself. A record
    /// from metadata has no syntax left: any constructor whose parameter shares a marked property's
    /// name and type is taken to fill it, which is what a positional record's constructor does.
    /// </summary>
    private static bool IsPrimaryConstructor(IMethodSymbol constructor)
    {
        if (constructor.DeclaringSyntaxReferences.IsEmpty)
        {
            return true;
        }

        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation WithoutConversions(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
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
        // An empty or blank constant is a placeholder ("not filled in yet"), not a vague goal; the
        // validator reports an empty goal as missing its "what" at run time.
        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        // nameof(X) is a constant, but it names a symbol; it is not goal text. A concatenation that
        // adds words to it is prose and is judged.
        if (WithoutConversions(value) is INameOfOperation)
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
