namespace Pop.Core.Plans;

using System;

/// <summary>
/// A plan's JSON is malformed, has the wrong shape, or describes a plan that breaks a rule;
/// <see cref="Path"/> says where and, for a broken rule, <see cref="Rejection"/> says which.
/// </summary>
public sealed class DevelopmentPlanJsonException : Exception
{
    internal DevelopmentPlanJsonException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Path = path;
    }

    internal DevelopmentPlanJsonException(string path, RuleRejection rejection)
        : this(path, rejection.ToString())
    {
        Rejection = rejection;
    }

    /// <summary>Gets the JSON path of the problem, for example <c>$.agreements[2].when</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the plan rule the document breaks (<c>PLAN-R01</c> …), or null when the problem is its shape.</summary>
    public RuleRejection? Rejection { get; }
}
