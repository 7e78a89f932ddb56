namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Cycles;
using Pop.Core.Plans;
using Pop.Core.Internal;

/// <content>The conversation's course: when it takes place, its start and its phases.</content>
public sealed partial class Conversation
{
    /// <summary>Moves the scheduled conversation; the date holds except in emergencies, so a reason is required, and the new date keeps the lead times.</summary>
    /// <param name="scheduledFor">The new time.</param>
    /// <param name="reason">Why it moves.</param>
    /// <param name="clock">The clock; today is its date in <paramref name="scheduledFor"/>'s zone.</param>
    /// <param name="leadTimes">The lead times (<see cref="LeadTimePolicy.Default"/>, refused when too short, when null); pass the cycle's <see cref="CyclePolicy.LeadTimes"/> to hold both to one rule.</param>
    /// <returns>The result: CONV-R06 without a reason, CONV-R07 once started, CONV-R21 for a date too soon under <see cref="RuleEnforcement.Refuse"/> (the warning CONV-G03 under <see cref="RuleEnforcement.Warn"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult Reschedule(ZonedDateTime scheduledFor, string reason, IClock clock, LeadTimePolicy? leadTimes = null)
    {
        var moved = Decide(new ConversationRescheduled(Id, Now(clock), scheduledFor, reason));
        if (!moved.IsAccepted || LeadTime(leadTimes, scheduledFor, moved.Events[0].At) is not { } tooSoon)
        {
            return moved;
        }

        return (leadTimes ?? LeadTimePolicy.Default).Enforcement == RuleEnforcement.Refuse
            ? Rejected(Reject("CONV-R21", tooSoon))
            : moved.WithWarnings(new[] { new GuidanceWarning("CONV-G03", string.Empty, moved.Events[0].At, tooSoon) });
    }

    /// <summary>Starts the conversation in its first phase.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult Start(IClock clock)
    {
        var started = Decide(new ConversationStarted(Id, Now(clock)));
        return started.IsAccepted ? Chain(started, started.Conversation.Decide(new PhaseEntered(Id, Now(clock), Model.Phases[0].Id))) : started;
    }

    /// <summary>Moves on to the next phase.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R08 in the last phase: close the conversation instead).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult AdvancePhase(IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        if (Status == ConversationStatus.InProgress && PhaseIndex == Model.Phases.Count - 1)
        {
            return Rejected(Reject("CONV-R08", ("Phase", Model.Phases[PhaseIndex].Id)));
        }

        string next = PhaseIndex + 1 < Model.Phases.Count ? Model.Phases[PhaseIndex + 1].Id : string.Empty;
        return Decide(new PhaseEntered(Id, Now(clock), next));
    }

    /// <summary>Goes back to an earlier phase.</summary>
    /// <param name="phaseId">The phase to return to.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R11 for an unknown phase, CONV-R08 for a later one).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversationResult ReturnToPhase(string phaseId, IClock clock)
    {
        Guard.Against.Null(phaseId, nameof(phaseId));
        int target = Model.IndexOf(phaseId);
        if (target > PhaseIndex)
        {
            return Rejected(Reject(target < 0 ? "CONV-R11" : "CONV-R08", ("Phase", phaseId)));
        }

        return Decide(new PhaseEntered(Id, Now(clock), phaseId));
    }

    private RuleRejection? When(ConversationRescheduled r, ref Conversation next)
    {
        if (Status != ConversationStatus.Scheduled)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            return Reject("CONV-R06");
        }

        next = Next();
        next.ScheduledFor = r.ScheduledFor;
        return null;
    }

    private RuleRejection? When(ConversationStarted e, ref Conversation next)
    {
        if (Status != ConversationStatus.Scheduled)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        next = Next();
        next.Status = ConversationStatus.InProgress;
        return null;
    }

    private RuleRejection? When(PhaseEntered pe, ref Conversation next)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        int target = Model.IndexOf(pe.PhaseId);
        if (target < 0)
        {
            return Reject("CONV-R11", ("Phase", pe.PhaseId));
        }

        if (target > PhaseIndex + 1 || target == PhaseIndex)
        {
            return Reject("CONV-R08", ("Phase", pe.PhaseId));
        }

        next = Next();
        next.PhaseIndex = target;
        return null;
    }
}
