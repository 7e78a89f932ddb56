namespace Pop.Core.Plans;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Conversations;
using Pop.Core.Goals;
using Pop.Core.Internal;

/// <content>Progress: the planned and recorded interim checks, and how far each agreement has come.</content>
public sealed partial class DevelopmentPlan
{
    /// <summary>Plans the follow-up and the interim checks, usually from the cycle plan; replaces earlier dates.</summary>
    /// <param name="followUpOn">The follow-up's date, or null.</param>
    /// <param name="interimCheckDates">The dates of the interim checks.</param>
    /// <returns>The new plan; rejected with PLAN-R05 when a date lies outside the plan's period, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interimCheckDates"/> is null.</exception>
    public PlanResult Schedule(LocalDate? followUpOn, IEnumerable<LocalDate> interimCheckDates)
    {
        Guard.Against.Null(interimCheckDates, nameof(interimCheckDates));
        var dates = interimCheckDates.Distinct().OrderBy(d => d).ToArray();
        if ((Writable() ?? (followUpOn is { } f ? dates.Append(f) : dates).Select(InPeriod).FirstOrDefault(r => r is not null)) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.FollowUpOn = followUpOn;
        plan.plannedChecks = dates;
        return PlanResult.Accepted(plan);
    }

    /// <summary>Records an interim check: the progress of some or all agreements on a date.</summary>
    /// <param name="on">The date of the check.</param>
    /// <param name="progress">The progress per agreement; each agreement at most once.</param>
    /// <param name="note">A note on the check as a whole, or null.</param>
    /// <returns>The new plan; rejected with PLAN-R05 when the date lies outside the plan's period, PLAN-R10
    /// when it lies before the last recorded check, PLAN-R02 for an unknown agreement, PLAN-R08 on a
    /// redacted copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="progress"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An agreement appears twice, or <paramref name="note"/> is given but blank.</exception>
    public PlanResult RecordInterimCheck(LocalDate on, IEnumerable<AgreementProgress> progress, string? note)
    {
        Guard.Against.Null(progress, nameof(progress));
        var entries = progress.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Guard.Against.Null(entry, nameof(progress));
            if (!seen.Add(entry.AgreementId))
            {
                throw new ArgumentException($"Agreement '{entry.AgreementId}' appears twice in one check.", nameof(progress));
            }
        }

        if (note is not null)
        {
            Guard.Against.NullOrWhiteSpace(note, nameof(note));
        }

        if ((Writable() ?? InPeriod(on) ?? NotBeforeLastCheck(on)
            ?? entries.Select(e => Find(agreements, a => a.Id == e.AgreementId, "agreement", e.AgreementId, out _)).FirstOrDefault(r => r is not null)) is { } rejection)
        {
            return Rejected(rejection);
        }

        var plan = Copy();
        plan.interimChecks = Append(interimChecks, new InterimCheck(on, entries, note));
        return PlanResult.Accepted(plan);
    }

    /// <summary>Gets how far an agreement had come on a date: the last interim check on or before it, 0 without one.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The percentage, 0 to 100.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    /// <remarks>
    /// A question, not a command: it asks about an agreement the caller took from <see cref="Agreements"/>,
    /// so an id the plan does not hold is a mistake in the calling code and throws, as
    /// <see cref="Cycles.CyclePlan.For"/> does for an unknown employee.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is blank.</exception>
    /// <exception cref="KeyNotFoundException">The plan has no agreement with that id.</exception>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements or checks.</exception>
    public int ProgressOf(string agreementId, LocalDate asOf)
    {
        Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        if (Find(Agreements, a => a.Id == agreementId, "agreement", agreementId, out _) is { } unknown)
        {
            throw new KeyNotFoundException(unknown.ToString());
        }

        _ = InterimChecks;
        return Progress(agreementId, asOf);
    }

    /// <summary>PLAN-R10 when <paramref name="on"/> lies before the last recorded check.</summary>
    private RuleRejection? NotBeforeLastCheck(LocalDate on) =>
        interimChecks.Length > 0 && on < interimChecks[interimChecks.Length - 1].On
            ? Reject("PLAN-R10", ("Date", Iso(on)), ("Last", Iso(interimChecks[interimChecks.Length - 1].On)))
            : null;

    /// <summary>Finds the agreements whose date has passed without being reported done on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date to judge on; an agreement due that day is not yet overdue.</param>
    /// <returns>The overdue agreements, support agreements included, in plan order.</returns>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements or checks.</exception>
    public IReadOnlyList<Agreement> OverdueAgreements(LocalDate asOf)
    {
        _ = Agreements;
        _ = InterimChecks;
        return agreements.Where(a => a.When < asOf && Progress(a.Id, asOf) < 100).ToArray();
    }

    private int Progress(string agreementId, LocalDate asOf)
    {
        for (int i = interimChecks.Length - 1; i >= 0; i--)
        {
            var check = interimChecks[i];
            if (check.On > asOf)
            {
                continue;
            }

            foreach (var entry in check.Progress)
            {
                if (entry.AgreementId == agreementId)
                {
                    return entry.PercentComplete;
                }
            }
        }

        return 0;
    }
}
