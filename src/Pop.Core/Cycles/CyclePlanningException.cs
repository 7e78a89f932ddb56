namespace Pop.Core.Cycles;

using System;

/// <summary>A cycle could not be planned or changed as asked. <see cref="Code"/> says which rule stood in the way.</summary>
public abstract class CyclePlanningException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CyclePlanningException"/> class.</summary>
    /// <param name="code">The stable code of the rule.</param>
    /// <param name="message">What was wrong, for developers and logs.</param>
    protected CyclePlanningException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Gets the stable code of the rule (<c>CYCLE-P01</c>, …).</summary>
    public string Code { get; }
}
