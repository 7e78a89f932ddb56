namespace Pop.Cli;

using System;

/// <summary>Colour only when a person is reading (a terminal, no NO_COLOR, no --no-color).</summary>
internal sealed class Terminal
{
    public Terminal(bool noColor)
    {
        Color = !noColor && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    }

    public bool Color { get; }

    public string Green(string s) => Wrap("32", s);

    public string Red(string s) => Wrap("31", s);

    public string Yellow(string s) => Wrap("33", s);

    public string Bold(string s) => Wrap("1", s);

    public string Dim(string s) => Wrap("2", s);

    private string Wrap(string code, string s) => Color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;

    /// <summary>
    /// Text from a file or an exception, made safe to print as one line: line breaks of any kind
    /// (CR, LF, NEL, U+2028, U+2029) become spaces, other control and format characters (an escape
    /// sequence, a bidi override) become '?', and a text longer than <paramref name="max"/>
    /// characters keeps its start and its end with '…' between, so the reason at the end of an
    /// error survives a huge value echoed in the middle. Every error <c>pop</c> prints passes
    /// through here.
    /// </summary>
    public static string OneLine(string? text, int max)
    {
        text ??= string.Empty;
        var s = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            s.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' '
                : char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?'
                : c);
        }

        if (s.Length <= max)
        {
            return s.ToString();
        }

        int head = (max * 3) / 5, tail = max - head - 1;
        return s.ToString(0, head) + "…" + s.ToString(s.Length - tail, tail);
    }
}
