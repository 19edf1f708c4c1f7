using Xunit;

namespace CsbGenerators.Tests.Delivery.Support;

/// <summary>
/// The long delivery scenarios run alone, after the parallel tests, so that their fake clocks step without
/// competing for the two cores with other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ScenarioCollection
{
    public const string Name = "Delivery scenarios";
}
