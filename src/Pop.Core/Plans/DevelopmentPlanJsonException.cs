namespace Pop.Core.Plans;

using System;

/// <summary>A plan's JSON is malformed, has the wrong shape, or describes a plan that breaks a rule; <see cref="Path"/> says where.</summary>
public sealed class DevelopmentPlanJsonException : Exception
{
    internal DevelopmentPlanJsonException(string path, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Path = path;
    }

    /// <summary>Gets the JSON path of the problem, for example <c>$.agreements[2].when</c>.</summary>
    public string Path { get; }
}
