using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace CsbGenerators.SourceGeneration.Parsing
{
    /// <summary>
    /// The state of one walk over an event's type graph: the named types being read, to find cycles, and the
    /// types already read, so a type used twice is read once.
    /// </summary>
    internal sealed class ClassificationContext
    {
        /// <summary>
        /// How many named types may be open at once. Past this, the value would nest deeper than the runtime
        /// allows anyway, and stopping bounds the generator's own recursion.
        /// </summary>
        public const int MaxOpenTypes = 64;

        private readonly List<ITypeSymbol> _open = new List<ITypeSymbol>();
        private readonly Dictionary<ITypeSymbol, TypeClassification> _done = new Dictionary<ITypeSymbol, TypeClassification>(SymbolEqualityComparer.Default);

        public ClassificationContext(CancellationToken cancellationToken)
        {
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        public bool IsFull => _open.Count >= MaxOpenTypes;

        public bool TryGetDone(ITypeSymbol type, out TypeClassification classification) => _done.TryGetValue(type, out classification!);

        /// <summary>Returns the chain from the open <paramref name="type"/> back to itself, or <see langword="null"/> when it is not open.</summary>
        public string? DescribeCycle(ITypeSymbol type)
        {
            var start = _open.FindIndex(open => SymbolEqualityComparer.Default.Equals(open, type));
            if (start < 0)
            {
                return null;
            }

            return string.Join(" -> ", _open.Skip(start).Append(type).Select(TypeClassifier.Display));
        }

        public void Open(ITypeSymbol type) => _open.Add(type);

        public void Close(ITypeSymbol type, TypeClassification classification)
        {
            _open.RemoveAt(_open.Count - 1);
            _done[type] = classification;
        }
    }
}
