namespace Pop.Core.Conversations;

using System.Collections.Generic;

/// <summary>
/// An option the parties explored for one development point, with its pros and cons: what the
/// explore step of the five-step model (and step 5 of the eight-step model, "which solution do you
/// have in mind for each development point?") leaves behind. Made by <see cref="Conversation.ExploreOption"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ExploredOption
{
    internal ExploredOption(string id, string need, string description, IReadOnlyList<string> pros, IReadOnlyList<string> cons)
    {
        Id = id;
        Need = need;
        Description = description;
        Pros = pros;
        Cons = cons;
    }

    /// <summary>Gets the option's id, unique within the conversation.</summary>
    public string Id { get; }

    /// <summary>Gets the development point it addresses: one of the recorded needs (<see cref="Conversation.EmployeeNeeds"/> or <see cref="Conversation.OrganisationNeeds"/>), word for word.</summary>
    public string Need { get; }

    /// <summary>Gets the option.</summary>
    public string Description { get; }

    /// <summary>Gets what speaks for it, in the order given.</summary>
    public IReadOnlyList<string> Pros { get; }

    /// <summary>Gets what speaks against it, in the order given.</summary>
    public IReadOnlyList<string> Cons { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Description} ({Need}: +{Pros.Count} −{Cons.Count})";
}
