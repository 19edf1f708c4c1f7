using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace CsbGenerators.PackageTests.Infrastructure;

/// <summary>
/// A fresh directory with consumer projects copied from Templates/, a nuget.config that adds the local
/// feed to the machine's package sources, and the run's own packages folder.
/// </summary>
/// <remarks>
/// Template files may contain these tokens, replaced on copy: <c>@PACKAGE_VERSION@</c>,
/// <c>@FEED_DIRECTORY@</c>, <c>@PACKAGES_DIRECTORY@</c>, <c>@SAMPLE_DIRECTORY@</c> and
/// <c>@RECEIVER_ASSEMBLY@</c>.
/// </remarks>
internal sealed class ConsumerWorkspace
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly PackageFeedFixture _feed;

    private ConsumerWorkspace(PackageFeedFixture feed, string directory)
    {
        _feed = feed;
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>Creates an empty workspace named after <paramref name="name"/> under the feed's temporary directory.</summary>
    public static ConsumerWorkspace Create(PackageFeedFixture feed, string name)
    {
        var directory = Path.Combine(feed.RootDirectory, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var workspace = new ConsumerWorkspace(feed, directory);

        // nuget.config, plus empty Directory.Build.* files that end MSBuild's upward search here, so no
        // file in a parent of the temporary folder can change the consumer build.
        workspace.CopyTemplate("Workspace", string.Empty);
        return workspace;
    }

    /// <summary>Copies every file of Templates/<paramref name="template"/> into <paramref name="targetFolder"/>, replacing the tokens.</summary>
    public void CopyTemplate(string template, string targetFolder)
    {
        var source = Path.Combine(TestSettings.TemplatesDirectory, template);
        if (!System.IO.Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Template folder {source} is missing. Consumer templates live in tests/CsbGenerators.PackageTests/Templates and are copied next to the tests on build.");
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            WriteFile(Path.Combine(targetFolder, relative), ReplaceTokens(File.ReadAllText(file)));
        }
    }

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>
    /// Runs <c>dotnet build</c> on <paramref name="project"/> (relative to the workspace) in Release. The
    /// templates set warnings as errors themselves, as a user's project would.
    /// </summary>
    public Task<CommandResult> BuildAsync(string project, params string[] extraArguments)
    {
        List<string> arguments = ["build", project, "-c", "Release", "-nodeReuse:false", .. extraArguments];
        return Command.DotnetAsync(Directory, arguments, BuildTimeout, _feed.Environment);
    }

    /// <summary>Runs a built app with <c>dotnet <paramref name="assembly"/></c>.</summary>
    public Task<CommandResult> RunAsync(string assembly, params string[] arguments)
    {
        return Command.DotnetAsync(Directory, [Path.Combine(Directory, assembly), .. arguments], RunTimeout);
    }

    private string ReplaceTokens(string text)
    {
        return text
            .Replace("@PACKAGE_VERSION@", _feed.PackageVersion, StringComparison.Ordinal)
            .Replace("@FEED_DIRECTORY@", _feed.FeedDirectory, StringComparison.Ordinal)
            .Replace("@PACKAGES_DIRECTORY@", _feed.PackagesDirectory, StringComparison.Ordinal)
            .Replace("@SAMPLE_DIRECTORY@", Path.Combine(TestSettings.RepositoryRoot, "samples", "QuickStart"), StringComparison.Ordinal)
            .Replace("@RECEIVER_ASSEMBLY@", TestSettings.ReceiverAssembly, StringComparison.Ordinal);
    }
}
