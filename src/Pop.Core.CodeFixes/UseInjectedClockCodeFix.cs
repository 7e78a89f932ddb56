namespace Pop.Core.CodeFixes;

using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pop.Core.Analyzers;

/// <summary>
/// POP0003 fix: replace <c>SystemClock.Instance</c> with an <c>IClock</c> the code can reach there:
/// a parameter, a local declared before it, or a field or property (an instance one only where
/// there is an instance). Nothing is offered when there is none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseInjectedClockCodeFix))]
[Shared]
public sealed class UseInjectedClockCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "POP0003-UseInjectedClock";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.WallClockInDomainCode);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            // Only SystemClock.Instance has a drop-in replacement: an IClock is an IClock.
            if (model.GetSymbolInfo(expression, context.CancellationToken).Symbol is not IPropertySymbol { Name: "Instance" } property
                || property.ContainingType.ToDisplayString() != "NodaTime.SystemClock")
            {
                continue;
            }

            string? clock = FindClockInScope(model, expression, context.CancellationToken);
            if (clock is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{clock}'",
                    ct => Replace(context.Document, expression, clock, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static string? FindClockInScope(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        var clockType = model.Compilation.GetTypeByMetadataName("NodaTime.IClock");
        if (clockType is null)
        {
            return null;
        }

        // Only what the code can reach here: no instance member from a static context or a field
        // initializer (CS0120, CS0236), no local declared further down or being declared (CS0841).
        int position = node.SpanStart;
        bool instanceReachable = model.GetEnclosingSymbol(position, cancellationToken) is { IsStatic: false } and not IFieldSymbol
            && node.FirstAncestorOrSelf<FieldDeclarationSyntax>() is null;
        var candidates = model.LookupSymbols(position)
            .Where(s => s is IParameterSymbol or ILocalSymbol or IFieldSymbol or IPropertySymbol)
            .Where(s => SymbolEqualityComparer.Default.Equals(TypeOf(s), clockType))
            .Where(s => s is not IFieldSymbol and not IPropertySymbol || s.IsStatic || instanceReachable)
            .Where(s => s is not ILocalSymbol local || local.DeclaringSyntaxReferences.All(r => r.Span.End <= position))
            .OrderBy(s => s is IParameterSymbol or ILocalSymbol ? 0 : 1)
            .ThenBy(s => s.Name, System.StringComparer.Ordinal);
        return candidates.FirstOrDefault()?.Name;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IParameterSymbol p => p.Type,
        ILocalSymbol l => l.Type,
        IFieldSymbol f => f.Type,
        IPropertySymbol p => p.Type,
        _ => null,
    };

    private static async Task<Document> Replace(Document document, ExpressionSyntax expression, string clock, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.IdentifierName(clock).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement));
    }
}
