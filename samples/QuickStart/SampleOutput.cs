using System;
using System.Text.RegularExpressions;

namespace QuickStart;

/// <summary>
/// Writes the sample's console output. With <c>--stable-output</c> it replaces the values that differ from
/// run to run, so that two runs print the same text: the receiver's port, and the <c>messageId</c>,
/// <c>timestamp</c> and <c>sentAt</c> values of the JSON bodies.
/// </summary>
internal sealed partial class SampleOutput
{
    /// <summary>Stands in for a masked JSON string value.</summary>
    public const string MaskedValue = "(masked)";

    /// <summary>Stands in for the receiver's base address, whose port is picked at random.</summary>
    public const string MaskedReceiverAddress = "http://127.0.0.1:(port)/";

    private readonly string? _receiverAddress;

    private SampleOutput(string? receiverAddress)
    {
        _receiverAddress = receiverAddress;
    }

    /// <summary>Output that prints every value as it is.</summary>
    public static SampleOutput Verbatim { get; } = new(null);

    /// <summary>Output that masks the volatile values, with <paramref name="receiverAddress"/> as the address to mask.</summary>
    public static SampleOutput Stable(Uri receiverAddress) => new(receiverAddress.ToString());

    public void WriteLine(string line)
    {
        Console.WriteLine(Mask(line));
    }

    public void WriteLine()
    {
        Console.WriteLine();
    }

    private string Mask(string line)
    {
        if (_receiverAddress is null)
        {
            return line;
        }

        var masked = line.Replace(_receiverAddress, MaskedReceiverAddress, StringComparison.Ordinal);
        return VolatileJsonValue().Replace(masked, "\"$1\":\"" + MaskedValue + "\"");
    }

    [GeneratedRegex("\"(messageId|timestamp|sentAt)\":\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex VolatileJsonValue();
}
