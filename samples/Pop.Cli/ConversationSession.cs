namespace Pop.Cli;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Conversations;
using Pop.Core.Smart;

/// <summary>
/// Drives one conversation from lines of a small command language — typed at a prompt or read from
/// a script — and renders the result as Markdown. Both modes use the same commands.
/// </summary>
internal sealed class ConversationSession
{
    public const string Commands = """
        Before the start:  employee: NAME | manager: NAME | when: YYYY-MM-DD HH:MM | previous: AGREEMENT
                           prepare employee|manager: POINT | agenda employee|manager PRIORITY: TEXT | start
                           stage employee|manager: junior|vakvolwassen|senior | questions employee|manager
        In the phases:     next | back PHASE | previous-evaluation: TEXT | state: TEXT
                           verdict N achieved|partly|not|dropped [: NOTE] (previous agreement N, from 1)
                           need employee|organisation: TEXT | remark [substantive]: TEXT
                           option N: OPTION | PRO; PRO | CON; CON (for need N: the employee's first, then the organisation's)
                           agreement WHO YYYY-MM-DD [support]: WHAT | accept ID|all
                           nothing-agreed: REASON | not-smart ID: REASON (keep agreement ID, e.g. w2, as worded)
                           follow-up YYYY-MM-DD | next-conversation YYYY-MM-DD | evaluation: TEXT
                           close | cancel: REASON | guide (show the phase's guidance again)
        """;

    private static readonly ClosingPolicy RefuseVagueAgreements = new(Pop.Core.RuleEnforcement.Refuse);

    private readonly ConversationModel model;
    private readonly CultureInfo culture;
    private readonly GoalTextReading reading;
    private readonly IClock clock;
    private readonly TextWriter output;
    private readonly Terminal t;
    private readonly DateTimeZone zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private readonly List<string> previous = new();
    private string employee = "Medewerker";
    private string manager = "Leidinggevende";
    private LocalDateTime when = new(2027, 1, 25, 10, 0);
    private Conversation? conversation;
    private int agreementCount;

    /// <param name="culture">The language of the prompts, the guidance and the plan (the SMART messages too).</param>
    /// <param name="reading">How the agreements' texts are read for the SMART check: detected by default, whatever <paramref name="culture"/> is.</param>
    public ConversationSession(ConversationModel model, CultureInfo culture, IClock clock, TextWriter output, Terminal terminal, GoalTextReading reading = default)
    {
        this.model = model;
        this.culture = culture;
        this.reading = reading;
        this.clock = clock;
        this.output = output;
        t = terminal;
    }

    public Conversation? Conversation => conversation;

    private bool Nl => culture.TwoLetterISOLanguageName == "nl";

