// Compiled into Pop.Core and Pop.Core.Analyzers: keep self-contained.
namespace Pop.Core.Smart.Text;

/// <summary>Lower-cases and folds Latin diacritics one character for one, so offsets stay aligned.</summary>
internal static class TextNormalizer
{
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }

        switch (c)
        {
            case 'à': case 'á': case 'â': case 'ã': case 'ä': case 'å': case 'À': case 'Á': case 'Â': case 'Ã': case 'Ä': case 'Å': return 'a';
            case 'è': case 'é': case 'ê': case 'ë': case 'È': case 'É': case 'Ê': case 'Ë': return 'e';
            case 'ì': case 'í': case 'î': case 'ï': case 'Ì': case 'Í': case 'Î': case 'Ï': return 'i';
            case 'ò': case 'ó': case 'ô': case 'õ': case 'ö': case 'Ò': case 'Ó': case 'Ô': case 'Õ': case 'Ö': return 'o';
            case 'ù': case 'ú': case 'û': case 'ü': case 'Ù': case 'Ú': case 'Û': case 'Ü': return 'u';
            case 'ç': case 'Ç': return 'c';
            case 'ñ': case 'Ñ': return 'n';
            case 'ý': case 'ÿ': case 'Ý': return 'y';
            case '’': case '‘': case '`': case '´': return '\'';
            case '–': case '—': case '‐': case '‑': return '-';
            default: return char.ToLowerInvariant(c);
        }
    }

    public static string Normalize(string word)
    {
        var chars = new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            chars[i] = Fold(word[i]);
        }

        return new string(chars);
    }
}
