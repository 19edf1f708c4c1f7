using Microsoft.Extensions.Logging;

namespace CsbGenerators.LocalReceiver;

/// <summary>Log messages of the receiver. None of them contains a key or a request body.</summary>
internal static partial class ReceiverLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} -> {StatusCode} (Authorization: {Authorization}, {BodyBytes} body bytes)")]
    public static partial void RequestHandled(ILogger logger, string method, string path, int statusCode, string authorization, int bodyBytes);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Method} {Path}: fault {Fault} applied")]
    public static partial void FaultApplied(ILogger logger, string method, string path, Fault fault);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Method} {Path}: connection aborted by a ResetAfterBody fault, no response sent")]
    public static partial void ConnectionReset(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{Method} {Path}: the client disconnected before the response")]
    public static partial void ClientDisconnected(ILogger logger, string method, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Method} {Path}: reading the request body failed with status {StatusCode}")]
    public static partial void BodyRejected(ILogger logger, string method, string path, int statusCode, System.Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "{Method} {Path}: handling the request failed, responding with 500")]
    public static partial void HandlerFailed(ILogger logger, string method, string path, System.Exception exception);
}
