using System.Globalization;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>
    /// Where generated code writes a value: the expressions that name the event type and member in errors,
    /// where inside the member the value sits, and the JSON level it sits on.
    /// </summary>
    internal sealed class ValueScope
    {
        private ValueScope(string typeName, string memberName, string? location, string? depthBase, int depthOffset)
        {
            TypeName = typeName;
            MemberName = memberName;
            Location = location;
            DepthBase = depthBase;
            DepthOffset = depthOffset;
        }

        /// <summary>The C# expression of the event type's name.</summary>
        public string TypeName { get; }

        /// <summary>The C# expression of the event member's name.</summary>
        public string MemberName { get; }

        /// <summary>Where inside the member the value sits, such as <c>an element of Address.Tags</c>, or <see langword="null"/> for the member itself.</summary>
        public string? Location { get; }

        /// <summary>The variable that contains the level of the enclosing object, or <see langword="null"/> when the level is a constant.</summary>
        public string? DepthBase { get; }

        public int DepthOffset { get; }

        /// <summary>The C# expression of the level: the traits or properties object is level 1.</summary>
        public string Depth => DepthBase is null
            ? DepthOffset.ToString(CultureInfo.InvariantCulture)
            : DepthBase + " + " + DepthOffset.ToString(CultureInfo.InvariantCulture);

        /// <summary>The C# literal of <see cref="Location"/>.</summary>
        public string LocationLiteral => EventSourceEmitter.Literal(Location);

        /// <summary>The arguments that name the value in an error: type, member and location.</summary>
        public string ErrorArguments => $"{TypeName}, {MemberName}, {LocationLiteral}";

        /// <summary>A member of the event itself: its values sit on level 2.</summary>
        public static ValueScope EventMember(string typeName, string memberName)
        {
            return new ValueScope(EventSourceEmitter.Literal(typeName), EventSourceEmitter.Literal(memberName), null, null, 2);
        }

        /// <summary>A member of a nested object, inside the object's generated writer, one level below the object.</summary>
        public static ValueScope ObjectMember(string objectDisplayName, string memberName)
        {
            return new ValueScope(ObjectEmitter.TypeNameParameter, ObjectEmitter.MemberNameParameter, objectDisplayName + "." + memberName, ObjectEmitter.DepthParameter, 1);
        }

        public ValueScope Element() => Nested("an element");

        public ValueScope DictionaryValue() => Nested("a value");

        /// <summary>The location of a dictionary's keys, which sit on the dictionary's own level.</summary>
        public string KeyLocationLiteral => EventSourceEmitter.Literal(Location is null ? "a key" : "a key of " + Location);

        private ValueScope Nested(string part)
        {
            var location = Location is null ? part : part + " of " + Location;
            return new ValueScope(TypeName, MemberName, location, DepthBase, DepthOffset + 1);
        }
    }
}
