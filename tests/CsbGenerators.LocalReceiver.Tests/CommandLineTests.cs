using System;
using Xunit;

namespace CsbGenerators.LocalReceiver.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_NoArguments_UsesDefaults()
    {
        CommandLine commandLine = CommandLine.Parse([]);

        Assert.Equal(5080, commandLine.Options.Port);
        Assert.Equal("local-write-key", commandLine.Options.WriteKey);
        Assert.Equal("local-api-key", commandLine.Options.ApiKey);
        Assert.False(commandLine.ShowHelp);
    }

    [Fact]
    public void Parse_AllOptions_SetsThem()
    {
        CommandLine commandLine = CommandLine.Parse(["--port", "6000", "--write-key", "wk", "--api-key", "ak"]);

        Assert.Equal(6000, commandLine.Options.Port);
        Assert.Equal("wk", commandLine.Options.WriteKey);
        Assert.Equal("ak", commandLine.Options.ApiKey);
    }

    [Fact]
    public void Parse_Help_SetsShowHelp()
    {
        Assert.True(CommandLine.Parse(["--help"]).ShowHelp);
    }

    [Fact]
    public void Parse_UnknownArgument_Throws()
    {
        var exception = Assert.Throws<FormatException>(() => CommandLine.Parse(["--host", "0.0.0.0"]));

        Assert.Equal("Unknown argument '--host'. Run with --help for the options.", exception.Message);
    }

    [Fact]
    public void Parse_MissingValue_Throws()
    {
        var exception = Assert.Throws<FormatException>(() => CommandLine.Parse(["--port"]));

        Assert.Equal("--port needs a value.", exception.Message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("65536")]
    public void Parse_InvalidPort_Throws(string port)
    {
        var exception = Assert.Throws<FormatException>(() => CommandLine.Parse(["--port", port]));

        Assert.Equal($"--port must be a number from 0 to 65535, but is '{port}'.", exception.Message);
    }
}
