using System;
using System.Collections.Generic;
using System.Globalization;

namespace CsbGenerators.LocalReceiver;

/// <summary>Options of the standalone receiver: <c>--port</c>, <c>--write-key</c>, <c>--api-key</c>, <c>--help</c>.</summary>
internal sealed record CommandLine(LocalReceiverOptions Options, bool ShowHelp)
{
    /// <summary>Port used when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5080;

    public const string Usage = """
        Usage: CsbGenerators.LocalReceiver [--port PORT] [--write-key KEY] [--api-key KEY]

        Serves a local fake of the Segment-compatible batch endpoint and the CustomerSuccessBox
        HTTP API on 127.0.0.1 until Ctrl+C.

          --port PORT       TCP port on 127.0.0.1 (default 5080; 0 picks a free port)
          --write-key KEY   write key of POST /v1/batch (default local-write-key)
          --api-key KEY     API key of POST /api/v1_1/user, /account and /feature (default local-api-key)
          --help            print this text and exit
        """;

    /// <summary>Parses <paramref name="args"/>, or throws <see cref="FormatException"/> naming the invalid argument.</summary>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new LocalReceiverOptions { Port = DefaultPort };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h")
            {
                return new CommandLine(options, ShowHelp: true);
            }

            if (name is not ("--port" or "--write-key" or "--api-key"))
            {
                throw new FormatException($"Unknown argument '{name}'. Run with --help for the options.");
            }

            if (i + 1 >= args.Count || string.IsNullOrEmpty(args[i + 1]) || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new FormatException($"{name} needs a value.");
            }

            string value = args[++i];
            switch (name)
            {
                case "--port":
                    options.Port = ParsePort(value);
                    break;
                case "--write-key":
                    options.WriteKey = value;
                    break;
                default:
                    options.ApiKey = value;
                    break;
            }
        }

        return new CommandLine(options, ShowHelp: false);
    }

    private static int ParsePort(string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            throw new FormatException($"--port must be a number from 0 to 65535, but is '{value}'.");
        }

        return port;
    }
}
