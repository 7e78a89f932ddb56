namespace Pop.Core.Tests.Fuzz;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Pop.Core.Fuzz;
using Xunit;

/// <summary>
/// Replays the fuzzers' seed corpus (fuzz/corpus) and every fixed finding (fuzz/findings/fixed) through
/// the same target code afl-fuzz runs (fuzz/Pop.Core.Fuzz/FuzzTargets.cs, linked into this project), so
/// that each crash the fuzzers found stays fixed. Findings not fixed yet wait in fuzz/findings/open,
/// which this test does not read; docs/fuzzing.md says how one moves over.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    public static TheoryData<string, string> Inputs()
    {
        string fuzz = Path.Combine(RepositoryRoot(), "fuzz");
        var data = new TheoryData<string, string>();
        foreach (string folder in new[] { "corpus", Path.Combine("findings", "fixed") })
        {
            foreach (string target in FuzzTargets.Names)
            {
                string dir = Path.Combine(fuzz, folder, target);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(fuzz, file).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_input_runs_through_its_fuzz_target_without_an_undocumented_exception(string target, string file)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "fuzz", file));
        FuzzTargets.All[target](input);
    }

    [Fact]
    public void Every_target_has_a_seed_corpus()
    {
        var seeded = Inputs().Select(row => (string)row[0]).Distinct().ToList();
        Assert.Equal(FuzzTargets.Names.OrderBy(n => n, StringComparer.Ordinal), seeded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bytes_after_the_UTF16_mark_reach_any_string_and_other_bytes_read_as_UTF8()
    {
        Assert.Equal("\ud800a", FuzzTargets.Decode(new byte[] { 0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00, 0x62 }));
        Assert.Equal("é\ufffd", FuzzTargets.Decode(new byte[] { 0xC3, 0xA9, 0xFF }));
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
