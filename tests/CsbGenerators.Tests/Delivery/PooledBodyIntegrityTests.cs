using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CsbGenerators.Delivery;
using CsbGenerators.LocalReceiver;
using CsbGenerators.Tests.Delivery.Support;
using CsbGenerators.Tests.Events;
using Xunit;
using Receiver = CsbGenerators.LocalReceiver.LocalReceiver;

namespace CsbGenerators.Tests.Delivery;

/// <summary>
/// Pooled messages and their buffers are reused across events, so a message returned twice or read after its
/// return would put one event's bytes into another event's request. These tests send many numbered events of
/// distinct sizes from several threads while the receiver fails, throttles, resets and stalls requests, then
/// compare every request body the receiver saw, byte for byte, with what its event serializes to.
/// </summary>
[Collection(nameof(ScenarioCollection))]
public class PooledBodyIntegrityTests
{
    private static readonly Regex NumberPattern = new("acct-(\\d+)-", RegexOptions.CultureInvariant);
    private static readonly Regex MessageIdPattern = new("\"messageId\":\"([0-9a-fA-F-]{36})\"", RegexOptions.CultureInvariant);
    private static readonly Regex TimestampPattern = new("\"timestamp\":\"([^\"]+)\"", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(CsbRoute.SegmentCompatible)]
    [InlineData(CsbRoute.CustomerSuccessBox)]
    public async Task ConcurrentFaults_BodiesMatch(CsbRoute route)
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(MixedFaults);
        var client = Create(receiver, route, o => o.MaxQueueLength = 150);
        var pool = client.Pipeline.Queue.Pool;

        SendFromThreads(client, threads: 6, perThread: 250);
        var result = await client.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        await client.DisposeAsync();

