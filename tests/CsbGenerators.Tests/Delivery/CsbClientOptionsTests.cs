using System;
using Xunit;

namespace CsbGenerators.Tests.Delivery;

/// <summary>The client checks its options at construction and names the setting and its fix.</summary>
public class CsbClientOptionsTests
{
    private static CsbClientOptions Valid() => new()
    {
        Route = CsbRoute.SegmentCompatible,
        Endpoint = new Uri("https://collector.example.test/"),
        WriteKey = "write-key-secret",
    };

    [Fact]
    public void MissingEndpoint_NamesSetting()
    {
        var options = Valid();
        options.Endpoint = null;

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("CsbClientOptions.Endpoint is missing", exception.Message);
    }

    [Fact]
    public void MissingWriteKey_NamesSetting()
    {
        var options = Valid();
        options.WriteKey = " ";

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("CsbClientOptions.WriteKey is missing", exception.Message);
    }

    [Fact]
    public void MissingApiKey_NamesSetting()
    {
        var options = Valid();
        options.Route = CsbRoute.CustomerSuccessBox;

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("CsbClientOptions.ApiKey is missing", exception.Message);
    }

    [Theory]
    [InlineData("http://collector.example.test/")]
    [InlineData("ftp://collector.example.test/")]
    public void NonHttpsRemoteEndpoint_IsRejected(string endpoint)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("is not HTTPS", exception.Message);
        Assert.DoesNotContain("write-key-secret", exception.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public async System.Threading.Tasks.Task LoopbackHttpEndpoint_IsAccepted(string endpoint)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        await using var client = new CsbClient(options);

        Assert.Equal(CsbRoute.SegmentCompatible, client.Route);
    }

    [Fact]
    public void RelativeEndpoint_IsRejected()
    {
        var options = Valid();
        options.Endpoint = new Uri("/v1", UriKind.Relative);

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("not an absolute URL", exception.Message);
    }

    [Fact]
    public void MaxBatchMessagesOverSegmentLimit_IsRejected()
    {
        var options = Valid();
        options.MaxBatchMessages = 2501;

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("at most 2500", exception.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NonPositiveQueueLength_IsRejected(int length)
    {
        var options = Valid();
        options.MaxQueueLength = length;

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Contains("MaxQueueLength", exception.Message);
    }

    [Fact]
    public void OptionsToString_HidesKeys()
    {
        var options = Valid();
        options.ApiKey = "api-key-secret";

        var text = options.ToString();

        Assert.DoesNotContain("write-key-secret", text);
        Assert.DoesNotContain("api-key-secret", text);
        Assert.Contains("Key = set", text);
    }

    [Fact]
    public async System.Threading.Tasks.Task ClientToString_HidesKey()
    {
        await using var client = new CsbClient(Valid());

        Assert.DoesNotContain("write-key-secret", client.ToString());
    }

    [Theory]
    [InlineData(nameof(CsbClientOptions.RequestTimeout))]
    [InlineData(nameof(CsbClientOptions.FlushInterval))]
    [InlineData(nameof(CsbClientOptions.ShutdownTimeout))]
    [InlineData(nameof(CsbClientOptions.PauseProbeInterval))]
    public void TimerSettingOverMaximum_IsRejected(string setting)
    {
        var options = Valid();
        var tooLong = TimeSpan.FromDays(60);
        switch (setting)
        {
            case nameof(CsbClientOptions.RequestTimeout):
                options.RequestTimeout = tooLong;
                break;
            case nameof(CsbClientOptions.FlushInterval):
                options.FlushInterval = tooLong;
                break;
            case nameof(CsbClientOptions.ShutdownTimeout):
                options.ShutdownTimeout = tooLong;
                break;
            default:
                options.PauseProbeInterval = tooLong;
                break;
        }

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Equal(setting, exception.ParamName);
        Assert.Contains("timers accept at most", exception.Message);
    }

    [Theory]
    [InlineData(CsbRoute.SegmentCompatible, "key-secret\n", "WriteKey")]
    [InlineData(CsbRoute.CustomerSuccessBox, "key-secret\n", "ApiKey")]
    [InlineData(CsbRoute.SegmentCompatible, "key secret", "WriteKey")]
    [InlineData(CsbRoute.CustomerSuccessBox, "key-s\u00e9cret", "ApiKey")]
    public void KeyWithInvalidCharacter_NamesSettingNotKey(CsbRoute route, string escapedKey, string setting)
    {
        var key = System.Text.RegularExpressions.Regex.Unescape(escapedKey);
        var options = Valid();
        options.Route = route;
        options.WriteKey = key;
        options.ApiKey = key;

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Equal(setting, exception.ParamName);
        Assert.DoesNotContain(key.Trim(), exception.Message);
    }

    [Theory]
    [InlineData("https://user:password-secret@collector.example.test/")]
    [InlineData("http://user:password-secret@collector.example.test/")]
    public void EndpointWithUserInfo_IsRejectedWithoutIt(string endpoint)
    {
        var options = Valid();
        options.Endpoint = new Uri(endpoint);

        var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

        Assert.Equal(nameof(CsbClientOptions.Endpoint), exception.ParamName);
        Assert.DoesNotContain("password-secret", exception.Message);
        Assert.DoesNotContain("password-secret", options.ToString());
    }

    [Fact]
    public void DurableDirectoryThatIsFile_IsRejected()
    {
        var file = System.IO.Path.GetTempFileName();
        try
        {
            var options = Valid();
            options.DurableDirectory = file;

            var exception = Assert.Throws<ArgumentException>(() => new CsbClient(options));

            Assert.Equal(nameof(CsbClientOptions.DurableDirectory), exception.ParamName);
            Assert.Contains("is a file", exception.Message);
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
