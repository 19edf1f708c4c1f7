using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Parsing;
using CsbGenerators.SourceGeneration.Tests.Infrastructure;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

/// <summary>Each rule's message as the user reads it: what is wrong, on which type or member, and the fix.</summary>
public class RuleMessageTests
{
    [Theory]
    [InlineData(
        "[CsbAccount] public partial class A { }",
        "CSB1001: Event type 'A' has no member whose JSON name is 'account_id', so none of its events can be delivered; add a property 'AccountId', or set [CsbPropertyName(\"account_id\")] on the member that holds the account id")]
    [InlineData(
        "[CsbPage(\"p\")] public partial class A { public string AccountId = \"\"; }",
        "CSB1002: Event type 'A' is a page call and has no member whose JSON name is 'user_id', so none of its events can be delivered; add a property 'UserId', or set [CsbPropertyName(\"user_id\")] on the member that holds the user id")]
    [InlineData(
        "[CsbAccount] public partial class A { public string? AccountId; }",
        "CSB1003: Id member 'A.AccountId' is nullable, so an event whose account_id is null is rejected when it is sent; make the member non-nullable, for example 'required string', and set it on every event")]
    [InlineData(
        "[CsbAccount] public partial class A { public double AccountId; }",
        "CSB1004: Member 'A.AccountId' maps to the JSON name 'account_id' but has type 'double', which cannot hold an id; change its type to string, an integer type or Guid")]
    [InlineData(
        "[CsbAccount, CsbIdentify] public partial class A { public string AccountId = \"\"; public string UserId = \"\"; }",
        "CSB1005: Type 'A' has both [CsbAccount] and [CsbIdentify]; keep one call attribute, or declare one event type per call")]
    [InlineData(
        "[CsbAccount] public abstract partial class A { public string AccountId = \"\"; }",
        "CSB1006: Event type 'A' is an abstract class, which cannot get a generated serializer; use a class, struct, record or record struct that is not generic, abstract, static or a ref struct")]
    [InlineData(
        "public class O { [CsbAccount] public partial class A { public string AccountId = \"\"; } }",
        "CSB1007: Event type 'O.A' cannot get a generated serializer because its containing type 'O' is not declared partial; add the 'partial' modifier")]
    [InlineData(
        "[CsbAccount] public partial class A { public string AccountId = \"\"; public System.Action? Changed; }",
        "CSB1008: Member 'A.Changed' has type 'System.Action?', which the event serializer cannot write because System.Action is not supported; change its type to one of the supported types ({0}), or mark the member [CsbIgnore]")]
    [InlineData(
        "[CsbAccount] public partial class A { public string AccountId = \"\"; public System.Collections.Generic.List<H>? Items; } public class H { public System.IO.Stream? Data; }",
        "CSB1008: Member 'A.Items' has type 'System.Collections.Generic.List<H>?', which the event serializer cannot write because in H.Data, System.IO.Stream is a framework type that has no JSON form here; change its type to one of the supported types ({0}), or mark the member [CsbIgnore]")]
    [InlineData(
        "[CsbAccount] public partial class A { public string AccountId = \"\"; [CsbPropertyName(\"account_id\")] public string Tenant = \"\"; }",
        "CSB1009: Members 'A.AccountId' and 'A.Tenant' both map to the JSON name 'account_id'; rename one, set another name with [CsbPropertyName], or mark one [CsbIgnore]")]
    [InlineData(
        "[CsbTrack(\" \")] public partial class A { public string AccountId = \"\"; public string UserId = \"\"; }",
        "CSB1010: The track event name of 'A' is empty or whitespace; set a name that is not empty or whitespace and contains no lone surrogate")]
    [InlineData(
        "[CsbTrack(\"e\", Module = \"mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm\")] public partial class A { public string AccountId = \"\"; public string UserId = \"\"; }",
        "CSB1011: The module name of 'A' has 76 characters, but CustomerSuccessBox keeps only the first 64, so names that differ after character 64 count as one; shorten it to 64 characters or fewer")]
    [InlineData(
        "[CsbTrack(\"e\", Product = \"P\", Module = \"M\")] public partial class A { public string AccountId = \"\"; public string UserId = \"\"; } [CsbTrack(\"f\", Product = \"Q\", Module = \"M\")] public partial class B { public string AccountId = \"\"; public string UserId = \"\"; }",
        "CSB1012: Module 'M' on 'B' is under product 'Q', but on 'A' it is under product 'P'; CustomerSuccessBox files each name under one product only, so use the same product or rename one")]
    [InlineData(
        "[CsbAccount] public partial class A { public string AccountId = \"\"; public C? Root; } public class C { public System.Collections.Generic.List<C>? Children; }",
        "CSB1014: Member 'A.Root' has type 'C?', which contains itself (C -> System.Collections.Generic.List<C> -> C), so its JSON would have no end; break the cycle, for example by storing the inner object's id in its place, or mark the member [CsbIgnore]")]
    public async Task Message_ReadsLikeCompilerMessage(string declaration, string expected)
    {
        var compilation = GeneratorHarness.CreateCompilation("using CsbGenerators;\n" + declaration);

        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(compilation);

        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        var text = diagnostic.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, expected, EventMemberReader.SupportedTypesText), text);
    }

    [Fact]
    public async Task TooManyFeatures_ReadsLikeCompilerMessage()
    {
        var declarations = Enumerable.Range(0, 257).Select(i => $"[CsbTrack(\"Feature {i}\")] public partial class T{i} {{ public string AccountId = \"\"; public string UserId = \"\"; }}");
        var compilation = GeneratorHarness.CreateCompilation("using CsbGenerators;\n" + string.Join("\n", declarations));

        var (diagnostics, exceptions) = await AllAnalyzers.RunAsync(compilation);

        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "CSB1013: This compilation tracks 257 distinct features, but CustomerSuccessBox keeps at most 256 features per tenant and ignores new ones past that; merge features until 256 or fewer remain",
            diagnostic.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
