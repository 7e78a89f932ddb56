namespace Pop.Core.Cycles;

using System;
using System.Text.Json;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

/// <summary>The JSON form of the report.</summary>
public sealed partial class CyclePlanReport
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly OffsetDateTimePattern IsoStamp = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
    private static readonly JsonEncodedText EmployeeIdName = JsonEncodedText.Encode("employeeId");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText HeldName = JsonEncodedText.Encode("held");
    private static readonly JsonEncodedText OwnName = JsonEncodedText.Encode("includesOwnConversation");
    private static readonly JsonEncodedText LoadName = JsonEncodedText.Encode("load");

    /// <summary>
    /// Writes the report as one JSON object: <c>schema</c> (<see cref="Schema"/>), <c>feasible</c>,
    /// <c>window</c> and <c>usableWindow</c> (<c>start</c>, <c>end</c>; null when unknown),
    /// <c>totals</c>, <c>managers</c> (with their <c>days</c>, <c>busiestDay</c>,
    /// <c>conversations</c>, <c>ownConversation</c>, <c>excused</c> and <c>shortfall</c>) and
    /// <c>shortfalls</c>. Names are camelCase, dates ISO (<c>2027-01-13</c>), conversation times ISO
    /// with the offset of the employee's zone. An excusal carries its <c>code</c> (null when the
    /// host gave the reason) and its <c>reason</c> as given or in English, to be rendered again with
    /// <see cref="Excusal.Describe"/>.
    /// </summary>
    /// <param name="writer">Where the object goes; it is flushed, not disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="writer"/> is not at a place where a value can be written.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        Guard.Against.Null(writer, nameof(writer));
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteBoolean("feasible", IsFeasible);
        Interval(writer, "window", Window);
        Interval(writer, "usableWindow", UsableWindow);
        writer.WriteStartObject("totals");
        writer.WriteNumber("planned", PlannedCount);
        writer.WriteNumber("excused", ExcusedCount);
        writer.WriteNumber("managers", ManagerCount);
        writer.WriteNumber("shortfalls", Shortfalls.Count);
        writer.WriteEndObject();
        writer.WriteStartArray("managers");
        foreach (var manager in Managers)
        {
            Manager(writer, manager);
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush(); // hand what is written to the stream: memory stays flat for a large organisation
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("shortfalls");
        foreach (var shortfall in Shortfalls)
        {
            Shortfall(writer, shortfall);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void Manager(Utf8JsonWriter writer, CycleManagerReport manager)
    {
        writer.WriteStartObject();
        writer.WriteString("managerId", manager.ManagerId);
        writer.WriteNumber("capacity", manager.Capacity);
        writer.WriteNumber("planned", manager.Conversations.Count);
        OptionalDate(writer, "firstDay", manager.FirstDay);
        OptionalDate(writer, "lastDay", manager.LastDay);
        if (manager.BusiestDay is { } busiest)
        {
            writer.WritePropertyName("busiestDay");
            Day(writer, busiest);
        }
        else
        {
            writer.WriteNull("busiestDay");
        }

        writer.WriteStartArray("days");
        foreach (var day in manager.Days)
        {
            Day(writer, day);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("conversations");
        foreach (var c in manager.Conversations)
        {
            writer.WriteStartObject();
            writer.WriteString(EmployeeIdName, c.EmployeeId);
            Conversation(writer, c);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (manager.OwnConversation is { } own)
        {
            writer.WriteStartObject("ownConversation");
            writer.WriteString("managerId", own.ManagerId);
            Conversation(writer, own);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("ownConversation");
        }

        writer.WriteStartArray("excused");
        foreach (var e in manager.Excused)
        {
            writer.WriteStartObject();
            writer.WriteString("employeeId", e.EmployeeId);
            writer.WriteString("code", e.Code);
            writer.WriteString("reason", e.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (manager.Shortfall is { } s)
        {
            writer.WritePropertyName("shortfall");
            Shortfall(writer, s);
        }
        else
        {
            writer.WriteNull("shortfall");
        }

        writer.WriteEndObject();
    }

    private static void Conversation(Utf8JsonWriter writer, PlannedConversation c)
    {
        Date(writer, DateName, c.Date);
        Stamp(writer, StartName, c.Start);
        Stamp(writer, EndName, c.End);
    }

    private static void Day(Utf8JsonWriter writer, CycleDayLoad day)
    {
        writer.WriteStartObject();
        Date(writer, DateName, day.Date);
        writer.WriteNumber(HeldName, day.Held);
        writer.WriteBoolean(OwnName, day.IncludesOwnConversation);
        writer.WriteNumber(LoadName, day.Load);
        writer.WriteEndObject();
    }

    private static void Shortfall(Utf8JsonWriter writer, ManagerShortfall s)
    {
        writer.WriteStartObject();
        writer.WriteString("managerId", s.ManagerId);
        writer.WriteNumber("teamSize", s.TeamSize);
        writer.WriteNumber("room", s.Placeable);
        writer.WriteNumber("shortBy", s.Shortfall);
        writer.WriteNumber("workingDays", s.WorkingDays);
        writer.WriteNumber("capacityPerDay", s.CapacityPerDay);
        writer.WriteStartArray("unplaced");
        foreach (var id in s.Unplaced)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter writer, string name, DateInterval? interval)
    {
        if (interval is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("start", IsoDate.Format(interval.Start));
        writer.WriteString("end", IsoDate.Format(interval.End));
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>uuuu-MM-dd</c> without NodaTime's pattern engine (the report writes one per conversation); other years through the pattern.</summary>
    private static void Date(Utf8JsonWriter writer, JsonEncodedText name, LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            writer.WriteString(name, IsoDate.Format(date));
            return;
        }

        Span<char> text = stackalloc char[10];
        Digits(text, 0, date.Year, 4);
        text[4] = '-';
        Digits(text, 5, date.Month, 2);
        text[7] = '-';
        Digits(text, 8, date.Day, 2);
        writer.WriteString(name, text);
    }

    /// <summary>Writes <c>uuuu-MM-ddTHH:mm:ss+HH:mm</c>, the offset in whole minutes as the pattern does.</summary>
    private static void Stamp(Utf8JsonWriter writer, JsonEncodedText name, ZonedDateTime time)
    {
        int offset = time.Offset.Seconds;
        if (time.Year is < 0 or > 9999 || offset % 60 != 0)
        {
            writer.WriteString(name, IsoStamp.Format(time.ToOffsetDateTime()));
            return;
        }

        Span<char> text = stackalloc char[25];
        Digits(text, 0, time.Year, 4);
        text[4] = '-';
        Digits(text, 5, time.Month, 2);
        text[7] = '-';
        Digits(text, 8, time.Day, 2);
        text[10] = 'T';
        Digits(text, 11, time.Hour, 2);
        text[13] = ':';
        Digits(text, 14, time.Minute, 2);
        text[16] = ':';
        Digits(text, 17, time.Second, 2);
        text[19] = offset < 0 ? '-' : '+';
        int minutes = Math.Abs(offset) / 60;
        Digits(text, 20, minutes / 60, 2);
        text[22] = ':';
        Digits(text, 23, minutes % 60, 2);
        writer.WriteString(name, text);
    }

    private static void Digits(Span<char> text, int at, int value, int width)
    {
        for (int i = at + width - 1; i >= at; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void OptionalDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, IsoDate.Format(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
