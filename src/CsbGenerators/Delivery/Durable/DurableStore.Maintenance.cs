using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsbGenerators.Telemetry;

namespace CsbGenerators.Delivery.Durable
{
    internal sealed partial class DurableStore
    {
        /// <summary>How often the sender runs <see cref="Maintain"/>.</summary>
        public static readonly TimeSpan MaintenanceInterval = TimeSpan.FromMinutes(1);

        /// <summary>
        /// Runs once before the first send: returns every in-flight batch of an earlier process to the ready
        /// batches and deletes unfinished writes, then applies the caps.
        /// </summary>
        public void Recover()
        {
            lock (_gate)
            {
                var torn = DeleteTemporaryFiles();
                var inFlight = ReturnInFlight(_ => true);
                StoreLog.Recovered(_logger, inFlight, torn, ListSorted(Directory, StoreFileNames.Ready).Length);
                ApplyCaps();
            }
        }

        /// <summary>
        /// Runs periodically: returns in-flight batches that no send of this client holds, which a failure between
        /// lease and completion can leave behind, and applies the age and byte caps.
        /// </summary>
        public void Maintain()
        {
            lock (_gate)
            {
                DeleteTemporaryFiles();
                var orphans = ReturnInFlight(name => !_leased.Contains(name));
                if (orphans > 0)
                {
                    StoreLog.OrphansRecovered(_logger, orphans);
                }

                ApplyCaps();
            }
        }

        private int DeleteTemporaryFiles()
        {
            // Every write holds the lock from start to rename, so a temporary file seen here is unfinished.
            var deleted = 0;
            foreach (var path in ListSorted(Directory, StoreFileNames.Temporary).Concat(ListSorted(_quarantineDirectory, StoreFileNames.Temporary)))
            {
                deleted += TryDelete(path) ? 1 : 0;
            }

            return deleted;
        }

        private int ReturnInFlight(Func<string, bool> shouldReturn)
        {
            var returned = 0;
            foreach (var path in ListSorted(Directory, StoreFileNames.InFlight))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (!shouldReturn(name))
                {
                    continue;
                }

                var readyPath = PathOf(name, StoreFileNames.Ready);
                try
                {
                    // A ready file of the same name is the rewrite of this lease with the messages left, so it wins.
                    if (File.Exists(readyPath))
                    {
                        File.Delete(path);
                    }
                    else
                    {
                        File.Move(path, readyPath);
                    }

                    returned++;
                }
                catch (IOException exception)
                {
                    StoreLog.UpdateFailed(_logger, name, exception);
                }
            }

            return returned;
        }

        private void ApplyCaps()
        {
            var oldestAllowed = _timeProvider.GetUtcNow() - _maxAge;
            var expired = EvictionCandidates()
                .Where(path => StoreFileNames.TryGetWriteTime(Path.GetFileNameWithoutExtension(path), out var writtenAt) && writtenAt < oldestAllowed)
                .ToList();
            Drop(expired, DropReasons.StoreAge, $"older than the maximum age of {_maxAge}");
            _bytes = CountBytes();
            MakeRoom(0);
        }

        /// <summary>Drops the oldest ready and quarantined batches until <paramref name="incoming"/> more bytes fit.</summary>
        private bool MakeRoom(long incoming)
        {
            if (_bytes + incoming <= _maxBytes)
            {
                return true;
            }

            var victims = new List<string>();
            var bytes = _bytes;
            foreach (var path in EvictionCandidates())
            {
                if (bytes + incoming <= _maxBytes)
                {
                    break;
                }

                victims.Add(path);
                bytes -= new FileInfo(path).Length;
            }

            Drop(victims, DropReasons.StoreFull, $"the directory would pass its cap of {_maxBytes} bytes");
            _bytes = CountBytes();
            return _bytes + incoming <= _maxBytes;
        }

        /// <summary>Ready and quarantined batches, oldest first; in-flight ones are being sent and stay.</summary>
        private IEnumerable<string> EvictionCandidates()
        {
            return ListSorted(Directory, StoreFileNames.Ready)
                .Concat(ListSorted(_quarantineDirectory, StoreFileNames.Ready))
                .OrderBy(Path.GetFileName, StringComparer.Ordinal);
        }

        private void Drop(List<string> paths, string reason, string description)
        {
            var messages = 0;
            var files = 0;
            foreach (var path in paths)
            {
                var count = ReadDeclaredCount(path);
                if (TryDelete(path))
                {
                    files++;
                    messages += count;
                }
            }

            if (files > 0)
            {
                _metrics.Dropped(messages, reason);
                StoreLog.CapDropped(_logger, files, messages, description);
            }
        }

        private void DropCorrupt(string path, byte[] data, string reason)
        {
            TryDelete(path);
            _bytes = CountBytes();
            _metrics.Dropped(Math.Max(ReadDeclaredCount(data), 1), DropReasons.CorruptFile);
            StoreLog.CorruptFile(_logger, Path.GetFileName(path), reason);
        }

        private long CountBytes()
        {
            long total = 0;
            foreach (var path in ListSorted(Directory, StoreFileNames.Ready).Concat(ListSorted(Directory, StoreFileNames.InFlight)).Concat(ListSorted(_quarantineDirectory, StoreFileNames.Ready)))
            {
                try
                {
                    total += new FileInfo(path).Length;
                }
                catch (IOException)
                {
                    // The file went away between listing and reading its size.
                }
            }

            return total;
        }

        /// <summary>Reads the message count from a batch header without reading the messages; 0 when the header is unreadable.</summary>
        private static int ReadDeclaredCount(string path)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var header = new byte[9];
                return stream.Read(header, 0, header.Length) == header.Length ? ReadDeclaredCount(header) : 0;
            }
            catch (IOException)
            {
                return 0;
            }
        }

        private static int ReadDeclaredCount(byte[] data)
        {
            // BinaryWriter wrote the count little-endian after the four-byte marker and the version byte.
            return data.Length >= 9 ? Math.Max(data[5] | (data[6] << 8) | (data[7] << 16) | (data[8] << 24), 0) : 0;
        }
    }
}
