namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pop.Core.Internal;

/// <content>The verdict on each agreement of the previous plan, one by one.</content>
public sealed partial class Conversation
{
    private PreviousAgreementVerdict?[] verdicts = Array.Empty<PreviousAgreementVerdict?>();
    private int judged;

    /// <summary>
    /// Gets the verdicts given on the previous plan's agreements, in the order of
    /// <see cref="PreviousAgreements"/>; an agreement judged twice holds its latest verdict.
    /// </summary>
    public IReadOnlyList<PreviousAgreementVerdict> PreviousAgreementVerdicts =>
        judged == 0 ? ReadOnly.View(Array.Empty<PreviousAgreementVerdict>()) : ReadOnly.View(verdicts.OfType<PreviousAgreementVerdict>().ToArray());

    /// <summary>
    /// Judges one agreement of the previous plan. Together with <see cref="EvaluatePreviousAgreements"/>
    /// it answers CONV-R02: the previous plan counts as evaluated once it has a summary, or once
    /// every one of its agreements has a verdict. A verdict given again replaces the earlier one.
    /// </summary>
    /// <param name="index">The agreement's place in <see cref="PreviousAgreements"/>, from 0.</param>
    /// <param name="verdict">What came of it.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result: CONV-R07/R08 outside a phase that reviews the previous plan, CONV-R09 when there is no previous agreement at <paramref name="index"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The note is empty or white space, or longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="verdict"/> is not a defined <see cref="AgreementVerdict"/>.</exception>
    public ConversationResult EvaluatePreviousAgreement(int index, AgreementVerdict verdict, string? note, IClock clock) =>
        Decide(new PreviousAgreementJudged(Id, Now(clock), index, verdict, note));

    private RuleRejection? When(PreviousAgreementJudged pj, ref Conversation next)
    {
        if (InPhase(PhaseTopics.PreviousPlanReview) is { } noReview)
        {
            return noReview;
        }

        if (pj.Index >= previousAgreements.Length)
        {
            return Reject("CONV-R09", ("Id", "#" + pj.Index.ToString(CultureInfo.InvariantCulture)));
        }

        next = Next();
        var own = building && verdicts.Length == previousAgreements.Length ? verdicts : CopyVerdicts();
        if (own[pj.Index] is null)
        {
            next.judged = judged + 1;
        }

        own[pj.Index] = new PreviousAgreementVerdict(pj.Index, previousAgreements[pj.Index], pj.Verdict, pj.Note, pj.At);
        next.verdicts = own;
        return null;
    }

    private PreviousAgreementVerdict?[] CopyVerdicts()
    {
        var copy = new PreviousAgreementVerdict?[previousAgreements.Length];
        Array.Copy(verdicts, copy, verdicts.Length);
        return copy;
    }
}
