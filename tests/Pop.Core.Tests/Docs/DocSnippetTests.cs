namespace Pop.Core.Tests.Docs;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

/// <summary>
/// Every C# block in the README and the docs compiles against the current API: each block becomes
/// the body of one method whose parameters are the ambient names the prose assumes (a clock, a
/// zone, today, the organisation's plans) unless the block declares them itself.
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly (string Name, string Declaration)[] Ambient =
    {
        ("clock", "NodaTime.IClock clock"),
        ("zone", "NodaTime.DateTimeZone zone"),
        ("today", "NodaTime.LocalDate today"),
        ("conversation", "Pop.Core.Conversations.Conversation conversation"),
    };

    private static readonly string[] Usings =
    {
        "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "NodaTime", "Pop.Core", "Pop.Core.Smart", "Pop.Core.Texts",
        "Pop.Core.Strategies", "Pop.Core.Conversations", "Pop.Core.Cycles", "Pop.Core.Goals", "Pop.Core.Plans",
    };

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, index, _) in All())
        {
            data.Add(file, index);
        }

        return data;
    }

    [Fact]
    public void The_readme_has_csharp_snippets_to_check() =>
        Assert.True(All().Count(s => s.File == "README.md") >= 5);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles(string file, int index)
    {
        string code = All().Single(s => s.File == file && s.Index == index).Code;
        var parameters = Ambient.Where(a => Regex.IsMatch(code, $@"\b{a.Name}\b") && !Regex.IsMatch(code, $@"\bvar {a.Name}\b|\b{a.Name} =")).Select(a => a.Declaration);
        // A block that declares a type (a host's implementation of one of our interfaces) is
        // compiled as it stands; any other block is the body of a method.
        bool declaresType = Regex.IsMatch(code, @"^\s*(public |internal )?(sealed |static )?(class|record|struct) ");
        string source = string.Concat(Usings.Select(u => $"using {u};\n"))
            + (declaresType ? code : $"internal static class Snippet\n{{\n    internal static void Run({string.Join(", ", parameters)})\n    {{\n{code}\n    }}\n}}\n");
        var compilation = CSharpCompilation.Create(
            "Snippet",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, $"{file} snippet {index}:\n{string.Join("\n", errors)}\n---\n{source}");
    }

    private static IEnumerable<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.Add(typeof(Pop.Core.Plans.DevelopmentPlan).Assembly.Location);
        paths.Add(typeof(NodaTime.LocalDate).Assembly.Location);
        return paths.Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }

    private static List<(string File, int Index, string Code)> All()
    {
        string root = RepositoryRoot();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md")).OrderBy(f => f, StringComparer.Ordinal);
        var snippets = new List<(string, int, string)>();
        foreach (var path in files)
        {
            string name = Path.GetRelativePath(root, path).Replace('\\', '/');
            int index = 0;
            foreach (Match m in Regex.Matches(File.ReadAllText(path), "```csharp\n(.*?)```", RegexOptions.Singleline))
            {
                snippets.Add((name, index++, m.Groups[1].Value));
            }
        }

        return snippets;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pop.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pop.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
