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
}
