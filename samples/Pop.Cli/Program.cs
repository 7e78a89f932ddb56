namespace Pop.Cli;

using System;
using System.IO;
using NodaTime;
using Pop.Cli.Commands;

/// <summary>The <c>pop</c> command: Pop.Core at work from a terminal.</summary>
internal static class Program
{
    private const string Usage = """
        pop — the POP-gesprek (personal development plan conversation) from a terminal

        Usage: pop <command> [options]

        Commands:
          demo     walk one POP end to end: the goals SMART-checked, deadlines resolved
          conversation  walk a POP-gesprek phase by phase (at a prompt or from a script)
          smart    check development goals against SMART, one goal per line
          strategy the quadrant and conversation strategy for one employee
          quadrant a team on the interest × potential grid, as a table and an SVG
          schedule plan the yearly conversation cycle for an organisation (CSV, JSON or iCalendar)
          plan     render a development plan (JSON) as Markdown or HTML, as one role may see it

        Run 'pop <command> --help' for a command's options. Every command takes --no-color;
        colour is off anyway when the output is not a terminal or NO_COLOR is set.

        Exit codes: 0 done; 1 input did not pass (--strict); 2 wrong command or option; 3 unreadable input;
        70 internal error (a fault in pop or its surroundings, not in what you gave it: one line on
        standard error names it; please report it).
        """;

    public static int Main(string[] argv)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        // The wall clock enters here, at the host's edge, and nowhere else.
        IClock clock = SystemClock.Instance;
        try
        {
            var args = CliArguments.Parse(argv);
            switch (args.Command)
            {
                case "" when args.Help || argv.Length == 0:
                    Console.Out.Write(Usage);
                    return argv.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
                case "smart":
                    return args.Help ? Print(SmartCommand.Help) : Allowed(args, SmartCommand.Help) ?? SmartCommand.Run(args, clock);
                case "strategy":
                    return args.Help ? Print(StrategyCommand.Help) : Allowed(args, StrategyCommand.Help) ?? StrategyCommand.Run(args);
                case "quadrant":
                    return args.Help ? Print(QuadrantCommand.Help) : Allowed(args, QuadrantCommand.Help) ?? QuadrantCommand.Run(args);
                case "conversation":
                    return args.Help ? Print(ConversationCommand.Help) : Allowed(args, ConversationCommand.Help) ?? ConversationCommand.Run(args, clock);
                case "schedule":
                    return args.Help ? Print(ScheduleCommand.Help) : Allowed(args, ScheduleCommand.Help) ?? ScheduleCommand.Run(args, clock);
                case "plan":
                    return args.Help ? Print(PlanCommand.Help) : Allowed(args, PlanCommand.Help) ?? PlanCommand.Run(args, clock);
                case "demo":
                    return args.Help ? Print(DemoCommand.Help) : Allowed(args, DemoCommand.Help) ?? DemoCommand.Run(args, clock);
                default:
                    throw new CliException($"Unknown command '{(args.Command.Length == 0 ? argv[0] : args.Command)}'. Run 'pop --help' for the commands.");
            }
        }
        catch (CliException e)
        {
            Console.Error.WriteLine("pop: " + OneLine(e.Message));
            return e.ExitCode;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine("pop: " + OneLine(e.Message));
            return ExitCodes.Input;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine("pop: " + OneLine(e.Message));
            return ExitCodes.Input;
        }
        catch (Exception e)
        {
            // The last resort: whatever else went wrong is said in one line, never as a stack trace.
            Console.Error.WriteLine($"pop: internal error: {e.GetType().FullName}: {OneLine(e.Message)}");
            return ExitCodes.Internal;
        }
    }

    private static int? Allowed(CliArguments args, string help)
    {
        args.AllowOnlyOptionsIn(help);
        return null;
    }

    /// <summary>An error as one safe line of at most 1,000 characters: values from the input are echoed in it.</summary>
    private static string OneLine(string text) => Terminal.OneLine(text, 1_000);

    private static int Print(string text)
    {
        Console.Out.Write(text);
        return ExitCodes.Success;
    }
}
