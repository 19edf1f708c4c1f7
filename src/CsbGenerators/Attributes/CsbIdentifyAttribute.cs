using System;

namespace CsbGenerators
{
    /// <summary>
    /// Marks a partial type as an identify call: CustomerSuccessBox creates or updates the user named by
    /// the type's <c>account_id</c> and <c>user_id</c> members, and stores every other member as a user trait.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class CsbIdentifyAttribute : Attribute
    {
    }
}
