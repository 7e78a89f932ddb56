namespace Pop.Core;

using System;

/// <summary>
/// Marks a parameter or property that takes the text of a development goal or agreement. The
/// Pop.Core analyzers run a compile-time constant passed to it through the same free-text SMART
/// analysis as <see cref="Smart.SmartValidator"/> and warn (POP0001) when it is not specific,
/// measurable or time-bound. Put it on your own methods and properties too.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class SmartGoalTextAttribute : Attribute
{
}
