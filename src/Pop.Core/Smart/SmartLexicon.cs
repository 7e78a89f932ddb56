namespace Pop.Core.Smart;

using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Pop.Core.Smart.Text;

/// <summary>
/// The word lists behind the free-text SMART analysis, per language. The built-in lists cover
/// Dutch and English; a host adds its own vague words, course names or roles with <see cref="WithWords"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SmartLexicon
{
    private SmartLexicon(Lexicon table)
    {
        Table = table;
    }

    /// <summary>Gets the built-in lexicon.</summary>
    public static SmartLexicon Default { get; } = new(GoalTextEngine.DefaultLexicon);

    /// <summary>Gets the number of distinct words.</summary>
    public int Count => Table.Count;

    internal Lexicon Table { get; }

    /// <summary>
    /// The longest word, in characters, the analyzer looks up (100). A longer run of letters in a goal
    /// is an opaque token: no lexicon word, no compound head; a longer word cannot be added.
    /// </summary>
    public static int MaxWordLength => GoalTextEngine.MaxWordLength;

    /// <summary>Returns a lexicon with <paramref name="words"/> added to <paramref name="category"/> for the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">A Dutch (<c>nl</c>) or English (<c>en</c>) culture.</param>
    /// <param name="category">What the words are.</param>
    /// <param name="words">Single words (no spaces); case and diacritics do not matter. Names of several words are added word by word.</param>
    /// <returns>A new lexicon; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The culture is neither Dutch nor English, a word is empty or longer than <see cref="MaxWordLength"/>, or the category is undefined.</exception>
    public SmartLexicon WithWords(CultureInfo culture, SmartWordCategory category, IEnumerable<string> words)
    {
        Guard.Against.Null(culture, nameof(culture));
        Guard.Against.Null(words, nameof(words));
        Guard.Against.EnumOutOfRange(category, nameof(category));
        TextLanguage language = SmartCultures.LanguageOf(culture, nameof(culture));
        WordClass cls = category switch
        {
            SmartWordCategory.VagueVerb => WordClass.VagueVerb,
            SmartWordCategory.ActionVerb => WordClass.ActionVerb,
            SmartWordCategory.Comparative => WordClass.Comparative,
            SmartWordCategory.Deliverable => WordClass.Deliverable,
            SmartWordCategory.Certificate => WordClass.Certificate,
            SmartWordCategory.Role => WordClass.RoleNoun,
            SmartWordCategory.Name => WordClass.ContextNoun,
            _ => WordClass.GenericNoun,
        };

        // The words so far, copied from the table (the built-in one is never parsed at run time).
        var copy = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in Table.Entries())
        {
            var clone = Clone(entry);
            copy.Add(clone.Word, clone);
        }

        foreach (var word in words)
        {
            Guard.Against.NullOrWhiteSpace(word, nameof(words));
            foreach (var part in word.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.IndexOf('=') >= 0 || part.IndexOf('+') >= 0)
                {
                    throw new ArgumentException($"The word '{part}' contains '=' or '+', which the lexicon reserves.", nameof(words));
                }

                if (part.Length > MaxWordLength)
                {
                    throw new ArgumentException($"A word of {part.Length} characters is longer than {MaxWordLength}, the longest word the analyzer looks up.", nameof(words));
                }

                LexiconData.AddWord(copy, language, cls, part);
            }
        }

        return new SmartLexicon(Lexicon.Build(copy.Values));
    }

    /// <summary>Gets whether <paramref name="word"/> is in <paramref name="category"/> for the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">A Dutch or English culture.</param>
    /// <param name="category">The category.</param>
    /// <param name="word">The word.</param>
    /// <returns>True when the lexicon has the word in that category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The culture is neither Dutch nor English.</exception>
    public bool Contains(CultureInfo culture, SmartWordCategory category, string word)
    {
        Guard.Against.Null(culture, nameof(culture));
        Guard.Against.Null(word, nameof(word));
        TextLanguage language = SmartCultures.LanguageOf(culture, nameof(culture));
        var entry = Table.Find(TextNormalizer.Normalize(word.Trim()));
        if (entry is null)
        {
            return false;
        }

        WordClass classes = entry.For(language);
        return category switch
        {
            SmartWordCategory.VagueVerb => (classes & WordClass.VagueVerb) != 0,
            SmartWordCategory.ActionVerb => (classes & WordClass.ActionVerb) != 0,
            SmartWordCategory.Comparative => (classes & WordClass.Comparative) != 0,
            SmartWordCategory.Deliverable => (classes & WordClass.Deliverable) != 0,
            SmartWordCategory.Certificate => (classes & WordClass.Certificate) != 0,
            SmartWordCategory.Role => (classes & WordClass.RoleNoun) != 0,
            SmartWordCategory.Name => (classes & WordClass.ContextNoun) != 0,
            _ => (classes & WordClass.GenericNoun) != 0,
        };
    }

    private static LexiconEntry Clone(LexiconEntry e) => new(e.Word)
    {
        Dutch = e.Dutch,
        English = e.English,
        DutchValue = e.DutchValue,
        EnglishValue = e.EnglishValue,
        Separable = e.Separable is null ? null : new List<KeyValuePair<string, WordClass>>(e.Separable),
    };
}
