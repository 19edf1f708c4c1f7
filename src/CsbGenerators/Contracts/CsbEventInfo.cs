using System;

namespace CsbGenerators
{
    /// <summary>
    /// Compile-time facts about one event type: its kind and the names its attribute declares. The source
    /// generator creates one instance per event type.
    /// </summary>
    public sealed class CsbEventInfo
    {
        /// <summary>Initializes the facts about an event type.</summary>
        /// <param name="typeName">The event type's C# name, used in error messages.</param>
        /// <param name="kind">The call the type represents.</param>
        /// <param name="name">The track event name or the page name; <see langword="null"/> for identify and group.</param>
        /// <param name="product">The CustomerSuccessBox product declared by <see cref="CsbTrackAttribute.Product"/>.</param>
        /// <param name="module">The CustomerSuccessBox module declared by <see cref="CsbTrackAttribute.Module"/>.</param>
        public CsbEventInfo(string typeName, CsbEventKind kind, string? name, string? product, string? module)
        {
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            Kind = kind;
            Name = name;
            Product = product;
            Module = module;
        }

        /// <summary>The event type's C# name, used in error messages.</summary>
        public string TypeName { get; }

        /// <summary>The call the type represents.</summary>
        public CsbEventKind Kind { get; }

        /// <summary>The track event name or the page name; <see langword="null"/> for identify and group.</summary>
        public string? Name { get; }

        /// <summary>The CustomerSuccessBox product from the track attribute, if any.</summary>
        public string? Product { get; }

        /// <summary>The CustomerSuccessBox module from the track attribute, if any.</summary>
        public string? Module { get; }

        /// <inheritdoc/>
        public override string ToString() => Name is null ? $"{Kind} {TypeName}" : $"{Kind} '{Name}' ({TypeName})";
    }
}
