namespace Pop.Core.Conversations;

using System;
using Ardalis.GuardClauses;
using Pop.Core.Smart;

/// <summary>
/// How strictly a host holds the agreements to SMART when a conversation closes: every agreement's
/// text is read by the SMART engine (specific and measurable; its date makes it time-bound) unless
/// both parties accepted it as not SMART with a reason (<see cref="Conversation.AcceptNotSmart"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ClosingPolicy
{
    /// <summary>Initializes a new instance of the <see cref="ClosingPolicy"/> class.</summary>
    /// <param name="smartAgreements">Refuse the close (CONV-R20), warn (CONV-G02), or do not check.</param>
    /// <param name="analyzer">The SMART engine, with the host's vendor words; <see cref="SmartTextAnalyzer.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="smartAgreements"/> is not a defined value.</exception>
    public ClosingPolicy(RuleEnforcement smartAgreements, SmartTextAnalyzer? analyzer = null)
    {
        SmartAgreements = Guard.Against.EnumOutOfRange(smartAgreements, nameof(smartAgreements));
        Analyzer = analyzer ?? SmartTextAnalyzer.Default;
    }

    /// <summary>
    /// Gets the policy <see cref="Conversation.Close"/> uses when given none: agreements that are not
    /// SMART draw a warning (CONV-G02), so a host that has not chosen still hears about them.
    /// </summary>
    public static ClosingPolicy Default { get; } = new(RuleEnforcement.Warn);

    /// <summary>Gets what happens to an agreement whose text is not SMART.</summary>
    public RuleEnforcement SmartAgreements { get; }

    /// <summary>Gets the SMART engine that reads the agreements.</summary>
    public SmartTextAnalyzer Analyzer { get; }
}
