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

/// <content>Who sees what: the manager's notes, section access and redacted copies.</content>
public sealed partial class DevelopmentPlan
{
    /// <summary>Adds a private note of the manager; it is never shown to the employee.</summary>
    /// <param name="text">The note.</param>
    /// <param name="clock">The clock that stamps it.</param>
    /// <returns>The new plan; rejected with PLAN-R12 when the clock reads earlier than the last note, PLAN-R08 on a redacted copy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    public PlanResult AddManagerNote(string text, IClock clock)
    {
        Guard.Against.Null(clock, nameof(clock));
        return AddManagerNoteAt(text, clock.GetCurrentInstant());
    }

    /// <summary>Answers whether a role may see a section of this plan, with the typed reason when not.</summary>
    /// <param name="role">The role asking.</param>
    /// <param name="section">The section.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An argument is not a defined value.</exception>
    public SectionAccess Access(ConversationRole role, PlanSection section)
    {
        Guard.Against.EnumOutOfRange(role, nameof(role));
        Guard.Against.EnumOutOfRange(section, nameof(section));
        return new SectionAccess(role, section, Decide(role, section));
    }

    /// <summary>Throws the typed denial when a role may not see a section.</summary>
    /// <remarks>
    /// The one place besides a redacted copy's properties where a decision becomes an exception, on
    /// purpose: <see cref="Demand"/> is a security guard a host puts in front of a read, so that code
    /// which forgot to ask cannot go on and show the section. To ask rather than guard (a screen that
    /// explains why a section is hidden), call <see cref="Access"/>, which returns the decision with
    /// its code and never throws for a denial.
    /// </remarks>
    /// <param name="role">The role asking.</param>
    /// <param name="section">The section.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An argument is not a defined value.</exception>
    /// <exception cref="PlanAccessDeniedException">The role may not see the section; it carries the decision.</exception>
    public void Demand(ConversationRole role, PlanSection section)
    {
        var access = Access(role, section);
        if (!access.IsAllowed)
        {
            throw new PlanAccessDeniedException(access);
        }
    }

    /// <summary>
    /// Makes a read-only copy for one role: the sections it may not see are emptied, listed in
    /// <see cref="Redactions"/>, left out of its JSON, and throw when read. Earlier versions are
    /// redacted by today's consents (the consents of this, the latest version): a withdrawal reaches
    /// the results of every version. Make a new copy per request: consent can be withdrawn.
    /// </summary>
    /// <remarks>
    /// A view, not a command: it decides nothing a person could be told "no" about. Redacting a copy
    /// that is already redacted is a mistake in the host (redact the full plan; <see cref="IsRedacted"/>
    /// tells which one is at hand), so it throws rather than returning a rejection.
    /// </remarks>
    /// <param name="role">The role the copy is for.</param>
    /// <returns>The redacted copy.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="role"/> is not a defined role.</exception>
    /// <exception cref="InvalidOperationException">This is already a redacted copy (the message carries PLAN-R08).</exception>
    public DevelopmentPlan RedactFor(ConversationRole role)
    {
        Guard.Against.EnumOutOfRange(role, nameof(role));
        if (Writable() is { } redacted)
        {
            throw new InvalidOperationException(redacted.ToString());
        }

        var denied = Sections.Select(s => Access(role, s)).Where(a => !a.IsAllowed).ToArray();
        return Redacted(role, denied, PreviousVersion?.RedactFor(role));
    }

    internal PlanResult AddManagerNoteAt(string text, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(text, nameof(text));
        if (Writable() is { } rejection)
        {
            return Rejected(rejection);
        }

        if (managerNotes.Length > 0 && at < managerNotes[managerNotes.Length - 1].At)
        {
            return Rejected(Reject("PLAN-R12", ("At", Stamp(at)), ("Last", Stamp(managerNotes[managerNotes.Length - 1].At))));
        }

        var plan = Copy();
        plan.managerNotes = Append(managerNotes, new ManagerNote(text, at));
        return PlanResult.Accepted(plan);
    }

    internal DevelopmentPlan Redacted(ConversationRole role, SectionAccess[] denied, DevelopmentPlan? previous)
    {
        var plan = Copy();
        plan.PreviousVersion = previous;
        plan.Viewer = role;
        plan.redactions = denied;
        foreach (var access in denied)
        {
            plan.hiddenMask |= 1 << (int)access.Section;
            switch (access.Section)
            {
                case PlanSection.Goals: plan.goals = Array.Empty<DevelopmentGoal>(); break;
                case PlanSection.Activities: plan.activities = Array.Empty<DevelopmentActivity>(); break;
                case PlanSection.Agreements: plan.agreements = Array.Empty<Agreement>(); break;
                case PlanSection.InterimChecks: plan.interimChecks = Array.Empty<InterimCheck>(); break;
                case PlanSection.Proposals: plan.proposals = Array.Empty<SolutionProposal>(); break;
                case PlanSection.AssessmentResults: plan.assessmentResults = Array.Empty<AssessmentResult>(); break;
                case PlanSection.ManagerNotes: plan.managerNotes = Array.Empty<ManagerNote>(); break;
                case PlanSection.Development: plan.employeeNeeds = plan.organisationNeeds = Array.Empty<string>(); plan.employeeStage = plan.managerStage = null; break;
            }
        }

        return plan;
    }

    private string Decide(ConversationRole role, PlanSection section)
    {
        if (section == PlanSection.ManagerNotes && role == ConversationRole.Employee)
        {
            return "PLAN-V02";
        }

        if (!Visibility.Includes(section, role))
        {
            return "PLAN-V01";
        }

        if (section == PlanSection.Activities && !Visibility.Includes(PlanSection.Goals, role))
        {
            return "PLAN-V05";
        }

        if (section == PlanSection.InterimChecks && !Visibility.Includes(PlanSection.Agreements, role))
        {
            return "PLAN-V05";
        }

        if (section == PlanSection.AssessmentResults && role != ConversationRole.Employee && ActiveConsent(role) is null)
        {
            return consents.Any(c => c.GrantedTo == role) ? "PLAN-V04" : "PLAN-V03";
        }

        return SectionAccess.AllowedCode;
    }

    private DevelopmentStage? ReadValue(DevelopmentStage? stage)
    {
        if ((hiddenMask & (1 << (int)PlanSection.Development)) != 0)
        {
            throw new PlanAccessDeniedException(redactions.First(r => r.Section == PlanSection.Development));
        }

        return stage;
    }

    private IReadOnlyList<T> Read<T>(PlanSection section, T[] items)
    {
        if ((hiddenMask & (1 << (int)section)) != 0)
        {
            throw new PlanAccessDeniedException(redactions.First(r => r.Section == section));
        }

        return ReadOnly.View(items);
    }
}
