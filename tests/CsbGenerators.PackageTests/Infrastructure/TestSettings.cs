using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CsbGenerators.PackageTests.Infrastructure;

/// <summary>Values that the test project's build writes into this assembly as <see cref="AssemblyMetadataAttribute"/>s.</summary>
internal static class TestSettings
{
    /// <summary>The repository's root folder.</summary>
    public static string RepositoryRoot => Read("RepositoryRoot");

    /// <summary>The configuration these tests were built in, which the package is packed in too.</summary>
    public static string Configuration => Read("Configuration");

    /// <summary>The version in Directory.Build.props, which the package carries.</summary>
    public static string PackageVersion => Read("PackageVersion");

    /// <summary>QuickStart.dll, built by the project reference to samples/QuickStart.</summary>
    public static string SampleAssembly => Read("SampleAssembly");

    /// <summary>The local receiver's assembly, copied next to the tests by their project reference.</summary>
    public static string ReceiverAssembly => Path.Combine(AppContext.BaseDirectory, "CsbGenerators.LocalReceiver.dll");

    /// <summary>The folder of consumer project templates, copied next to the tests.</summary>
    public static string TemplatesDirectory => Path.Combine(AppContext.BaseDirectory, "Templates");

    private static string Read(string key)
    {
        var value = typeof(TestSettings).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == key)?.Value;
        if (string.IsNullOrEmpty(value))
        {
            throw new InvalidOperationException($"The test assembly has no '{key}' metadata. Build it through CsbGenerators.PackageTests.csproj, which sets it.");
        }

        return value;
    }
}
