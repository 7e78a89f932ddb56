namespace Pop.Core.Plans;

using NodaTime;
using Pop.Core.Conversations;

/// <summary>
/// The employee's consent that one role sees the assessment results, with when it was given and,
/// once withdrawn, when. Withdrawn consents stay in the plan as the record of what was allowed when.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AssessmentConsent
{
    internal AssessmentConsent(ConversationRole grantedTo, Instant grantedAt, Instant? withdrawnAt)
    {
        GrantedTo = grantedTo;
        GrantedAt = grantedAt;
        WithdrawnAt = withdrawnAt;
    }

    /// <summary>Gets the role the consent was given to.</summary>
    public ConversationRole GrantedTo { get; }

    /// <summary>Gets when the employee gave it.</summary>
    public Instant GrantedAt { get; }

    /// <summary>Gets when the employee withdrew it, or null while it holds.</summary>
    public Instant? WithdrawnAt { get; }

    /// <summary>Gets a value indicating whether the consent holds.</summary>
    public bool IsActive => WithdrawnAt is null;

    internal AssessmentConsent Withdrawn(Instant at) => new(GrantedTo, GrantedAt, at);
}
