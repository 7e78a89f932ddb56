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
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interimCheckDates"/> is null.</exception>
    /// <exception cref="PlanRuleException">PLAN-R05: a date lies outside the plan's period; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan Schedule(LocalDate? followUpOn, IEnumerable<LocalDate> interimCheckDates)
    {
        Guard.Against.Null(interimCheckDates, nameof(interimCheckDates));
        Writable();
        var dates = interimCheckDates.Distinct().OrderBy(d => d).ToArray();
        foreach (var date in followUpOn is { } f ? dates.Append(f) : dates)
        {
            InPeriod(date);
        }

        var plan = Copy();
        plan.FollowUpOn = followUpOn;
        plan.plannedChecks = dates;
        return plan;
    }

    /// <summary>Records an interim check: the progress of some or all agreements on a date.</summary>
    /// <param name="on">The date of the check.</param>
    /// <param name="progress">The progress per agreement; each agreement at most once.</param>
    /// <param name="note">A note on the check as a whole, or null.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="progress"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">An agreement appears twice, or <paramref name="note"/> is given but blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: an unknown agreement; PLAN-R05: the date lies outside the plan's period; PLAN-R10: the date lies before the last recorded check; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan RecordInterimCheck(LocalDate on, IEnumerable<AgreementProgress> progress, string? note)
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

        Writable();
        InPeriod(on);
        if (interimChecks.Length > 0 && on < interimChecks[interimChecks.Length - 1].On)
        {
            throw Rule("PLAN-R10", ("Date", Iso(on)), ("Last", Iso(interimChecks[interimChecks.Length - 1].On)));
        }

        foreach (var entry in entries)
        {
            IndexOf(agreements, a => a.Id == entry.AgreementId, "agreement", entry.AgreementId);
        }

        var plan = Copy();
        plan.interimChecks = Append(interimChecks, new InterimCheck(on, entries, note));
        return plan;
    }

    /// <summary>Gets how far an agreement had come on a date: the last interim check on or before it, 0 without one.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The percentage, 0 to 100.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreementId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agreementId"/> is blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R02: no such agreement.</exception>
    /// <exception cref="PlanAccessDeniedException">This is a redacted copy without agreements or checks.</exception>
    public int ProgressOf(string agreementId, LocalDate asOf)
    {
        Guard.Against.NullOrWhiteSpace(agreementId, nameof(agreementId));
        IndexOf(Agreements, a => a.Id == agreementId, "agreement", agreementId);
        _ = InterimChecks;
        return Progress(agreementId, asOf);
    }

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
