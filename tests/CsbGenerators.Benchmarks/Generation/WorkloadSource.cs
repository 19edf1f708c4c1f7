using System.Globalization;
using System.Text;

namespace CsbGenerators.Benchmarks.Generation;

/// <summary>
/// The C# text of the generator workload: event types that cycle through the four calls, each in its own
/// file with members of several kinds, one <c>JsonSerializerContext</c> that lists every type, and one
/// unrelated class that the incremental benchmarks edit.
/// </summary>
public static class WorkloadSource
{
    public const string UnrelatedFileName = "Unrelated.cs";
    public const string UnrelatedText = "a + b";
    public const string UnrelatedEditedText = "b + a";

    /// <summary>A declaration edit: a method added next to the existing one, which changes what the file declares.</summary>
    public const string UnrelatedDeclarationText = "public static int Add(int a, int b) => a + b;";
    public const string UnrelatedDeclarationEditedText = "public static int Add(int a, int b) => a + b;\n\n    public static int Twice(int a) => a * 2;";

    public static string Unrelated { get; } = """
        namespace Workload.Tools;

        public static class Calculator
        {
            public static int Add(int a, int b) => a + b;
        }
        """;

    /// <summary>The file of event type number <paramref name="index"/>.</summary>
    public static string EventType(int index)
    {
        var name = TypeName(index);
        var attribute = (index % 4) switch
        {
            0 => "[CsbIdentify]",
            // CustomerSuccessBox files a module under one product, so each module name belongs to one product.
            1 => $"[CsbTrack(\"Feature {index}\", Product = \"Product {index % 7}\", Module = \"Module {index % 7}.{index % 11}\")]",
            2 => "[CsbAccount]",
            _ => $"[CsbPage(\"page-{index}\")]",
        };
        var userId = index % 4 == 2 ? "" : "    public required string UserId { get; init; }\n";

        return "using System;\n"
            + "using CsbGenerators;\n\n"
            + "namespace Workload.Events;\n\n"
            + $"public enum {name}Status\n{{\n    Active,\n    OnHold,\n    Closed,\n}}\n\n"
            + $"{attribute}\n"
            + $"public partial class {name}\n{{\n"
            + "    public required string AccountId { get; init; }\n"
            + userId
            + "    public string? Label { get; set; }\n"
            + "    public int Count { get; set; }\n"
            + "    public long? Size { get; set; }\n"
            + "    public double Amount { get; set; }\n"
            + "    public bool Enabled { get; set; }\n"
            + "    public DateTimeOffset At { get; set; }\n"
            + "    public Guid Reference { get; set; }\n"
            + $"    public {name}Status Status {{ get; set; }}\n"
            + "}\n";
    }

    /// <summary>The System.Text.Json context that marks every event type <c>[JsonSerializable]</c>.</summary>
    public static string JsonContext(int typeCount)
    {
        var builder = new StringBuilder();
        builder.Append("using System.Text.Json.Serialization;\n\nnamespace Workload.Events;\n\n");
        for (var i = 0; i < typeCount; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"[JsonSerializable(typeof({TypeName(i)}))]\n");
        }

        builder.Append("public partial class WorkloadJsonContext : JsonSerializerContext\n{\n}\n");
        return builder.ToString();
    }

    public static string TypeName(int index) => "Event" + index.ToString("D4", CultureInfo.InvariantCulture);
}
