namespace Pop.Core.Tests.Smart;

using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Pop.Core.Smart.Text;
using Xunit;

/// <summary>
/// The phrase rules compare words by name only for tokens the lexicon holds (an unknown word is
/// rejected without comparing, which keeps the rules cheap). So every word a rule names must be in
/// the lexicon, or the rule silently never fires.
/// </summary>
public sealed class NamedWordsInLexiconTests
{
    [Fact]
    public void Every_word_a_rule_compares_by_name_is_in_the_lexicon()
    {
        string dir = Path.Combine(RepositoryRoot(), "src", "Pop.Core", "Smart", "Text");
        var named = new[] { "WordShapes.cs", "ContentJudge.cs" }
            .SelectMany(file => Regex.Matches(File.ReadAllText(Path.Combine(dir, file)), @"(?:IsAny|Is)\(f(?:olded)?, [^,]+, ((?:""[^""]*""(?:, )?)+)\)").Cast<Match>())
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, @"""([^""]+)""").Cast<Match>().Select(w => w.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.True(named.Count > 50, $"the pattern found only {named.Count} named words; has the rule syntax changed?");
        var missing = named.Where(w => GoalTextEngine.DefaultLexicon.Find(w) is null).ToList();
        Assert.True(missing.Count == 0, "Add these to the Cue (or, for the first word of a ContentJudge phrase rule, Marker) line of LexiconData, both languages: " + string.Join(" ", missing));
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
