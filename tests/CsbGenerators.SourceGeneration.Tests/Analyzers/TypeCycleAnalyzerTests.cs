using System.Threading.Tasks;
using CsbGenerators.SourceGeneration.Diagnostics;
using Xunit;
using Verifier = CsbGenerators.SourceGeneration.Tests.Infrastructure.AnalyzerVerifier<CsbGenerators.SourceGeneration.Analyzers.TypeCycleAnalyzer>;

namespace CsbGenerators.SourceGeneration.Tests.Analyzers;

public class TypeCycleAnalyzerTests
{
    [Fact]
    public async Task SelfReferencingType_Triggers()
    {
        var source = """
            using CsbGenerators;

            public class Employee
            {
                public string Name { get; set; }
                public Employee Manager { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public Employee {|#0:Owner|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.TypeCycleId).WithLocation(0).WithArguments("AccountUpdated.Owner", "Employee", "Employee -> Employee"));
    }

    [Fact]
    public async Task CycleThroughCollectionAndDictionary_Triggers()
    {
        var source = """
            using System.Collections.Generic;
            using CsbGenerators;

            public class Folder
            {
                public Dictionary<string, File> Files { get; set; }
            }

            public class File
            {
                public List<Folder> Parents { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public Folder[] {|#0:Roots|};
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.TypeCycleId).WithLocation(0).WithArguments(
                "AccountUpdated.Roots",
                "Folder[]",
                "Folder -> System.Collections.Generic.Dictionary<string, File> -> File -> System.Collections.Generic.List<Folder> -> Folder"));
    }

    [Fact]
    public async Task EventContainingItself_Triggers()
    {
        var source = """
            using CsbGenerators;

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public AccountUpdated {|#0:Previous|} { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.TypeCycleId).WithLocation(0).WithArguments("AccountUpdated.Previous", "AccountUpdated", "AccountUpdated -> AccountUpdated"));
    }

    [Fact]
    public async Task InheritedMember_TriggersOnEventType()
    {
        var source = """
            using CsbGenerators;

            public class Node
            {
                public Node Next { get; set; }
            }

            public class Base
            {
                public Node Head { get; set; }
            }

            [CsbAccount]
            public partial class {|#0:AccountUpdated|} : Base
            {
                public string AccountId { get; set; }
            }
            """;

        await Verifier.VerifyAsync(
            source,
            Verifier.Diagnostic(DiagnosticDescriptors.TypeCycleId).WithLocation(0).WithArguments("Base.Head", "Node", "Node -> Node"));
    }

    [Fact]
    public async Task TreeWithoutCycle_DoesNotTrigger()
    {
        await Verifier.VerifyAsync("""
            using System.Collections.Generic;
            using CsbGenerators;

            public class Leaf { public string Name { get; set; } }

            public class Branch
            {
                public Leaf First { get; set; }
                public Leaf Second { get; set; }
                public List<Leaf> More { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public Branch Left { get; set; }
                public Branch Right { get; set; }
                public object Anything { get; set; }
                [CsbIgnore] public AccountUpdated Ignored { get; set; }
            }
            """);
    }

    [Fact]
    public async Task UnsupportedPartInCycle_NotReported()
    {
        await Verifier.VerifyAsync("""
            using CsbGenerators;

            public class Node
            {
                public Node Next { get; set; }
                public System.IO.Stream Data { get; set; }
            }

            [CsbAccount]
            public partial class AccountUpdated
            {
                public string AccountId { get; set; }
                public Node Head { get; set; }
            }
            """);
    }
}
