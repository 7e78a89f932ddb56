namespace Pop.Core.Fuzz;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Plans;
using Pop.Core.Smart;

/// <summary>
/// The fuzz targets: each takes the fuzzer's bytes, calls one public entry point of Pop.Core and lets
/// every exception the entry point does not document escape, so that the fuzzer reports it as a crash.
/// The same code replays the seed corpus and the fixed findings in <c>tests/Pop.Core.Tests</c>.
/// </summary>
/// <remarks>
/// Bytes become a string the way a host would read them: as UTF-8, invalid sequences replaced (what
/// <c>pop</c> and a <see cref="System.IO.StreamReader"/> do). An input that starts with the UTF-16
/// little-endian byte order mark FF FE is instead taken as raw UTF-16 code units, so that every .NET
/// string can be reached, lone surrogates included (what a host passes from a database or a web form).
/// </remarks>
public static class FuzzTargets
{
    /// <summary>The largest SMART text the fuzzer passes, in bytes; longer inputs are cut.</summary>
    public const int MaxSmartBytes = 100 * 1024;

    /// <summary>The reference date relative deadlines count from.</summary>
    private static readonly LocalDate Reference = new(2027, 1, 15);

    // Built on first use, never in a static initialiser: the static constructor runs before SharpFuzz
    // maps AFL's coverage memory, and instrumented Pop.Core code (the GoalTextReading constructor)
    // run that early writes to unmapped memory and kills the target before the first input.
    private static (GoalTextReading Reading, CultureInfo Messages)[]? smartReadings;

    private static (GoalTextReading Reading, CultureInfo Messages)[] SmartReadings => smartReadings ??= new[]
    {
        (new GoalTextReading(GoalLanguage.Dutch), CultureInfo.GetCultureInfo("nl-NL")),
        (new GoalTextReading(GoalLanguage.English), CultureInfo.GetCultureInfo("en-GB")),
        (new GoalTextReading(GoalLanguage.English, NumericDateOrder.MonthFirst), CultureInfo.GetCultureInfo("en-US")),
        (GoalTextReading.Detect, CultureInfo.GetCultureInfo("de")),
    };

    /// <summary>Gets the targets by name, in the order CI runs them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["smart"] = Smart,
        ["conversation"] = Conversation,
        ["event"] = ConversationEvent,
        ["plan"] = Plan,
    };

    /// <summary>Gets the target names, in the order CI runs them.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "smart", "conversation", "event", "plan" };

    /// <summary>
    /// The SMART engine: the validator on the text with the language detected, then the analyzer reading
    /// it as Dutch, as English, as English with month-first dates, and detected with German messages
    /// (which fall back to English). It documents no exception for a text.
    /// </summary>
    /// <param name="input">The fuzzer's bytes.</param>
    public static void Smart(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text = Decode(input.AsSpan(0, Math.Min(input.Length, MaxSmartBytes)));
        SmartReport report = Engine.Validator.ValidateAsOf(new SmartSubject(text), Reference);
        Check(report.Criteria.Count == 5, "a SMART report has five criteria");
        if (report.TextAnalysis.Deadline is { } deadline)
        {
            Check(deadline.Span.Start >= 0 && deadline.Span.End <= text.Length, "the deadline's range lies inside the text");
        }

        foreach (var (reading, messages) in SmartReadings)
        {
            Engine.Validator.Analyzer.Analyze(text, Reference, reading, messages);
        }
    }

    /// <summary>
    /// <see cref="ConversationJson.Deserialize"/>: only <see cref="ConversationJsonException"/> is documented.
    /// A document that is accepted must write back to JSON that reads again to the same JSON.
    /// </summary>
    /// <param name="input">The fuzzer's bytes.</param>
    public static void Conversation(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Conversation conversation;
        try
        {
            conversation = ConversationJson.Deserialize(Decode(input));
        }
        catch (ConversationJsonException)
        {
            return;
        }

        string written = ConversationJson.Serialize(conversation);
        Check(ConversationJson.Serialize(ConversationJson.Deserialize(written)) == written, "an accepted conversation round-trips");
    }

    /// <summary>
    /// <see cref="ConversationJson.DeserializeEvent"/>: only <see cref="ConversationJsonException"/> is documented.
    /// An event that is accepted must write back to JSON that reads again to the same JSON.
    /// </summary>
    /// <param name="input">The fuzzer's bytes.</param>
    public static void ConversationEvent(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ConversationEvent e;
        try
        {
            e = ConversationJson.DeserializeEvent(Decode(input));
        }
        catch (ConversationJsonException)
        {
            return;
        }

        string written = ConversationJson.SerializeEvent(e);
        Check(ConversationJson.SerializeEvent(ConversationJson.DeserializeEvent(written)) == written, "an accepted event round-trips");
    }

    /// <summary>
    /// <see cref="DevelopmentPlanJson.Deserialize"/>: only <see cref="DevelopmentPlanJsonException"/> is documented.
    /// A plan that is accepted must write back to JSON that reads again to the same JSON.
    /// </summary>
    /// <param name="input">The fuzzer's bytes.</param>
    public static void Plan(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        DevelopmentPlan plan;
        try
        {
            plan = DevelopmentPlanJson.Deserialize(Decode(input));
        }
        catch (DevelopmentPlanJsonException)
        {
            return;
        }

        string written = DevelopmentPlanJson.Serialize(plan);
        Check(DevelopmentPlanJson.Serialize(DevelopmentPlanJson.Deserialize(written)) == written, "an accepted plan round-trips");
    }

    /// <summary>Turns the fuzzer's bytes into the string a host would pass (see the remarks on the class).</summary>
    /// <param name="input">The bytes.</param>
    /// <returns>The string.</returns>
    public static string Decode(ReadOnlySpan<byte> input)
    {
        if (input.Length >= 2 && input[0] == 0xFF && input[1] == 0xFE)
        {
            var units = input.Slice(2, (input.Length - 2) & ~1);
            return new string(MemoryMarshal.Cast<byte, char>(units));
        }

        return Encoding.UTF8.GetString(input);
    }

    /// <summary>
    /// The validator, built on first use: an instrumented Pop.Core may only run once SharpFuzz has set up
    /// its trace memory, which is after this class's static fields are initialised.
    /// </summary>
    private static class Engine
    {
        // ValidateAsOf never reads the clock; a fixed one keeps the target deterministic all the same.
        public static readonly SmartValidator Validator = new(new FixedClock(), DateTimeZone.Utc);
    }

    private sealed class FixedClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2027, 1, 15, 9, 0);
    }

    private static void Check(bool condition, string property)
    {
        if (!condition)
        {
            throw new FuzzPropertyException(property);
        }
    }
}

/// <summary>A property the fuzz target checks beyond "no undocumented exception" does not hold.</summary>
public sealed class FuzzPropertyException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FuzzPropertyException"/> class.</summary>
    /// <param name="property">The property that does not hold.</param>
    public FuzzPropertyException(string property)
        : base("Property does not hold: " + property + ".")
    {
    }
}
