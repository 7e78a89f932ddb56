namespace Pop.Core.Conversations;

using System;
using System.Collections.Generic;
using System.Linq;
using Pop.Core.Internal;

/// <summary>A conversation model breaks the cross-model rules; <see cref="Violations"/> lists every one.</summary>
public sealed class InvalidConversationModelException : Exception
{
    internal InvalidConversationModelException(string modelId, IReadOnlyList<ModelViolation> violations)
        : base($"Conversation model '{modelId}' breaks {violations.Count} rule(s): " + string.Join(" ", violations.Select(v => v.ToString())))
    {
        ModelId = modelId;
        Violations = ReadOnly.Of(violations);
    }

    /// <summary>Gets the model's id.</summary>
    public string ModelId { get; }

    /// <summary>Gets every rule the model breaks.</summary>
    public IReadOnlyList<ModelViolation> Violations { get; }
}
