namespace Pop.Cli;

using System;

/// <summary>A mistake in how the command was called or in its input: shown as one line, no stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Usage)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}

/// <summary>The exit codes of <c>pop</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The command ran but its input did not pass (for example a goal that is not SMART with --strict).</summary>
    public const int NotPassed = 1;

    /// <summary>Unknown command or option, or an option's value is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The input could not be read or has the wrong shape.</summary>
    public const int Input = 3;

    /// <summary>An unexpected fault in pop or its surroundings, not in the input (EX_SOFTWARE of sysexits.h).</summary>
    public const int Internal = 70;
}
