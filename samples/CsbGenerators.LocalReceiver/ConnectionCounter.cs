using System.Threading;
using Microsoft.AspNetCore.Connections;

namespace CsbGenerators.LocalReceiver;

/// <summary>Counts the TCP connections that Kestrel accepts, through connection middleware.</summary>
internal sealed class ConnectionCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds the counting step in front of the rest of a listener's connection pipeline.</summary>
    public void Attach(IConnectionBuilder listener)
    {
        listener.Use(next => connection =>
        {
            Interlocked.Increment(ref _count);
            return next(connection);
        });
    }
}