    /// <summary>Runs one line; returns an error message for the user, or null when it went well.</summary>
    public string? Run(string line)
    {
        line = line.Trim();
        if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        int colon = line.IndexOf(':');
        string head = (colon >= 0 ? line.Substring(0, colon) : line).Trim();
        string text = colon >= 0 ? line.Substring(colon + 1).Trim() : string.Empty;
        string[] words = head.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        string verb = words.Length > 0 ? words[0].ToLowerInvariant() : string.Empty;
        string Arg(int i) => words.Length > i ? words[i] : string.Empty;

        if (conversation is null)
        {
            switch (verb)
            {
                case "employee": employee = Required(text, "employee"); return null;
                case "manager": manager = Required(text, "manager"); return null;
                case "previous": previous.Add(Required(text, "previous")); return null;
                case "when":
                    var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm").Parse(text);
                    if (!parsed.Success)
                    {
                        return $"when: expected YYYY-MM-DD HH:MM, got '{text}'.";
                    }

                    when = parsed.Value;
                    return null;
                default:
                    conversation = Pop.Core.Conversations.Conversation.Schedule("pop-1", model, employee, manager, when.InZoneLeniently(zone), previous, clock).Conversation;
                    break;
            }
        }

        ConversationResult result;
        switch (verb)
        {
            case "start":
                result = conversation.Start(clock);
                break;
            case "next":
                result = conversation.AdvancePhase(clock);
                break;
            case "back":
                result = conversation.ReturnToPhase(Arg(1), clock);
                break;
            case "guide":
                ShowGuidance(conversation);
                return null;
            case "prepare":
                result = conversation.RecordPreparation(Role(Arg(1)), new[] { Required(text, "prepare") }, clock);
                break;
            case "stage":
                if (Stage(text) is not { } stage)
                {
                    return $"stage: expected junior, vakvolwassen (fully competent) or senior, got '{text}'.";
                }

                result = conversation.RecordPreparation(Role(Arg(1)), Array.Empty<string>(), clock, stage);
                if (result.IsAccepted)
                {
                    ShowStages(result.Conversation);
                }

                break;
            case "questions":
                foreach (var question in ConversationGuide.Default.PreparationQuestions(Role(Arg(1)), culture))
                {
                    output.WriteLine(t.Dim("  ? ") + question);
                }

                return null;
            case "agenda":
                if (!int.TryParse(Arg(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out int priority) || priority < 1)
                {
                    return $"agenda: expected 'agenda employee|manager PRIORITY: TEXT', got '{line}'.";
                }

                result = conversation.AddAgendaItem("a" + (conversation.Agenda.Count + 1), Role(Arg(1)), Required(text, "agenda"), priority, clock);
                break;
            case "previous-evaluation":
                result = conversation.EvaluatePreviousAgreements(Required(text, verb), clock);
                break;
            case "verdict":
                if (!int.TryParse(Arg(1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number) || number < 1 || Verdict(Arg(2)) is not { } verdict)
                {
                    return $"verdict: expected 'verdict N achieved|partly|not|dropped [: NOTE]', got '{line}'.";
                }

                result = conversation.EvaluatePreviousAgreement(number - 1, verdict, string.IsNullOrWhiteSpace(text) ? null : text, clock);
                break;
            case "state":
                result = conversation.RecordCurrentState(Required(text, verb), clock);
                break;
            case "need":
                result = conversation.RecordNeed(Arg(1) is "organisation" or "organisatie" ? ConversationRole.Manager : ConversationRole.Employee, Required(text, verb), clock);
                break;
            case "option":
                var points = conversation.EmployeeNeeds.Concat(conversation.OrganisationNeeds).ToList();
                var parts = text.Split('|');
                if (!int.TryParse(Arg(1), NumberStyles.None, CultureInfo.InvariantCulture, out int point) || point < 1 || point > points.Count || parts[0].Trim().Length == 0 || parts.Length > 3)
                {
                    return $"option: expected 'option N: OPTION | PRO; PRO | CON; CON' with N from 1 to {points.Count} (the needs recorded so far), got '{line}'.";
                }

                static string[] List(string[] parts, int i) =>
                    parts.Length > i ? parts[i].Split(';').Select(x => x.Trim()).Where(x => x.Length > 0).ToArray() : Array.Empty<string>();
                result = conversation.ExploreOption("o" + (conversation.Options.Count + 1), points[point - 1], parts[0].Trim(), List(parts, 1), List(parts, 2), clock);
                break;
            case "remark":
                result = conversation.RecordManagerRemark(Required(text, verb), Arg(1) is "substantive" or "inhoudelijk", clock);
                break;
            case "agreement":
                var date = LocalDatePattern.Iso.Parse(Arg(2));
                if (Arg(1).Length == 0 || !date.Success)
                {
                    return $"agreement: expected 'agreement WHO YYYY-MM-DD [support]: WHAT', got '{line}'.";
                }

                result = conversation.RecordAgreement("w" + (++agreementCount), Arg(1), Required(text, verb), date.Value, Arg(3) is "support" or "ondersteuning", clock);
                break;
            case "accept":
                var ids = Arg(1) == "all" ? conversation.Agreements.Select(a => a.Id).ToArray() : new[] { Arg(1) };
                foreach (var id in ids)
                {
                    foreach (var role in new[] { ConversationRole.Employee, ConversationRole.Manager })
                    {
                        var agreement = conversation.Agreements.FirstOrDefault(a => a.Id == id);
                        if (agreement is not null && (role == ConversationRole.Employee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
                        {
                            continue;
                        }

                        var accepted = conversation.AcceptAgreement(id, role, clock);
                        if (!accepted.IsAccepted)
                        {
                            return accepted.Rejection!.Message(culture);
                        }

                        conversation = accepted.Conversation;
                    }
                }

                return null;
            case "follow-up":
            case "next-conversation":
                var on = LocalDatePattern.Iso.Parse(Arg(1));
                if (!on.Success)
                {
                    return $"{verb}: expected a date as YYYY-MM-DD, got '{Arg(1)}'.";
                }

                result = verb == "follow-up" ? conversation.PlanFollowUp(on.Value, clock) : conversation.PlanNextConversation(on.Value, clock);
                break;
            case "evaluation":
                result = conversation.RecordEvaluation(Required(text, verb), clock);
                break;
            case "nothing-agreed":
                result = conversation.RecordNothingAgreed(Required(text, verb), clock);
                break;
            case "not-smart":
                result = conversation.AcceptNotSmart(Arg(1), Required(text, verb), clock);
                break;
            case "close":
                // The sample holds agreements to SMART: a close with an agreement that is not SMART is
                // refused (CONV-R20) until it is reworded or kept with 'not-smart ID: REASON'.
                result = conversation.Close(clock, RefuseVagueAgreements);
                break;
            case "cancel":
                result = conversation.Cancel(text, clock);
                break;
            default:
                return $"Unknown command '{verb}'. The commands:\n{Commands}";
        }

        if (!result.IsAccepted)
        {
            return $"{result.Rejection!.Code}: {result.Rejection.Message(culture)}";
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine(t.Yellow("  ! " + warning.Code + " " + warning.Message(culture)));
        }

        bool entered = result.Events.Any(e => e is PhaseEntered);
        conversation = result.Conversation;
        if (entered)
        {
            ShowGuidance(conversation);
        }

        return null;
    }

    public void ShowGuidance(Conversation c)
    {
        if (c.PhaseIndex < 0)
        {
            return;
        }

        var g = c.Model.Guidance(c.PhaseIndex, culture);
        output.WriteLine();
        output.WriteLine(t.Bold($"{c.PhaseIndex + 1}/{c.Model.Phases.Count} {g.Name}") + t.Dim($"  ({(Nl ? "eerst aan het woord" : "speaks first")}: {Role(g.SpeaksFirst)})"));
        output.WriteLine("  " + g.Purpose);
        foreach (var q in g.Questions)
        {
            output.WriteLine(t.Dim("  ? ") + q);
        }

        foreach (var a in g.Avoid)
        {
            output.WriteLine(t.Dim("  ✗ ") + a);
        }
    }

    /// <summary>Both views of the development stage given so far and, once both are known, what to do with them.</summary>
    private void ShowStages(Conversation c)
    {
        string Name(DevelopmentStage? stage) => stage is { } s ? ConversationGuide.Default.Stage(s, culture).Name.ToLowerInvariant() : "—";
        output.WriteLine(t.Bold(Nl ? "  Ontwikkelfase" : "  Development stage") + $"  {Role(ConversationRole.Employee)}: {Name(c.EmployeeStage)}, {Role(ConversationRole.Manager)}: {Name(c.ManagerStage)}");
        if (c.StageComparison is { } views)
        {
            foreach (var advice in ConversationGuide.Default.StageViews(views, culture))
            {
                output.WriteLine(t.Dim("  → ") + advice);
            }
        }
    }

    /// <summary>The plan as Markdown, each agreement SMART-checked against the conversation's date.</summary>
    public string Markdown()
    {
        var c = conversation ?? throw new CliException("Nothing to render: the script scheduled no conversation.", ExitCodes.Input);
        var md = new StringBuilder();
        var date = c.ScheduledFor.Date;
        md.AppendLine(Nl ? $"# Persoonlijk ontwikkelingsplan — {c.EmployeeId}" : $"# Personal development plan — {c.EmployeeId}");
        md.AppendLine();
        md.AppendLine(Nl
            ? $"Gesprek met {c.ManagerId} op {LocalDatePattern.Iso.Format(date)} ({c.Model.Name(culture)}), status: {Status(c.Status)}."
            : $"Conversation with {c.ManagerId} on {LocalDatePattern.Iso.Format(date)} ({c.Model.Name(culture)}), status: {Status(c.Status)}.");
        Section(md, Nl ? "Evaluatie vorig plan" : "Previous plan", (c.PreviousAgreementsEvaluation is null ? Array.Empty<string>() : new[] { c.PreviousAgreementsEvaluation })
            .Concat(c.PreviousAgreementVerdicts.Select(v => $"{v.Agreement}: {Pop.Core.Texts.TextCatalog.Default.Format("VERDICT." + v.Verdict, culture)}{(v.Note is null ? string.Empty : " (" + v.Note + ")")}")).ToArray());
        Section(md, Nl ? "Huidige situatie" : "Current state", c.CurrentState is null ? Array.Empty<string>() : new[] { c.CurrentState });
        Section(md, Nl ? "Ontwikkelbehoefte medewerker" : "Employee's development needs", c.EmployeeNeeds);
        Section(md, Nl ? "Ontwikkelbehoefte organisatie" : "Organisation's development needs", c.OrganisationNeeds);
        Section(md, Nl ? "Verkende opties" : "Options explored", c.Options.Select(o =>
            $"{o.Need}: **{o.Description}**"
            + (o.Pros.Count > 0 ? (Nl ? " — voor: " : " — for: ") + string.Join("; ", o.Pros) : string.Empty)
            + (o.Cons.Count > 0 ? (Nl ? " — tegen: " : " — against: ") + string.Join("; ", o.Cons) : string.Empty)).ToList());
        Section(md, Nl ? "Niets afgesproken" : "Nothing agreed", c.NothingAgreedReason is null ? Array.Empty<string>() : new[] { c.NothingAgreedReason });
        if (c.Agreements.Count > 0)
        {
            var validator = new SmartValidator(clock, zone);
            md.AppendLine();
            md.AppendLine(Nl ? "## Afspraken" : "## Agreements");
            md.AppendLine();
            md.AppendLine(Nl ? "| Wie | Wat | Wanneer | Soort | Akkoord | SMART |" : "| Who | What | When | Kind | Accepted | SMART |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var a in c.Agreements)
            {
                var report = validator.ValidateAsOf(new SmartSubject(a.What) { Kind = SmartSubjectKind.Agreement, Who = a.Who, Deadline = a.When, AcceptedByEmployee = a.EmployeeAcceptedAt is not null, AcceptedByManager = a.ManagerAcceptedAt is not null }, date, reading, culture);
                string smart = SmartMarks.Of(report) + (a.NotSmartReason is { } why ? (Nl ? " — zo gehouden: " : " — kept as worded: ") + Cell(why) : string.Empty);
                string kind = a.IsSupport ? (Nl ? "ondersteuning" : "support") : (Nl ? "afspraak" : "agreement");
                string accepted = a.IsAcceptedByBoth ? (Nl ? "beiden" : "both") : a.EmployeeAcceptedAt is not null ? (Nl ? "medewerker" : "employee") : a.ManagerAcceptedAt is not null ? (Nl ? "leidinggevende" : "manager") : "—";
                md.AppendLine($"| {Cell(a.Who)} | {Cell(a.What)} | {LocalDatePattern.Iso.Format(a.When)} | {kind} | {accepted} | {smart} |");
            }
        }

        var dates = new List<string>();
        if (c.FollowUpOn is { } f)
        {
            dates.Add((Nl ? "Vervolgafspraak: " : "Follow-up: ") + LocalDatePattern.Iso.Format(f));
        }

        if (c.NextConversationOn is { } n)
        {
            dates.Add((Nl ? "Volgend gesprek: " : "Next conversation: ") + LocalDatePattern.Iso.Format(n));
        }

        Section(md, Nl ? "Vervolg" : "What follows", dates);
        Section(md, Nl ? "Evaluatie van het gesprek" : "Evaluation of the conversation", c.Evaluation is null ? Array.Empty<string>() : new[] { c.Evaluation });
        if (c.Warnings.Count > 0)
        {
            Section(md, Nl ? "Aandachtspunten voor het gesprek" : "Notes on the conversation", c.Warnings.Select(w => w.Message(culture)).ToArray());
        }

        return md.ToString();
    }

    private static AgreementVerdict? Verdict(string word) => word switch
    {
        "achieved" or "behaald" => AgreementVerdict.Achieved,
        "partly" or "deels" => AgreementVerdict.PartlyAchieved,
        "not" or "niet" => AgreementVerdict.NotAchieved,
        "dropped" or "vervallen" => AgreementVerdict.Dropped,
        _ => null,
    };

    private static void Section(StringBuilder md, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## " + title);
        md.AppendLine();
        foreach (var l in lines)
        {
            md.AppendLine("- " + l);
        }
    }

    private static string Cell(string s) => s.Replace("|", "\\|");

    private static string Required(string text, string what) =>
        text.Length > 0 ? text : throw new CliException($"{what}: the text after ':' is missing.", ExitCodes.Input);

    private static ConversationRole Role(string word) => word.ToLowerInvariant() switch
    {
        "employee" or "medewerker" => ConversationRole.Employee,
        "manager" or "leidinggevende" => ConversationRole.Manager,
        _ => throw new CliException($"Expected employee or manager, got '{word}'.", ExitCodes.Input),
    };

    private static DevelopmentStage? Stage(string word) => word.ToLowerInvariant() switch
    {
        "junior" => DevelopmentStage.Junior,
        "vakvolwassen" or "competent" or "fully competent" => DevelopmentStage.Competent,
        "senior" => DevelopmentStage.Senior,
        _ => null,
    };

    private string Role(ConversationRole role) => role switch
    {
        ConversationRole.Employee => Nl ? "medewerker" : "employee",
        ConversationRole.Manager => Nl ? "leidinggevende" : "manager",
        _ => role.ToString(),
    };

    private string Status(ConversationStatus status) => status switch
    {
        ConversationStatus.Scheduled => Nl ? "gepland" : "scheduled",
        ConversationStatus.InProgress => Nl ? "bezig" : "in progress",
        ConversationStatus.Closed => Nl ? "afgerond" : "closed",
        _ => Nl ? "afgezegd" : "cancelled",
    };
}
