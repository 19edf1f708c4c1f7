namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// A 128-bit hash of a token stream, built from two independent 64-bit lanes, so that two different
    /// declaration texts give the same value with an estimated chance of one in 2^128.
    /// </summary>
    /// <remarks>
    /// It is not a cryptographic hash: source text is not chosen to collide. <see cref="string.GetHashCode()"/>
    /// cannot serve, because it is randomized per process on .NET Core and 32 bits wide.
    /// </remarks>
    internal struct DeclarationHash
    {
        private const ulong FnvOffset = 14695981039346656037;
        private const ulong FnvPrime = 1099511628211;
        private const ulong MixSeed = 0x9E3779B97F4A7C15;
        private const ulong MixMultiplier = 0xC2B2AE3D27D4EB4F;

        private ulong _first;
        private ulong _second;

        public static DeclarationHash Create()
        {
            return new DeclarationHash { _first = FnvOffset, _second = MixSeed };
        }

        public ulong First => _first;

        public ulong Second => _second;

        public void Add(int value)
        {
            Add((char)value);
            Add((char)(value >> 16));
        }

        /// <summary>Adds the text and a terminator, so that "ab" + "c" and "a" + "bc" differ.</summary>
        public void Add(string text)
        {
            foreach (var c in text)
            {
                Add(c);
            }

            Add('\uFFFF');
        }

        private void Add(char c)
        {
            _first = (_first ^ c) * FnvPrime;
            var mixed = _second + (c * MixMultiplier);
            _second = ((mixed << 31) | (mixed >> 33)) * MixSeed;
        }
    }
}
