// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

using System;
using System.Collections.Generic;
using System.Text;

/// <summary>The classes one word has in each language, and the value of number-like words.</summary>
internal sealed class LexiconEntry
{
    // An entry of the built-in table points into the table's key text; its Word string is made
    // only when asked for (the engine never asks: it compares characters in the lexicon).
    private readonly string? keys;
    private readonly int start;
    private readonly int length;
    private string? word;

    public LexiconEntry(string word)
    {
        this.word = word;
        length = word.Length;
    }

    /// <summary>An entry whose word is <paramref name="keys"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    internal LexiconEntry(string keys, int start, int length)
    {
        this.keys = keys;
        this.start = start;
        this.length = length;
    }

    public string Word => word ??= keys!.Substring(start, length);

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
/// (lower case, diacritics folded) words, stored one after the other in one string.
/// </summary>
/// <remarks>
/// The built-in table (<see cref="BuiltIn"/>) is not parsed or hashed at run time: the word lists of
/// <see cref="LexiconData"/> are parsed and laid out by <see cref="Build"/> at development time, and
/// tools/LexiconGen writes the result to LexiconTable.g.cs (a test fails when that file is stale).
/// </remarks>
internal sealed class Lexicon
{
    private readonly string keys;
    private readonly int[] starts;
    private readonly int[] slots;
    private readonly LexiconEntry[] entries;
    private readonly int mask;
    private readonly bool countWork;

    /// <summary>Slots of <see cref="TailLengths"/>: a hash of a word's last three characters.</summary>
    public const int TailSlots = 512;

    private readonly ulong[] tailLengths;

    private Lexicon(string keys, int[] starts, int[] slots, LexiconEntry[] entries, int longestWord, bool countWork, ulong[]? tailLengths = null)
    {
        this.tailLengths = tailLengths ?? BuildTailLengths(keys, starts);
        this.keys = keys;
        this.starts = starts;
        this.slots = slots;
        this.entries = entries;
        mask = slots.Length - 1;
        LongestWord = longestWord;
        this.countWork = countWork;
    }

    public int Count => entries.Length;

    /// <summary>The length of the longest key: no longer character range can be found, so none is hashed.</summary>
    public int LongestWord { get; }

    /// <summary>
    /// Characters hashed or compared by <see cref="Find(char[], int, int)"/> since this instance was
    /// made; counted only on a copy made by <see cref="WithWorkCounter"/> (tests bound the work with it).
    /// </summary>
    public long HashedCharacters { get; private set; }

    /// <summary>The keys of entries 0, 1, … one after the other (shared: do not change).</summary>
    internal string KeyText => keys;

    /// <summary>Where each key starts in <see cref="KeyText"/>, and its end as the last element (shared: do not change).</summary>
    internal int[] KeyStarts => starts;

    /// <summary>
    /// For each hash of three final characters (<see cref="TailSlot"/>), a bit per length (63 for 63
    /// and longer) of the words that end in them: the compound-head search asks it before it hashes a
    /// tail, so most tails of a long word cost one bit test (shared: do not change).
    /// </summary>
    internal ulong[] TailLengths => tailLengths;

    /// <summary>The slot in <see cref="TailLengths"/> of a word ending in <paramref name="a"/>, <paramref name="b"/>, <paramref name="c"/>.</summary>
    public static int TailSlot(char a, char b, char c) => (int)((((uint)a * 31u) + b) * 31u + c) & (TailSlots - 1);

    /// <summary>Whether any word of length <paramref name="length"/> ends in the three characters of slot <paramref name="tailSlot"/>.</summary>
    public bool MayHaveTail(int tailSlot, int length) => (tailLengths[tailSlot] & (1UL << Math.Min(length, 63))) != 0;

    /// <summary>The open-addressing slots: entry index + 1, or 0 when empty (shared: do not change).</summary>
    internal int[] Slots => slots;

