namespace Pop.Core.Analyzers;

/// <summary>The IDs and categories of the Pop.Core rules. IDs never change meaning.</summary>
internal static class RuleIdentifiers
{
    public const string GoalTextNotSmart = "POP0001";
    public const string ResultIgnored = "POP0002";
    public const string WallClockInDomainCode = "POP0003";
    public const string InvalidConversationModel = "POP0004";
    public const string QuadrantNotHandled = "POP0005";

    public const string CategoryGoals = "Pop.Goals";
    public const string CategoryUsage = "Pop.Usage";
    public const string CategoryTime = "Pop.Time";
    public const string CategoryConversations = "Pop.Conversations";

    /// <summary>
    /// The docs page of a rule, relative to the repository root (<c>docs/rules/POP0001.md</c>). The
    /// package has no public home yet, so the link names the page in the repository and the package
    /// rather than an invented address; a test keeps every page present.
    /// </summary>
    public static string HelpLink(string id) => "docs/rules/" + id + ".md";
}
