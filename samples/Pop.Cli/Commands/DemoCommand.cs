namespace Pop.Cli.Commands;

using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Smart;

/// <summary><c>pop demo</c>: one POP end to end, with whatever the library can do.</summary>
internal static class DemoCommand
{
    public const string Help = """
        pop demo [--culture nl|en] [--reference-date YYYY-MM-DD] [--no-color]

        Walks one POP-gesprek end to end: Sanne (employee) and Joost (manager) agree development
        goals; each is SMART-checked and its deadline resolved to a date.
        """;

    public static int Run(CliArguments args, IClock clock)
    {
        CultureInfo culture = CommonOptions.Culture(args, allowAuto: false)!;
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
        LocalDate reference = CommonOptions.Date(args, "--reference-date", new LocalDate(2027, 1, 15));
        var t = new Terminal(args.Flag("--no-color"));
        args.RejectUnknown();
        bool nl = culture.TwoLetterISOLanguageName == "nl";

        Console.WriteLine(t.Bold(nl ? "POP-gesprek — Sanne de Vries met Joost Bakker" : "POP conversation — Sanne de Vries with Joost Bakker"));
        Console.WriteLine(t.Dim((nl ? "Peildatum " : "Reference date ") + LocalDatePattern.Iso.Format(reference)));
        Console.WriteLine();

        string[] goals = nl
            ? new[]
            {
                "Ik wil beter worden in plannen.",
                "Vóór eind Q2 rond ik de cursus Projectmatig Werken af en lever ik een planning voor het magazijnproject op.",
                "Binnen drie maanden loop ik twee dagen mee met de teamleider van de nachtploeg.",
                "Elke maand bespreek ik mijn voortgang met Joost.",
            }
            : new[]
            {
                "I want to get better at planning.",
                "By the end of Q2, complete the Project Management course and hand over a schedule for the warehouse project.",
                "Within three months, shadow the night shift team lead for two days.",
                "Discuss my progress with Joost every month.",
            };

        var validator = new SmartValidator(clock, zone);
        int smart = 0;
        foreach (var goal in goals)
        {
            var report = validator.ValidateAsOf(new SmartSubject(goal) { AcceptedByEmployee = true, AcceptedByManager = true }, reference, culture);
            bool ok = report.IsSmart;
            smart += ok ? 1 : 0;
            Console.WriteLine((ok ? t.Green("✓ ") : t.Yellow("• ")) + goal);
            Console.Write("    ");
            foreach (var c in report.Criteria)
            {
                string letter = c.Criterion.ToString().Substring(0, 1);
                Console.Write(c.Verdict switch { CriterionVerdict.Met => t.Green(letter + "✓"), CriterionVerdict.NotMet => t.Red(letter + "✗"), _ => t.Dim(letter + "?") } + " ");
            }

            if (report.TextAnalysis.Deadline is { } d)
            {
                Console.Write(t.Dim($" → {LocalDatePattern.Iso.Format(d.Date)} ('{d.Text}')"));
            }

            Console.WriteLine();
            foreach (var f in report.Findings)
            {
                if (f.Severity == FindingSeverity.Warning)
                {
                    Console.WriteLine("    " + t.Yellow(f.Code) + " " + f.Message);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine(nl
            ? $"{smart} van de {goals.Length} doelen zijn SMART; de andere krijgen een concrete suggestie mee."
            : $"{smart} of {goals.Length} goals are SMART; the others come with a concrete suggestion.");
        return ExitCodes.Success;
    }
}
