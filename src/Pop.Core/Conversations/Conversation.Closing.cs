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
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult PlanFollowUp(LocalDate on, IClock clock) => Decide(new FollowUpPlanned(Id, Now(clock), on));

    /// <summary>Plans the next conversation.</summary>
    /// <param name="on">The date.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
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

    /// <summary>Closes the conversation; the plan becomes final.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The result (CONV-R02, R03, R04 or R05 when something is missing).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ConversationResult Close(IClock clock) => Decide(new ConversationClosed(Id, Now(clock)));

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

        if (agreements.FirstOrDefault(a => !a.IsAcceptedByBoth) is { } open)
        {
            return Reject("CONV-R05", ("Agreement", open.What));
        }

        next = Next();
        next.Status = ConversationStatus.Closed;
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
