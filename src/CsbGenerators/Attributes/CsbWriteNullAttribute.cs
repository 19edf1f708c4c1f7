using System;

namespace CsbGenerators
{
    /// <summary>
    /// Writes the member as JSON <c>null</c> when its value is null, instead of leaving it out, so that the
    /// receiver clears a trait it stored before. Applies to members of event types and of the classes,
    /// structs and records they contain.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class CsbWriteNullAttribute : Attribute
    {
    }
}
