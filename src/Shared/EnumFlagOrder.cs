namespace CsbGenerators.Naming
{
    /// <summary>
    /// The order System.Text.Json (10.0) tries the fields of a <c>[Flags]</c> enum in when it names a
    /// combination: the fields with the most bits set first, then ascending value, signed for a signed enum.
    /// Values are the fields' bits, sign-extended to 64 bits for a signed enum.
    /// </summary>
    /// <remarks>The generator and the runtime library both compile this file, so they order fields alike.</remarks>
    internal static class EnumFlagOrder
    {
        private const ulong SignBit = 1UL << 63;

        /// <summary>Counts the set bits within the enum's own width, ignoring a sign extension.</summary>
        public static int BitCount(ulong bits, int widthInBits)
        {
            var masked = widthInBits >= 64 ? bits : bits & ((1UL << widthInBits) - 1);
            var count = 0;
            for (; masked != 0; masked &= masked - 1)
            {
                count++;
            }

            return count;
        }

        /// <summary>Returns a key whose unsigned order is the order of the values, signed or not.</summary>
        public static ulong ValueOrderKey(ulong bits, bool isUnsigned) => isUnsigned ? bits : bits ^ SignBit;
    }
}
