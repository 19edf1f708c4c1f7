using System;
using System.Text;

namespace CsbGenerators.SourceGeneration.Helpers
{
    /// <summary>Writes C# source text line by line with four-space indentation.</summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";

        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public void WriteLine()
        {
            _builder.Append('\n');
        }

        /// <summary>Writes each line of <paramref name="text"/> at the current indentation.</summary>
        public void WriteLine(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Length > 0)
                {
                    for (var i = 0; i < _indent; i++)
                    {
                        _builder.Append(IndentUnit);
                    }

                    _builder.Append(line.TrimEnd('\r'));
                }

                _builder.Append('\n');
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
    }
}
