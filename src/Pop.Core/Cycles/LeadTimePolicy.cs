namespace Pop.Core.Cycles;

using System;
using Ardalis.GuardClauses;
using NodaTime;

/// <summary>
/// The lead times before a POP-gesprek (seeds 001, 003): the manager announces it at least
/// <see cref="AnnounceDaysBefore"/> days ahead, and both exchange their talking points at least
/// <see cref="TalkingPointsDaysBefore"/> days ahead, each on a working day. One object serves every
/// path that sets a date — <see cref="Conversations.Conversation.Schedule"/>,
/// <see cref="Conversations.Conversation.Reschedule"/> and the cycle planner through
/// <see cref="CyclePolicy.LeadTimes"/> — so the rule cannot differ between them.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LeadTimePolicy
{
    /// <summary>Initializes a new instance of the <see cref="LeadTimePolicy"/> class.</summary>
    /// <param name="announceDaysBefore">Days between the announcement and the conversation (at least).</param>
    /// <param name="talkingPointsDaysBefore">Days between the talking points and the conversation (at least; fewer than <paramref name="announceDaysBefore"/>).</param>
    /// <param name="enforcement">Refuse a date that is too soon, warn, or do not check.</param>
    /// <param name="calendar">The working days the announcement falls on; <see cref="WorkingCalendar.DutchDefault"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1 or above <see cref="MaxDays"/>.</exception>
    /// <exception cref="ArgumentException">The talking points are not due after the announcement, or <paramref name="enforcement"/> is not a defined value.</exception>
    public LeadTimePolicy(int announceDaysBefore = 14, int talkingPointsDaysBefore = 7, RuleEnforcement enforcement = RuleEnforcement.Refuse, WorkingCalendar? calendar = null)
    {
        AnnounceDaysBefore = Guard.Against.OutOfRange(announceDaysBefore, nameof(announceDaysBefore), 1, MaxDays);
        TalkingPointsDaysBefore = Guard.Against.OutOfRange(talkingPointsDaysBefore, nameof(talkingPointsDaysBefore), 1, MaxDays);
        if (talkingPointsDaysBefore >= announceDaysBefore)
        {
            throw new ArgumentException($"Talking points ({talkingPointsDaysBefore} days before) must be due after the announcement ({announceDaysBefore} days before).", nameof(talkingPointsDaysBefore));
        }

        Enforcement = Guard.Against.EnumOutOfRange(enforcement, nameof(enforcement));
        Calendar = calendar ?? WorkingCalendar.DutchDefault;
    }

    /// <summary>The longest lead time a policy accepts, in days: a year. Beyond it a date could leave NodaTime's range, and no organisation announces a POP further ahead.</summary>
    public const int MaxDays = 366;

    /// <summary>Gets the seeds' lead times, refused when too short: announce 14 days ahead, talking points 7 days ahead, Dutch working days.</summary>
    public static LeadTimePolicy Default { get; } = new();

    /// <summary>Gets how many days before the conversation it is announced (at least).</summary>
    public int AnnounceDaysBefore { get; }

    /// <summary>Gets how many days before the conversation both exchange their talking points (at least).</summary>
    public int TalkingPointsDaysBefore { get; }

    /// <summary>Gets what happens to a date that is too soon.</summary>
    public RuleEnforcement Enforcement { get; }

    /// <summary>Gets the working days the announcement and the talking points fall on.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>Gets the last working day to announce a conversation on <paramref name="conversationDate"/>.</summary>
    /// <param name="conversationDate">The conversation's date.</param>
    /// <returns>The date.</returns>
    public LocalDate AnnounceBy(LocalDate conversationDate) => Calendar.OnOrBefore(conversationDate.PlusDays(-AnnounceDaysBefore));

    /// <summary>Gets the last working day to exchange talking points for a conversation on <paramref name="conversationDate"/>.</summary>
    /// <param name="conversationDate">The conversation's date.</param>
    /// <returns>The date.</returns>
    public LocalDate TalkingPointsBy(LocalDate conversationDate) => Calendar.OnOrBefore(conversationDate.PlusDays(-TalkingPointsDaysBefore));

    /// <summary>Gets whether a conversation on <paramref name="conversationDate"/> can still be announced in time when it is set on <paramref name="today"/>.</summary>
    /// <param name="conversationDate">The conversation's date.</param>
    /// <param name="today">The day the date is set.</param>
    /// <returns>True when the announcement can still be made on time.</returns>
    public bool IsInTime(LocalDate conversationDate, LocalDate today) => AnnounceBy(conversationDate) >= today;

    /// <summary>Returns a copy with another enforcement.</summary>
    /// <param name="enforcement">Refuse, warn or off.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="enforcement"/> is not a defined value.</exception>
    public LeadTimePolicy With(RuleEnforcement enforcement) => new(AnnounceDaysBefore, TalkingPointsDaysBefore, enforcement, Calendar);
}
