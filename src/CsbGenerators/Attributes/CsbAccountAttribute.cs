using System;

namespace CsbGenerators
{
    /// <summary>
    /// Marks a partial type as a group call: CustomerSuccessBox creates or updates the account named by
    /// the type's <c>account_id</c> member, and stores every other member as an account trait.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class CsbAccountAttribute : Attribute
    {
    }
}
