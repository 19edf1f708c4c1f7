namespace CsbGenerators
{
    /// <summary>The four calls of the Segment spec that CustomerSuccessBox reads.</summary>
    public enum CsbEventKind
    {
        /// <summary>A user create or update, marked with <see cref="CsbIdentifyAttribute"/>.</summary>
        Identify = 1,

        /// <summary>A feature-usage event, marked with <see cref="CsbTrackAttribute"/>.</summary>
        Track = 2,

        /// <summary>An account create or update, marked with <see cref="CsbAccountAttribute"/>.</summary>
        Group = 3,

        /// <summary>A page view, marked with <see cref="CsbPageAttribute"/>.</summary>
        Page = 4,
    }
}
