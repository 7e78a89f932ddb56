namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <summary>
/// The JSON form of development plans, by the same rules as conversations: one schema name, reading
/// rebuilds the plan through the same commands (so every rule is checked again), and anything wrong
/// yields one <see cref="DevelopmentPlanJsonException"/> with the JSON path and nothing half-built.
/// </summary>
/// <remarks>
/// <para>Earlier versions are written oldest first under <c>history</c>. A redacted copy is written
/// with its <c>viewer</c> and <c>redactions</c> and without the withheld sections at all: the hidden
/// data is not in the text. Reading a redacted copy checks that its redactions are exactly what the
/// plan's visibility and consents decide for that viewer.</para>
/// <para>Written with <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no
/// reflection, trim- and AOT-safe. Dates and instants use NodaTime's ISO patterns; enums their names.</para>
/// </remarks>
public static class DevelopmentPlanJson
{
    /// <summary>The schema name written into every document.</summary>
    public const string Schema = "pop.plan/2";

    /// <summary>The previous schema, still read: its proposals name no goal (see <see cref="Deserialize"/>), and it has no needs, development stages or reasons for keeping an agreement that is not SMART.</summary>
    public const string PreviousSchema = "pop.plan/1";

    private static readonly InstantPattern InstantFormat = InstantPattern.ExtendedIso;
    private static readonly LocalDatePattern DateFormat = LocalDatePattern.Iso;
    private static readonly DurationPattern DurationFormat = DurationPattern.Roundtrip;
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = 16 };

    /// <summary>Writes a plan, full or redacted, with its earlier versions.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(DevelopmentPlan plan)
    {
        Guard.Against.Null(plan, nameof(plan));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            WriteVersion(json, plan);
            Items(json, "consents", plan.Consents, c =>
            {
                json.WriteString("grantedTo", c.GrantedTo.ToString());
                json.WriteString("grantedAt", InstantFormat.Format(c.GrantedAt));
                OptionalInstant(json, "withdrawnAt", c.WithdrawnAt);
            });
            var history = new List<DevelopmentPlan>();
            for (var p = plan.PreviousVersion; p is not null; p = p.PreviousVersion)
            {
                history.Insert(0, p);
            }

            json.WriteStartArray("history");
            foreach (var version in history)
            {
                json.WriteStartObject();
                WriteVersion(json, version);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a plan, rebuilding it through every rule.</summary>
    /// <remarks>Reads <see cref="Schema"/> and the previous <c>pop.plan/1</c>. A <c>pop.plan/1</c> proposal
    /// names no goal: it is attached to the version's only goal; when that version has no goal or more
    /// than one, the document is refused at the proposal's <c>goalId</c> path, since which point it
    /// solved cannot be told.</remarks>
    /// <param name="json">The JSON text.</param>
    /// <returns>The plan (a redacted copy when the JSON is one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DevelopmentPlanJsonException">The JSON is malformed, has the wrong shape, or describes a plan that breaks a rule; the path says where.</exception>
    public static DevelopmentPlan Deserialize(string json)
    {
        Guard.Against.Null(json, nameof(json));
        JsonDocument document;
        try
        {
            document = JsonFields.ParseDocument(json, ReaderOptions);
        }
        catch (JsonShapeException e)
        {
            throw new DevelopmentPlanJsonException(e.Path, e.Message, e);
        }

        using (document)
        {
            string path = "$";
            try
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonShapeException("$", "expected an object.");
                }

                string schema = JsonFields.Text(root, "schema", "$");
                if (schema != Schema && schema != PreviousSchema)
                {
                    throw new JsonShapeException("$.schema", $"expected '{Schema}' or '{PreviousSchema}', got '{schema}'.");
                }

                bool v1 = schema == PreviousSchema;

                var consents = ReadConsents(root);
                DevelopmentPlan? previous = null;
                foreach (var (element, itemPath) in JsonFields.Array(root, "history", "$", optional: true))
                {
                    path = itemPath;
                    previous = ReadVersion(element, itemPath, previous, consents, v1);
                }

                path = "$";
                return ReadVersion(root, "$", previous, consents, v1);
            }
            catch (JsonShapeException e)
            {
                throw new DevelopmentPlanJsonException(e.Path, e.Message, e);
            }
            catch (ArgumentException e)
            {
                throw new DevelopmentPlanJsonException(path, e.Message, e);
            }
        }
    }

    private static void WriteVersion(Utf8JsonWriter json, DevelopmentPlan plan)
    {
        json.WriteString("id", plan.Id);
        json.WriteNumber("version", plan.Version);
        json.WriteString("employeeId", plan.EmployeeId);
        json.WriteString("managerId", plan.ManagerId);
        json.WriteString("department", plan.Department);
        json.WriteStartObject("period");
        json.WriteString("start", DateFormat.Format(plan.Period.Start));
        json.WriteString("end", DateFormat.Format(plan.Period.End));
        json.WriteEndObject();
        Optional(json, "conversationId", plan.ConversationId);
        json.WriteStartObject("visibility");
        foreach (var section in DevelopmentPlan.AllSections)
        {
            json.WriteStartArray(section.ToString());
            foreach (var role in plan.Visibility.Roles(section))
            {
                json.WriteStringValue(role.ToString());
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        if (plan.Viewer is { } viewer)
        {
            json.WriteString("viewer", viewer.ToString());
            json.WriteStartArray("redactions");
            foreach (var r in plan.Redactions)
            {
                json.WriteStartObject();
                json.WriteString("section", r.Section.ToString());
                json.WriteString("code", r.Code);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        bool Shown(PlanSection s) => (plan.HiddenMask & (1 << (int)s)) == 0;
        if (Shown(PlanSection.Goals))
        {
            Items(json, "goals", plan.RawGoals, g =>
            {
                json.WriteString("id", g.Id);
                json.WriteString("text", g.Text);
                json.WriteString("kind", g.Kind.ToString());
                json.WriteString("focus", g.Focus.ToString());
                json.WriteString("competency", g.Competency);
                json.WriteString("benefitToEmployee", g.BenefitToEmployee);
                json.WriteString("benefitToOrganisation", g.BenefitToOrganisation);
                Optional(json, "conversationId", g.ConversationId);
                json.WriteString("status", g.Status.ToString());
                json.WriteNumber("progressPercent", g.ProgressPercent);
            });
        }

        if (Shown(PlanSection.Activities))
        {
            Items(json, "activities", plan.RawActivities, a =>
            {
                json.WriteString("id", a.Id);
                json.WriteString("goalId", a.GoalId);
                json.WriteString("kind", a.Kind.ToString());
                json.WriteString("description", a.Description);
                if (a.EstimatedCost is { } cost)
                {
                    json.WriteNumber("estimatedCost", cost);
                }

                if (a.EstimatedTime is { } time)
                {
                    json.WriteString("estimatedTime", DurationFormat.Format(time));
                }
            });
        }

        if (Shown(PlanSection.Agreements))
        {
            Items(json, "agreements", plan.RawAgreements, a =>
            {
                json.WriteString("id", a.Id);
                json.WriteString("who", a.Who);
                json.WriteString("what", a.What);
                json.WriteString("when", DateFormat.Format(a.When));
                json.WriteBoolean("isSupport", a.IsSupport);
                OptionalInstant(json, "employeeAcceptedAt", a.EmployeeAcceptedAt);
                OptionalInstant(json, "managerAcceptedAt", a.ManagerAcceptedAt);
                Optional(json, "notSmartReason", a.NotSmartReason);
            });
        }

        if (Shown(PlanSection.Development))
        {
            WriteConversationContent(json, plan);
        }

        if (Shown(PlanSection.Proposals))
        {
            Items(json, "proposals", plan.RawProposals, p =>
            {
                json.WriteString("id", p.Id);
                json.WriteString("goalId", p.GoalId);
                json.WriteString("description", p.Description);
                json.WriteString("proposedBy", p.ProposedBy.ToString());
                json.WriteNumber("quality", p.Quality);
                json.WriteNumber("acceptance", p.Acceptance);
                json.WriteNumber("scaleMinimum", p.Scale.Minimum);
                json.WriteNumber("scaleMaximum", p.Scale.Maximum);
            });
        }

        if (plan.FollowUpOn is { } followUp)
        {
            json.WriteString("followUpOn", DateFormat.Format(followUp));
        }

        json.WriteStartArray("plannedChecks");
        foreach (var date in plan.PlannedChecks)
        {
            json.WriteStringValue(DateFormat.Format(date));
        }

        json.WriteEndArray();
        if (Shown(PlanSection.InterimChecks))
        {
            Items(json, "interimChecks", plan.RawInterimChecks, c =>
            {
                json.WriteString("on", DateFormat.Format(c.On));
                Optional(json, "note", c.Note);
                Items(json, "progress", c.Progress, p =>
                {
                    json.WriteString("agreementId", p.AgreementId);
                    json.WriteNumber("percentComplete", p.PercentComplete);
                    Optional(json, "note", p.Note);
                });
            });
        }

        if (Shown(PlanSection.AssessmentResults))
        {
            Items(json, "assessmentResults", plan.RawAssessmentResults, r =>
            {
                json.WriteString("id", r.Id);
                json.WriteString("instrument", r.Instrument);
                json.WriteString("summary", r.Summary);
                json.WriteString("on", DateFormat.Format(r.On));
            });
        }

        if (Shown(PlanSection.ManagerNotes))
        {
            Items(json, "managerNotes", plan.RawManagerNotes, n =>
            {
                json.WriteString("text", n.Text);
                json.WriteString("at", InstantFormat.Format(n.At));
            });
        }

    }

    /// <summary>Writes what the conversation handed over (schema 2): both sides' needs and both views of the stage, when there are any.</summary>
    private static void WriteConversationContent(Utf8JsonWriter json, DevelopmentPlan plan)
    {
        if (plan.RawEmployeeNeeds.Count > 0)
        {
            Strings(json, "employeeNeeds", plan.RawEmployeeNeeds);
        }

        if (plan.RawOrganisationNeeds.Count > 0)
        {
            Strings(json, "organisationNeeds", plan.RawOrganisationNeeds);
        }

        Optional(json, "employeeStage", plan.RawEmployeeStage?.ToString());
        Optional(json, "managerStage", plan.RawManagerStage?.ToString());
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Reads what the conversation handed over; a schema 1 document has none of it, so it reads as empty.</summary>
    private static DevelopmentPlan ReadConversationContent(JsonElement e, string path, DevelopmentPlan plan)
    {
        string[] Needs(string name) => JsonFields.Array(e, name, path, optional: true, itemKind: JsonValueKind.String)
            .Select(x => string.IsNullOrWhiteSpace(x.Item.GetString()) ? throw new JsonShapeException(x.Path, "expected a need, got an empty text.") : x.Item.GetString()!)
            .ToArray();

        DevelopmentStage? Stage(string name) => JsonFields.Has(e, name) ? JsonFields.Enum<DevelopmentStage>(e, name, path) : null;

        var employee = Needs("employeeNeeds");
        var organisation = Needs("organisationNeeds");
        DevelopmentStage? employeeStage = Stage("employeeStage"), managerStage = Stage("managerStage");
        return employee.Length + organisation.Length == 0 && employeeStage is null && managerStage is null
            ? plan
            : plan.WithConversationContent(employee, organisation, employeeStage, managerStage);
    }

    /// <summary>
    /// Reads the employee's consents, which belong to the plan rather than to one version: they are
    /// written once, at the root, and decide access to the results of every version. A <c>consents</c>
    /// array inside a history entry (written by earlier releases per version) is not read: today's
    /// consents decide, so a withdrawal cannot be undone by an older version's grant.
    /// </summary>
    private static AssessmentConsent[] ReadConsents(JsonElement root)
    {
        // Grants and withdrawals are replayed in the order they happened, by the rules of the commands.
        var steps = new List<(Instant At, ConversationRole Role, bool Grant, string Path)>();
        foreach (var (c, p) in JsonFields.Array(root, "consents", "$", optional: true))
        {
            var role = JsonFields.Enum<ConversationRole>(c, "grantedTo", p);
            var granted = JsonFields.Parse(c, "grantedAt", p, InstantFormat);
            steps.Add((granted, role, true, p + ".grantedAt"));
            if (JsonFields.Has(c, "withdrawnAt"))
            {
                var withdrawn = JsonFields.Parse(c, "withdrawnAt", p, InstantFormat);
                if (withdrawn < granted)
                {
                    throw new JsonShapeException(p + ".withdrawnAt", "a consent cannot be withdrawn before it was given.");
                }

                steps.Add((withdrawn, role, false, p + ".withdrawnAt"));
            }
        }

        var ledger = Array.Empty<AssessmentConsent>();
        foreach (var step in steps.OrderBy(s => s.At))
        {
            Rule(step.Path, () => step.Grant ? DevelopmentPlan.Grant(ref ledger, step.Role, step.At) : DevelopmentPlan.Withdraw(ref ledger, step.Role, step.At));
        }

        return ledger;
    }

    private static DevelopmentPlan ReadVersion(JsonElement e, string path, DevelopmentPlan? previous, AssessmentConsent[] consents, bool v1)
    {
        string id = JsonFields.Text(e, "id", path);
        int version = JsonFields.Int(e, "version", path);
        int expectedVersion = (previous?.Version ?? 0) + 1;
        if (version != expectedVersion)
        {
            throw new JsonShapeException(path + ".version", $"expected {expectedVersion}: versions count up from 1, oldest first in history.");
        }

        if (previous is not null && previous.Id != id)
        {
            throw new JsonShapeException(path + ".id", $"expected '{previous.Id}': every version keeps the plan's id.");
        }

        var periodElement = JsonFields.Object(e, "period", path);
        var start = JsonFields.Parse(periodElement, "start", path + ".period", DateFormat);
        var end = JsonFields.Parse(periodElement, "end", path + ".period", DateFormat);
        if (end < start)
        {
            throw new JsonShapeException(path + ".period.end", "the period ends before it starts.");
        }

        var period = new DateInterval(start, end);
        var visibilityElement = JsonFields.Object(e, "visibility", path);
        var masks = new int[DevelopmentPlan.AllSections.Count];
        foreach (var section in DevelopmentPlan.AllSections)
        {
            if (v1 && section == PlanSection.Development)
            {
                // Version 1 had no development section: it gets the default, the employee and the manager.
                masks[(int)section] = PlanVisibility.Default.Mask(section);
                continue;
            }

            foreach (var (item, itemPath) in JsonFields.Array(visibilityElement, section.ToString(), path + ".visibility", itemKind: JsonValueKind.String))
            {
                masks[(int)section] |= PlanVisibility.Bit(JsonFields.EnumValue<ConversationRole>(item.GetString()!, itemPath));
            }
        }

        PlanVisibility visibility;
        try
        {
            visibility = PlanVisibility.FromMasks(masks);
        }
        catch (ArgumentException x)
        {
            throw new JsonShapeException(path + ".visibility", x.Message);
        }

        string employeeId = JsonFields.Text(e, "employeeId", path), managerId = JsonFields.Text(e, "managerId", path);
        if (employeeId == managerId)
        {
            throw new JsonShapeException(path + ".managerId", "the employee cannot be their own manager.");
        }

        if (previous is not null && (previous.EmployeeId != employeeId || previous.ManagerId != managerId || period.Start <= previous.Period.Start))
        {
            throw new JsonShapeException(path, "a later version keeps the employee and manager and starts after the version before it.");
        }

        var plan = DevelopmentPlan.Restore(id, version, employeeId, managerId, JsonFields.Text(e, "department", path), period, JsonFields.OptionalText(e, "conversationId", path), visibility, previous, consents);
        ConversationRole? viewer = JsonFields.Has(e, "viewer") ? JsonFields.Enum<ConversationRole>(e, "viewer", path) : null;
        var hidden = new HashSet<PlanSection>();
        foreach (var (item, itemPath) in JsonFields.Array(e, "redactions", path, optional: true))
        {
            hidden.Add(JsonFields.Enum<PlanSection>(item, "section", itemPath));
        }

        if (hidden.Contains(PlanSection.Development))
        {
            foreach (var name in new[] { "employeeNeeds", "organisationNeeds", "employeeStage", "managerStage" })
            {
                if (JsonFields.Has(e, name))
                {
                    throw new JsonShapeException($"{path}.{name}", $"{PlanSection.Development} is redacted but the document holds it.");
                }
            }
        }
        else
        {
            plan = ReadConversationContent(e, path, plan);
        }

        if (viewer is null && hidden.Count > 0)
        {
            throw new JsonShapeException(path + ".redactions", "redactions without a viewer.");
        }

        (JsonElement Item, string Path)[] Section(PlanSection section, string name)
        {
            if (hidden.Contains(section))
            {
                return JsonFields.Has(e, name) ? throw new JsonShapeException($"{path}.{name}", $"{section} is redacted but the document holds it.") : Array.Empty<(JsonElement, string)>();
            }

            return JsonFields.Array(e, name, path, optional: true).ToArray();
        }

        foreach (var (g, p) in Section(PlanSection.Goals, "goals"))
        {
            var goal = Build(g, p, () => new DevelopmentGoal(
                JsonFields.Text(g, "id", p),
                JsonFields.Text(g, "text", p),
                JsonFields.Enum<DevelopmentGoalKind>(g, "kind", p),
                JsonFields.Enum<DevelopmentFocus>(g, "focus", p),
                JsonFields.Text(g, "competency", p),
                JsonFields.Text(g, "benefitToEmployee", p),
                JsonFields.Text(g, "benefitToOrganisation", p),
                JsonFields.OptionalText(g, "conversationId", p)));
            plan = Rule(p, () => plan.AddGoal(goal.WithProgress(JsonFields.Enum<GoalStatus>(g, "status", p), JsonFields.Int(g, "progressPercent", p))));
        }

        foreach (var (a, p) in Section(PlanSection.Activities, "activities"))
        {
            var time = JsonFields.Has(a, "estimatedTime") ? JsonFields.Parse(a, "estimatedTime", p, DurationFormat) : (Duration?)null;
            var activity = Build(a, p, () => new DevelopmentActivity(JsonFields.Text(a, "id", p), JsonFields.Text(a, "goalId", p), JsonFields.Enum<DevelopmentActivityKind>(a, "kind", p), JsonFields.Text(a, "description", p), JsonFields.OptionalDecimal(a, "estimatedCost", p), time));
            plan = Rule(p, () => plan.AddActivity(activity));
        }

        foreach (var (a, p) in Section(PlanSection.Agreements, "agreements"))
        {
            var agreement = Build(a, p, () => new Agreement(JsonFields.Text(a, "id", p), JsonFields.Text(a, "who", p), JsonFields.Text(a, "what", p), JsonFields.Parse(a, "when", p, DateFormat), JsonFields.Bool(a, "isSupport", p)));
            if (JsonFields.OptionalText(a, "notSmartReason", p) is { } notSmart)
            {
                agreement = agreement.AcceptedAsNotSmart(notSmart);
            }

            plan = Rule(p, () => plan.AddAgreement(agreement));
            if (JsonFields.Has(a, "employeeAcceptedAt"))
            {
                var at = JsonFields.Parse(a, "employeeAcceptedAt", p, InstantFormat);
                plan = Rule(p, () => plan.AcceptAgreementAt(agreement.Id, ConversationRole.Employee, at));
            }

            if (JsonFields.Has(a, "managerAcceptedAt"))
            {
                var at = JsonFields.Parse(a, "managerAcceptedAt", p, InstantFormat);
                plan = Rule(p, () => plan.AcceptAgreementAt(agreement.Id, ConversationRole.Manager, at));
            }
        }

        foreach (var (s, p) in Section(PlanSection.Proposals, "proposals"))
        {
            var scale = Build(s, p, () => new ScoreScale(JsonFields.Int(s, "scaleMinimum", p), JsonFields.Int(s, "scaleMaximum", p)), "scale");
            string goalId = v1 ? OnlyGoal(plan, p) : JsonFields.Text(s, "goalId", p);
            var proposal = Build(s, p, () => new SolutionProposal(JsonFields.Text(s, "id", p), goalId, JsonFields.Text(s, "description", p), JsonFields.Enum<ConversationRole>(s, "proposedBy", p), JsonFields.Int(s, "quality", p), JsonFields.Int(s, "acceptance", p), scale));
            plan = Rule(p, () => plan.ProposeSolution(proposal));
        }

        var planned = JsonFields.Array(e, "plannedChecks", path, optional: true, itemKind: JsonValueKind.String)
            .Select(x => JsonFields.ParseValue(x.Item.GetString()!, x.Path, DateFormat)).ToArray();
        LocalDate? followUp = JsonFields.Has(e, "followUpOn") ? JsonFields.Parse(e, "followUpOn", path, DateFormat) : null;
        if (followUp is not null || planned.Length > 0)
        {
            plan = Rule(path + ".plannedChecks", () => plan.Schedule(followUp, planned));
        }

        foreach (var (c, p) in Section(PlanSection.InterimChecks, "interimChecks"))
        {
            var progress = JsonFields.Array(c, "progress", p)
                .Select(x => Build(x.Item, x.Path, () => new AgreementProgress(JsonFields.Text(x.Item, "agreementId", x.Path), JsonFields.Int(x.Item, "percentComplete", x.Path), JsonFields.OptionalText(x.Item, "note", x.Path))))
                .ToArray();
            var on = JsonFields.Parse(c, "on", p, DateFormat);
            var note = JsonFields.OptionalText(c, "note", p);
            plan = Rule(p, () => plan.RecordInterimCheck(on, progress, note));
        }

        foreach (var (r, p) in Section(PlanSection.AssessmentResults, "assessmentResults"))
        {
            var result = Build(r, p, () => new AssessmentResult(JsonFields.Text(r, "id", p), JsonFields.Text(r, "instrument", p), JsonFields.Text(r, "summary", p), JsonFields.Parse(r, "on", p, DateFormat)));
            plan = Rule(p, () => plan.RecordAssessment(result));
        }

        foreach (var (n, p) in Section(PlanSection.ManagerNotes, "managerNotes"))
        {
            var text = JsonFields.Text(n, "text", p);
            var at = JsonFields.Parse(n, "at", p, InstantFormat);
            plan = Rule(p, () => plan.AddManagerNoteAt(text, at));
        }

        if (viewer is { } v)
        {
            var denied = DevelopmentPlan.AllSections.Select(s => plan.Access(v, s)).Where(a => !a.IsAllowed).ToArray();
            if (!new HashSet<PlanSection>(denied.Select(d => d.Section)).SetEquals(hidden))
            {
                throw new JsonShapeException(path + ".redactions", $"the redactions do not match what the plan's visibility and consents withhold from {v}.");
            }

            if (previous is not null && previous.Viewer != v)
            {
                throw new JsonShapeException(path + ".viewer", "every version of a redacted plan is redacted for the same viewer.");
            }

            plan = plan.Redacted(v, denied, previous);
        }
        else if (previous is { IsRedacted: true })
        {
            throw new JsonShapeException(path + ".viewer", "every version of a redacted plan is redacted for the same viewer.");
        }

        return plan;
    }

    /// <summary>The goal a <c>pop.plan/1</c> proposal (which names none) solves: the version's only goal.</summary>
    private static string OnlyGoal(DevelopmentPlan plan, string path) =>
        plan.RawGoals.Count == 1
            ? plan.RawGoals[0].Id
            : throw new JsonShapeException(path + ".goalId", $"a {PreviousSchema} proposal names no goal, and the plan has {plan.RawGoals.Count} goals: attach it to one and write it as {Schema}.");

    /// <summary>
    /// Builds a value from an item's fields; an argument the constructor refuses is reported at the
    /// field it came from (the parameter's name is the field's name, or <paramref name="prefix"/> + it).
    /// </summary>
    private static T Build<T>(JsonElement item, string path, Func<T> construct, string? prefix = null)
    {
        try
        {
            return construct();
        }
        catch (ArgumentException e) when (e.ParamName is { Length: > 0 } name)
        {
            string field = prefix is null ? name : prefix + char.ToUpperInvariant(name[0]) + name.Substring(1);
            throw new JsonShapeException(item.TryGetProperty(field, out _) ? $"{path}.{field}" : path, e.Message);
        }
        catch (ArgumentException e)
        {
            throw new JsonShapeException(path, e.Message);
        }
    }

    /// <summary>Runs a plan command; a rule it breaks, or an argument it refuses, is reported at <paramref name="path"/>.</summary>
    private static DevelopmentPlan Rule(string path, Func<PlanResult> command)
    {
        DevelopmentPlan plan = null!;
        Rule(path, () =>
        {
            var result = command();
            plan = result.Plan;
            return result.Rejection;
        });
        return plan;
    }

    /// <summary>Runs one rule-checked step; a rejection becomes the reader's typed error naming the path and the rule's code.</summary>
    private static void Rule(string path, Func<RuleRejection?> step)
    {
        RuleRejection? rejection;
        try
        {
            rejection = step();
        }
        catch (ArgumentException e)
        {
            throw new DevelopmentPlanJsonException(path, e.Message, e);
        }

        if (rejection is not null)
        {
            throw new DevelopmentPlanJsonException(path, rejection);
        }
    }

    private static void Items<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void OptionalInstant(Utf8JsonWriter json, string name, Instant? value)
    {
        if (value is { } v)
        {
            json.WriteString(name, InstantFormat.Format(v));
        }
    }
}
