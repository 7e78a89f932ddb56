namespace Pop.Core.Cycles;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Internal;

/// <summary>
/// The rules of the yearly conversation cycle (gesprekkencyclus): lead times, working hours and
/// slots, manager capacity, spreading, and what follows the conversation.
/// </summary>
/// <remarks>Every property has a default; set the ones that differ with an object initializer.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CyclePolicy
{
    private readonly LeadTimePolicy leadTimes = LeadTimePolicy.Default;
    private readonly int followUpWorkingDays = 10;
    private readonly int managerCapacityPerDay = 4;
    private readonly Duration slotLength = Duration.FromHours(1);
    private readonly IReadOnlyList<Period> interimChecksAfter = ReadOnly.View(new[] { Period.FromMonths(6) });
    private readonly Period nextConversationAfter = Period.FromMonths(12);
    private readonly LocalTime workdayStart = new(9, 0);
    private readonly LocalTime workdayEnd = new(17, 0);
    private readonly WorkingCalendar calendar = WorkingCalendar.DutchDefault;
    private readonly DateTimeZone zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];
    private readonly SpreadingMode spreading = SpreadingMode.Even;

    /// <summary>Gets the default policy: announce 14 days ahead, talking points 7 days ahead, one-hour slots from 09:00 to 17:00, at most 4 conversations per manager per day, follow-up within 10 working days, one interim check after 6 months, the next conversation after 12 months, Dutch holidays, Europe/Amsterdam.</summary>
    public static CyclePolicy Default { get; } = new();

    /// <summary>
    /// Gets the lead times: announcement and talking points, on the working days of
    /// <see cref="LeadTimePolicy.Calendar"/>. The same object can be given to
    /// <see cref="Conversations.Conversation.Schedule"/> and <see cref="Conversations.Conversation.Reschedule"/>,
    /// so an ad-hoc move and a move in the cycle are held to one rule.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public LeadTimePolicy LeadTimes { get => leadTimes; init => leadTimes = Guard.Against.Null(value, nameof(LeadTimes)); }

    /// <summary>Gets how many days before the conversation the manager announces it (at least): <see cref="LeadTimePolicy.AnnounceDaysBefore"/> of <see cref="LeadTimes"/>.</summary>
    public int AnnounceDaysBefore => leadTimes.AnnounceDaysBefore;

    /// <summary>Gets how many days before the conversation both exchange their talking points (at least): <see cref="LeadTimePolicy.TalkingPointsDaysBefore"/> of <see cref="LeadTimes"/>.</summary>
    public int TalkingPointsDaysBefore => leadTimes.TalkingPointsDaysBefore;

    /// <summary>Gets within how many working days the follow-up that finalises the agreements takes place.</summary>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int FollowUpWorkingDays { get => followUpWorkingDays; init => followUpWorkingDays = Guard.Against.NegativeOrZero(value, nameof(FollowUpWorkingDays)); }

    /// <summary>Gets when the interim checks take place, counted from the conversation.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">A period is not positive.</exception>
    public IReadOnlyList<Period> InterimChecksAfter
    {
        get => interimChecksAfter;
        init
        {
            var list = Guard.Against.Null(value, nameof(InterimChecksAfter)).ToArray();
            foreach (var p in list)
            {
                Positive(p, nameof(InterimChecksAfter));
            }

            interimChecksAfter = ReadOnly.View(list);
        }
    }

    /// <summary>Gets when the next conversation is due, counted from this one.</summary>
    /// <exception cref="ArgumentException">Set to a period that is not positive.</exception>
    public Period NextConversationAfter { get => nextConversationAfter; init => nextConversationAfter = Positive(value, nameof(NextConversationAfter)); }

    /// <summary>Gets the length of one conversation slot.</summary>
    /// <exception cref="ArgumentException">Set to zero or less.</exception>
    public Duration SlotLength
    {
        get => slotLength;
        init => slotLength = value > Duration.Zero ? value : throw new ArgumentException("A slot must last longer than zero.", nameof(SlotLength));
    }

    /// <summary>Gets when the working day starts (in the manager's zone).</summary>
    public LocalTime WorkdayStart { get => workdayStart; init => workdayStart = value; }

    /// <summary>Gets when the working day ends (in the manager's zone).</summary>
    public LocalTime WorkdayEnd { get => workdayEnd; init => workdayEnd = value; }

    /// <summary>Gets the most conversations a manager holds on one working day.</summary>
    /// <exception cref="ArgumentException">Set below 1.</exception>
    public int ManagerCapacityPerDay { get => managerCapacityPerDay; init => managerCapacityPerDay = Guard.Against.NegativeOrZero(value, nameof(ManagerCapacityPerDay)); }

    /// <summary>Gets how a manager's conversations are spread over the window.</summary>
    /// <exception cref="ArgumentException">Set to an undefined mode.</exception>
    public SpreadingMode Spreading { get => spreading; init => spreading = Guard.Against.EnumOutOfRange(value, nameof(Spreading)); }

    /// <summary>
    /// Gets whether a manager's own conversation comes first: on an earlier working day than every
    /// conversation they hold, so that their own plan can feed their team's. Off by default (then a
    /// manager's own conversation is planned around the ones they hold, on any day).
    /// </summary>
    /// <remarks>
    /// Teams are then planned top-down: a manager's own conversation as early as the window allows,
    /// their team on the working days after it. A late conversation above leaves fewer days below,
    /// so a tight window is refused sooner. <see cref="CyclePlan.Reschedule"/> keeps the order (CYCLE-R08).
    /// </remarks>
    public bool ManagersFirst { get; init; }

    /// <summary>Gets the working-day calendar.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public WorkingCalendar Calendar { get => calendar; init => calendar = Guard.Against.Null(value, nameof(Calendar)); }

    /// <summary>Gets the organisation's time zone: used for anyone who has no zone of their own.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone Zone { get => zone; init => zone = Guard.Against.Null(value, nameof(Zone)); }

    /// <summary>Gets how many slots fit in a working day.</summary>
    public int SlotsPerDay => WorkdayEnd <= WorkdayStart ? 0 : (int)(Period.Between(WorkdayStart, WorkdayEnd, PeriodUnits.Minutes).Minutes / (long)SlotLength.TotalMinutes);

    /// <summary>Gets the usual POP season of <paramref name="year"/>: 1 January to the end of February.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DateInterval SeasonWindow(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 3, 1).PlusDays(-1));

    /// <summary>Checks the rules that span several properties.</summary>
    /// <exception cref="ArgumentException">The working day is empty, or no slot fits in it.</exception>
    public void Validate()
    {
        if (WorkdayEnd <= WorkdayStart)
        {
            throw new ArgumentException($"The working day ends ({WorkdayEnd:HH':'mm}) before it starts ({WorkdayStart:HH':'mm}).", nameof(WorkdayEnd));
        }

        if (SlotsPerDay < 1)
        {
            throw new ArgumentException($"A slot of {SlotLength.TotalMinutes} minutes does not fit in the working day.", nameof(SlotLength));
        }
    }

    private static Period Positive(Period period, string name)
    {
        Guard.Against.Null(period, name);
        var probe = new LocalDate(2000, 1, 1);
        return probe.Plus(period) > probe ? period : throw new ArgumentException("The period must be positive.", name);
    }
}
