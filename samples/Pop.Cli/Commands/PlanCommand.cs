namespace Pop.Cli.Commands;

using System;
using System.Globalization;
using System.IO;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;

/// <summary><c>pop plan</c>: a development plan's JSON as a document to read or print.</summary>
internal static class PlanCommand
{
    public const string Help = """
        pop plan FILE|- [--as employee|manager|hr|coach] [--format markdown|html|text] [--as-of YYYY-MM-DD]
                        [--culture nl|en] [--text-language nl|en|auto] [--out FILE]
        pop plan --example [--culture nl|en] [--out FILE]

        Renders a development plan (the JSON of Pop.Core's DevelopmentPlanJson, schema pop.plan/2; pop.plan/1 is still read)
        as Markdown, as HTML to print, or as text for a terminal. Every rule is checked while the plan is read; a broken
        one is reported with its JSON path.

          --as       render what this role may see: the plan is redacted first, and what is
                     withheld is named with the reason (manager notes never reach the employee;
                     assessment results need the employee's consent)
          --as-of    the date for progress and overdue agreements (default: today)
          --culture  the reader's language: headings, labels and SMART messages (default nl)
          --text-language
                     the language the agreements are written in, to SMART-check them; auto
                     (default) detects Dutch or English per agreement, whatever --culture is
          --example  write the plan of the demo's story as JSON, to try the command on

        Examples:
          pop plan --example --out plan.json
          pop plan plan.json --as employee --as-of 2027-05-03
          pop plan plan.json --format html --out plan.html
        """;

    public static int Run(CliArguments args, IClock clock)
    {
        var culture = CommonOptions.Culture(args, allowAuto: false)!;
        var reading = CommonOptions.Reading(args, dateOrder: false);
        var t = new Terminal(args.Flag("--no-color"));
        bool example = args.Flag("--example");
        string? outPath = args.Text("--out");
        string format = args.Choice("--format", "markdown", "markdown", "html", "text");
        string? role = args.Text("--as");
        var asOf = CommonOptions.Date(args, "--as-of", CommonOptions.Today(clock, Story.Zone));
        args.RejectUnknown();

        string output;
        if (example)
        {
            if (args.Positional.Count > 0 || role is not null)
            {
                throw new CliException("--example writes the example plan; it takes no FILE and no --as.");
            }

            var story = Story.Clock();
            var session = Story.Conversation(culture, story, new Terminal(noColor: true));
            output = DevelopmentPlanJson.Serialize(Story.Plan(session.Conversation!, culture, story)) + "\n";
        }
        else
        {
            if (args.Positional.Count != 1)
            {
                throw new CliException("Give one plan file (or - for standard input). Try 'pop plan --example --out plan.json' for one.");
            }

            string file = args.Positional[0];
            string json = file == "-" ? Console.In.ReadToEnd() : File.Exists(file) ? File.ReadAllText(file) : throw new CliException($"The plan file '{file}' does not exist.", ExitCodes.Input);
            DevelopmentPlan plan;
            try
            {
                plan = DevelopmentPlanJson.Deserialize(json);
            }
            catch (DevelopmentPlanJsonException e)
            {
                throw new CliException($"{(file == "-" ? "standard input" : file)} is not a valid plan: {e.Message}", ExitCodes.Input);
            }

            if (role is not null)
            {
                var viewer = role switch
                {
                    "employee" => ConversationRole.Employee,
                    "manager" => ConversationRole.Manager,
                    "hr" => ConversationRole.HR,
                    "coach" => ConversationRole.Coach,
                    _ => throw new CliException($"--as must be employee, manager, hr or coach; got '{role}'."),
                };
                if (plan.IsRedacted)
                {
                    throw new CliException($"The plan in the file is already redacted for {plan.Viewer}; --as needs the full plan.", ExitCodes.Input);
                }

                plan = plan.RedactFor(viewer);
            }

            var document = PlanDocument.Of(plan, culture, asOf, clock, reading);
            output = format switch
            {
                "html" => document.Html(culture),
                "text" => document.Text(outPath is null ? t : new Terminal(noColor: true)),
                _ => document.Markdown(),
            };
        }

        if (outPath is null)
        {
            Console.Out.Write(output);
        }
        else
        {
            File.WriteAllText(outPath, output); // silent, like every command writing to --out
        }

        return ExitCodes.Success;
    }
}
