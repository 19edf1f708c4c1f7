namespace CsbGenerators.SourceGeneration.Model
{
    /// <summary>The generator's copy of the runtime's <c>CsbEventKind</c>; the values match.</summary>
    internal enum EventKind
    {
        Identify = 1,
        Track = 2,
        Group = 3,
        Page = 4,
    }
}
