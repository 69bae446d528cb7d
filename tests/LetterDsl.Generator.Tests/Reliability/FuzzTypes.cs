using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace LetterDsl.Generator.Tests.Reliability;

/// <summary>
/// An app's own types, compiled with the render fuzzer's letters: their members are types the generator cannot see,
/// so formats and lists on them are checked by the C# compiler and, where only the runtime can judge a format, by the
/// runtime's fallback. <see cref="Rating"/> rejects every format but "G", as many app types do.
/// </summary>
internal static class FuzzTypes
{
    public const string Namespace = "FuzzTypes";

    public const string Source = """
        namespace FuzzTypes
        {
            public sealed class Person
            {
                public string Name { get; init; } = "";
                public string? Title { get; init; }
                public System.DateOnly Born { get; init; }
                public decimal Fee { get; init; }
                public System.Collections.Generic.List<string> Tags { get; init; } = new();
                public Rating Rating { get; init; }
                public bool Active { get; init; }
                public int? Code { get; init; }
            }

            public readonly record struct Rating(int Stars) : System.IFormattable
            {
                public string ToString(string? format, System.IFormatProvider? provider) =>
                    format is null or "" or "G" ? Stars + " stars" : throw new System.FormatException("A rating takes only the format G.");
            }
        }
        """;

    /// <summary>Turns the fuzzer's descriptions of app values into instances of the types compiled in <paramref name="assembly"/>; other values pass through.</summary>
    public static object? Materialize(object? value, Assembly assembly) => value switch
    {
        PersonValue person => Person(person, assembly),
        PersonValue[] people => People(people, assembly),
        _ => value,
    };

    private static object Person(PersonValue value, Assembly assembly)
    {
        var type = assembly.GetType(Namespace + ".Person", throwOnError: true)!;
        var rating = Activator.CreateInstance(assembly.GetType(Namespace + ".Rating", throwOnError: true)!, value.Stars);
        var person = Activator.CreateInstance(type)!;
        Set(person, "Name", value.Name);
        Set(person, "Title", value.Title);
        Set(person, "Born", value.Born);
        Set(person, "Fee", value.Fee);
        Set(person, "Tags", value.Tags.ToList());
        Set(person, "Rating", rating);
        Set(person, "Active", value.Active);
        Set(person, "Code", value.Code);
        return person;
    }

    private static object People(PersonValue[] values, Assembly assembly)
    {
        var type = assembly.GetType(Namespace + ".Person", throwOnError: true)!;
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
        foreach (var value in values)
        {
            list.Add(Person(value, assembly));
        }

        return list;
    }

    private static void Set(object target, string name, object? value) => target.GetType().GetProperty(name)!.SetValue(target, value);
}

/// <summary>The values of a <c>FuzzTypes.Person</c>, made into one by <see cref="FuzzTypes.Materialize"/> once the letters are loaded.</summary>
internal sealed record PersonValue(string Name, string? Title, DateOnly Born, decimal Fee, string[] Tags, int Stars, bool Active, int? Code);
