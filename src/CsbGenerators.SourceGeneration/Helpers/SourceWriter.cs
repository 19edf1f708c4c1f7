using System;
using System.Text;

namespace CsbGenerators.SourceGeneration.Helpers
{
    /// <summary>Writes C# source text line by line with four-space indentation.</summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";

        // One generated file of a ten-member event is about 7,000 characters; starting there spares the regrowth.
        private readonly StringBuilder _builder = new StringBuilder(8 * 1024);
        private int _indent;

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

        public void OpenBlock(string header)
        {
            WriteLine(header);
            WriteLine("{");
            _indent++;
        }

        public void CloseBlock(string suffix = "")
        {
            if (_indent == 0)
            {
                throw new InvalidOperationException("CloseBlock has no open block to close.");
            }

            _indent--;
            WriteLine("}" + suffix);
        }

        public override string ToString() => _builder.ToString();

        /// <summary>Appends <paramref name="count"/> characters from <paramref name="start"/> as one indented line, without a trailing carriage return.</summary>
        private void AppendLine(string text, int start, int count)
        {
            if (count > 0 && text[start + count - 1] == '\r')
            {
                count--;
            }

            if (count > 0)
            {
                for (var i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }

                _builder.Append(text, start, count);
            }

            _builder.Append('\n');
        }
    }
}
