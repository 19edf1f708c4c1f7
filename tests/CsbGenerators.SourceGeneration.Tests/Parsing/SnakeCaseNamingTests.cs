using System.Text.Json;
using CsbGenerators.Naming;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Parsing;

/// <summary>The generator's snake_case matches System.Text.Json's <c>JsonNamingPolicy.SnakeCaseLower</c>.</summary>
public class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("AccountId", "account_id")]
    [InlineData("UserId", "user_id")]
    [InlineData("Cost", "cost")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("camelCase", "camel_case")]
    [InlineData("HTMLParser", "html_parser")]
    [InlineData("IOStream", "io_stream")]
    [InlineData("URL", "url")]
    [InlineData("Order2Total", "order2_total")]
    [InlineData("Version2", "version2")]
    [InlineData("A", "a")]
    [InlineData("_private", "_private")]
    [InlineData("Account_Id", "account_id")]
    [InlineData("With Space", "with_space")]
    [InlineData("ÉtéDate", "été_date")]
    [InlineData("XMLHttpRequest2Go", "xml_http_request2_go")]
    public void Convert_MatchesExpected(string name, string expected)
    {
        Assert.Equal(expected, SnakeCaseNaming.Convert(name));
    }

    [Theory]
    [InlineData("AccountId")]
    [InlineData("HTMLParser")]
    [InlineData("IOStream")]
    [InlineData("Order2Total")]
    [InlineData("Account_Id")]
    [InlineData("With Space")]
    [InlineData(" Leading")]
    [InlineData("Trailing ")]
    [InlineData("ÉtéDate")]
    [InlineData("XMLHttpRequest2Go")]
    [InlineData("ABCdefGHI")]
    [InlineData("a1B2c3D4")]
    [InlineData("Ünïcödé")]
    [InlineData("ΣigmaΛambda")]
    public void Convert_MatchesSystemTextJson(string name)
    {
        Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(name), SnakeCaseNaming.Convert(name));
    }
}
