namespace Pop.Core.Analyzers;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

/// <summary>
/// POP0003: the wall clock (<c>DateTime.Now</c>, <c>DateTimeOffset.UtcNow</c>, <c>SystemClock.Instance</c>, …)
/// flows into a Pop.Core API, where an injected NodaTime <c>IClock</c> belongs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WallClockAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.WallClockInDomainCode,
        title: "Wall clock in domain code",
        messageFormat: "'{0}' flows into Pop.Core's '{1}'; pass an injected NodaTime IClock instead",
        category: RuleIdentifiers.CategoryTime,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Pop.Core takes time from an injected IClock so that it can be tested and so that every part of a host agrees on 'now'. Reading the wall clock where a Pop.Core API is called hides that dependency.",
        helpLinkUri: RuleIdentifiers.HelpLink(RuleIdentifiers.WallClockInDomainCode));

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var clockSymbols = WallClockSymbols.Create(start.Compilation);
            if (clockSymbols is null)
            {
                return;
            }

            var popCore = start.Compilation.AssemblyName == "Pop.Core"
                ? start.Compilation.Assembly
                : start.Compilation.GetTypeByMetadataName("Pop.Core.SmartGoalTextAttribute")?.ContainingAssembly;
            if (popCore is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeArgument(c, clockSymbols, popCore), OperationKind.Argument);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, WallClockSymbols symbols, IAssemblySymbol popCore)
    {
        var argument = (IArgumentOperation)context.Operation;
        IMethodSymbol? target = argument.Parameter?.ContainingSymbol as IMethodSymbol;
        if (target is null || !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, popCore))
        {
            return;
        }

        foreach (var operation in argument.Value.DescendantsAndSelf())
        {
            if (operation is IPropertyReferenceOperation property && symbols.IsWallClock(property.Property))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    property.Syntax.GetLocation(),
                    property.Property.ContainingType.Name + "." + property.Property.Name,
                    target.MethodKind == MethodKind.Constructor ? target.ContainingType.Name : target.ContainingType.Name + "." + target.Name));
            }
        }
    }

    /// <summary>The wall-clock properties, resolved once per compilation.</summary>
    internal sealed class WallClockSymbols
    {
        private readonly INamedTypeSymbol? dateTime;
        private readonly INamedTypeSymbol? dateTimeOffset;
        private readonly INamedTypeSymbol? systemClock;

        private WallClockSymbols(INamedTypeSymbol? dateTime, INamedTypeSymbol? dateTimeOffset, INamedTypeSymbol? systemClock)
        {
            this.dateTime = dateTime;
            this.dateTimeOffset = dateTimeOffset;
            this.systemClock = systemClock;
        }

        public static WallClockSymbols? Create(Compilation compilation)
        {
            // Nothing to do in a compilation that does not reference Pop.Core.
            bool referencesPop = compilation.AssemblyName == "Pop.Core";
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                referencesPop |= assembly.Name == "Pop.Core";
            }

            if (!referencesPop)
            {
                return null;
            }

            return new WallClockSymbols(
                compilation.GetSpecialType(SpecialType.System_DateTime),
                compilation.GetTypeByMetadataName("System.DateTimeOffset"),
                compilation.GetTypeByMetadataName("NodaTime.SystemClock"));
        }

        public bool IsWallClock(IPropertySymbol property)
        {
            if (!property.IsStatic)
            {
                return false;
            }

            var type = property.ContainingType;
            if (SymbolEqualityComparer.Default.Equals(type, dateTime))
            {
                return property.Name is "Now" or "UtcNow" or "Today";
            }

            if (SymbolEqualityComparer.Default.Equals(type, dateTimeOffset))
            {
                return property.Name is "Now" or "UtcNow";
            }

            return SymbolEqualityComparer.Default.Equals(type, systemClock) && property.Name == "Instance";
        }
    }
}
