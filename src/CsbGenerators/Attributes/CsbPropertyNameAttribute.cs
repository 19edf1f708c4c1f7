using System;

namespace CsbGenerators
{
    /// <summary>
    /// Sets the JSON name of a member of an event type. Without it, the name is the member's C# name in
    /// snake_case, as <c>JsonNamingPolicy.SnakeCaseLower</c> writes it (<c>AccountId</c> becomes
    /// <c>account_id</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = true, AllowMultiple = false)]
    public sealed class CsbPropertyNameAttribute : Attribute
    {
        /// <summary>Initializes the attribute with the JSON name.</summary>
        /// <param name="name">The JSON name, written exactly as given.</param>
        public CsbPropertyNameAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The JSON name, written exactly as given.</summary>
        public string Name { get; }
    }
}
