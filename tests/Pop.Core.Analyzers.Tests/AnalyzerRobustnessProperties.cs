namespace Pop.Core.Analyzers.Tests;

using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

public static class SnippetArbitrary
{
    private static readonly string[] Fragments =
    {
        "new SmartSubject(", "\"Beter communiceren\"", "\"Uiterlijk 1 juni 2030 rond ik de cursus Excel af.\"", " + ", "$\"{Const}\"", ")", "(", ";",
        "{", "}", "switch (q) {", "case Quadrant.HighPotential:", "case Quadrant.", "default:", "break;", "return;",
        "new ConversationModelBuilder(\"m\", \"n\")", ".AddPhase(", "new ConversationPhase(\"a\", PhaseTopics.Agreements, ConversationRole.Manager, \"n\", \"p\", Array.Empty<string>(), Array.Empty<string>())",
        ".Build()", "c.Start(clock)", "c.Start(", "v.Validate(", "new SmartValidator(SystemClock.Instance, DateTimeZone.Utc)", "DateTime.Now", "LocalDate.FromDateTime(",
        "var x = ", "x = ", "Text = ", "[SmartGoalText]", "=>", ",", ".", "null", "q", "clock", "if (", "else", "\"", "@\"", "/*", "*/", "#if X", "#endif",
    };

    private const string Prelude = "using System; using NodaTime; using Pop.Core; using Pop.Core.Smart; using Pop.Core.Strategies; using Pop.Core.Conversations;\n" +
        "class Host { const string Const = \"Werken aan mijn vaardigheden\"; [SmartGoalText] public string Text { get; set; } = \"\";\n void M(Quadrant q, Conversation c, IClock clock, SmartValidator v) {\n";

    public static Arbitrary<string> Snippets() =>
        Gen.Elements(Fragments).ArrayOf().Select(parts => Prelude + string.Join(" ", parts.Take(40)) + "\n} }").ToArbitrary();
}

[Properties(Arbitrary = new[] { typeof(SnippetArbitrary) }, MaxTest = 100)]
public sealed class AnalyzerRobustnessProperties
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(Pop.Core.Smart.SmartValidator).Assembly.Location)
            .Append(typeof(NodaTime.IClock).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Pop.Core.Analyzers.WallClockAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    [Property]
    public Property No_analyzer_crashes_on_any_snippet(string source)
    {
        var crashes = new ConcurrentBag<string>();
        var compilation = CSharpCompilation.Create("Snippet", new[] { CSharpSyntaxTree.ParseText(source) }, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, analyzer, _) => crashes.Add(analyzer.GetType().Name + ": " + e.Message), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        bool ad0001 = diagnostics.Any(d => d.Id == "AD0001");
        return (crashes.IsEmpty && !ad0001).Label(string.Join("; ", crashes) + " " + string.Join("; ", diagnostics.Where(d => d.Id == "AD0001")));
    }

    [Xunit.Fact]
    public async System.Threading.Tasks.Task The_analyzers_do_fire_on_snippets_like_these()
    {
        string source = "using System; using NodaTime; using Pop.Core.Smart;\nclass H { void M(SmartValidator v) { _ = new SmartSubject(\"Beter communiceren\"); v.Validate(new SmartSubject(\"x\")); _ = new SmartValidator(SystemClock.Instance, DateTimeZone.Utc); } }";
        var compilation = CSharpCompilation.Create("Snippet", new[] { CSharpSyntaxTree.ParseText(source) }, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var ids = (await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync()).Select(d => d.Id).OrderBy(i => i).ToArray();
        Xunit.Assert.Equal(new[] { "POP0001", "POP0001", "POP0002", "POP0003" }, ids);
    }
}
