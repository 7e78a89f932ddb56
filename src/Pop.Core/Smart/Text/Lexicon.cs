// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;
using System.Collections.Generic;

/// <summary>The classes one word has in each language, and the value of number-like words.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(string word)
    {
        Word = word;
    }

    public string Word { get; }

    public WordClass Dutch { get; set; }

    public WordClass English { get; set; }

    public int DutchValue { get; set; }

    public int EnglishValue { get; set; }

    /// <summary>Separable-verb particles that turn this head into a verb of the given classes (Dutch).</summary>
    public List<KeyValuePair<string, WordClass>>? Separable { get; set; }

    public WordClass For(TextLanguage language) => language == TextLanguage.English ? English : Dutch;

    public int ValueFor(TextLanguage language) => language == TextLanguage.English ? EnglishValue : DutchValue;
}

/// <summary>Languages the text engine knows.</summary>
internal enum TextLanguage : byte
{
    Dutch = 0,
    English = 1,
}

/// <summary>
/// An immutable word table looked up by character range, so that scanning a goal needs no
/// substring allocations. Open addressing over a power-of-two array; keys are normalised
/// (lower case, diacritics folded) words.
/// </summary>
internal sealed class Lexicon
{
    private readonly LexiconEntry?[] slots;
    private readonly int mask;
    private readonly bool countWork;

    private Lexicon(LexiconEntry?[] slots, int count, int longestWord, bool countWork)
    {
        this.slots = slots;
        mask = slots.Length - 1;
        Count = count;
        LongestWord = longestWord;
        this.countWork = countWork;
    }

    public int Count { get; }

    /// <summary>The length of the longest key: no longer character range can be found, so none is hashed.</summary>
    public int LongestWord { get; }

    /// <summary>
    /// Characters hashed or compared by <see cref="Find(char[], int, int)"/> since this instance was
    /// made; counted only on a copy made by <see cref="WithWorkCounter"/> (tests bound the work with it).
    /// </summary>
    public long HashedCharacters { get; private set; }

    public static Lexicon Build(IEnumerable<LexiconEntry> entries)
    {
        var list = new List<LexiconEntry>(entries);
        int size = 16;
        while (size < list.Count * 3)
        {
            size <<= 1;
        }

        var slots = new LexiconEntry?[size];
        int longest = 0;
        foreach (var entry in list)
        {
            longest = Math.Max(longest, entry.Word.Length);
            int i = (int)(Hash(entry.Word, 0, entry.Word.Length) & (uint)(size - 1));
            while (slots[i] is not null)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = entry;
        }

        return new Lexicon(slots, list.Count, longest, countWork: false);
    }

    /// <summary>A copy sharing this table that counts its work in <see cref="HashedCharacters"/>. Not for concurrent use.</summary>
    public Lexicon WithWorkCounter() => new(slots, Count, LongestWord, countWork: true);

    public LexiconEntry? Find(string word) => word.Length > LongestWord ? null : Find(word.ToCharArray(), 0, word.Length);

    /// <summary>Finds the word <paramref name="buffer"/>[<paramref name="start"/>..+<paramref name="length"/>], without allocating.</summary>
    public LexiconEntry? Find(char[] buffer, int start, int length) => Find(buffer, start, length, '\0');

    /// <summary>
    /// Finds the range followed by one more character <paramref name="last"/> ('\0' for none), so that
    /// "organis" + 'e' needs no copy. Work is O(min(length, <see cref="LongestWord"/>)).
    /// </summary>
    public LexiconEntry? Find(char[] buffer, int start, int length, char last)
    {
        int total = last == '\0' ? length : length + 1;
        if (total > LongestWord)
        {
            return null;
        }

        if (countWork)
        {
            HashedCharacters += total;
        }

        uint h = Hash(buffer, start, length);
        if (last != '\0')
        {
            h = (h ^ last) * 16777619;
        }

        int i = (int)(h & (uint)mask);
        while (true)
        {
            var entry = slots[i];
            if (entry is null)
            {
                return null;
            }

            if (countWork && entry.Word.Length == total)
            {
                HashedCharacters += total;
            }

            if (Matches(entry.Word, buffer, start, length, last))
            {
                return entry;
            }

            i = (i + 1) & mask;
        }
    }

    public IEnumerable<LexiconEntry> Entries()
    {
        foreach (var entry in slots)
        {
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static bool Matches(string word, char[] buffer, int start, int length, char last)
    {
        if (last != '\0')
        {
            if (word.Length != length + 1 || word[length] != last)
            {
                return false;
            }
        }
        else if (word.Length != length)
        {
            return false;
        }

        for (int k = 0; k < length; k++)
        {
            if (word[k] != buffer[start + k])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(char[] buffer, int start, int length)
    {
        uint h = 2166136261;
        for (int k = 0; k < length; k++)
        {
            h = (h ^ buffer[start + k]) * 16777619;
        }

        return h;
    }

    private static uint Hash(string s, int start, int length)
    {
        uint h = 2166136261;
        for (int k = 0; k < length; k++)
        {
            h = (h ^ s[start + k]) * 16777619;
        }

        return h;
    }
}
