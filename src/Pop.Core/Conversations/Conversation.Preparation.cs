namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;
using Pop.Core.Internal;

/// <content>Preparation: both parties' talking points and the shared agenda.</content>
public sealed partial class Conversation
{
    /// <summary>Records one party's preparation: talking points and, from either party, how they see the employee's development stage; the manager may add the department picture.</summary>
    /// <param name="role">The employee or the manager.</param>
    /// <param name="talkingPoints">Their talking points.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="stage">The employee's development stage as <paramref name="role"/> sees it: the employee's own view (<see cref="EmployeeStage"/>) or the manager's (<see cref="ManagerStage"/>). A later preparation of the same party replaces it; null keeps the earlier one.</param>
    /// <param name="departmentPicture">The department picture (manager only).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The role is neither employee nor manager, a talking point is empty, the stage is not a defined <see cref="DevelopmentStage"/>, or the employee gives a department picture; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult RecordPreparation(ConversationRole role, IEnumerable<string> talkingPoints, IClock clock, DevelopmentStage? stage = null, DepartmentPicture? departmentPicture = null)
    {
        var at = Now(clock);
        return Decide(new PreparationRecorded(Id, at, role, Guard.Against.Null(talkingPoints, nameof(talkingPoints)).ToArray(), stage, departmentPicture));
    }

    /// <summary>Adds an agenda item (before the start, or in a phase with the agenda).</summary>
    /// <param name="itemId">A new id.</param>
    /// <param name="proposedBy">Who proposes it.</param>
    /// <param name="text">What it is about.</param>
    /// <param name="priority">Its priority, 1 is highest.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id or text is empty, or the priority is below 1; or a text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult AddAgendaItem(string itemId, ConversationRole proposedBy, string text, int priority, IClock clock) =>
        Decide(new AgendaItemAdded(Id, Now(clock), itemId, proposedBy, text, priority));

    /// <summary>Gives an agenda item another priority.</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="priority">The new priority, 1 is highest.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The priority is below 1, or an id is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult PrioritiseAgendaItem(string itemId, int priority, IClock clock) =>
        Decide(new AgendaItemPrioritised(Id, Now(clock), itemId, priority));

    /// <summary>Merges two agenda items about the same thing into one joint item.</summary>
    /// <param name="keptItemId">The item that stays.</param>
    /// <param name="mergedItemId">The item folded into it.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is longer than <see cref="ConversationLimits.MaxTextLength"/>.</exception>
    public ConversationResult MergeAgendaItems(string keptItemId, string mergedItemId, IClock clock) =>
        Decide(new AgendaItemsMerged(Id, Now(clock), keptItemId, mergedItemId));

    private int AgendaIndexOf(string id)
    {
        if (agendaIndex is not null)
        {
            return agendaIndex.TryGetValue(id, out int i) ? i : -1;
        }

        return agenda.FindIndex(item => item.Id == id);
    }

    /// <summary>Adds to an owned agenda: appended while replaying (sorted once at the end), else inserted in order.</summary>
    private void AgendaAdd(AgendaItem item)
    {
        if (agendaIndex is not null)
        {
            agendaIndex.Add(item.Id, agenda.Count);
            agenda.Add(item);
            return;
        }

        int at = agenda.BinarySearch(item, AgendaOrder);
        agenda.Insert(at < 0 ? ~at : at, item);
    }

    private void AgendaSet(int index, AgendaItem item)
    {
        if (agendaIndex is not null)
        {
            agenda[index] = item;
            return;
        }

        agenda.RemoveAt(index);
        AgendaAdd(item);
    }

    /// <summary>Removes from an owned agenda: while replaying the last item takes its place (order does not matter until the end).</summary>
    private void AgendaRemove(int index)
    {
        if (agendaIndex is not null)
        {
            agendaIndex.Remove(agenda[index].Id);
            int last = agenda.Count - 1;
            if (index != last)
            {
                agenda[index] = agenda[last];
                agendaIndex[agenda[index].Id] = index;
            }

            agenda.RemoveAt(last);
            return;
        }

        agenda.RemoveAt(index);
    }

