namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;

/// <summary>The options and positional arguments of one command line, with typed accessors.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    private CliArguments(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public List<string> Positional { get; }

    public bool Help => options.ContainsKey("--help") || options.ContainsKey("-h");

    public static CliArguments Parse(string[] args)
    {
        string command = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) ? args[0] : string.Empty;
        var positional = new List<string>();
        var result = new CliArguments(command, positional);
        for (int i = command.Length > 0 ? 1 : 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "-" || !arg.StartsWith("-", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            int eq = arg.IndexOf('=');
            if (eq > 0)
            {
                result.options[arg.Substring(0, eq)] = arg.Substring(eq + 1);
            }
            else if (i + 1 < args.Length && (!args[i + 1].StartsWith("-", StringComparison.Ordinal) || args[i + 1] == "-") && !IsFlag(arg))
            {
                result.options[arg] = args[++i];
            }
            else
            {
                result.options[arg] = null;
            }
        }

        return result;
    }

    public string? Text(string name)
    {
        read.Add(name);
        return options.TryGetValue(name, out var value) ? value ?? throw new CliException($"{name} needs a value.") : null;
    }

    public bool Flag(string name)
    {
        read.Add(name);
        return options.ContainsKey(name);
    }

    public string Choice(string name, string fallback, params string[] allowed)
    {
        string value = Text(name) ?? fallback;
        if (Array.IndexOf(allowed, value) < 0)
        {
            throw new CliException($"{name} must be one of {string.Join(", ", allowed)}; got '{value}'.");
        }

        return value;
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        string? value = Text(name);
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            throw new CliException($"{name} must be a whole number from {min} to {max}; got '{value}'.");
        }

        return n;
    }

    /// <summary>Fails on options the command did not read, so that typos do not pass silently.</summary>
    public void RejectUnknown()
    {
        foreach (var name in options.Keys)
        {
            if (!read.Contains(name) && name != "--help" && name != "-h")
            {
                throw new CliException($"Unknown option {name} for 'pop {Command}'. See 'pop {Command} --help'.");
            }
        }
    }

    /// <summary>
    /// Refuses, before anything else is checked, an option the command's help does not name: the
    /// help is the list of options, so a typo is reported as a typo and an undocumented option
    /// cannot exist. <c>--no-color</c> and <c>--help</c> hold for every command.
    /// </summary>
    public void AllowOnlyOptionsIn(string help)
    {
        foreach (var name in options.Keys)
        {
            if (name is "--help" or "-h" or "--no-color")
            {
                continue;
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(help, "(?<![A-Za-z0-9-])" + System.Text.RegularExpressions.Regex.Escape(name) + "(?![A-Za-z0-9-])"))
            {
                throw new CliException($"Unknown option {name} for 'pop {Command}'. See 'pop {Command} --help'.");
            }
        }
    }

    private static bool IsFlag(string name) => name is "--help" or "-h" or "--no-color" or "--strict" or "--example";
}