        var checkedItems = VerifyBodies(receiver, route);
        Assert.True(checkedItems > 0, "the receiver saw no message");
        AssertEveryAcceptedSendArrived(receiver, result, sent: 6 * 250, client.Pipeline.Dropped);
        AssertPoolBalanced(pool);
    }

    [Theory]
    [InlineData(CsbRoute.SegmentCompatible)]
    [InlineData(CsbRoute.CustomerSuccessBox)]
    public async Task FlushDisposeRace_BodiesMatch(CsbRoute route)
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(MixedFaults);
        var client = Create(receiver, route, o =>
        {
            o.MaxQueueLength = 100;
            o.ShutdownTimeout = TimeSpan.FromMilliseconds(150);
        });
        var pool = client.Pipeline.Queue.Pool;

        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var i = 0; ; i++)
            {
                try
                {
                    client.SendAsync(Make(((t + 1) * 1_000_000) + i)).GetAwaiter().GetResult();
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                // Senders that never yield would starve the send loop and the receiver on a machine with few cores.
                if (i % 20 == 0)
                {
                    Thread.Sleep(1);
                }
            }
        })).ToList();
        senders.ForEach(s => s.Start());
        var flusher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(40));
                    await client.FlushAsync(wait.Token);
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
            }
        });

        await Eventually.HoldsAsync(() => receiver.Requests.Count >= 40);
        await client.DisposeAsync();
        stop.Cancel();
        senders.ForEach(s => s.Join());
        await flusher;

        VerifyBodies(receiver, route);
        AssertPoolBalanced(pool);
    }

    [Fact]
    public async Task DurableRestart_BodiesMatch()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(MixedFaults);

        var first = Create(receiver, CsbRoute.SegmentCompatible, o =>
        {
            o.DurableDirectory = directory.Path;
            o.MaxQueueLength = 120;
            o.ShutdownTimeout = TimeSpan.Zero;
        });
        var firstPool = first.Pipeline.Queue.Pool;
        SendFromThreads(first, threads: 4, perThread: 300);
        await first.DisposeAsync();

        var second = Create(receiver, CsbRoute.SegmentCompatible, o =>
        {
            o.DurableDirectory = directory.Path;
            o.MaxQueueLength = 120;
        });
        var secondPool = second.Pipeline.Queue.Pool;
        SendFromThreads(second, threads: 2, perThread: 200, firstNumber: 9_000_000);
        await second.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        await Eventually.HoldsAsync(() => second.Pipeline.Store!.PendingBatchCount == 0, 60);
        await second.DisposeAsync();

        VerifyBodies(receiver, CsbRoute.SegmentCompatible);
        AssertPoolBalanced(firstPool);
        AssertPoolBalanced(secondPool);
    }

    [Fact]
    public async Task DurablePausedRestart_EventsArriveIntact()
    {
        using var directory = new TempDirectory();
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(MixedFaults);

        // A rejected key pauses delivery, and each probe leases a stored batch and keeps it. Batch files are
        // therefore read into pooled messages, sent and rewritten while new sends rent from the same pool.
        receiver.Options.WriteKey = "rotated-key";
        var first = Create(receiver, CsbRoute.SegmentCompatible, o =>
        {
            o.DurableDirectory = directory.Path;
            o.MaxQueueLength = 60;
            o.PauseProbeInterval = TimeSpan.FromMilliseconds(30);
            o.ShutdownTimeout = TimeSpan.Zero;
        });
        var firstPool = first.Pipeline.Queue.Pool;
        SendFromThreads(first, threads: 4, perThread: 150);
        var stored = await first.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        await first.DisposeAsync();
        Assert.Equal(0, stored.Failed);
        receiver.Options.WriteKey = "local-write-key";

        var second = Create(receiver, CsbRoute.SegmentCompatible, o => o.DurableDirectory = directory.Path);
        var secondPool = second.Pipeline.Queue.Pool;
        await Eventually.HoldsAsync(() => second.Pipeline.Store!.PendingBatchCount == 0, 60);
        await second.DisposeAsync();

        VerifyBodies(receiver, CsbRoute.SegmentCompatible);
        var numbers = receiver.Messages.Where(m => m.Accepted).Select(m => NumberPattern.Match(m.Json).Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal((4 * 150) - first.Pipeline.Dropped, numbers.Count);
        AssertPoolBalanced(firstPool);
        AssertPoolBalanced(secondPool);
    }

    [Fact]
    public async Task QueueAtCaps_BodiesMatch()
    {
        await using var receiver = await Receiver.StartAsync();
        receiver.Faults.SetRepeating(MixedFaults);

        // A byte cap of a few large messages makes rents drop pooled buffers of other sizes and create new ones.
        var client = Create(receiver, CsbRoute.SegmentCompatible, o =>
        {
            o.MaxQueueLength = 40;
            o.MaxQueueBytes = 96 * 1024;
        });
        var pool = client.Pipeline.Queue.Pool;

        SendFromThreads(client, threads: 6, perThread: 300, paced: false);
        var result = await client.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        await client.DisposeAsync();

        Assert.True(client.Pipeline.Dropped > 0, "the queue never reached a cap");
        VerifyBodies(receiver, CsbRoute.SegmentCompatible);
        AssertEveryAcceptedSendArrived(receiver, result, sent: 6 * 300, client.Pipeline.Dropped);
        AssertPoolBalanced(pool);
    }

    [Theory]
    [InlineData(CsbRoute.SegmentCompatible)]
    [InlineData(CsbRoute.CustomerSuccessBox)]
    public async Task NestedSend_DeliversBothWhole(CsbRoute route)
    {
        // The serializer reuses one writer and scratch buffer per thread, and a send made from an event's getter
        // runs while the outer event is being written on the same thread.
        await using var receiver = await Receiver.StartAsync();
        var client = Create(receiver, route, o => o.FlushInterval = TimeSpan.FromMilliseconds(20));
        var outer = new ReentrantEvent("user-outer", () => client.SendAsync(Make(7)).GetAwaiter().GetResult());

        Exception? thrown = null;
        try
        {
            await client.SendAsync(outer);
        }
        catch (CsbValidationException exception)
        {
            thrown = exception;
        }

        await client.FlushAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        await client.DisposeAsync();

        var bodies = receiver.Requests.SelectMany(r => ItemsOf(r, route, new List<string>())).ToList();
        var outerBodies = bodies.Where(b => !NumberPattern.IsMatch(b)).ToList();
        var innerBodies = bodies.Where(b => NumberPattern.IsMatch(b)).ToList();
        var report = $"thrown: {thrown?.Message ?? "nothing"}\nbodies:\n" + string.Join("\n", bodies.Select(Excerpt));
        Assert.All(outerBodies, b => Assert.True(b.Contains("account-reentrant", StringComparison.Ordinal), report));
        Assert.All(outerBodies, b => Assert.True(b.Contains("user-outer", StringComparison.Ordinal), report));

        // The nested send gets its own writer, so every event is delivered whole. The getter sends once per read,
        // and the Segment message reads it more than once, so there may be several inner events.
        Assert.Null(thrown);
        Assert.True(outerBodies.Count == 1, report);
        Assert.True(innerBodies.Count >= 1, report);

        VerifyBodiesOf(innerBodies, route, report);
    }

    private static void VerifyBodiesOf(List<string> items, CsbRoute route, string report)
    {
        var serializer = new MessageSerializer(route);
        foreach (var item in items)
        {
            var number = long.Parse(NumberPattern.Match(item).Groups[1].Value, CultureInfo.InvariantCulture);
            var idMatch = MessageIdPattern.Match(item);
            var timeMatch = TimestampPattern.Match(item);
            var header = new CsbMessageHeader(
                idMatch.Success ? Guid.Parse(idMatch.Groups[1].Value) : Guid.Empty,
                timeMatch.Success ? DateTimeOffset.Parse(timeMatch.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : DateTimeOffset.UnixEpoch);
            Assert.True(Encoding.UTF8.GetString(serializer.Serialize(Make(number), header)) == item, report);
        }
    }

    /// <summary>Returns a fault for about half the requests: 500s, 429s with Retry-After, resets after the body, and responses slower than the request timeout.</summary>
    private static Fault? MixedFaults(int n)
    {
        if (n % 7 == 0)
        {
            return Fault.Status(500);
        }

        if (n % 11 == 0)
        {
            return Fault.Status(429, "0");
        }

        if (n % 13 == 0)
        {
            return Fault.ResetAfterBody();
        }

        if (n % 17 == 0)
        {
            return Fault.Delay(TimeSpan.FromMilliseconds(400));
        }

        return n % 5 == 0 ? Fault.Delay(TimeSpan.FromMilliseconds(15)) : null;
    }

    private static CsbClient Create(Receiver receiver, CsbRoute route, Action<CsbClientOptions> configure)
    {
        var options = TestClients.Options(receiver.BaseAddress, route);
        options.FlushAt = 10;
        options.FlushInterval = TimeSpan.FromMilliseconds(50);
        options.MaxBatchMessages = 20;
        options.RequestTimeout = TimeSpan.FromMilliseconds(250);
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
        options.RetryMaxDelay = TimeSpan.FromMilliseconds(40);
        options.MaxRetryAttempts = 1000;
        configure(options);
        return new CsbClient(options);
    }

    /// <summary>An event whose number is in both members and whose size depends on the number, so neighbours differ in length and buffer size.</summary>
    private static NumberedEvent Make(long number)
    {
        var text = number.ToString(CultureInfo.InvariantCulture);
        var filler = (int)((number * 389) % 6000);
        if (number % 23 == 0)
        {
            filler = 20_000;
        }

        return new NumberedEvent
        {
            AccountId = "acct-" + text + "-" + new string((char)('a' + (number % 26)), filler),
            UserId = "user-" + text,
        };
    }

    /// <summary>
    /// Sends from several threads. Unless <paramref name="paced"/> is false, each thread waits while the queue is
    /// nearly full, so most sends are accepted and the pool's messages are rented many times over.
    /// </summary>
    private static void SendFromThreads(CsbClient client, int threads, int perThread, long firstNumber = 0, bool paced = true)
    {
        var queue = client.Pipeline.Queue;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < perThread; i++)
            {
                while (paced && queue.HeldCount >= queue.MaxCount - threads)
                {
                    Thread.Sleep(1);
                }

                client.SendAsync(Make(firstNumber + (t * 100_000L) + i)).GetAwaiter().GetResult();
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
    }

    /// <summary>Checks every message of every request body and returns how many it checked.</summary>
    private static int VerifyBodies(Receiver receiver, CsbRoute route)
    {
        var serializer = new MessageSerializer(route);
        var idOfNumber = new Dictionary<long, string>();
        var numberOfId = new Dictionary<string, long>();
        var failures = new List<string>();
        var checkedItems = 0;
        foreach (var request in receiver.Requests)
        {
            foreach (var item in ItemsOf(request, route, failures))
            {
                checkedItems++;
                var numberMatch = NumberPattern.Match(item);
                if (!numberMatch.Success)
                {
                    failures.Add($"{request.Path} {request.StatusCode}: a message with no event number: {Excerpt(item)}");
                    continue;
                }

                var number = long.Parse(numberMatch.Groups[1].Value, CultureInfo.InvariantCulture);
                var idMatch = MessageIdPattern.Match(item);
                var id = idMatch.Success ? idMatch.Groups[1].Value : Guid.Empty.ToString();
                var timeMatch = TimestampPattern.Match(item);
                var time = timeMatch.Success
                    ? DateTimeOffset.Parse(timeMatch.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    : DateTimeOffset.UnixEpoch;
                var expected = Encoding.UTF8.GetString(serializer.Serialize(Make(number), new CsbMessageHeader(Guid.Parse(id), time)));
                if (!string.Equals(expected, item, StringComparison.Ordinal))
                {
                    failures.Add($"{request.Path} {request.StatusCode}: event {number}, first difference at char {FirstDifference(expected, item)}\n  received {Excerpt(item)}\n  expected {Excerpt(expected)}");
                }

                if (route == CsbRoute.SegmentCompatible && idMatch.Success)
                {
                    if (idOfNumber.TryGetValue(number, out var earlierId) && earlierId != id)
                    {
                        failures.Add($"event {number} went out with message ids {earlierId} and {id}");
                    }

                    if (numberOfId.TryGetValue(id, out var earlierNumber) && earlierNumber != number)
                    {
                        failures.Add($"message id {id} carried events {earlierNumber} and {number}");
                    }

                    idOfNumber[number] = id;
                    numberOfId[id] = number;
                }
            }
        }

        var rejected = receiver.Messages.Where(m => !m.Accepted && !m.Duplicate).Take(5).ToList();
        failures.AddRange(rejected.Select(m => $"the receiver rejected a message: {m.RejectionReason}: {Excerpt(m.Json)}"));
        Assert.True(failures.Count == 0, $"{failures.Count} bad messages of {checkedItems}:\n" + string.Join("\n", failures.Take(10)));
        return checkedItems;
    }

    private static IEnumerable<string> ItemsOf(ReceivedRequest request, CsbRoute route, List<string> failures)
    {
        if (request.Body.Length == 0)
        {
            return Array.Empty<string>();
        }

        if (route == CsbRoute.CustomerSuccessBox)
        {
            return new[] { request.Body };
        }

        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return document.RootElement.GetProperty("batch").EnumerateArray().Select(e => e.GetRawText()).ToList();
        }
        catch (Exception exception) when (exception is JsonException || exception is KeyNotFoundException || exception is InvalidOperationException)
        {
            failures.Add($"{request.Path} {request.StatusCode}: the body is not a batch ({exception.Message}): {Excerpt(request.Body)}");
            return Array.Empty<string>();
        }
    }

    /// <summary>
    /// Checks that every send the queue accepted arrived. A message whose buffer went to another event while it
    /// was still held can arrive as that other event and pass the byte comparison, so that check alone can miss it.
    /// </summary>
    private static void AssertEveryAcceptedSendArrived(Receiver receiver, CsbFlushResult result, int sent, long dropped)
    {
        Assert.Equal(0, result.Failed);
        Assert.Equal(0, result.Pending);
        var numbers = receiver.Messages
            .Where(m => m.Accepted)
            .Select(m => NumberPattern.Match(m.Json))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(sent - dropped, numbers.Count);
    }

    private static void AssertPoolBalanced(MessagePool pool)
    {
        Assert.Equal(0, pool.DoubleReturns);
        Assert.Equal(pool.Rented, pool.Returned);
    }

    private static int FirstDifference(string expected, string received)
    {
        var length = Math.Min(expected.Length, received.Length);
        for (var i = 0; i < length; i++)
        {
            if (expected[i] != received[i])
            {
                return i;
            }
        }

        return length;
    }

    private static string Excerpt(string json) => json.Length <= 300 ? json : json.Substring(0, 150) + $" …({json.Length} chars)… " + json.Substring(json.Length - 120);
}

/// <summary>A track event whose <see cref="UserId"/> getter sends another event, as a getter that logs through the same client might.</summary>
[CsbTrack("Reentrant Event", Product = "Tests", Module = "Delivery")]
public partial class ReentrantEvent
{
    private readonly string _userId;

    public ReentrantEvent(string userId, Action? onRead)
    {
        _userId = userId;
        OnRead = onRead;
    }

    public string AccountId { get; set; } = "account-reentrant";

    public string UserId
    {
        get
        {
            OnRead?.Invoke();
            return _userId;
        }
    }

    [CsbIgnore]
    public Action? OnRead { get; }
}
