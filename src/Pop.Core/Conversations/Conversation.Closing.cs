namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;
using Pop.Core.Internal;

/// <content>The end of the conversation: the follow-up, the next conversation, the evaluation, closing and cancelling.</content>
public sealed partial class Conversation
{
    /// <summary>Plans the follow-up that finalises the agreements.</summary>
    /// <param name="on">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R18 when the date is not after the conversation's).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult PlanFollowUp(LocalDate on, IClock clock) => Decide(new FollowUpPlanned(Id, Now(clock), on));

    /// <summary>Plans the next conversation.</summary>
    /// <param name="on">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R18 when the date is not after the conversation's).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult PlanNextConversation(LocalDate on, IClock clock) => Decide(new NextConversationPlanned(Id, Now(clock), on));

    /// <summary>Records the evaluation of the conversation (feedback to each other).</summary>
    /// <param name="feedback">The feedback.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The feedback is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordEvaluation(string feedback, IClock clock) =>
        Decide(new EvaluationRecorded(Id, Now(clock), feedback));

    /// <summary>Records that the parties agreed on nothing this time, and why: the explicit alternative to agreements that lets the conversation close.</summary>
    /// <param name="reason">Why nothing was agreed.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result: CONV-R17 when agreements are already recorded (or nothing-agreed is), CONV-R08 outside the agreements phase.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The reason is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordNothingAgreed(string reason, IClock clock) =>
        Decide(new NothingAgreedRecorded(Id, Now(clock), reason));

    /// <summary>
    /// Closes the conversation; the plan becomes final. Besides the rules every history is held to
    /// (CONV-R02 to R05, R16), the host's <paramref name="policy"/> decides what an agreement whose
    /// text is not SMART does: refuse the close (CONV-R20), warn (CONV-G02 in the result), or nothing.
    /// The SMART check is made here, at the command, and not again on <see cref="Replay"/>: its verdict
    /// belongs to the engine and vendor words of that moment, and a closed history must keep loading.
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <param name="policy">The closing policy; <see cref="ClosingPolicy.Default"/> (warn) when null.</param>
    /// <returns>The result: CONV-R02, R03, R04, R05 or R16 when something is missing, CONV-R20 for an agreement that is not SMART under <see cref="RuleEnforcement.Refuse"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult Close(IClock clock, ClosingPolicy? policy = null)
    {
        var at = Now(clock);
        var closed = Decide(new ConversationClosed(Id, at));
        policy ??= ClosingPolicy.Default;
        if (!closed.IsAccepted || policy.SmartAgreements == RuleEnforcement.Off)
        {
            return closed;
        }

        List<GuidanceWarning>? notSmart = null;
        foreach (var agreement in agreements)
        {
            if (agreement.NotSmartReason is not null)
            {
                continue;
            }

            var analysis = policy.Analyzer.Analyze(agreement.What, ScheduledFor.Date);
            if (analysis.IsSpecific && analysis.IsMeasurable)
            {
                continue;
            }

            string missing = analysis.IsSpecific ? "M" : analysis.IsMeasurable ? "S" : "S, M";
            if (policy.SmartAgreements == RuleEnforcement.Refuse)
            {
                return Rejected(Reject("CONV-R20", ("Agreement", agreement.Id), ("What", agreement.What), ("Missing", missing)));
            }

            (notSmart ??= new List<GuidanceWarning>()).Add(new GuidanceWarning("CONV-G02", CurrentPhase!.Id, at, ("Agreement", agreement.Id), ("What", agreement.What), ("Missing", missing)));
        }

        return notSmart is null ? closed : closed.WithWarnings(notSmart);
    }

    /// <summary>Cancels the conversation.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult Cancel(string reason, IClock clock) =>
        Decide(new ConversationCancelled(Id, Now(clock), reason));

    private RuleRejection? When(FollowUpPlanned f, ref Conversation next)
    {
        if (InPhase(PhaseTopics.NextAppointment) is { } noFollowUp)
        {
            return noFollowUp;
        }

        if (RulesVersion >= 2 && f.On <= ScheduledFor.Date)
        {
            return Reject("CONV-R18", ("On", Iso(f.On)), ("Date", Iso(ScheduledFor.Date)));
        }

        next = Next();
        next.FollowUpOn = f.On;
        return null;
    }

    private RuleRejection? When(NextConversationPlanned nc, ref Conversation next)
    {
        if (InPhase(PhaseTopics.NextAppointment) is { } noNext)
        {
            return noNext;
        }

        if (RulesVersion >= 2 && nc.On <= ScheduledFor.Date)
        {
            return Reject("CONV-R18", ("On", Iso(nc.On)), ("Date", Iso(ScheduledFor.Date)));
        }

        next = Next();
        next.NextConversationOn = nc.On;
        return null;
    }

    private RuleRejection? When(EvaluationRecorded ev, ref Conversation next)
    {
        if (InPhase(PhaseTopics.Evaluation) is { } noEvaluation)
        {
            return noEvaluation;
        }

        next = Next();
        next.Evaluation = ev.Feedback;
        return null;
    }

    private RuleRejection? When(ConversationClosed e, ref Conversation next)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        if (PreviousPending)
        {
            return Reject("CONV-R02");
        }

        if (FollowUpOn is null && NextConversationOn is null)
        {
            return Reject("CONV-R03");
        }

        if (Evaluation is null)
        {
            return Reject("CONV-R04");
        }

        if (RulesVersion >= 2 && agreements.Count == 0 && NothingAgreedReason is null)
        {
            return Reject("CONV-R16");
        }

        if (agreements.FirstOrDefault(a => !a.IsAcceptedByBoth) is { } open)
        {
            return Reject("CONV-R05", ("Agreement", open.What));
        }

        next = Next();
        next.Status = ConversationStatus.Closed;
        return null;
    }

    private RuleRejection? When(NothingAgreedRecorded na, ref Conversation next)
    {
        if ((InPhase(PhaseTopics.Agreements) ?? PreviousFirst()) is { } notNow)
        {
            return notNow;
        }

        if (agreements.Count > 0 || NothingAgreedReason is not null)
        {
            return Reject("CONV-R17");
        }

        next = Next();
        next.NothingAgreedReason = na.Reason;
        return null;
    }

    private RuleRejection? When(ConversationCancelled cc, ref Conversation next)
    {
        if (Open() is { } closed)
        {
            return closed;
        }

        if (string.IsNullOrWhiteSpace(cc.Reason))
        {
            return Reject("CONV-R12");
        }

        next = Next();
        next.Status = ConversationStatus.Cancelled;
        next.CancelReason = cc.Reason;
        return null;
    }
}
