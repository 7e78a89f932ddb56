namespace Pop.Core.Conversations;

using NodaTime;

/// <summary>What came of one agreement of the previous plan, judged at the start of the next conversation ("evalueer dan eerst de afspraken … en hoe/of die naar tevredenheid zijn gerealiseerd").</summary>
public enum AgreementVerdict
{
    /// <summary>Done, to both parties' satisfaction.</summary>
    Achieved = 0,

    /// <summary>Partly done.</summary>
    PartlyAchieved = 1,

    /// <summary>Not done.</summary>
    NotAchieved = 2,

    /// <summary>No longer relevant; dropped by both parties.</summary>
    Dropped = 3,
}

/// <summary>The verdict on one agreement of the previous plan.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PreviousAgreementVerdict
{
    internal PreviousAgreementVerdict(int index, string agreement, AgreementVerdict verdict, string? note, Instant at)
    {
        Index = index;
        Agreement = agreement;
        Verdict = verdict;
        Note = note;
        At = at;
    }

    /// <summary>Gets the agreement's place in <see cref="Conversation.PreviousAgreements"/>, from 0.</summary>
    public int Index { get; }

    /// <summary>Gets the agreement as the previous plan worded it.</summary>
    public string Agreement { get; }

    /// <summary>Gets what came of it.</summary>
    public AgreementVerdict Verdict { get; }

    /// <summary>Gets a note on the verdict, or null.</summary>
    public string? Note { get; }

    /// <summary>Gets when the verdict was given.</summary>
    public Instant At { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Agreement}: {Verdict}{(Note is null ? string.Empty : " (" + Note + ")")}";
}
