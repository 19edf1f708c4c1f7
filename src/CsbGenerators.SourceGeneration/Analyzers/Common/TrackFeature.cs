using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>
    /// The feature a track type records in CustomerSuccessBox: its event name, and the module and product
    /// its attribute fixes, with where each is written. The cross-type rules compare these.
    /// </summary>
    internal sealed class TrackFeature
    {
        private TrackFeature(string typeName, string eventName, Location eventNameLocation, string? module, Location moduleLocation, string? product)
        {
            TypeName = typeName;
            EventName = eventName;
            EventNameLocation = eventNameLocation;
            Module = module;
            ModuleLocation = moduleLocation;
            Product = product;
        }

        public string TypeName { get; }

        public string EventName { get; }

        public Location EventNameLocation { get; }

        /// <summary>The attribute's module, or <see langword="null"/> when it is unset or a member supplies it at run time.</summary>
        public string? Module { get; }

        public Location ModuleLocation { get; }

        /// <summary>The attribute's product, or <see langword="null"/> when it is unset or a member supplies it at run time.</summary>
        public string? Product { get; }

        /// <summary>Reads the feature of a track type with a valid event name, or returns <see langword="null"/>.</summary>
        public static TrackFeature? TryRead(EventTypeContext eventType)
        {
            if (!eventType.HasSingleKindAndSupportedShape || eventType.Kind != EventKind.Track)
            {
                return null;
            }

            var attribute = eventType.KindAttribute;
            var eventName = EventTypeShape.ReadConstructorString(attribute, 0);
            if (eventName is null || !EventTypeShape.IsValidName(eventName))
            {
                return null;
            }

            return new TrackFeature(
                eventType.DisplayName,
                eventName,
                eventType.ArgumentLocation(attribute, null),
                ReadFixedName(eventType, "Module", EventTypeParser.ModuleIdJsonName),
                eventType.ArgumentLocation(attribute, "Module"),
                ReadFixedName(eventType, "Product", EventTypeParser.ProductIdJsonName));
        }

        /// <summary>Orders features by file and position, so the first declaration of a name is the one others are compared to.</summary>
        public static List<TrackFeature> Sort(IEnumerable<TrackFeature> features)
        {
            return features
                .OrderBy(f => f.EventNameLocation.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(f => f.EventNameLocation.SourceSpan.Start)
                .ThenBy(f => f.TypeName, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Reads a valid product or module name from the attribute. A member with the same JSON name wins over
        /// the attribute when it is set, so the name is not known at compile time and is left out.
        /// </summary>
        private static string? ReadFixedName(EventTypeContext eventType, string propertyName, string memberJsonName)
        {
            var name = EventTypeShape.ReadNamedString(eventType.KindAttribute, propertyName);
            if (name is null || !EventTypeShape.IsValidName(name) || IdMembers.Contains(eventType.Members, memberJsonName))
            {
                return null;
            }

            return name;
        }
    }
}
