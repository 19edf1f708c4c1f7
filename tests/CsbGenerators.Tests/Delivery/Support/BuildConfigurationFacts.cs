using Xunit;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// A test of what a Release build does with a misuse that a Debug build stops at with a failed
/// <c>Debug.Assert</c>. In Debug builds the test is skipped, and its <see cref="DebugOnlyFactAttribute"/> twin runs.
/// </summary>
internal sealed class ReleaseOnlyFactAttribute : FactAttribute
{
    public ReleaseOnlyFactAttribute()
    {
#if DEBUG
        Skip = "A Debug build asserts on this misuse; the Debug-only test checks that.";
#endif
    }
}

/// <summary>
/// A test that a Debug build's <c>Debug.Assert</c> catches a misuse. The test host turns a failed assert into an
/// exception instead of ending the process. Release builds compile the asserts out, so the test is skipped there.
/// </summary>
internal sealed class DebugOnlyFactAttribute : FactAttribute
{
    public DebugOnlyFactAttribute()
    {
#if !DEBUG
        Skip = "Release builds contain no Debug.Assert; run the tests with -c Debug.";
#endif
    }
}