    /// <summary>Lays out a table of <paramref name="entries"/>, hashing every word (vendor lexicons, and the generator of the built-in one).</summary>
    public static Lexicon Build(IEnumerable<LexiconEntry> entries)
    {
        var list = new List<LexiconEntry>(entries);
        var text = new StringBuilder();
        var starts = new int[list.Count + 1];
        int longest = 0;
        for (int e = 0; e < list.Count; e++)
        {
            starts[e] = text.Length;
            text.Append(list[e].Word);
            longest = Math.Max(longest, list[e].Word.Length);
        }

        starts[list.Count] = text.Length;
        string keys = text.ToString();
        int size = 16;
        while (size < list.Count * 3)
        {
            size <<= 1;
        }

        var slots = new int[size];
        for (int e = 0; e < list.Count; e++)
        {
            int i = (int)(Hash(keys, starts[e], starts[e + 1] - starts[e]) & (uint)(size - 1));
            while (slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = e + 1;
        }

        return new Lexicon(keys, starts, slots, list.ToArray(), longest, countWork: false);
    }

    /// <summary>
    /// The built-in lexicon, from the finished table in LexiconTable.g.cs: no parsing and no hashing,
    /// only one small object per word (the engine's tokens hold entries).
    /// </summary>
    public static Lexicon BuiltIn()
    {
        string keys = LexiconTable.Keys;
        int[] starts = LexiconTable.KeyStarts;
        ulong[] dutch = LexiconTable.Dutch;
        ulong[] english = LexiconTable.English;
        int[] dutchValues = LexiconTable.DutchValues;
        int[] englishValues = LexiconTable.EnglishValues;
        int[] separableEntries = LexiconTable.SeparableEntries;
        int[] separableParticles = LexiconTable.SeparableParticles;
        ulong[] separableClasses = LexiconTable.SeparableClasses;
        string particleText = LexiconTable.Particles;
        int[] particleStarts = LexiconTable.ParticleStarts;

        var particles = new string[particleStarts.Length - 1];
        for (int p = 0; p < particles.Length; p++)
        {
            particles[p] = particleText.Substring(particleStarts[p], particleStarts[p + 1] - particleStarts[p]);
        }

        var entries = new LexiconEntry[starts.Length - 1];
        int s = 0;
        for (int e = 0; e < entries.Length; e++)
        {
            var entry = new LexiconEntry(keys, starts[e], starts[e + 1] - starts[e])
            {
                Dutch = (WordClass)dutch[e],
                English = (WordClass)english[e],
                DutchValue = dutchValues[e],
                EnglishValue = englishValues[e],
            };

            int first = s;
            while (s < separableEntries.Length && separableEntries[s] == e)
            {
                s++;
            }

            if (s > first)
            {
                entry.Separable = new List<KeyValuePair<string, WordClass>>(s - first);
                for (int k = first; k < s; k++)
                {
                    entry.Separable.Add(new KeyValuePair<string, WordClass>(particles[separableParticles[k]], (WordClass)separableClasses[k]));
                }
            }

            entries[e] = entry;
        }

        return new Lexicon(keys, starts, LexiconTable.Slots, entries, LexiconTable.LongestWord, countWork: false, LexiconTable.TailLengths);
    }

    /// <summary>A copy sharing this table that counts its work in <see cref="HashedCharacters"/>. Not for concurrent use.</summary>
    public Lexicon WithWorkCounter() => new(keys, starts, slots, entries, LongestWord, countWork: true, tailLengths);

    private static ulong[] BuildTailLengths(string keys, int[] starts)
    {
        var lengths = new ulong[TailSlots];
        for (int e = 0; e + 1 < starts.Length; e++)
        {
            int end = starts[e + 1];
            int length = end - starts[e];
            if (length >= 3)
            {
                lengths[TailSlot(keys[end - 3], keys[end - 2], keys[end - 1])] |= 1UL << Math.Min(length, 63);
            }
        }

        return lengths;
    }

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
            int e = slots[i] - 1;
            if (e < 0)
            {
                return null;
            }

            int from = starts[e];
            int keyLength = starts[e + 1] - from;
            if (keyLength == total)
            {
                if (countWork)
                {
                    HashedCharacters += total;
                }

                if (Matches(keys, from, buffer, start, length, last))
                {
                    return entries[e];
                }
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>The entries in the order they were built from (for the built-in table: the order of the word lists).</summary>
    public IEnumerable<LexiconEntry> Entries() => entries;

    /// <summary>Whether the key at <paramref name="from"/> (of the right length) is the range plus <paramref name="last"/>.</summary>
    private static bool Matches(string keys, int from, char[] buffer, int start, int length, char last)
    {
        if (last != '\0' && keys[from + length] != last)
        {
            return false;
        }

        for (int k = 0; k < length; k++)
        {
            if (keys[from + k] != buffer[start + k])
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
