// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>
/// Splits a text into tokens in one pass. Words are letter runs (inner hyphens and apostrophes
/// kept, digits allowed after the first letter: "Q3", "e-learning", "pagina's"); numbers are digit
/// runs; every other visible character is a symbol of its own. Control characters and white space
/// separate tokens.
/// </summary>
internal static class Tokenizer
{
    private const byte Letter = 1;
    private const byte Upper = 2;
    private const byte Digit = 4;
    private const byte Space = 8;

    /// <summary>What each ASCII character is: letter (upper case or not), digit, or white space / control.</summary>
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            kinds[c] = (byte)((char.IsLetter(ch) ? Letter : 0) | (char.IsUpper(ch) ? Upper : 0) | (ch >= '0' && ch <= '9' ? Digit : 0)
                | (char.IsWhiteSpace(ch) || char.IsControl(ch) ? Space : 0));
        }

        return kinds;
    }

    public static int Tokenize(string text, char[] folded, ref Token[] tokens)
    {
        int count = 0;
        int i = 0;
        int n = text.Length;
        bool space = true;
        bool sentenceStart = true;
        while (i < n)
        {
            char c = text[i];
            if (c < 128 ? (AsciiKinds[c] & Space) != 0 : char.IsWhiteSpace(c) || char.IsControl(c))
            {
                folded[i] = ' ';
                space = true;
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                System.Array.Resize(ref tokens, tokens.Length * 2);
            }

            ref Token t = ref tokens[count];
            t = default;
            t.Start = i;
            t.SpaceBefore = space;
            t.SentenceStart = sentenceStart;
            space = false;

            if (char.IsLetter(c))
            {
                t.Kind = TokenKind.Word;
                t.Capitalised = char.IsUpper(c);
                int upper = 0;
                int letters = 0;
                while (i < n)
                {
                    char d = text[i];
                    if (d < 128)
                    {
                        // ASCII, the common case: one table lookup instead of the Unicode category tests
                        byte kind = AsciiKinds[d];
                        if ((kind & Letter) != 0)
                        {
                            letters++;
                            if ((kind & Upper) != 0)
                            {
                                upper++;
                                folded[i] = (char)(d + 32);
                            }
                            else
                            {
                                folded[i] = d;
                            }

                            i++;
                            continue;
                        }

                        if ((kind & Digit) != 0)
                        {
                            folded[i] = d;
                            i++;
                            continue;
                        }

                        if ((d == '-' || d == '\'') && i + 1 < n && char.IsLetter(text[i + 1]))
                        {
                            folded[i] = d;
                            i++;
                            continue;
                        }

                        break;
                    }

                    if (char.IsLetter(d))
                    {
                        letters++;
                        if (char.IsUpper(d))
                        {
                            upper++;
                        }

                        if (d == 'é' || d == 'É' || d == 'ë')
                        {
                            t.Accented = true;
                        }

                        folded[i] = TextNormalizer.Fold(d);
                        i++;
                    }
                    else if (d >= '0' && d <= '9')
                    {
                        folded[i] = d;
                        i++;
                    }
                    else if ((d == '-' || d == '\'' || d == '’') && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        folded[i] = TextNormalizer.Fold(d);
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                t.Acronym = letters >= 2 && upper == letters;
                sentenceStart = false;
            }
            else if (c >= '0' && c <= '9')
            {
                t.Kind = TokenKind.Number;
                long value = 0;
                int digits = 0;
                while (i < n && text[i] >= '0' && text[i] <= '9')
                {
                    if (digits < 10)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    folded[i] = text[i];
                    digits++;
                    i++;
                }

                t.Digits = digits;
                t.Number = digits > 9 ? -1 : (int)value;
                sentenceStart = false;
            }
            else
            {
                t.Kind = TokenKind.Symbol;
                folded[i] = TextNormalizer.Fold(c);
                if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
                {
                    folded[i + 1] = text[i + 1];
                    i++;
                }

                i++;
                sentenceStart = c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' ? true : sentenceStart;
                if (c == '.' && i < n && !char.IsWhiteSpace(text[i]))
                {
                    // "1.5" or "e.g." — not a sentence end
                    sentenceStart = false;
                }
            }

            t.Length = i - t.Start;
            count++;
        }

        return count;
    }
}
