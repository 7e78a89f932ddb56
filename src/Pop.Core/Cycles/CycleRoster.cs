namespace Pop.Core.Cycles;

using System.Collections.Generic;

/// <summary>Everyone in a cycle by id, and where their conversation stands in the plan: one table for the planner and the plan.</summary>
internal sealed class CycleRoster
{
    private readonly Dictionary<string, int> indexOf;
    private readonly CycleParticipant[] participants;
    private readonly int[] conversationOf;

    public CycleRoster(Dictionary<string, int> indexOf, CycleParticipant[] participants, int[] conversationOf)
    {
        this.indexOf = indexOf;
        this.participants = participants;
        this.conversationOf = conversationOf;
        for (int i = 0; i < participants.Length; i++)
        {
            if (participants[i].ExcusedReason is not null)
            {
                conversationOf[i] = -1;
            }
        }
    }

    public CycleParticipant? Participant(string id) => indexOf.TryGetValue(id, out int i) ? participants[i] : null;

    /// <summary>The conversation's index in the plan, -1 for the excused, null for someone unknown.</summary>
    public int? ConversationOf(string id) => indexOf.TryGetValue(id, out int i) ? conversationOf[i] : null;
}
