namespace Pop.Core.Tests.Smart;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Pop.Core.Smart;
using Pop.Core.Smart.Text;
using Pop.LexiconGen;
using Xunit;

/// <summary>
/// The built-in lexicon is loaded from LexiconTable.g.cs, written at development time from the word
/// lists in LexiconData.cs by tools/LexiconGen. The file must be current, and must hold exactly what
/// parsing the word lists gives.
/// </summary>
public sealed class LexiconTableTests
{
    [Fact]
    public void The_committed_table_is_what_the_generator_writes_for_the_current_word_lists()
    {
        string path = Path.Combine(RepositoryRoot(), "src", "Pop.Core", "Smart", "Text", LexiconTableWriter.FileName);
        string committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        string expected = LexiconTableWriter.Generate();

        Assert.True(
            committed == expected,
            $"{path} is stale: it does not hold the word lists of LexiconData.cs (or the WordClass flags) as they are now "
            + $"({FirstDifference(committed, expected)}). Regenerate it from the repository root with\n    {LexiconTableWriter.Command}\nand commit it.");
    }

    [Fact]
    public void The_built_in_table_has_exactly_the_entries_parsing_the_word_lists_gives()
    {
        Dictionary<string, LexiconEntry> parsed = LexiconData.Parse();
        Lexicon table = Lexicon.BuiltIn();

        Assert.Equal(parsed.Count, table.Count);
        Assert.Equal(parsed.Keys.Max(k => k.Length), table.LongestWord);
        Assert.Equal(parsed.Keys.OrderBy(k => k, StringComparer.Ordinal), table.Entries().Select(e => e.Word).OrderBy(k => k, StringComparer.Ordinal));
        foreach (var expected in parsed.Values)
        {
            // Found through the engine's path: a range of a larger buffer.
            char[] buffer = (" (" + expected.Word + ") ").ToCharArray();
            LexiconEntry? found = table.Find(buffer, 2, expected.Word.Length);
            Assert.NotNull(found);
            AssertSame(expected, found);
            Assert.Same(found, table.Find(expected.Word));
        }
    }

    [Fact]
    public void The_default_lexicon_is_the_built_in_table_and_finds_a_word_with_one_more_character()
    {
        Lexicon lexicon = GoalTextEngine.DefaultLexicon;
        Assert.Equal(LexiconData.Parse().Count, lexicon.Count);
        Assert.Equal(SmartLexicon.Default.Count, lexicon.Count);

        // "organis" + 'e' finds "organise" without a copy; a wrong last character finds nothing.
        char[] organis = "organis".ToCharArray();
        Assert.Equal("organise", lexicon.Find(organis, 0, organis.Length, 'e')?.Word);
        Assert.Null(lexicon.Find(organis, 0, organis.Length, 'x'));
        Assert.Null(lexicon.Find(new string('a', lexicon.LongestWord + 1)));
    }

    [Fact]
    public void A_vendor_lexicon_keeps_every_built_in_entry_and_adds_its_words()
    {
        var nl = CultureInfo.GetCultureInfo("nl");
        var en = CultureInfo.GetCultureInfo("en");
        SmartLexicon vendor = SmartLexicon.Default
            .WithWords(nl, SmartWordCategory.VagueVerb, new[] { "Excelleren" })
            .WithWords(en, SmartWordCategory.Deliverable, new[] { "runbook", "half" });

        Assert.Equal(SmartLexicon.Default.Count + 2, vendor.Count);
        Assert.True(vendor.Contains(nl, SmartWordCategory.VagueVerb, "excelleren"));
        Assert.True(vendor.Contains(en, SmartWordCategory.Deliverable, "Runbook"));
        Assert.False(SmartLexicon.Default.Contains(en, SmartWordCategory.Deliverable, "runbook"));

        Dictionary<string, LexiconEntry> parsed = LexiconData.Parse();
        foreach (var expected in parsed.Values)
        {
            LexiconEntry? found = vendor.Table.Find(expected.Word);
            Assert.NotNull(found);
            if (expected.Word == "half")
            {
                Assert.Equal(expected.English | WordClass.Deliverable, found.English);
                Assert.Equal(expected.Dutch, found.Dutch);
            }
            else
            {
                AssertSame(expected, found);
            }
        }

        // Separable verbs and values still work through the vendor table.
        var analyzer = new SmartTextAnalyzer(vendor);
        var verdict = analyzer.Analyze("Binnen drie maanden rond ik de cursus Excel Gevorderd af.", new NodaTime.LocalDate(2027, 1, 15));
        Assert.True(verdict.IsSpecific);
        Assert.True(verdict.IsTimeBound);
        Assert.Equal(new NodaTime.LocalDate(2027, 4, 15), verdict.Deadline?.Date);
    }

    private static void AssertSame(LexiconEntry expected, LexiconEntry actual)
    {
        Assert.Equal(expected.Word, actual.Word);
        Assert.True(expected.Dutch == actual.Dutch, $"{expected.Word}: Dutch {expected.Dutch} ≠ {actual.Dutch}");
        Assert.True(expected.English == actual.English, $"{expected.Word}: English {expected.English} ≠ {actual.English}");
        Assert.True(expected.DutchValue == actual.DutchValue, $"{expected.Word}: Dutch value {expected.DutchValue} ≠ {actual.DutchValue}");
        Assert.True(expected.EnglishValue == actual.EnglishValue, $"{expected.Word}: English value {expected.EnglishValue} ≠ {actual.EnglishValue}");
        Assert.Equal(
            (expected.Separable ?? new List<KeyValuePair<string, WordClass>>()).Select(p => p.Key + "=" + p.Value),
            (actual.Separable ?? new List<KeyValuePair<string, WordClass>>()).Select(p => p.Key + "=" + p.Value));
    }

    private static string FirstDifference(string committed, string expected)
    {
        string[] a = committed.Split('\n');
        string[] b = expected.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "(end of file)";
            string y = i < b.Length ? b[i] : "(end of file)";
            if (x != y)
            {
                return $"first difference at line {i + 1}";
            }
        }

        return "no line differs";
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
