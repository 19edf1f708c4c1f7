using CsbGenerators.SourceGeneration.Helpers;
using CsbGenerators.SourceGeneration.Model;
using CsbGenerators.SourceGeneration.Parsing;

namespace CsbGenerators.SourceGeneration.Emit
{
    /// <summary>Writes the two message writers of <c>ICsbEvent</c>: the Segment-spec message and the CustomerSuccessBox body.</summary>
    internal static class MessageEmitter
    {
        /// <summary>
        /// Writes the Segment-spec message: <c>type</c>, <c>event</c> or <c>name</c>, <c>userId</c> (or
        /// <c>anonymousId</c> for a group without a user), <c>groupId</c>, the header, and the traits or properties.
        /// </summary>
        public static void WriteSegmentMessage(SourceWriter writer, EventTypeSpec spec)
        {
            writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
            writer.OpenBlock($"void {TypeNames.ICsbEvent}.WriteSegmentMessage({TypeNames.Utf8JsonWriter} writer, in {TypeNames.CsbMessageHeader} header)");
            writer.WriteLine("writer.WriteStartObject();");
            writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.Type, {TypeNames.CsbJsonNames}.{TypeValueOf(spec.Kind)});");
            if (spec.Kind == EventKind.Track)
            {
                writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.Event, __csbEventName);");
            }
            else if (spec.Kind == EventKind.Page)
            {
                writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.Name, __csbEventName);");
            }

            if (MemberEmitter.FindMember(spec, EventTypeParser.UserIdJsonName) >= 0)
            {
                writer.WriteLine($"{MemberEmitter.WriteUserIdName}(writer, {TypeNames.CsbJsonNames}.UserId);");
            }
            else
            {
                // Segment drops a message with neither userId nor anonymousId; a group without a user
                // carries the account id as its anonymousId.
                writer.WriteLine($"{MemberEmitter.WriteAccountIdName}(writer, {TypeNames.CsbJsonNames}.AnonymousId);");
            }

            if (spec.Kind == EventKind.Group)
            {
                writer.WriteLine($"{MemberEmitter.WriteAccountIdName}(writer, {TypeNames.CsbJsonNames}.GroupId);");
            }

            writer.WriteLine($"{TypeNames.CsbJson}.WriteHeader(writer, in header);");
            var container = spec.Kind is EventKind.Identify or EventKind.Group ? "Traits" : "Properties";
            writer.WriteLine($"writer.WritePropertyName({TypeNames.CsbJsonNames}.{container});");
            writer.WriteLine($"{MemberEmitter.WriteMembersName}(writer);");
            writer.WriteLine("writer.WriteEndObject();");
            writer.CloseBlock();
        }

        /// <summary>
        /// Writes the CustomerSuccessBox body: the traits object for <c>/user</c> and <c>/account</c>, the
        /// feature object for <c>/feature</c>, and a rejection for page views.
        /// </summary>
        public static void WriteCustomerSuccessBoxBody(SourceWriter writer, EventTypeSpec spec)
        {
            writer.WriteLine(EventSourceEmitter.GeneratedCodeAttribute);
            writer.OpenBlock($"void {TypeNames.ICsbEvent}.WriteCustomerSuccessBoxBody({TypeNames.Utf8JsonWriter} writer, in {TypeNames.CsbMessageHeader} header)");
            switch (spec.Kind)
            {
                case EventKind.Track:
                    WriteFeatureBody(writer, spec);
                    break;
                case EventKind.Page:
                    writer.WriteLine($"throw {TypeNames.CsbErrors}.PageNotSupported({EventSourceEmitter.Literal(spec.DisplayName)});");
                    break;
                default:
                    writer.WriteLine($"{MemberEmitter.WriteMembersName}(writer);");
                    break;
            }

            writer.CloseBlock();
        }

        /// <summary>
        /// Writes the <c>/api/v1_1/feature</c> body: account_id, user_id, product_id, module_id, feature_id,
        /// total, <c>type: "feature"</c> and timestamp. Other members do not travel, because the endpoint
        /// stores none.
        /// </summary>
        private static void WriteFeatureBody(SourceWriter writer, EventTypeSpec spec)
        {
            // With neither a member nor an attribute value for a grouping key, every body is rejected. The throw
            // is then the whole body, because code after it would be unreachable, which warns (CS0162).
            foreach (var (jsonName, attributeValue, attributeProperty) in new[] { (EventTypeParser.ProductIdJsonName, spec.Product, "Product"), (EventTypeParser.ModuleIdJsonName, spec.Module, "Module") })
            {
                if (attributeValue is null && StringMemberIndex(spec, jsonName) < 0)
                {
                    writer.WriteLine(MissingGrouping(spec, jsonName, attributeProperty));
                    return;
                }
            }

            writer.WriteLine("writer.WriteStartObject();");
            writer.WriteLine($"{MemberEmitter.WriteAccountIdName}(writer, {TypeNames.CsbJsonNames}.AccountIdKey);");
            writer.WriteLine($"{MemberEmitter.WriteUserIdName}(writer, {TypeNames.CsbJsonNames}.UserIdKey);");
            WriteGrouping(writer, spec, EventTypeParser.ProductIdJsonName, "ProductIdKey", "__csbProduct", spec.Product, "Product");
            WriteGrouping(writer, spec, EventTypeParser.ModuleIdJsonName, "ModuleIdKey", "__csbModule", spec.Module, "Module");
            writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.FeatureIdKey, __csbEventName);");
            WriteTotal(writer, spec);
            writer.WriteLine($"writer.WriteString({TypeNames.CsbJsonNames}.Type, {TypeNames.CsbJsonNames}.FeatureType);");
            writer.WriteLine($"{TypeNames.CsbJson}.WriteTimestamp(writer, {TypeNames.CsbJsonNames}.Timestamp, header.Timestamp);");
            writer.WriteLine("writer.WriteEndObject();");
        }

        /// <summary>Writes product_id or module_id: a non-blank string member wins over the attribute's value.</summary>
        private static void WriteGrouping(SourceWriter writer, EventTypeSpec spec, string jsonName, string key, string attributeField, string? attributeValue, string attributeProperty)
        {
            var fallback = attributeValue is null ? MissingGrouping(spec, jsonName, attributeProperty) : $"writer.WriteString({TypeNames.CsbJsonNames}.{key}, {attributeField});";
            var index = StringMemberIndex(spec, jsonName);
            if (index < 0)
            {
                writer.WriteLine(fallback);
                return;
            }

            var local = attributeProperty.ToLowerInvariant();
            writer.WriteLine($"var {local} = this.{spec.Members[index].Name};");
            writer.OpenBlock($"if (!string.IsNullOrWhiteSpace({local}))");
            writer.WriteLine($"{TypeNames.CsbJson}.WriteString(writer, {TypeNames.CsbJsonNames}.{key}, {local}, {EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(spec.Members[index].DisplayName)});");
            writer.CloseBlock();
            writer.OpenBlock("else");
            writer.WriteLine(fallback);
            writer.CloseBlock();
        }

        private static string MissingGrouping(EventTypeSpec spec, string jsonName, string attributeProperty)
        {
            return $"throw {TypeNames.CsbErrors}.MissingFeatureGrouping({EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(jsonName)}, {EventSourceEmitter.Literal("CsbTrack." + attributeProperty)});";
        }

        /// <summary>Returns the index of the string member named <paramref name="jsonName"/>, or -1.</summary>
        private static int StringMemberIndex(EventTypeSpec spec, string jsonName)
        {
            var index = MemberEmitter.FindMember(spec, jsonName);
            return index >= 0 && spec.Members[index].Kind == ValueKind.String ? index : -1;
        }

        /// <summary>Writes total: a numeric member's value, or 1 when there is none or it is null. A negative count is rejected.</summary>
        private static void WriteTotal(SourceWriter writer, EventTypeSpec spec)
        {
            var index = MemberEmitter.FindMember(spec, EventTypeParser.TotalJsonName);
            var member = index < 0 ? null : spec.Members[index];
            if (member is null || !(member.IsIntegral || member.Kind is ValueKind.Double or ValueKind.Single or ValueKind.Decimal))
            {
                writer.WriteLine($"writer.WriteNumber({TypeNames.CsbJsonNames}.TotalKey, 1);");
                return;
            }

            var value = member.IsNullableValueType ? "total.Value" : "total";
            writer.WriteLine($"var total = this.{member.Name};");
            if (member.IsNullableValueType)
            {
                writer.OpenBlock("if (!total.HasValue)");
                writer.WriteLine($"writer.WriteNumber({TypeNames.CsbJsonNames}.TotalKey, 1);");
                writer.CloseBlock();
                writer.OpenBlock("else");
            }

            var names = $"{EventSourceEmitter.Literal(spec.DisplayName)}, {EventSourceEmitter.Literal(member.DisplayName)}";
            if (member.Kind is not (ValueKind.UInt32 or ValueKind.UInt64))
            {
                writer.OpenBlock($"if ({value} < 0)");
                writer.WriteLine($"throw {TypeNames.CsbErrors}.NegativeTotal({names}, {value}.ToString(global::System.Globalization.CultureInfo.InvariantCulture));");
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine(member.Kind switch
            {
                ValueKind.Double => $"{TypeNames.CsbJson}.WriteDouble(writer, {TypeNames.CsbJsonNames}.TotalKey, {value}, {names});",
                ValueKind.Single => $"{TypeNames.CsbJson}.WriteSingle(writer, {TypeNames.CsbJsonNames}.TotalKey, {value}, {names});",
                ValueKind.Decimal => $"writer.WriteNumber({TypeNames.CsbJsonNames}.TotalKey, {value});",
                ValueKind.UInt32 or ValueKind.UInt64 => $"writer.WriteNumber({TypeNames.CsbJsonNames}.TotalKey, (ulong){value});",
                _ => $"writer.WriteNumber({TypeNames.CsbJsonNames}.TotalKey, (long){value});",
            });

            if (member.IsNullableValueType)
            {
                writer.CloseBlock();
            }
        }

        private static string TypeValueOf(EventKind kind) => kind switch
        {
            EventKind.Identify => "IdentifyType",
            EventKind.Track => "TrackType",
            EventKind.Group => "GroupType",
            _ => "PageType",
        };
    }
}
