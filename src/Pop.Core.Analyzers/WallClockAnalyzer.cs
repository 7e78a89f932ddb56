namespace Pop.Core.Analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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

            start.RegisterOperationAction(c => AnalyzeRead(c, clockSymbols, popCore), OperationKind.PropertyReference);
        });
    }

    private static void AnalyzeRead(OperationAnalysisContext context, WallClockSymbols symbols, IAssemblySymbol popCore)
    {
        var property = (IPropertyReferenceOperation)context.Operation;
        if (!symbols.IsWallClock(property.Property))
        {
            return;
        }

        // One report per read, however many Pop.Core calls the value passes through.
        if (FindTarget(property, popCore, context.CancellationToken) is not { } target)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            property.Syntax.GetLocation(),
            property.Property.ContainingType.Name + "." + property.Property.Name,
            target.MethodKind == MethodKind.Constructor ? target.ContainingType.Name : target.ContainingType.Name + "." + target.Name));
    }

    /// <summary>
    /// Follows the value of a wall-clock read up the operation tree, and through locals of the same
    /// method, to the first Pop.Core argument it becomes part of. The flow stops where the value turns
    /// into text (any enclosing expression of type <see cref="string"/>). Returns the Pop.Core method of
    /// the earliest such argument in source order, or <c>null</c>.
    /// </summary>
    private static IMethodSymbol? FindTarget(IOperation read, IAssemblySymbol popCore, CancellationToken cancellationToken)
    {
        var pending = new Queue<IOperation>();
        pending.Enqueue(read);
        var followed = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        IOperation? root = null;
        IMethodSymbol? found = null;
        int foundAt = int.MaxValue;
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Dequeue();
            while (current.Parent is { } parent)
            {
                if (parent.Type?.SpecialType == SpecialType.System_String)
                {
                    break; // used as text: formatted, concatenated, ToString()'d
                }

                if (parent is IArgumentOperation { Parameter.ContainingSymbol: IMethodSymbol method }
                    && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, popCore))
                {
                    if (parent.Syntax.SpanStart < foundAt)
                    {
                        found = method;
                        foundAt = parent.Syntax.SpanStart;
                    }

                    break;
                }

                ILocalSymbol? local = parent switch
                {
                    IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == current => target.Local,
                    _ => null,
                };
                if (local is not null)
                {
                    if (followed.Add(local))
                    {
                        root ??= Root(parent);
                        foreach (var use in root.Descendants().OfType<ILocalReferenceOperation>())
                        {
                            if (SymbolEqualityComparer.Default.Equals(use.Local, local)
                                && !(use.Parent is IAssignmentOperation written && written.Target == use))
                            {
                                pending.Enqueue(use);
                            }
                        }
                    }

                    break;
                }

                current = parent;
            }
        }

        return found;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
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
