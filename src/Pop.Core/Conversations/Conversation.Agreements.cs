namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;
using Pop.Core.Internal;

/// <content>Agreements: who does what by when, accepted by both parties.</content>
public sealed partial class Conversation
{
    /// <summary>Records an agreement: who does what by when.</summary>
    /// <param name="agreementId">A new id.</param>
    /// <param name="who">Who carries it out.</param>
    /// <param name="what">What is done.</param>
    /// <param name="when">By when.</param>
    /// <param name="isSupport">Whether it is a support agreement (what the manager or organisation provides).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result: CONV-R01 before both sides' needs are heard; CONV-R17 once nothing-agreed is recorded; CONV-R19 when <paramref name="when"/> is not after the conversation's date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id or text is empty; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordAgreement(string agreementId, string who, [SmartGoalText] string what, LocalDate when, bool isSupport, IClock clock) =>
        Decide(new AgreementRecorded(Id, Now(clock), agreementId, who, what, when, isSupport));

    /// <summary>Records that one party accepts an agreement.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="by">The employee or the manager.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, or an id is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult AcceptAgreement(string agreementId, ConversationRole by, IClock clock) =>
        Decide(new AgreementAccepted(Id, Now(clock), agreementId, by));

    /// <summary>
    /// Records that both parties keep an agreement although its text is not SMART, and why: the
    /// SMART check at <see cref="Close"/> then passes it over, and the reason travels with the agreement.
    /// </summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="reason">Why it stays as it is.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result: CONV-R09 for an unknown agreement, CONV-R10 when it was already accepted as not SMART.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id or the reason is empty, or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult AcceptNotSmart(string agreementId, string reason, IClock clock) =>
        Decide(new AgreementAcceptedAsNotSmart(Id, Now(clock), agreementId, reason));

    private int AgreementIndexOf(string id)
    {
        if (agreementIndex is not null)
        {
            return agreementIndex.TryGetValue(id, out int i) ? i : -1;
        }

        return agreements.FindIndex(a => a.Id == id);
    }

    private RuleRejection? When(AgreementRecorded ar, ref Conversation next)
    {
        if ((InPhase(ar.IsSupport ? PhaseTopics.SupportAgreements : PhaseTopics.Agreements) ?? PreviousFirst()) is { } noAgreement)
        {
            return noAgreement;
        }

        if (employeeNeeds.Count == 0 || organisationNeeds.Count == 0)
        {
            return Reject("CONV-R01");
        }

        if (AgreementIndexOf(ar.AgreementId) >= 0)
        {
            return Reject("CONV-R10", ("Id", ar.AgreementId));
        }

        if (RulesVersion >= 2 && NothingAgreedReason is not null)
        {
            return Reject("CONV-R17");
        }

        if (RulesVersion >= 2 && ar.When <= ScheduledFor.Date)
        {
            return Reject("CONV-R19", ("Agreement", ar.AgreementId), ("What", ar.What), ("When", Iso(ar.When)), ("Date", Iso(ScheduledFor.Date)));
        }

        next = Next();
        next.agreements = next.Own(agreements);
        next.agreements.Add(new Agreement(ar.AgreementId, ar.Who, ar.What, ar.When, ar.IsSupport, null, null));
        next.agreementIndex?.Add(ar.AgreementId, next.agreements.Count - 1);
        return null;
    }

    private RuleRejection? When(AgreementAccepted acc, ref Conversation next)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        int accepted = AgreementIndexOf(acc.AgreementId);
        if (accepted < 0)
        {
            return Reject("CONV-R09", ("Id", acc.AgreementId));
        }

        var agreement = agreements[accepted];
        bool byEmployee = acc.By == ConversationRole.Employee;
        if ((byEmployee ? agreement.EmployeeAcceptedAt : agreement.ManagerAcceptedAt) is not null)
        {
            return Reject("CONV-R10", ("Id", acc.AgreementId));
        }

        next = Next();
        next.agreements = next.Own(agreements);
        next.agreements[accepted] = agreement.AcceptedBy(byEmployee, acc.At);
        return null;
    }

    private RuleRejection? When(AgreementAcceptedAsNotSmart ns, ref Conversation next)
    {
        if (Status != ConversationStatus.InProgress)
        {
            return Reject("CONV-R07", ("Status", Status.ToString()));
        }

        int at = AgreementIndexOf(ns.AgreementId);
        if (at < 0)
        {
            return Reject("CONV-R09", ("Id", ns.AgreementId));
        }

        if (agreements[at].NotSmartReason is not null)
        {
            return Reject("CONV-R10", ("Id", ns.AgreementId));
        }

        next = Next();
        next.agreements = next.Own(agreements);
        next.agreements[at] = agreements[at].AcceptedAsNotSmart(ns.Reason);
        return null;
    }
}
