using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using CsbGenerators.SourceGeneration.Helpers;

namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// A compilation, compared by what its declarations can mean: the declaration summaries of its trees,
    /// its options and its references. An edit inside a method body gives a new compilation but an equal
    /// snapshot, so the incremental pipeline keeps the previous run's models without binding anything.
    /// </summary>
    /// <remarks>
    /// Roslyn keeps the previous value when a step's new output equals it, and re-runs the next step only
    /// for a new value. The next step therefore only ever reads the compilation of the run that created
    /// this snapshot. The snapshot keeps only a weak reference to that compilation, so a kept snapshot does
    /// not keep an old compilation and its bound symbols alive between edits.
    /// </remarks>
    internal sealed class SemanticSnapshot : IEquatable<SemanticSnapshot>
    {
        private readonly WeakReference<Compilation> _compilation;
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly CompilationOptions _options;

        public SemanticSnapshot(ImmutableArray<DeclarationSummary> summaries, Compilation compilation)
        {
            Summaries = summaries.ToEquatableArray();
            AssemblyName = compilation.AssemblyName;
            _options = compilation.Options;
            _references = compilation.References.ToImmutableArray();
            _compilation = new WeakReference<Compilation>(compilation);
        }

        /// <summary>The summary of every syntax tree, in the compilation's order.</summary>
        public EquatableArray<DeclarationSummary> Summaries { get; }

        public string? AssemblyName { get; }

        /// <summary>Returns the compilation this snapshot was made from.</summary>
        /// <exception cref="InvalidOperationException">The compilation was collected, which means a step read a snapshot kept from an earlier run.</exception>
        public Compilation GetCompilation()
        {
            if (_compilation.TryGetTarget(out var compilation))
            {
                return compilation;
            }

            throw new InvalidOperationException("The compilation of a kept semantic snapshot was read after it was collected; only a new snapshot's compilation may be read.");
        }

        public bool Equals(SemanticSnapshot? other)
        {
            return other is not null
                && Summaries.Equals(other.Summaries)
                && AssemblyName == other.AssemblyName
                && _options.Equals(other._options)
                && _references.SequenceEqual(other._references, ReferenceEqualityComparer.Instance);
        }

        public override bool Equals(object? obj) => Equals(obj as SemanticSnapshot);

        public override int GetHashCode() => Summaries.GetHashCode();

        /// <summary>
        /// Compares references by identity. A reference to a rebuilt or edited project is a new object, and
        /// comparing metadata content instead would read every referenced assembly on each edit.
        /// </summary>
        private sealed class ReferenceEqualityComparer : System.Collections.Generic.IEqualityComparer<MetadataReference>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

            public int GetHashCode(MetadataReference obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
