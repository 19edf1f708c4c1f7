namespace CsbGenerators.SourceGeneration.Pipeline
{
    /// <summary>
    /// A using alias directive as syntax shows it: <c>using Track = CsbGenerators.CsbTrackAttribute;</c> gives
    /// the name <c>Track</c> and the target <c>CsbTrackAttribute</c>, the rightmost identifier of the target.
    /// </summary>
    /// <remarks>
    /// Every alias is kept, not only those whose target names a call attribute, because a target may be
    /// another alias: <c>using Event = Track;</c> inside a namespace stands for the call attribute too.
    /// </remarks>
    internal sealed record UsingAlias(string Name, string Target);
}
