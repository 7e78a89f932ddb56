namespace Pop.Core.Conversations;

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
using Pop.Core.Internal;
using static Pop.Core.Internal.JsonFields;

/// <summary>
/// The JSON form of conversations and their events. A conversation is written as its events;
/// reading replays them through every rule, so malformed or hostile JSON yields one
/// <see cref="ConversationJsonException"/> with the JSON path and nothing half-built.
/// </summary>
/// <remarks>Written with <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no reflection, trim- and AOT-safe. Dates use NodaTime's ISO patterns; zoned times carry the IANA zone id.</remarks>
public static class ConversationJson
{
    /// <summary>The schema name written into every document.</summary>
    public const string Schema = "pop.conversation/2";

    /// <summary>The previous schema, still read: its conversations replay by version 1 of the rules (<see cref="ConversationScheduled.RulesVersion"/>).</summary>
    public const string PreviousSchema = "pop.conversation/1";

    private static readonly InstantPattern InstantFormat = InstantPattern.ExtendedIso;
    private static readonly LocalDatePattern DateFormat = LocalDatePattern.Iso;
    private static readonly ZonedDateTimePattern ZonedFormat = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G> z", DateTimeZoneProviders.Tzdb);
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = ConversationLimits.MaxJsonDepth };

    /// <summary>Writes a conversation as JSON.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    public static string Serialize(Conversation conversation)
    {
        Guard.Against.Null(conversation, nameof(conversation));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("id", conversation.Id);
            json.WriteString("modelId", conversation.Model.Id);
            json.WriteStartArray("events");
            foreach (var e in conversation.History)
            {
                Write(json, e);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a conversation from JSON, replaying its events through every rule.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="models">Vendor-defined models the JSON may name, beside the built-in ones.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ConversationJsonException">The JSON is malformed, larger than <see cref="ConversationLimits.MaxJsonBytes"/>, has the wrong shape, holds a value no command accepts, or its events break a rule; the path says where.</exception>
    public static Conversation Deserialize(string json, IEnumerable<ConversationModel>? models = null)
    {
        Guard.Against.Null(json, nameof(json));
        RefuseTooLarge(json);
        JsonDocument document;
        try
        {
            document = JsonFields.ParseDocument(json, ReaderOptions);
        }
        catch (JsonShapeException e)
        {
            throw new ConversationJsonException(e.Path, e.Message, e);
        }

        using (document)
        {
            try
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new ConversationJsonException("$", "expected an object.");
                }

                string schema = Text(root, "schema", "$");
                if (schema != Schema && schema != PreviousSchema)
                {
                    throw new ConversationJsonException("$.schema", $"expected '{Schema}' or '{PreviousSchema}', got '{schema}'.");
                }

                string id = Text(root, "id", "$");
                if (!root.TryGetProperty("events", out var array) || array.ValueKind != JsonValueKind.Array)
                {
                    throw new ConversationJsonException("$.events", "expected an array of events.");
                }

                int count = array.GetArrayLength();
                if (count > ConversationLimits.MaxEvents)
                {
                    throw new ConversationJsonException("$.events", $"{count} events; a conversation holds at most {ConversationLimits.MaxEvents}.");
                }

                var events = new List<ConversationEvent>(count);
                int i = 0;
                foreach (var element in array.EnumerateArray())
                {
                    var e = Read(element, $"$.events[{i}]");
                    if (e is ConversationScheduled && schema == Schema && !element.TryGetProperty("rulesVersion", out _))
                    {
                        throw new ConversationJsonException($"$.events[{i}].rulesVersion", $"a '{Schema}' document names the version of its rules.");
                    }

                    if (e is ConversationScheduled { RulesVersion: > 1 } && schema == PreviousSchema)
                    {
                        throw new ConversationJsonException($"$.events[{i}].rulesVersion", $"a '{PreviousSchema}' document holds version 1 of the rules.");
                    }

                    if (e.ConversationId != id)
                    {
                        throw new ConversationJsonException($"$.events[{i}].conversationId", $"expected '{id}', got '{e.ConversationId}'.");
                    }

                    events.Add(e);
                    i++;
                }

                try
                {
                    return Conversation.Replay(events, models);
                }
                catch (ConversationReplayException e)
                {
                    throw new ConversationJsonException($"$.events[{e.EventIndex}]", $"{e.Code}: {e.Message}", e);
                }
            }
            catch (JsonShapeException e)
            {
                throw new ConversationJsonException(e.Path, e.Message, e);
            }
        }
    }

    /// <summary>
    /// Writes one event as JSON: what an event store appends per row. Read it back with
    /// <see cref="DeserializeEvent"/> and rebuild the conversation with <see cref="Conversation.Replay"/>.
    /// </summary>
    /// <param name="conversationEvent">The event.</param>
    /// <returns>The JSON text of the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversationEvent"/> is null.</exception>
    public static string SerializeEvent(ConversationEvent conversationEvent)
    {
        Guard.Against.Null(conversationEvent, nameof(conversationEvent));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(json, conversationEvent);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads one event written by <see cref="SerializeEvent"/>; the rules are checked when the events are replayed.</summary>
    /// <param name="json">The JSON text of one event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ConversationJsonException">The JSON is malformed, larger than <see cref="ConversationLimits.MaxJsonBytes"/>, is not an event, or holds a value no command accepts; the path says where.</exception>
    public static ConversationEvent DeserializeEvent(string json)
    {
        Guard.Against.Null(json, nameof(json));
        RefuseTooLarge(json);
        try
        {
            using var document = JsonFields.ParseDocument(json, ReaderOptions);
            return Read(document.RootElement, "$");
        }
        catch (JsonShapeException e)
        {
            throw new ConversationJsonException(e.Path, e.Message, e);
        }
    }

    private static void Write(Utf8JsonWriter json, ConversationEvent e)
    {
        json.WriteStartObject();
        json.WriteString("type", e.Type);
        json.WriteString("conversationId", e.ConversationId);
        json.WriteString("at", InstantFormat.Format(e.At));
        switch (e)
        {
            case ConversationScheduled s:
                json.WriteString("modelId", s.ModelId);
                json.WriteString("employeeId", s.EmployeeId);
                json.WriteString("managerId", s.ManagerId);
                json.WriteString("scheduledFor", ZonedFormat.Format(s.ScheduledFor));
                Strings(json, "previousAgreements", s.PreviousAgreements);
                json.WriteNumber("rulesVersion", s.RulesVersion);
                break;
            case ConversationRescheduled r:
                json.WriteString("scheduledFor", ZonedFormat.Format(r.ScheduledFor));
                json.WriteString("reason", r.Reason);
                break;
            case PreparationRecorded p:
                json.WriteString("role", p.Role.ToString());
                Strings(json, "talkingPoints", p.TalkingPoints);
                if (p.Stage is { } stage)
                {
                    json.WriteString("stage", stage.ToString());
                }

                if (p.DepartmentPicture is { } d)
                {
                    json.WriteStartObject("departmentPicture");
                    Optional(json, "staffing", d.Staffing);
                    Optional(json, "strengths", d.Strengths);
                    Optional(json, "weaknesses", d.Weaknesses);
                    Optional(json, "opportunities", d.Opportunities);
                    Optional(json, "threats", d.Threats);
                    Optional(json, "twoYearView", d.TwoYearView);
                    json.WriteEndObject();
                }

                break;
            case PhaseEntered pe:
                json.WriteString("phaseId", pe.PhaseId);
                break;
            case AgendaItemAdded a:
                json.WriteString("itemId", a.ItemId);
                json.WriteString("proposedBy", a.ProposedBy.ToString());
                json.WriteString("text", a.Text);
                json.WriteNumber("priority", a.Priority);
                break;
            case AgendaItemPrioritised ap:
                json.WriteString("itemId", ap.ItemId);
                json.WriteNumber("priority", ap.Priority);
                break;
            case AgendaItemsMerged m:
                json.WriteString("keptItemId", m.KeptItemId);
                json.WriteString("mergedItemId", m.MergedItemId);
                break;
            case PreviousAgreementsEvaluated pa:
                json.WriteString("summary", pa.Summary);
                break;
            case CurrentStateRecorded cs:
                json.WriteString("report", cs.Report);
                break;
            case NeedRecorded n:
                json.WriteString("side", n.Side.ToString());
                json.WriteString("need", n.Need);
                break;
            case ManagerRemarkRecorded mr:
                json.WriteString("remark", mr.Remark);
                json.WriteBoolean("substantive", mr.Substantive);
                break;
            case AgreementRecorded ar:
                json.WriteString("agreementId", ar.AgreementId);
                json.WriteString("who", ar.Who);
                json.WriteString("what", ar.What);
                json.WriteString("when", DateFormat.Format(ar.When));
                json.WriteBoolean("isSupport", ar.IsSupport);
                break;
            case AgreementAccepted acc:
                json.WriteString("agreementId", acc.AgreementId);
                json.WriteString("by", acc.By.ToString());
                break;
            case FollowUpPlanned f:
                json.WriteString("on", DateFormat.Format(f.On));
                break;
            case NextConversationPlanned nc:
                json.WriteString("on", DateFormat.Format(nc.On));
                break;
            case EvaluationRecorded ev:
                json.WriteString("feedback", ev.Feedback);
                break;
            case ConversationCancelled cc:
                json.WriteString("reason", cc.Reason);
                break;
            case NothingAgreedRecorded na:
                json.WriteString("reason", na.Reason);
                break;
            case AgreementAcceptedAsNotSmart ns:
                json.WriteString("agreementId", ns.AgreementId);
                json.WriteString("reason", ns.Reason);
                break;
            case OptionExplored o:
                json.WriteString("optionId", o.OptionId);
                json.WriteString("need", o.Need);
                json.WriteString("description", o.Description);
                Strings(json, "pros", o.Pros);
                Strings(json, "cons", o.Cons);
                break;
            case PreviousAgreementJudged pj:
                json.WriteNumber("index", pj.Index);
                json.WriteString("verdict", pj.Verdict.ToString());
                Optional(json, "note", pj.Note);
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>Refuses a document above <see cref="ConversationLimits.MaxJsonBytes"/> before parsing it (counting its UTF-8 bytes only when its length leaves doubt).</summary>
    private static void RefuseTooLarge(string json)
    {
        const int Max = ConversationLimits.MaxJsonBytes;
        if (json.Length > Max || (json.Length > Max / 3 && Encoding.UTF8.GetByteCount(json) > Max))
        {
            throw new ConversationJsonException("$", $"the document is larger than {Max} bytes (ConversationLimits.MaxJsonBytes).");
        }
    }

    /// <summary>Reads one event; a value its constructor refuses (the rules every command obeys) is reported at that field.</summary>
    private static ConversationEvent Read(JsonElement e, string path)
    {
        try
        {
            return ReadFields(e, path);
        }
        catch (ArgumentException x)
        {
            string field = x.ParamName is { Length: > 0 } name ? $"{path}.{name}" : path;
            string message = x is ArgumentNullException ? "must not be null." : FirstLine(x.Message);
            throw new ConversationJsonException(field, message, x);
        }
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return end >= 0 ? message.Substring(0, end) : message;
    }

    private static ConversationEvent ReadFields(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ConversationJsonException(path, "expected an event object.");
        }

        string type = Text(e, "type", path);
        string id = Text(e, "conversationId", path);
        Instant at = Parse(e, "at", path, InstantFormat);
        return type switch
        {
            nameof(ConversationScheduled) => new ConversationScheduled(id, at, Text(e, "modelId", path), Text(e, "employeeId", path), Text(e, "managerId", path), Parse(e, "scheduledFor", path, ZonedFormat), TextArray(e, "previousAgreements", path), RulesVersion(e, path)),
            nameof(ConversationRescheduled) => new ConversationRescheduled(id, at, Parse(e, "scheduledFor", path, ZonedFormat), Text(e, "reason", path, allowEmpty: true)),
            nameof(PreparationRecorded) => new PreparationRecorded(id, at, Enum<ConversationRole>(e, "role", path), TextArray(e, "talkingPoints", path), e.TryGetProperty("stage", out _) ? Enum<DevelopmentStage>(e, "stage", path) : null, Picture(e, path)),
            nameof(ConversationStarted) => new ConversationStarted(id, at),
            nameof(PhaseEntered) => new PhaseEntered(id, at, Text(e, "phaseId", path)),
            nameof(AgendaItemAdded) => new AgendaItemAdded(id, at, Text(e, "itemId", path), Enum<ConversationRole>(e, "proposedBy", path), Text(e, "text", path), Priority(e, path)),
            nameof(AgendaItemPrioritised) => new AgendaItemPrioritised(id, at, Text(e, "itemId", path), Priority(e, path)),
            nameof(AgendaItemsMerged) => new AgendaItemsMerged(id, at, Text(e, "keptItemId", path), Text(e, "mergedItemId", path)),
            nameof(PreviousAgreementsEvaluated) => new PreviousAgreementsEvaluated(id, at, Text(e, "summary", path)),
            nameof(CurrentStateRecorded) => new CurrentStateRecorded(id, at, Text(e, "report", path)),
            nameof(NeedRecorded) => new NeedRecorded(id, at, Side(e, "side", path), Text(e, "need", path)),
            nameof(ManagerRemarkRecorded) => new ManagerRemarkRecorded(id, at, Text(e, "remark", path), Bool(e, "substantive", path)),
            nameof(AgreementRecorded) => new AgreementRecorded(id, at, Text(e, "agreementId", path), Text(e, "who", path), Text(e, "what", path), Parse(e, "when", path, DateFormat), Bool(e, "isSupport", path)),
            nameof(AgreementAccepted) => new AgreementAccepted(id, at, Text(e, "agreementId", path), Side(e, "by", path)),
            nameof(FollowUpPlanned) => new FollowUpPlanned(id, at, Parse(e, "on", path, DateFormat)),
            nameof(NextConversationPlanned) => new NextConversationPlanned(id, at, Parse(e, "on", path, DateFormat)),
            nameof(EvaluationRecorded) => new EvaluationRecorded(id, at, Text(e, "feedback", path)),
            nameof(ConversationClosed) => new ConversationClosed(id, at),
            nameof(ConversationCancelled) => new ConversationCancelled(id, at, Text(e, "reason", path, allowEmpty: true)),
            nameof(NothingAgreedRecorded) => new NothingAgreedRecorded(id, at, Text(e, "reason", path)),
            nameof(AgreementAcceptedAsNotSmart) => new AgreementAcceptedAsNotSmart(id, at, Text(e, "agreementId", path), Text(e, "reason", path)),
            nameof(OptionExplored) => new OptionExplored(id, at, Text(e, "optionId", path), Text(e, "need", path), Text(e, "description", path), TextArray(e, "pros", path), TextArray(e, "cons", path)),
            nameof(PreviousAgreementJudged) => new PreviousAgreementJudged(id, at, Index(e, path), Enum<AgreementVerdict>(e, "verdict", path), e.TryGetProperty("note", out _) ? Text(e, "note", path) : null),
            _ => throw new ConversationJsonException(path + ".type", $"unknown event type '{type}'."),
        };
    }

    private static ConversationRole Side(JsonElement e, string name, string path)
    {
        var role = Enum<ConversationRole>(e, name, path);
        return role is ConversationRole.Employee or ConversationRole.Manager ? role : throw new ConversationJsonException($"{path}.{name}", "expected Employee or Manager.");
    }

    /// <summary>The version of the rules a scheduling names; 1 when it names none (written before version 2 existed).</summary>
    private static int RulesVersion(JsonElement e, string path)
    {
        if (!e.TryGetProperty("rulesVersion", out var value))
        {
            return 1;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int version) && version >= 1 && version <= ConversationScheduled.CurrentRulesVersion
            ? version
            : throw new ConversationJsonException(path + ".rulesVersion", $"expected a whole number from 1 to {ConversationScheduled.CurrentRulesVersion}.");
    }

    private static int Index(JsonElement e, string path) =>
        e.TryGetProperty("index", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int i) && i >= 0
            ? i
            : throw new ConversationJsonException(path + ".index", "expected a whole number of 0 or more.");

    private static int Priority(JsonElement e, string path) =>
        e.TryGetProperty("priority", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int p) && p >= 1
            ? p
            : throw new ConversationJsonException(path + ".priority", "expected a whole number of 1 or more.");

    private static DepartmentPicture? Picture(JsonElement e, string path)
    {
        if (!e.TryGetProperty("departmentPicture", out var d))
        {
            return null;
        }

        if (d.ValueKind != JsonValueKind.Object)
        {
            throw new ConversationJsonException(path + ".departmentPicture", "expected an object.");
        }

        string? Field(string name) => d.TryGetProperty(name, out _) ? Text(d, name, path + ".departmentPicture", allowEmpty: true) : null;
        return new DepartmentPicture { Staffing = Field("staffing"), Strengths = Field("strengths"), Weaknesses = Field("weaknesses"), Opportunities = Field("opportunities"), Threats = Field("threats"), TwoYearView = Field("twoYearView") };
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
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
}
