using System;
using System.Collections.Generic;
using System.IO;
using CsbGenerators.Telemetry;
using Microsoft.Extensions.Logging;

namespace CsbGenerators.Delivery.Durable
{
    /// <summary>
    /// The batch files of durable mode, one folder per client. A batch is written to a temporary file, flushed
    /// to disk and renamed, so a crash leaves either the whole file or an unfinished <c>.tmp</c> that recovery
    /// deletes. Sending leases a file by renaming it to <c>.inflight</c>; the lease ends in a delete, a rename
    /// back, a rewrite with the messages left, or a move to <c>quarantine</c>. A lock file keeps a second client
    /// out of the folder. Every method runs under one lock, because the writer and the sender share the folder.
    /// </summary>
    internal sealed partial class DurableStore : IDisposable
    {
        private readonly object _gate = new object();
        private readonly HashSet<string> _leased = new HashSet<string>(StringComparer.Ordinal);
        private readonly string _quarantineDirectory;
        private readonly MessagePool _pool;
        private readonly long _maxBytes;
        private readonly TimeSpan _maxAge;
        private readonly TimeProvider _timeProvider;
        private readonly ILogger _logger;
        private readonly CsbMetrics _metrics;
        private readonly FileStream _lock;
        private long _bytes;

        /// <summary>
        /// Creates the folder and takes its lock. Reads no batch, so a large backlog cannot slow start-up. Leased
        /// batches rent their messages from <paramref name="pool"/>, the client's message pool.
        /// </summary>
        /// <exception cref="InvalidOperationException">Another client has locked the folder.</exception>
        public DurableStore(string directory, MessagePool pool, long maxBytes, TimeSpan maxAge, TimeProvider timeProvider, ILogger logger, CsbMetrics metrics)
        {
            Directory = directory;
            _quarantineDirectory = Path.Combine(directory, StoreFileNames.QuarantineFolder);
            _pool = pool;
            _maxBytes = maxBytes;
            _maxAge = maxAge;
            _timeProvider = timeProvider;
            _logger = logger;
            _metrics = metrics;
            System.IO.Directory.CreateDirectory(_quarantineDirectory);
            try
            {
                _lock = new FileStream(Path.Combine(directory, StoreFileNames.LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception)
            {
                throw new InvalidOperationException($"The durable directory '{directory}' is in use by another CsbClient. Give each client its own CsbClientOptions.DurableDirectory.", exception);
            }

            StoreLog.Opened(logger, directory);
        }

        public string Directory { get; }

        /// <summary>The bytes of the batch files, as last counted.</summary>
        public long Bytes
        {
            get
            {
                lock (_gate)
                {
                    return _bytes;
                }
            }
        }

        /// <summary>The batch files waiting to be sent, ready or in flight.</summary>
        public int PendingBatchCount
        {
            get
            {
                lock (_gate)
                {
                    return ListSorted(Directory, StoreFileNames.Ready).Length + ListSorted(Directory, StoreFileNames.InFlight).Length;
                }
            }
        }

        /// <summary>
        /// Writes <paramref name="messages"/> as a new ready batch, dropping the oldest batches first when the
        /// folder would pass its byte cap. Returns <see langword="false"/> when even that leaves no room.
        /// </summary>
        /// <exception cref="IOException">The file could not be written; no partial file is left behind.</exception>
        public bool TryWrite(IReadOnlyList<OutgoingMessage> messages)
        {
            var data = BatchFileFormat.Write(messages);
            lock (_gate)
            {
                if (!MakeRoom(data.Length))
                {
                    return false;
                }

                WriteAtomically(Path.Combine(Directory, StoreFileNames.NewName(_timeProvider.GetUtcNow()) + StoreFileNames.Ready), data);
                _bytes += data.Length;
                return true;
            }
        }

        /// <summary>
        /// Leases the oldest ready batch, with its messages rented from the pool; the caller returns them after
        /// <see cref="Complete"/>. A file that cannot be read is deleted, counted and skipped.
        /// </summary>
        public StoredBatch? LeaseOldest()
        {
            lock (_gate)
            {
                foreach (var readyPath in ListSorted(Directory, StoreFileNames.Ready))
                {
                    var name = Path.GetFileNameWithoutExtension(readyPath);
                    var inFlightPath = PathOf(name, StoreFileNames.InFlight);
                    byte[] data;
                    try
                    {
                        File.Move(readyPath, inFlightPath);
                        data = File.ReadAllBytes(inFlightPath);
                    }
                    catch (IOException)
                    {
                        continue;
                    }

                    try
                    {
                        var messages = BatchFileFormat.Read(data, _pool);
                        _leased.Add(name);
                        return new StoredBatch(name, messages, data.Length);
                    }
                    catch (InvalidDataException exception)
                    {
                        DropCorrupt(inFlightPath, data, exception.Message);
                    }
                }

                return null;
            }
        }

        /// <summary>
        /// Ends a lease: <paramref name="quarantine"/> moves to the quarantine folder, <paramref name="keep"/>
        /// stays ready for a later send, and the rest, which was delivered, goes.
        /// </summary>
        public void Complete(StoredBatch batch, IReadOnlyList<OutgoingMessage> keep, IReadOnlyList<OutgoingMessage> quarantine)
        {
            lock (_gate)
            {
                _leased.Remove(batch.Name);
                var inFlightPath = PathOf(batch.Name, StoreFileNames.InFlight);
                try
                {
                    if (quarantine.Count > 0)
                    {
                        WriteAtomically(Path.Combine(_quarantineDirectory, batch.Name + StoreFileNames.Ready), BatchFileFormat.Write(quarantine));
                    }

                    if (keep.Count == batch.Messages.Count)
                    {
                        File.Move(inFlightPath, PathOf(batch.Name, StoreFileNames.Ready));
                        return;
                    }

                    if (keep.Count > 0)
                    {
                        // The ready file is complete before the in-flight one goes; recovery prefers the ready one.
                        WriteAtomically(PathOf(batch.Name, StoreFileNames.Ready), BatchFileFormat.Write(keep));
                    }

                    File.Delete(inFlightPath);
                }
                catch (IOException exception)
                {
                    // The in-flight file stays; maintenance returns it to the ready batches.
                    StoreLog.UpdateFailed(_logger, batch.Name, exception);
                }
                finally
                {
                    _bytes = CountBytes();
                }
            }
        }

        public void Dispose()
        {
            _lock.Dispose();
        }

        private string PathOf(string name, string extension) => Path.Combine(Directory, name + extension);

        private static void WriteAtomically(string path, byte[] data)
        {
            var temporary = Path.ChangeExtension(path, StoreFileNames.Temporary);
            try
            {
                using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    stream.Write(data, 0, data.Length);
                    stream.Flush(flushToDisk: true);
                }

                // NOTE: .NET has no call to flush the directory entry, so after a power loss (not a process
                // crash) a renamed file can be missing. The file itself is never torn.
                File.Move(temporary, path);
            }
            catch
            {
                TryDelete(temporary);
                throw;
            }
        }

        private static string[] ListSorted(string directory, string extension)
        {
            var files = System.IO.Directory.GetFiles(directory, "*" + extension);
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }

        private static bool TryDelete(string path)
        {
            try
            {
                File.Delete(path);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
