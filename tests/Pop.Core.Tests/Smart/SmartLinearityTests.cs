namespace Pop.Core.Tests.Smart;

using System;
using System.Text;
using System.Threading;
using NodaTime;
using Pop.Core.Smart;
using Pop.Core.Smart.Text;
using Xunit;

/// <summary>
/// The text engine must do work linear in the text, whatever the text. These tests count the work
/// (characters the lexicon hashes or compares) instead of timing it.
/// </summary>
public sealed class SmartLinearityTests
{
    /// <summary>Lexicon characters allowed per text character; a linear engine stays far below.</summary>
    private const int WorkPerCharacter = 64;

    private static readonly CalendarDay Reference = new(2027, 1, 15);

    public static TheoryData<string, int, bool> LongWords()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (int n in new[] { 64 * 1024, 256 * 1024 })
        {
            foreach (string kind in new[] { "letters", "mixed", "hyphens", "apostrophes", "digits-inside" })
            {
                data.Add(kind, n, false);
            }

            data.Add("letters", n, true);
            data.Add("ing", n, true);
        }

        return data;
    }

    /// <summary>One long word of the given kind and length.</summary>
    internal static string LongWord(string kind, int n)
    {
        var b = new StringBuilder(n + 3);
        var random = new Random(n);
        while (b.Length < n)
        {
            switch (kind)
            {
                case "letters":
                    b.Append('a');
                    break;
                case "mixed":
                    b.Append("aBcDéÉ"[random.Next(6)]);
                    break;
                case "hyphens":
                    b.Append(b.Length % 2 == 0 ? 'a' : '-');
                    break;
                case "apostrophes":
                    b.Append(b.Length % 2 == 0 ? 'a' : (b.Length % 4 == 1 ? '\'' : '’'));
                    break;
                case "digits-inside":
                    b.Append(b.Length == 0 ? 'Q' : "a1b2c3"[random.Next(6)]);
                    break;
                default:
                    b.Append(b.Length % 2 == 0 ? 'e' : 'r');
                    break;
            }
        }

        if (kind == "ing")
        {
            b.Append("ing");
        }
        else if (kind is "hyphens" or "apostrophes" && b[b.Length - 1] != 'a')
        {
            b.Append('a');
        }

        return b.ToString();
    }

    [Theory]
    [MemberData(nameof(LongWords))]
    public void One_long_word_costs_lexicon_work_linear_in_its_length(string kind, int n, bool english)
    {
        string text = LongWord(kind, n);
        TextLanguage language = english ? TextLanguage.English : TextLanguage.Dutch;
        Lexicon lexicon = GoalTextEngine.DefaultLexicon.WithWorkCounter();

        GoalTextEngine.Analyze(text, Reference, language, false, lexicon);

        Assert.True(
            lexicon.HashedCharacters <= (long)WorkPerCharacter * text.Length,
            $"{kind}, {text.Length} characters: the lexicon hashed {lexicon.HashedCharacters} characters (bound {(long)WorkPerCharacter * text.Length}).");
    }

    [Fact]
    public void Many_words_just_at_the_length_limit_cost_linear_work()
    {
        // Words as long as the engine still looks up: the worst case for the compound-head search.
        var b = new StringBuilder();
        while (b.Length < 256 * 1024)
        {
            b.Append('x', GoalTextEngine.MaxWordLength - 4).Append("team ");
        }

        string text = b.ToString();
        Lexicon lexicon = GoalTextEngine.DefaultLexicon.WithWorkCounter();

        TextVerdict verdict = GoalTextEngine.Analyze(text, Reference, TextLanguage.Dutch, false, lexicon);

        Assert.True(lexicon.HashedCharacters <= (long)WorkPerCharacter * text.Length, $"hashed {lexicon.HashedCharacters} for {text.Length}");
        Assert.NotNull(verdict);
    }

    [Fact]
    public void A_compound_head_at_the_end_of_a_word_at_the_limit_is_still_found()
    {
        // The bounded search starts LongestWord characters from the end: the head must still be there.
        string word = new string('x', GoalTextEngine.MaxWordLength - "verbeteren".Length) + "verbeteren";
        Assert.Equal(GoalTextEngine.MaxWordLength, word.Length);

        var verdict = GoalTextEngine.Analyze("Ik wil " + word + ".", Reference, TextLanguage.Dutch, false, GoalTextEngine.DefaultLexicon);

        Assert.Contains(verdict.Findings, f => f.Code == TextFindingCodes.VagueVerb && f.Start == 7 && f.Length == word.Length);
    }

    [Fact]
    public void A_word_longer_than_the_limit_is_an_opaque_token()
    {
        // Within the limit the tail "verbeteren" makes the word a vague verb; beyond it, the word is no lexicon word.
        string shortWord = "proces" + "verbeteren";
        string longWord = new string('x', GoalTextEngine.MaxWordLength) + "verbeteren";
        Lexicon lexicon = GoalTextEngine.DefaultLexicon.WithWorkCounter();

        var inside = GoalTextEngine.Analyze("Ik wil " + shortWord + ".", Reference, TextLanguage.Dutch, false, GoalTextEngine.DefaultLexicon);
        long before = lexicon.HashedCharacters;
        var beyond = GoalTextEngine.Analyze(longWord, Reference, TextLanguage.Dutch, false, lexicon);

        Assert.Contains(inside.Findings, f => f.Code == TextFindingCodes.VagueVerb);
        Assert.DoesNotContain(beyond.Findings, f => f.Code == TextFindingCodes.VagueVerb);
        Assert.Equal(before, lexicon.HashedCharacters);
    }

    [Fact]
    public void A_lexicon_word_longer_than_the_limit_is_refused_and_one_at_the_limit_is_added()
    {
        var nl = System.Globalization.CultureInfo.GetCultureInfo("nl");
        string atLimit = new string('q', SmartLexicon.MaxWordLength);
        string beyond = atLimit + "q";

        var e = Assert.Throws<ArgumentException>(() => SmartLexicon.Default.WithWords(nl, SmartWordCategory.Name, new[] { beyond }));
        Assert.Equal("words", e.ParamName);
        Assert.Contains(SmartLexicon.MaxWordLength.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        Assert.True(SmartLexicon.Default.WithWords(nl, SmartWordCategory.Name, new[] { atLimit }).Contains(nl, SmartWordCategory.Name, atLimit));
        Assert.Equal(GoalTextEngine.MaxWordLength, SmartLexicon.MaxWordLength);
    }

    [Fact]
    public void A_huge_text_leaves_only_small_scratch_buffers_on_its_thread()
    {
        int retainedText = -1, retainedTokens = -1, retainedAfterNormalCall = -1;
        bool largeAliveAfterCollection = true;
        var thread = new Thread(() =>
        {
            // Ten million characters, dense in tokens (the worst case for the token buffer).
            var b = new StringBuilder(10_000_000);
            while (b.Length < 10_000_000)
            {
                b.Append("a, 1. ");
            }

            SmartTextAnalyzer.Default.Analyze(b.ToString(), new LocalDate(2027, 1, 15));
            retainedText = GoalTextEngine.RetainedTextLength;
            retainedTokens = GoalTextEngine.RetainedTokenLength;

            // The large buffers are held weakly: a full collection takes them back.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            largeAliveAfterCollection = GoalTextEngine.LargeScratchAlive;

            // A normal call afterwards still works and still keeps a buffer for the next one.
            SmartTextAnalyzer.Default.Analyze("Binnen drie maanden rond ik de cursus Excel Gevorderd af.", new LocalDate(2027, 1, 15));
            retainedAfterNormalCall = GoalTextEngine.RetainedTextLength;
        });
        thread.Start();
        thread.Join();

        Assert.InRange(retainedText, 0, GoalTextEngine.RetainedTextCapacity);
        Assert.InRange(retainedTokens, 0, GoalTextEngine.RetainedTokenCapacity);
        Assert.InRange(retainedAfterNormalCall, 1, GoalTextEngine.RetainedTextCapacity);
        Assert.False(largeAliveAfterCollection, "a buffer for the huge text outlived a full collection");
    }
}
