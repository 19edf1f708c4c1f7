using System;

namespace CsbGenerators
{
    /// <summary>Leaves a member of an event type out of every message.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class CsbIgnoreAttribute : Attribute
    {
    }
}
