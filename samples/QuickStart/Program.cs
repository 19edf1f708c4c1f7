using System;
using System.Threading.Tasks;
using CsbGenerators;
using QuickStart;

// Sends the four example calls over both routes. With no environment settings, it starts the local
// receiver on a free loopback port, sends there, prints what the receiver got and checks it. With
// CSB_SEGMENT_ENDPOINT and CSB_WRITE_KEY, or CSB_API_ENDPOINT and CSB_API_KEY, it sends to those
// endpoints instead and prints each route's flush result. --stable-output masks the values that differ
// from run to run (the receiver's port, message ids and timestamps), so that runs can be compared.

const string Usage = "Usage: QuickStart [--stable-output]";

bool stableOutput = false;
foreach (var argument in args)
{
    if (argument == "--stable-output")
    {
        stableOutput = true;
        continue;
    }

    Console.Error.WriteLine($"Unknown argument '{argument}'. {Usage}");
    return 2;
}

var targets = EnvironmentTargets.Read(out var settingError);
if (settingError is not null)
{
    Console.Error.WriteLine(settingError);
    return 2;
}

if (targets.Count > 0)
{
    foreach (var target in targets)
    {
        var result = await RouteRun.SendExamplesAsync(SampleOutput.Verbatim, target.Route, target.Endpoint, target.Key);
        Console.WriteLine($"flush: {result}");
    }

    return 0;
}

return await LocalRun.RunAsync(stableOutput);