    /// <summary>The agenda's order: priority (1 first), then id (ordinal); ids are unique, so the order is total.</summary>
    private sealed class AgendaComparer : IComparer<AgendaItem>
    {
        private readonly bool counting;

        public AgendaComparer(bool counting) => this.counting = counting;

        /// <summary>Gets how many comparisons a counting comparer made (one sort's, on one thread).</summary>
        public long Comparisons { get; private set; }

        public int Compare(AgendaItem? x, AgendaItem? y)
        {
            if (counting)
            {
                Comparisons++;
            }

            int byPriority = x!.Priority.CompareTo(y!.Priority);
            return byPriority != 0 ? byPriority : string.CompareOrdinal(x.Id, y.Id);
        }
    }

    private RuleRejection? When(PreparationRecorded p, ref Conversation next)
    {
        if (PrepOrPhase(PhaseTopics.Preparation) is { } notNow)
        {
            return notNow;
        }

        next = Next();
        if (p.Role == ConversationRole.Employee)
        {
            next.employeeTalkingPoints = next.Own(employeeTalkingPoints);
            next.employeeTalkingPoints.AddRange(p.TalkingPoints);
            next.EmployeeStage = p.Stage ?? EmployeeStage;
        }
        else
        {
            next.managerTalkingPoints = next.Own(managerTalkingPoints);
            next.managerTalkingPoints.AddRange(p.TalkingPoints);
            next.ManagerStage = p.Stage ?? ManagerStage;
            next.DepartmentPicture = p.DepartmentPicture ?? DepartmentPicture;
        }

        return null;
    }

    private RuleRejection? When(AgendaItemAdded a, ref Conversation next)
    {
        if (PrepOrPhase(PhaseTopics.Agenda) is { } noAgenda)
        {
            return noAgenda;
        }

        if (AgendaIndexOf(a.ItemId) >= 0)
        {
            return Reject("CONV-R10", ("Id", a.ItemId));
        }

        next = Next();
        next.agenda = next.Own(agenda);
        next.AgendaAdd(new AgendaItem(a.ItemId, a.ProposedBy, false, a.Text, a.Priority));
        return null;
    }

    private RuleRejection? When(AgendaItemPrioritised ap, ref Conversation next)
    {
        if (PrepOrPhase(PhaseTopics.Agenda) is { } noPriority)
        {
            return noPriority;
        }

        int prioritised = AgendaIndexOf(ap.ItemId);
        if (prioritised < 0)
        {
            return Reject("CONV-R09", ("Id", ap.ItemId));
        }

        next = Next();
        next.agenda = next.Own(agenda);
        next.AgendaSet(prioritised, agenda[prioritised].With(priority: ap.Priority));
        return null;
    }

    private RuleRejection? When(AgendaItemsMerged m, ref Conversation next)
    {
        if (PrepOrPhase(PhaseTopics.Agenda) is { } noMerge)
        {
            return noMerge;
        }

        int keptAt = AgendaIndexOf(m.KeptItemId);
        int mergedAt = AgendaIndexOf(m.MergedItemId);
        if (keptAt < 0 || mergedAt < 0 || keptAt == mergedAt)
        {
            return Reject("CONV-R09", ("Id", keptAt < 0 ? m.KeptItemId : m.MergedItemId));
        }

        var kept = agenda[keptAt];
        var merged = agenda[mergedAt];
        var joint = kept.With(priority: Math.Min(kept.Priority, merged.Priority), joint: kept.IsJoint || merged.IsJoint || kept.ProposedBy != merged.ProposedBy);
        next = Next();
        next.agenda = next.Own(agenda);
        next.AgendaSet(keptAt, joint);
        next.AgendaRemove(next.AgendaIndexOf(m.MergedItemId));
        return null;
    }
}
