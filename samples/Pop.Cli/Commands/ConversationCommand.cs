namespace Pop.Cli.Commands;

using System;
using System.IO;
using System.Linq;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;

/// <summary><c>pop conversation</c>: walks a conversation model at a prompt, or replays a script.</summary>
internal static class ConversationCommand
{
    public static readonly string Help = """
        pop conversation [--model five-steps|eight-steps|three-steps] [--culture nl|en]
                         [--text-language nl|en|auto] [--script FILE] [--out PLAN.md]
                         [--json CONVERSATION.json] [--plan-json PLAN.json [--department NAME]]

        Walks a POP-gesprek phase by phase: the guidance of each phase (purpose, who speaks first,
        questions, what to avoid), then what you record. The rules hold throughout: no agreements
        before both sides' needs, the previous plan first, no closing without a follow-up and an
        evaluation, every agreement accepted by both. Ends with the plan as Markdown, each
        agreement SMART-checked. --culture is the language of the guidance, the plan and its
        messages; --text-language the language the agreements are written in (auto, the default,
        detects it per agreement).

        With --plan-json, the closed conversation becomes a development plan
        (DevelopmentPlan.FromConversation: its agreements, needs and stage views, for the period up
        to the next conversation or a year), checked for drift against the conversation and written
        as pop.plan/2 JSON that 'pop plan' renders.

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
        string? planPath = args.Text("--plan-json");
        string department = args.Text("--department") ?? "—";
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

        if (planPath is not null)
        {
            var c = session.Conversation;
            if (c is not { Status: ConversationStatus.Closed })
            {
                throw new CliException(nl ? "--plan-json: alleen een gesloten gesprek wordt een plan." : "--plan-json: only a closed conversation becomes a plan.", ExitCodes.NotPassed);
            }

            var start = c.ScheduledFor.Date;
            var end = c.NextConversationOn is { } next && next > start ? next.PlusDays(-1) : start.PlusYears(1).PlusDays(-1);
            var made = DevelopmentPlan.FromConversation("pop-" + c.Id, c, department, new DateInterval(start, end));
            if (!made.IsAccepted)
            {
                throw new CliException($"--plan-json: {made.Rejection!.Code}: {made.Rejection.Message(culture)}", ExitCodes.NotPassed);
            }

            File.WriteAllText(planPath, DevelopmentPlanJson.Serialize(made.Plan));
            Console.WriteLine(t.Dim((nl ? "Plan (JSON) geschreven naar " : "Plan (JSON) written to ") + planPath + " — " + made.Plan.DriftFrom(c).Describe(culture)[0]));
        }

        return ExitCodes.Success;
    }
}
