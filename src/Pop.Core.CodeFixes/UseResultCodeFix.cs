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
/// POP0002 fix: use the result. <c>c.Start(clock);</c> on a <c>Conversation</c> variable becomes
/// <c>c = c.Start(clock).Conversation;</c> (and <c>plan.AddGoal(g);</c> becomes
/// <c>plan = plan.AddGoal(g).Plan;</c>); a call returning the receiver's own type is assigned back
/// (<c>texts = texts.WithText(…)</c>); anything else goes into a new local.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseResultCodeFix))]
[Shared]
public sealed class UseResultCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "POP0002-UseResult";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.ResultIgnored);

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
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                || invocation.Parent is not ExpressionStatementSyntax statement)
            {
                continue;
            }

            var replacement = Replacement(model, invocation, context.CancellationToken);
            context.RegisterCodeFix(
                CodeAction.Create("Use the result", ct => Replace(context.Document, statement, replacement, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static StatementSyntax Replacement(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken ct)
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

        string name = "result";
        int n = 1;
        while (model.LookupSymbols(invocation.SpanStart, name: name).Any())
        {
            name = "result" + (++n);
        }

        return SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(SyntaxFactory.IdentifierName("var"))
                .AddVariables(SyntaxFactory.VariableDeclarator(name).WithInitializer(SyntaxFactory.EqualsValueClause(invocation.WithoutTrivia()))));
    }

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
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(statement, replacement.WithTriviaFrom(statement)));
    }
}
