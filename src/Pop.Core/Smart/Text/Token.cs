// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>One token of a goal text: a word, a digit run or a single symbol.</summary>
internal struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;

    /// <summary>The value of a digit run (-1 when it has more than nine digits).</summary>
    public int Number;

    /// <summary>Number of digits of a digit run.</summary>
    public int Digits;

    /// <summary>True when white space (or the start of the text) stands before the token.</summary>
    public bool SpaceBefore;

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool Capitalised;

    /// <summary>True when the token is two or more letters, all upper case (an acronym).</summary>
    public bool Acronym;

    /// <summary>True when the token starts a sentence.</summary>
    public bool SentenceStart;

    /// <summary>True when the original word carried an accent on an 'e' (Dutch "één").</summary>
    public bool Accented;

    /// <summary>Set when a time expression or a figure has claimed the token.</summary>
    public bool Claimed;

    public LexiconEntry? Entry;

    /// <summary>Word classes in the analysed language (from the lexicon or a compound head).</summary>
    public WordClass Classes;

    public int Value;

    public bool Is(WordClass cls) => (Classes & cls) != 0;

    public char Symbol(string text) => Kind == TokenKind.Symbol ? text[Start] : '\0';
}
