namespace Pop.Core.CodeFixes;

using System.Collections.Generic;
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
/// POP0002 fix: use the result. <c>c.Start(clock);</c> on a <c>Conversation</c> variable becomes
/// <c>c = c.Start(clock).Conversation;</c> (and <c>plan.AddGoal(g);</c> becomes
/// <c>plan = plan.AddGoal(g).Plan;</c>); a call returning the receiver's own type is assigned back
/// (<c>texts = texts.WithText(…)</c>); anything else goes into a new local, named so that it
/// clashes with no name of the enclosing member (also after fix-all, which names the locals of one
/// document in order), and in a block of its own where the statement stands alone (<c>if (x) …;</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseResultCodeFix))]
[Shared]
public sealed class UseResultCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "POP0002-UseResult";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ResultIgnored);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                || invocation.Parent is not ExpressionStatementSyntax statement)
            {
                continue;
            }

            var replacement = Replacement(model, invocation, new HashSet<string>(), context.CancellationToken);
            context.RegisterCodeFix(
                CodeAction.Create("Use the result", ct => Replace(context.Document, statement, Fitted(statement, replacement), ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>Fixes every diagnostic of one document in one pass, in source order, so that new locals of one member get different names.</summary>
    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var taken = new HashSet<string>();
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation
                && invocation.Parent is ExpressionStatementSyntax statement
                && !replacements.ContainsKey(statement))
            {
                replacements[statement] = Fitted(statement, Replacement(model, invocation, taken, context.CancellationToken));
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
    }

    private static StatementSyntax Replacement(SemanticModel model, InvocationExpressionSyntax invocation, HashSet<string> taken, CancellationToken ct)
    {
        var returned = model.GetTypeInfo(invocation, ct).Type;
        if (invocation.Expression is MemberAccessExpressionSyntax access && IsAssignable(model, access.Expression, ct) && model.GetTypeInfo(access.Expression, ct).Type is { } receiverType && returned is not null)
        {
            if (SymbolEqualityComparer.Default.Equals(receiverType, returned))
            {
                return Assign(access.Expression, invocation);
            }

            // A command that returns a result (ConversationResult.Conversation, PlanResult.Plan,
            // CyclePlanResult.Plan): keep the new state, the one property of the receiver's type.
            var state = returned.GetMembers().OfType<IPropertySymbol>()
                .Where(p => !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(p.Type, receiverType))
                .ToArray();
            if (state.Length == 1)
            {
                return Assign(access.Expression, SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, invocation, SyntaxFactory.IdentifierName(state[0].Name)));
            }
        }

        // Not a name in scope here, nor one declared anywhere in the enclosing member (a nested
        // scope's local would clash, and so would one declared further down), nor one fix-all
        // already gave out.
        var member = invocation.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode)invocation.SyntaxTree.GetRoot(ct);
        var declared = new HashSet<string>(member.DescendantNodes().Select(DeclaredName).Where(n => n is not null)!);
        string name = "result";
        int n = 1;
        while (declared.Contains(name) || taken.Contains(name) || model.LookupSymbols(invocation.SpanStart, name: name).Any())
        {
            name = "result" + (++n);
        }

        taken.Add(name);

        return SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(SyntaxFactory.IdentifierName("var"))
                .AddVariables(SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(invocation.WithoutTrivia()))));
    }

    private static string? DeclaredName(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax v => v.Identifier.ValueText,
        SingleVariableDesignationSyntax d => d.Identifier.ValueText,
        ParameterSyntax p => p.Identifier.ValueText,
        ForEachStatementSyntax f => f.Identifier.ValueText,
        CatchDeclarationSyntax c => c.Identifier.ValueText,
        LocalFunctionStatementSyntax l => l.Identifier.ValueText,
        _ => null,
    };

    /// <summary>A new local cannot stand alone as the body of an <c>if</c>, a loop or the like: it gets a block.</summary>
    private static StatementSyntax Fitted(ExpressionStatementSyntax statement, StatementSyntax replacement) =>
        replacement is LocalDeclarationStatementSyntax && statement.Parent is not BlockSyntax and not SwitchSectionSyntax and not GlobalStatementSyntax
            ? SyntaxFactory.Block(replacement.WithoutTrivia()).WithTriviaFrom(statement)
            : replacement.WithTriviaFrom(statement);

    private static bool IsAssignable(SemanticModel model, ExpressionSyntax expression, CancellationToken ct) =>
        model.GetSymbolInfo(expression, ct).Symbol switch
        {
            ILocalSymbol l => !l.IsConst && !l.IsRef,
            IParameterSymbol p => p.RefKind == RefKind.None,
            IFieldSymbol f => !f.IsReadOnly && !f.IsConst,
            _ => false,
        };

    private static StatementSyntax Assign(ExpressionSyntax target, ExpressionSyntax value) =>
        SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target.WithoutTrivia(), value.WithoutTrivia()));

    private static async Task<Document> Replace(Document document, ExpressionStatementSyntax statement, StatementSyntax replacement, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(statement, replacement));
    }
}
