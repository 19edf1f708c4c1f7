using System;

namespace CsbGenerators
{
    /// <summary>
    /// Marks a partial type as a track call. CustomerSuccessBox records it as usage of the feature named
    /// <see cref="EventName"/>, inside <see cref="Module"/> and <see cref="Product"/>.
    /// </summary>
    /// <remarks>
    /// CustomerSuccessBox truncates the event, module and product names after 64 characters, so two names
    /// that differ only after that point count as one feature.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class CsbTrackAttribute : Attribute
    {
        /// <summary>Initializes the attribute with the event name, such as <c>"Order Received"</c>.</summary>
        /// <param name="eventName">The event name; CustomerSuccessBox uses it as the feature name.</param>
        public CsbTrackAttribute(string eventName)
        {
            EventName = eventName;
        }

        /// <summary>The event name, sent as <c>event</c> and as the CustomerSuccessBox <c>feature_id</c>.</summary>
        public string EventName { get; }

        /// <summary>
        /// The CustomerSuccessBox product that groups the feature's module, sent as <c>product_id</c> unless
        /// the type has a member whose JSON name is <c>product_id</c>.
        /// </summary>
        public string? Product { get; set; }

        /// <summary>
        /// The CustomerSuccessBox module that groups the feature, sent as <c>module_id</c> unless the type
        /// has a member whose JSON name is <c>module_id</c>.
        /// </summary>
        public string? Module { get; set; }
    }
}
