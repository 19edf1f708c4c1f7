using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using CsbGenerators.SourceGeneration.Parsing;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.UnsupportedMemberTypeAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class UnsupportedMemberTypeAnalyzerTests
{
    [Fact]
    public async Task DelegateMember_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public System.Action OnChange { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMemberTypeId).WithSpan(7, 26, 7, 34).WithArguments("AccountUpdated.OnChange", "System.Action", "System.Action is not supported", EventMemberReader.SupportedTypesText));
    }

    [Fact]
    public async Task FieldAndPositionalParameter_Trigger()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial record AccountUpdated(string AccountId, System.Func<int> {|#0:Seats|})
            {
                public System.Threading.Tasks.Task {|#1:Pending|};
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMemberTypeId).WithLocation(0).WithArguments("AccountUpdated.Seats", "System.Func<int>", "System.Func<int> is not supported", EventMemberReader.SupportedTypesText),
            Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMemberTypeId).WithLocation(1).WithArguments("AccountUpdated.Pending", "System.Threading.Tasks.Task", "System.Threading.Tasks.Task is a framework type that has no JSON form here", EventMemberReader.SupportedTypesText));
    }

    [Fact]
    public async Task InheritedMember_TriggersOnEventType()
    {
        var source = """
            using CsbGenerators;

            public class Base
            {
                public System.Action Callback { get; set; }
            }

            [CsbAccount]
            public partial class {|#0:AccountUpdated|} : Base
            {
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMemberTypeId).WithLocation(0).WithArguments("Base.Callback", "System.Action", "System.Action is not supported", EventMemberReader.SupportedTypesText));
    }

    [Fact]
    public async Task UnsupportedPartInsideNestedType_TriggersNamingPart()
    {
        var source = """
            using System.Collections.Generic;
            using CsbGenerators;

            public class Attachment
            {
                public string Name { get; set; }
                public System.IO.Stream Content { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public Dictionary<string, List<Attachment>> {|#0:Files|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.UnsupportedMemberTypeId).WithLocation(0).WithArguments(
                "AccountUpdated.Files",
                "System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<Attachment>>",
                "in Attachment.Content, System.IO.Stream is a framework type that has no JSON form here",
                EventMemberReader.SupportedTypesText));
    }

    [Fact]
    public async Task SupportedOrLeftOut_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using System;
            using CsbGenerators;

            public enum Plan { Free }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public int? Seats { get; set; }
                public DateTimeOffset At { get; set; }
                public Plan Plan { get; set; }
                public nint Handle { get; set; }
                public object Extra { get; set; }
                public System.Collections.Generic.Dictionary<string, object> Traits { get; set; }
                public Plan[] History { get; set; }

                [CsbIgnore]
                public Action OnChange { get; set; }

                internal Action Internal { get; set; }
                private Action Private { get; set; }
                public static Action Static { get; set; }
                public Action this[int index] => null;
            }
            """);
    }

    [Fact]
    public async Task UnresolvedType_DoesNotTrigger()
    {
        // The compiler already reports the missing type.
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public {|CS0246:Missing|} Extra { get; set; }
                public System.Collections.Generic.List<{|CS0246:Missing|}> Extras { get; set; }
                public Holder Nested { get; set; }
            }

            public class Holder
            {
                public {|CS0246:Missing|} Inner { get; set; }
            }
            """);
    }
}
