using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace CsbGenerators.SourceGeneration.Helpers
{
    /// <summary>Writes C# source text line by line with four-space indentation.</summary>
    /// <remarks>
    /// A build emits one file per event type, so the writer avoids garbage per line: interpolated lines are
    /// formatted straight into a reused line buffer (<see cref="LineBuilder"/>), and each thread reuses one
    /// writer and its text buffer across files (<see cref="Rent"/>).
    /// </remarks>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";

        // One generated file of a ten-member event is about 8,000 characters; starting there spares the regrowth.
        private const int InitialCapacity = 16 * 1024;

        // A writer that grew past this for one large file is not kept, so a thread does not hold it forever.
        private const int MaxRetainedCapacity = 1024 * 1024;

        [ThreadStatic]
        private static SourceWriter? t_cached;

        private readonly StringBuilder _builder = new StringBuilder(InitialCapacity);
        private readonly StringBuilder _line = new StringBuilder(256);
        private char[] _copyBuffer = new char[256];
        private int _indent;

        /// <summary>Returns an empty writer, reusing the calling thread's last one when it was returned.</summary>
        public static SourceWriter Rent()
        {
            var writer = t_cached ?? new SourceWriter();
            t_cached = null;
            return writer;
        }

        /// <summary>Returns the text and gives the writer back for the thread's next <see cref="Rent"/>.</summary>
        public string ToStringAndReturn()
        {
            var text = _builder.ToString();
            _builder.Clear();
            _indent = 0;
            if (_builder.Capacity <= MaxRetainedCapacity)
            {
                t_cached = this;
            }

            return text;
        }

        public void WriteLine()
        {
            _builder.Append('\n');
        }

        /// <summary>Writes each line of <paramref name="text"/> at the current indentation.</summary>
        public void WriteLine(string text)
        {
            // Almost every call writes one line, so it is appended without splitting or trimming a copy.
            if (text.IndexOf('\n') < 0)
            {
                AppendLine(text, 0, text.Length);
                return;
            }

            var start = 0;
            while (start <= text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                AppendLine(text, start, end - start);
                start = end + 1;
            }
        }

        /// <summary>Writes an interpolated line, formatted without building a string first.</summary>
        public void WriteLine([InterpolatedStringHandlerArgument("")] ref LineBuilder line)
        {
            FlushLine();
        }

        public void OpenBlock(string header)
        {
            WriteLine(header);
            OpenBlockBody();
        }

        public void OpenBlock([InterpolatedStringHandlerArgument("")] ref LineBuilder header)
        {
            FlushLine();
            OpenBlockBody();
        }

        public void CloseBlock(string suffix = "")
        {
            if (_indent == 0)
            {
                throw new InvalidOperationException("CloseBlock has no open block to close.");
            }

            _indent--;
            AppendIndent();
            _builder.Append('}').Append(suffix).Append('\n');
        }

        public override string ToString() => _builder.ToString();

        private void OpenBlockBody()
        {
            AppendLine("{", 0, 1);
            _indent++;
        }

        /// <summary>Writes the line buffer as <see cref="WriteLine(string)"/> writes a string, then empties it.</summary>
        private void FlushLine()
        {
            var length = _line.Length;
            if (_copyBuffer.Length < length)
            {
                _copyBuffer = new char[Math.Max(length, _copyBuffer.Length * 2)];
            }

            _line.CopyTo(0, _copyBuffer, 0, length);
            _line.Clear();
            var start = 0;
            while (start <= length)
            {
                var end = start < length ? Array.IndexOf(_copyBuffer, '\n', start, length - start) : -1;
                if (end < 0)
                {
                    end = length;
                }

                AppendLine(_copyBuffer, start, end - start);
                start = end + 1;
            }
        }

        /// <summary>Appends <paramref name="count"/> characters from <paramref name="start"/> as one indented line, without a trailing carriage return.</summary>
        private void AppendLine(string text, int start, int count)
        {
            if (count > 0 && text[start + count - 1] == '\r')
            {
                count--;
            }

            if (count > 0)
            {
                AppendIndent();

                _builder.Append(text, start, count);
            }

            _builder.Append('\n');
        }

        private void AppendLine(char[] text, int start, int count)
        {
            if (count > 0 && text[start + count - 1] == '\r')
            {
                count--;
            }

            if (count > 0)
            {
                AppendIndent();
                _builder.Append(text, start, count);
            }

            _builder.Append('\n');
        }

        private void AppendIndent()
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }
        }

        /// <summary>
        /// Formats an interpolated line into the writer's line buffer. The compiler builds it for every
        /// <c>$"..."</c> passed to <see cref="WriteLine(ref LineBuilder)"/> or <see cref="OpenBlock(ref LineBuilder)"/>.
        /// </summary>
        [InterpolatedStringHandler]
        public readonly ref struct LineBuilder
        {
            private readonly StringBuilder _line;

            public LineBuilder(int literalLength, int formattedCount, SourceWriter writer)
            {
                _line = writer._line;
                _line.Clear();
            }

            public void AppendLiteral(string value) => _line.Append(value);

            public void AppendFormatted(string? value) => _line.Append(value);

            public void AppendFormatted(int value) => _line.Append(value);

            public void AppendFormatted(char value) => _line.Append(value);

            public void AppendFormatted<T>(T value) => _line.Append(value?.ToString());
        }
    }
}
