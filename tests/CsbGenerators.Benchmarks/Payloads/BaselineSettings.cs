using System;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using JsonPropertyNameAttribute = System.Text.Json.Serialization.JsonPropertyNameAttribute;

namespace CsbGenerators.Benchmarks.Payloads;

/// <summary>
/// The serializer settings of the baselines, each created once and reused, as an application would: null
/// members left out, enums as snake_case strings.
/// </summary>
public static class BaselineSettings
{
    /// <summary>System.Text.Json through reflection, for the envelopes and for <c>Dictionary&lt;string, object&gt;</c>.</summary>
    public static readonly JsonSerializerOptions Reflection = CreateReflectionOptions();

    public static readonly Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        ContractResolver = new JsonPropertyNameResolver(),
        Converters = { new StringEnumConverter(new SnakeCaseNamingStrategy()) },
    });

    /// <summary>The <c>context.library</c> object; constant, so every baseline shares one instance.</summary>
    public static readonly MessageContext LibraryContext = new()
    {
        Library = new LibraryInfo { Name = "CsbGenerators", Version = LibraryVersion() },
    };

    /// <summary>The release version that the runtime library writes into <c>context.library.version</c>.</summary>
    public static string LibraryVersion()
    {
        var informational = typeof(ICsbEvent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new SnakeCasePlanTierConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Lets Newtonsoft.Json use the System.Text.Json names on the envelope types, so both read one set of names.</summary>
    private sealed class JsonPropertyNameResolver : DefaultContractResolver
    {
        protected override Newtonsoft.Json.Serialization.JsonProperty CreateProperty(MemberInfo member, Newtonsoft.Json.MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            var name = member.GetCustomAttribute<JsonPropertyNameAttribute>();
            if (name is not null)
            {
                property.PropertyName = name.Name;
            }

            return property;
        }
    }
}
