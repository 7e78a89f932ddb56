namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using Pop.Core.Plans;

/// <content>Exploring options: per development point, the solutions considered with their pros and cons.</content>
public sealed partial class Conversation
{
    private List<ExploredOption> options = new();

    // While replaying: the option ids so far, and the needs seen so far (filled up incrementally
    // from the need lists), so a long history is checked in linear time.
    private HashSet<string>? optionIds;
    private HashSet<string>? needSet;
    private int needSetEmployee;
    private int needSetOrganisation;

    /// <summary>Gets the options explored so far, in the order explored.</summary>
    public IReadOnlyList<ExploredOption> Options => options.AsReadOnly();

    /// <summary>
    /// Records an option explored for one development point, with what speaks for and against it.
    /// Allowed in a phase whose topics include <see cref="PhaseTopics.Options"/>; the point is a need
    /// already recorded, by either side, word for word.
    /// </summary>
    /// <param name="optionId">A new id.</param>
    /// <param name="need">The development point: one of <see cref="EmployeeNeeds"/> or <see cref="OrganisationNeeds"/>.</param>
    /// <param name="description">The option.</param>
    /// <param name="pros">What speaks for it (may be empty).</param>
    /// <param name="cons">What speaks against it (may be empty).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The result: CONV-R07 when not in progress; CONV-R08 outside a phase for options; CONV-R02 while the previous plan is not evaluated; CONV-R09 when <paramref name="need"/> is not a recorded need; CONV-R10 when the id exists.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id, the need, the description or a pro or con is empty; a text is longer than <see cref="ConversationLimits.MaxTextLength"/>; or the texts together exceed <see cref="ConversationLimits.MaxTotalTextLength"/>.</exception>
    public ConversationResult ExploreOption(string optionId, string need, string description, IEnumerable<string> pros, IEnumerable<string> cons, IClock clock) =>
        Decide(new OptionExplored(Id, Now(clock), optionId, need, description, Guard.Against.Null(pros, nameof(pros)).ToArray(), Guard.Against.Null(cons, nameof(cons)).ToArray()));

    private bool HasOption(string id)
    {
        if (!building)
        {
            return options.Exists(o => o.Id == id);
        }

        optionIds ??= new HashSet<string>(StringComparer.Ordinal);
        return optionIds.Contains(id);
    }

    private bool IsNeed(string need)
    {
        if (!building)
        {
            return employeeNeeds.Contains(need) || organisationNeeds.Contains(need);
        }

        needSet ??= new HashSet<string>(StringComparer.Ordinal);
        for (; needSetEmployee < employeeNeeds.Count; needSetEmployee++)
        {
            needSet.Add(employeeNeeds[needSetEmployee]);
        }

        for (; needSetOrganisation < organisationNeeds.Count; needSetOrganisation++)
        {
            needSet.Add(organisationNeeds[needSetOrganisation]);
        }

        return needSet.Contains(need);
    }

    private RuleRejection? When(OptionExplored o, ref Conversation next)
    {
        if ((InPhase(PhaseTopics.Options) ?? PreviousFirst()) is { } noOptions)
        {
            return noOptions;
        }

        if (!IsNeed(o.Need))
        {
            return Reject("CONV-R09", ("Id", o.Need));
        }

        if (HasOption(o.OptionId))
        {
            return Reject("CONV-R10", ("Id", o.OptionId));
        }

        next = Next();
        next.options = next.Own(options);
        next.options.Add(new ExploredOption(o.OptionId, o.Need, o.Description, o.Pros, o.Cons));
        next.optionIds?.Add(o.OptionId);
        return null;
    }

    /// <summary>Ends a replay for the options: the indexes are dropped (called from <see cref="Freeze"/>).</summary>
    private void FreezeOptions()
    {
        optionIds = null;
        needSet = null;
        needSetEmployee = 0;
        needSetOrganisation = 0;
    }
}
