namespace Pop.Core.Texts;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

/// <summary>
/// The texts Pop.Core shows to people, keyed by stable codes (for example <c>SMART-M01</c>), with
/// templates that name their placeholders (<c>{Deadline}</c>). Dutch and English ship built in; a
/// host replaces or adds any text with <see cref="WithText"/>.
/// </summary>
/// <remarks>
/// Look-up goes from the requested culture to its parent culture, then to English, then to Dutch.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TextCatalog
{
    private readonly Dictionary<string, Dictionary<string, string>> byCulture;

    private TextCatalog(Dictionary<string, Dictionary<string, string>> byCulture)
    {
        this.byCulture = byCulture;
    }

    /// <summary>Gets the catalogue with the built-in Dutch and English texts.</summary>
    public static TextCatalog Default { get; } = new(BuiltInTexts.Create());

    /// <summary>Gets the cultures that have at least one text, by name (<c>nl</c>, <c>en</c>, …).</summary>
    public IReadOnlyCollection<string> Cultures => byCulture.Keys;

    /// <summary>Returns a copy of this catalogue in which <paramref name="code"/> reads <paramref name="template"/> in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture the text is for; a neutral culture (<c>nl</c>) serves all its specific ones.</param>
    /// <param name="code">The stable code of the text.</param>
    /// <param name="template">The template; placeholders are written <c>{Name}</c>.</param>
    /// <returns>A new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="template"/> is empty or white space.</exception>
    public TextCatalog WithText(CultureInfo culture, string code, string template)
    {
        Guard.Against.Null(culture, nameof(culture));
        Guard.Against.NullOrWhiteSpace(code, nameof(code));
        Guard.Against.NullOrWhiteSpace(template, nameof(template));
        var copy = new Dictionary<string, Dictionary<string, string>>(byCulture, StringComparer.OrdinalIgnoreCase);
        string key = culture.Name.Length == 0 ? "en" : culture.Name;
        var texts = copy.TryGetValue(key, out var existing)
            ? new Dictionary<string, string>(existing, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        texts[code] = template;
        copy[key] = texts;
        return new TextCatalog(copy);
    }

    /// <summary>Gets whether a text exists for <paramref name="code"/> in some culture.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when some culture has the code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public bool Contains(string code)
    {
        Guard.Against.Null(code, nameof(code));
        foreach (var texts in byCulture.Values)
        {
            if (texts.ContainsKey(code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the template for <paramref name="code"/> in <paramref name="culture"/>, following the fallback chain.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No culture has a text for <paramref name="code"/>.</exception>
    public string Template(string code, CultureInfo culture)
    {
        Guard.Against.Null(code, nameof(code));
        Guard.Against.Null(culture, nameof(culture));
        for (var c = culture; ; c = c.Parent)
        {
            if (c.Name.Length > 0 && byCulture.TryGetValue(c.Name, out var texts) && texts.TryGetValue(code, out var text))
            {
                return text;
            }

            if (c.Name.Length == 0 || ReferenceEquals(c, c.Parent))
            {
                break;
            }
        }

        foreach (var fallback in new[] { "en", "nl" })
        {
            if (byCulture.TryGetValue(fallback, out var texts) && texts.TryGetValue(code, out var text))
            {
                return text;
            }
        }

        throw new KeyNotFoundException($"No text has the code '{code}' in any culture.");
    }

    /// <summary>Formats the text for <paramref name="code"/>, replacing each <c>{Name}</c> with its argument.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="arguments">Placeholder values by name; a placeholder without a value is left as written.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">No culture has a text for <paramref name="code"/>.</exception>
    public string Format(string code, CultureInfo culture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        string template = Template(code, culture);
        if (arguments is null || arguments.Count == 0 || template.IndexOf('{') < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            if (arguments.TryGetValue(name, out var value))
            {
                builder.Append(value);
            }
            else
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }
}
