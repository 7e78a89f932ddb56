namespace Pop.Core.Analyzers.Tests;

using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

/// <summary>Every rule's help link names a docs page that exists, and every rule is in the release tracking files.</summary>
public sealed class RuleDocumentationTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pop.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pop.Core.sln not found above " + AppContext.BaseDirectory);
    }

    private static DiagnosticAnalyzer[] Analyzers() =>
        typeof(Pop.Core.Analyzers.WallClockAnalyzer).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToArray();

    [Fact]
    public void Every_help_link_points_at_an_existing_page()
    {
        string root = RepositoryRoot();
        var descriptors = Analyzers().SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.NotEmpty(descriptors);
        foreach (var d in descriptors)
        {
            Assert.Equal($"docs/rules/{d.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(root, d.HelpLinkUri)), $"{d.Id}: {d.HelpLinkUri} is missing");
        }
    }

    [Fact]
    public void Analyzers_are_sealed()
    {
        Assert.All(Analyzers(), a => Assert.True(a.GetType().IsSealed, a.GetType().Name));
    }

    [Fact]
    public void Every_rule_is_tracked_in_the_release_files()
    {
        string root = RepositoryRoot();
        string tracked = File.ReadAllText(Path.Combine(root, "src/Pop.Core.Analyzers/AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(root, "src/Pop.Core.Analyzers/AnalyzerReleases.Unshipped.md"));
        foreach (var d in Analyzers().SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Contains(d.Id, tracked, StringComparison.Ordinal);
        }
    }
}
