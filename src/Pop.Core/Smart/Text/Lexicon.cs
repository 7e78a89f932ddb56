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

    private Lexicon(LexiconEntry?[] slots)
    {
        this.slots = slots;
        mask = slots.Length - 1;
    }

    public int Count { get; private set; }

    public static Lexicon Build(IEnumerable<LexiconEntry> entries)
    {
        var list = new List<LexiconEntry>(entries);
        int size = 16;
        while (size < list.Count * 3)
        {
            size <<= 1;
        }

        var slots = new LexiconEntry?[size];
        foreach (var entry in list)
        {
            int i = (int)(Hash(entry.Word, 0, entry.Word.Length) & (uint)(size - 1));
            while (slots[i] is not null)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = entry;
        }

        return new Lexicon(slots) { Count = list.Count };
    }

    public LexiconEntry? Find(string word) => Find(word.ToCharArray(), 0, word.Length);

    public LexiconEntry? Find(char[] buffer, int start, int length)
    {
        int i = (int)(Hash(buffer, start, length) & (uint)mask);
        while (true)
        {
            var entry = slots[i];
            if (entry is null)
            {
                return null;
            }

            if (Matches(entry.Word, buffer, start, length))
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

    private static bool Matches(string word, char[] buffer, int start, int length)
    {
        if (word.Length != length)
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
