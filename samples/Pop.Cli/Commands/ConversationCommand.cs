namespace Pop.Cli.Commands;

using System;
using System.IO;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;

/// <summary><c>pop conversation</c>: walks a conversation model at a prompt, or replays a script.</summary>
internal static class ConversationCommand
{
    public static readonly string Help = """
        pop conversation [--model five-steps|eight-steps|three-steps] [--culture nl|en]
                         [--text-language nl|en|auto] [--script FILE] [--out PLAN.md]
                         [--json CONVERSATION.json]

        Walks a POP-gesprek phase by phase: the guidance of each phase (purpose, who speaks first,
        questions, what to avoid), then what you record. The rules hold throughout: no agreements
        before both sides' needs, the previous plan first, no closing without a follow-up and an
        evaluation, every agreement accepted by both. Ends with the plan as Markdown, each
        agreement SMART-checked. --culture is the language of the guidance, the plan and its
        messages; --text-language the language the agreements are written in (auto, the default,
        detects it per agreement).

        Without --script, commands are read at a prompt; with it, from FILE (one command a line;
        a rejected command stops the run with exit code 1).

        """ + ConversationSession.Commands + """

        Example:
          pop conversation --script samples/Pop.Cli/conversation.nl.pop --out plan.md
        """;

    public static int Run(CliArguments args, IClock clock)
    {
        var culture = CommonOptions.Culture(args, allowAuto: false)!;
        var reading = CommonOptions.Reading(args, dateOrder: false);
        string modelId = args.Choice("--model", "eight-steps", "five-steps", "eight-steps", "three-steps");
        string? script = args.Text("--script");
        string? outPath = args.Text("--out");
        string? jsonPath = args.Text("--json");
        var t = new Terminal(args.Flag("--no-color"));
        args.RejectUnknown();
        var model = ConversationModel.BuiltInModels.Single(m => m.Id == modelId);

        TextReader input;
        bool interactive = script is null;
        if (script is not null)
        {
            if (!File.Exists(script))
            {
                throw new CliException($"The script '{script}' does not exist.", ExitCodes.Input);
            }

            input = new StreamReader(script);
        }
        else
        {
            input = Console.In;
        }

        var session = new ConversationSession(model, culture, clock, Console.Out, t, reading);
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        Console.WriteLine(t.Bold(model.Name(culture)) + t.Dim(interactive ? (nl ? "  — typ 'guide' voor de leidraad, een lege regel na 'close' om te stoppen" : "  — type 'guide' for guidance, an empty line after 'close' to stop") : string.Empty));
        int lineNumber = 0;
        using (input)
        {
            while (true)
            {
                if (interactive)
                {
                    Console.Write(t.Dim("pop> "));
                }

                string? line = input.ReadLine();
                if (line is null || (interactive && line.Length == 0 && session.Conversation?.Status is ConversationStatus.Closed or ConversationStatus.Cancelled))
                {
                    break;
                }

                lineNumber++;
                string? error = session.Run(line);
                if (error is not null)
                {
                    if (!interactive)
                    {
                        Console.Error.WriteLine($"pop: {script} line {lineNumber}: {error.Split('\n')[0]}");
                        return ExitCodes.NotPassed;
                    }

                    Console.WriteLine(t.Red("  " + error));
                }
            }
        }

        string markdown = session.Markdown();
        if (outPath is null)
        {
            Console.WriteLine();
            Console.Write(markdown);
        }
        else
        {
            File.WriteAllText(outPath, markdown);
            Console.WriteLine(t.Dim((nl ? "Plan geschreven naar " : "Plan written to ") + outPath));
        }

        if (jsonPath is not null)
        {
            File.WriteAllText(jsonPath, ConversationJson.Serialize(session.Conversation!));
        }

        return ExitCodes.Success;
    }
}
