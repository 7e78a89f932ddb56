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
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank.</exception>
    /// <exception cref="PlanRuleException">PLAN-R12: the clock reads earlier than the last note; PLAN-R08: this is a redacted copy.</exception>
    public DevelopmentPlan AddManagerNote(string text, IClock clock)
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
    /// <param name="role">The role the copy is for.</param>
    /// <returns>The redacted copy.</returns>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="role"/> is not a defined role.</exception>
    /// <exception cref="PlanRuleException">PLAN-R08: this is already a redacted copy.</exception>
    public DevelopmentPlan RedactFor(ConversationRole role)
    {
        Guard.Against.EnumOutOfRange(role, nameof(role));
        Writable();
        var denied = Sections.Select(s => Access(role, s)).Where(a => !a.IsAllowed).ToArray();
        return Redacted(role, denied, PreviousVersion?.RedactFor(role));
    }

    internal DevelopmentPlan AddManagerNoteAt(string text, Instant at)
    {
        Guard.Against.NullOrWhiteSpace(text, nameof(text));
        Writable();
        if (managerNotes.Length > 0 && at < managerNotes[managerNotes.Length - 1].At)
        {
            throw Rule("PLAN-R12", ("At", Stamp(at)), ("Last", Stamp(managerNotes[managerNotes.Length - 1].At)));
        }

        var plan = Copy();
        plan.managerNotes = Append(managerNotes, new ManagerNote(text, at));
        return plan;
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

    private IReadOnlyList<T> Read<T>(PlanSection section, T[] items)
    {
        if ((hiddenMask & (1 << (int)section)) != 0)
        {
            throw new PlanAccessDeniedException(redactions.First(r => r.Section == section));
        }

        return ReadOnly.View(items);
    }
}
