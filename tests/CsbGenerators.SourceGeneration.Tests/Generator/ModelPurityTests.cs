using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CsbGenerators.SourceGeneration.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CsbGenerators.SourceGeneration.Tests.Generator;

/// <summary>
/// The model types hold no symbol, syntax node or compilation, which would keep compilations alive and
/// defeat incremental caching.
/// </summary>
public class ModelPurityTests
{
    [Fact]
    public void ModelTypes_HoldNoRoslynObjects()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree) };
        var offenders = new List<string>();
        var visited = new HashSet<Type>();
        Visit(typeof(EventTypeSpec), "EventTypeSpec");
        Assert.Empty(offenders);

        void Visit(Type type, string path)
        {
            if (!visited.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
            {
                return;
            }

            if (forbidden.Any(f => f.IsAssignableFrom(type)))
            {
                offenders.Add(path);
                return;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes)
            {
                Visit(argument, path + "<" + argument.Name + ">");
            }

            if (type.Namespace?.StartsWith("CsbGenerators", StringComparison.Ordinal) != true)
            {
                return;
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Visit(field.FieldType, path + "." + field.Name);
            }
        }
    }
}
