using System;

namespace CsbGenerators
{
    /// <summary>
    /// Marks a partial type as a page call: a view of the page named <see cref="PageName"/>. Page views
    /// travel only over the Segment-compatible route, because the CustomerSuccessBox server API has no
    /// page endpoint.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
    public sealed class CsbPageAttribute : Attribute
    {
        /// <summary>Initializes the attribute with the page name, such as <c>"orders"</c>.</summary>
        /// <param name="pageName">The page name, sent as the message's <c>name</c>.</param>
        public CsbPageAttribute(string pageName)
        {
            PageName = pageName;
        }

        /// <summary>The page name, sent as the message's <c>name</c>.</summary>
        public string PageName { get; }
    }
}
