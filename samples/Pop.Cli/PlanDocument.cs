namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Pop.Core.Smart;
using Pop.Core.Texts;

/// <summary>
/// A development plan as a document a person reads: headings, paragraphs and tables, written as
/// Markdown or as HTML for print. Sections the plan withholds (a redacted copy) are named with
/// the reason, never silently left out.
/// </summary>
internal sealed class PlanDocument
{
    private readonly List<(string Kind, string Text, string[][]? Rows)> blocks = new();

    private PlanDocument()
    {
    }

    /// <param name="culture">The reader's culture: the language of the page and of the SMART messages.</param>
    /// <param name="reading">How the agreements' texts are read (their language is detected by default); independent of <paramref name="culture"/>.</param>
    public static PlanDocument Of(DevelopmentPlan plan, CultureInfo culture, LocalDate asOf, IClock clock, GoalTextReading reading = default, TextCatalog? catalog = null)
    {
        var texts = catalog ?? TextCatalog.Default;
        bool nl = culture.TwoLetterISOLanguageName == "nl";
        string T(string code) => texts.Format(code, culture);
        string L(string dutch, string english) => nl ? dutch : english;
        var d = new PlanDocument();

        d.Heading(1, L("Persoonlijk ontwikkelingsplan — ", "Personal development plan — ") + plan.EmployeeId);
        d.Paragraph(string.Join(" · ", new[]
        {
            L("Leidinggevende: ", "Manager: ") + plan.ManagerId,
            L("Afdeling: ", "Department: ") + plan.Department,
            L("Looptijd: ", "Period: ") + Iso(plan.Period.Start) + L(" t/m ", " to ") + Iso(plan.Period.End),
            L("Versie ", "Version ") + plan.Version + (plan.PreviousVersion is null ? string.Empty : L(" (herziet versie ", " (revises version ") + plan.PreviousVersion.Version + ")"),
        }));
        if (plan.Viewer is { } viewer)
        {
            d.Paragraph(L("Weergave voor ", "View for ") + T("ROLE." + viewer) + (plan.Redactions.Count == 0
                ? L(": niets afgeschermd.", ": nothing withheld.")
                : L(": onderdelen die deze rol niet mag zien staan er niet in.", ": sections this role may not see are left out.")));
        }

        bool Shown(PlanSection section) => !plan.Redactions.Any(r => r.Section == section);

        if (Shown(PlanSection.Goals))
        {
            d.Heading(2, T("SECTION.Goals"));
            d.Table(
                new[] { L("Doel", "Goal"), L("Richting", "Direction"), L("Competentie", "Competency"), L("Voor de medewerker", "For the employee"), L("Voor de organisatie", "For the organisation"), L("Status", "Status") },
                plan.Goals.Select(g => new[] { g.Text, T("GOALKIND." + g.Kind) + ", " + T("FOCUS." + g.Focus), g.Competency, g.BenefitToEmployee, g.BenefitToOrganisation, T("GOALSTATUS." + g.Status) + $" ({g.ProgressPercent}%)" }));
        }

        if (Shown(PlanSection.Activities))
        {
            d.Heading(2, T("SECTION.Activities"));
            d.Table(
                new[] { L("Activiteit", "Activity"), L("Soort", "Kind"), L("Doel", "Goal"), L("Kosten", "Cost"), L("Tijd", "Time") },
                plan.Activities.Select(a => new[] { a.Description, T("ACTIVITY." + a.Kind), GoalName(plan, a.GoalId), a.EstimatedCost is { } c ? "€ " + c.ToString("N0", culture) : "—", a.EstimatedTime is { } t ? $"{t.TotalHours.ToString("0.#", culture)} {L("uur", "h")}" : "—" }));
        }

        if (Shown(PlanSection.Proposals) && plan.Proposals.Count > 0)
        {
            d.Heading(2, T("SECTION.Proposals") + " (E = K × A)");
            var best = plan.BestProposals;
            d.Table(
                new[] { L("Oplossing", "Solution"), L("Doel", "Goal"), L("Voorgesteld door", "Proposed by"), "K", "A", "E" },
                plan.Proposals.Select(p => new[] { p.Description + (best.Contains(p) ? " ★" : string.Empty), GoalName(plan, p.GoalId), T("ROLE." + p.ProposedBy), p.Quality.ToString(culture), p.Acceptance.ToString(culture), p.Effect.ToString(culture) }));
        }

        if (Shown(PlanSection.Agreements))
        {
            d.Heading(2, T("SECTION.Agreements"));
            var validator = new SmartValidator(clock, Story.Zone);
            bool checks = Shown(PlanSection.InterimChecks);
            var overdue = checks ? plan.OverdueAgreements(asOf).Select(a => a.Id).ToHashSet() : new HashSet<string>();
            d.Table(
                new[] { L("Wat", "What"), L("Wie", "Who"), L("Wanneer", "When"), L("Soort", "Kind"), L("Akkoord", "Accepted"), "SMART", L("Voortgang op ", "Progress on ") + Iso(asOf) },
                plan.Agreements.Select(a =>
                {
                    var report = validator.ValidateAsOf(new SmartSubject(a.What) { Kind = SmartSubjectKind.Agreement, Who = a.Who, Deadline = a.When, AcceptedByEmployee = a.EmployeeAcceptedAt is not null, AcceptedByManager = a.ManagerAcceptedAt is not null }, plan.Period.Start, reading, culture);
                    string accepted = a.IsAcceptedByBoth ? L("beiden", "both") : a.EmployeeAcceptedAt is not null ? T("ROLE.Employee") : a.ManagerAcceptedAt is not null ? T("ROLE.Manager") : "—";
                    string progress = !checks ? "—" : plan.ProgressOf(a.Id, asOf) + "%" + (overdue.Contains(a.Id) ? L(" — te laat", " — overdue") : string.Empty);
                    return new[] { a.What, a.Who, Iso(a.When), a.IsSupport ? L("ondersteuning", "support") : L("afspraak", "agreement"), accepted, SmartMarks.Of(report), progress };
                }));
        }

        var dates = new List<string>();
        if (plan.FollowUpOn is { } followUp)
        {
            dates.Add(L("Vervolggesprek: ", "Follow-up: ") + Iso(followUp));
        }

        if (plan.PlannedChecks.Count > 0)
        {
            dates.Add(L("Tussentijdse checks: ", "Interim checks: ") + string.Join(", ", plan.PlannedChecks.Select(Iso)));
        }

        if (dates.Count > 0)
        {
            d.Heading(2, L("Planning", "Dates"));
            d.Paragraph(string.Join(" · ", dates));
        }

        if (Shown(PlanSection.InterimChecks) && plan.InterimChecks.Count > 0)
        {
            d.Heading(2, T("SECTION.InterimChecks"));
            d.Table(
                new[] { L("Datum", "Date"), L("Afspraak", "Agreement"), L("Voortgang", "Progress"), L("Toelichting", "Note") },
                plan.InterimChecks.SelectMany(c => c.Progress.Select(p => new[] { Iso(c.On), Describe(plan, p.AgreementId), p.PercentComplete + "%", p.Note ?? c.Note ?? string.Empty })));
        }

        if (Shown(PlanSection.AssessmentResults) && plan.AssessmentResults.Count > 0)
        {
            d.Heading(2, T("SECTION.AssessmentResults"));
            d.Table(new[] { L("Datum", "Date"), L("Instrument", "Instrument"), L("Uitkomst", "Outcome") }, plan.AssessmentResults.Select(r => new[] { Iso(r.On), r.Instrument, r.Summary }));
        }

        if (Shown(PlanSection.ManagerNotes) && plan.ManagerNotes.Count > 0)
        {
            d.Heading(2, T("SECTION.ManagerNotes"));
            foreach (var note in plan.ManagerNotes)
            {
                d.Paragraph(note.Text);
            }
        }

        if (plan.Consents.Count > 0)
        {
            d.Heading(2, L("Toestemming assessmentuitslagen", "Consent for assessment results"));
            d.Table(
                new[] { L("Voor", "For"), L("Gegeven", "Given"), L("Ingetrokken", "Withdrawn") },
                plan.Consents.Select(c => new[] { T("ROLE." + c.GrantedTo), Moment(c.GrantedAt), c.WithdrawnAt is { } w ? Moment(w) : "—" }));
        }

        if (plan.Redactions.Count > 0)
        {
            d.Heading(2, L("Niet in deze weergave", "Not in this view"));
            foreach (var r in plan.Redactions)
            {
                d.Paragraph($"{T("SECTION." + r.Section)}: {r.Message(culture, texts)} ({r.Code})");
            }
        }

        return d;
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        foreach (var (kind, text, rows) in blocks)
        {
            switch (kind)
            {
                case "h1":
                case "h2":
                    md.Append(md.Length == 0 ? string.Empty : "\n").Append(kind == "h1" ? "# " : "## ").Append(text).Append('\n');
                    break;
                case "p":
                    md.Append('\n').Append(text).Append('\n');
                    break;
                default:
                    md.Append('\n');
                    if (rows!.Length == 1)
                    {
                        md.Append('_').Append(text).Append("_\n");
                        break;
                    }

                    foreach (var (row, i) in rows.Select((r, i) => (r, i)))
                    {
                        md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                        if (i == 0)
                        {
                            md.Append('|').Append(string.Concat(Enumerable.Repeat("---|", row.Length))).Append('\n');
                        }
                    }

                    break;
            }
        }

        return md.ToString();
    }

    /// <summary>For a terminal: headings in bold, each table row as a bullet with its other columns labelled beneath.</summary>
    public string Text(Terminal t)
    {
        var text = new StringBuilder();
        foreach (var (kind, value, rows) in blocks)
        {
            switch (kind)
            {
                case "h1":
                    text.Append(t.Bold(value)).Append('\n');
                    break;
                case "h2":
                    text.Append('\n').Append(t.Bold(value)).Append('\n');
                    break;
                case "p":
                    text.Append(value).Append('\n');
                    break;
                default:
                    if (rows!.Length == 1)
                    {
                        text.Append(t.Dim(value)).Append('\n');
                        break;
                    }

                    foreach (var row in rows.Skip(1))
                    {
                        text.Append("• ").Append(row[0]).Append('\n');
                        var rest = row.Skip(1).Select((cell, i) => (Header: rows[0][i + 1], Cell: cell)).Where(c => c.Cell.Length > 0 && c.Cell != "—");
                        text.Append("  ").Append(t.Dim(string.Join(" · ", rest.Select(c => c.Header + ": " + c.Cell)))).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    public string Html(CultureInfo culture)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        string title = blocks.FirstOrDefault(b => b.Kind == "h1").Text ?? string.Empty;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(culture.TwoLetterISOLanguageName).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("@page { size: A4; margin: 18mm; }\n")
            .Append("body { font-family: system-ui, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #222; max-width: 60rem; margin: 2rem auto; }\n")
            .Append("h1 { font-size: 16pt; margin-bottom: .2rem; } h2 { font-size: 12pt; margin-top: 1.4rem; border-bottom: 1px solid #ccc; }\n")
            .Append("table { border-collapse: collapse; width: 100%; page-break-inside: auto; } tr { page-break-inside: avoid; }\n")
            .Append("th, td { border: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; } th { background: #f3f3f3; } td.nowrap { white-space: nowrap; }\n")
            .Append("@media print { body { margin: 0; max-width: none; } }\n</style>\n</head>\n<body>\n");
        foreach (var (kind, text, rows) in blocks)
        {
            switch (kind)
            {
                case "h1":
                case "h2":
                    html.Append('<').Append(kind).Append('>').Append(E(text)).Append("</").Append(kind).Append(">\n");
                    break;
                case "p":
                    html.Append("<p>").Append(E(text)).Append("</p>\n");
                    break;
                default:
                    if (rows!.Length == 1)
                    {
                        html.Append("<p><em>").Append(E(text)).Append("</em></p>\n");
                        break;
                    }

                    html.Append("<table>\n<thead><tr>").Append(string.Concat(rows[0].Select(h => "<th>" + E(h) + "</th>"))).Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in rows.Skip(1))
                    {
                        html.Append("<tr>").Append(string.Concat(row.Select(c => (IsShort(c) ? "<td class=\"nowrap\">" : "<td>") + E(c) + "</td>"))).Append("</tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string GoalName(DevelopmentPlan plan, string goalId) =>
        plan.Goals.FirstOrDefault(g => g.Id == goalId) is { } g ? $"{g.Competency} ({g.Id})" : goalId;

    private static string Describe(DevelopmentPlan plan, string agreementId) =>
        plan.Agreements.FirstOrDefault(a => a.Id == agreementId) is { } a ? $"{a.Who}, {Iso(a.When)} ({a.Id})" : agreementId;

    /// <summary>Dates, times and amounts: kept on one line in print.</summary>
    private static bool IsShort(string cell) => cell.Length <= 16 && cell.Any(char.IsDigit) && !cell.Contains(' ', StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(cell, @"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$");

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Moment(Instant at) => at.InZone(Story.Zone).ToString("uuuu'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture);

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private void Heading(int level, string text) => blocks.Add((level == 1 ? "h1" : "h2", text, null));

    private void Paragraph(string text) => blocks.Add(("p", text, null));

    private void Table(string[] headers, IEnumerable<string[]> rows)
    {
        var all = new[] { headers }.Concat(rows).ToArray();
        blocks.Add(("table", all.Length == 1 ? "—" : string.Empty, all));
    }
}
