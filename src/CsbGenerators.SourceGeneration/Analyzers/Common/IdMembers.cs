using System.Collections.Generic;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Analyzers.Common
{
    /// <summary>Which ids an event type needs and which of its members carry them.</summary>
    internal static class IdMembers
    {
        /// <summary>The JSON names of the ids a call of this kind needs: account_id always, user_id except for group.</summary>
        public static IEnumerable<string> RequiredJsonNames(EventKind kind)
        {
            yield return EventTypeParser.AccountIdJsonName;
            if (kind != EventKind.Group)
            {
                yield return EventTypeParser.UserIdJsonName;
            }
        }

        /// <summary>Whether the JSON name is one of the two ids, which the serializer writes as JSON strings.</summary>
        public static bool IsIdJsonName(string jsonName)
        {
            return jsonName == EventTypeParser.AccountIdJsonName || jsonName == EventTypeParser.UserIdJsonName;
        }

        public static bool Contains(List<EventMember> members, string jsonName)
        {
            foreach (var member in members)
            {
                if (member.JsonName == jsonName)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
