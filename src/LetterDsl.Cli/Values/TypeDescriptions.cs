using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LetterDsl.Cli.Values;

/// <summary>What a JSON value for a type looks like, in words a reviewer can act on: "a whole number (int)".</summary>
internal static class TypeDescriptions
{
    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(string)] = "string", [typeof(char)] = "char", [typeof(object)] = "object",
    };

    public static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying) + " or null";
        }

        var name = CSharpName(type);
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false (bool)";
        }

        if (type == typeof(DateOnly))
        {
            return "a date such as \"2020-12-07\" (DateOnly)";
        }

        if (type == typeof(DateRange))
        {
            return "a date range such as \"2020-12-14/2020-12-16\" or {\"start\": \"2020-12-14\", \"end\": \"2020-12-16\"} (DateRange)";
        }

        if (type == typeof(Signatory))
        {
            var properties = string.Join(", ", SignatoryJsonConverter.PropertyNames.Select(n => $"\"{n}\": \"…\""));
            return $"a signatory such as {{{properties}}} or \"Name | Title | Organization\" (Signatory)";
        }

        if (type.IsEnum)
        {
            return $"one of {string.Join(", ", Enum.GetNames(type).Select(n => "\"" + n + "\""))} ({name})";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => $"a whole number ({name})",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => $"a number ({name})",
            TypeCode.DateTime => $"a date and time such as \"2020-12-07T09:30:00\" ({name})",
            _ when type == typeof(DateTimeOffset) => $"a date and time such as \"2020-12-07T09:30:00+01:00\" ({name})",
            _ when ElementType(type) is { } element => $"an array of {Plural(element)} ({name})",
            _ => $"an object ({name})",
        };
    }

    /// <summary>The type as C# writes it: <c>int</c>, <c>DateRange?</c>, <c>IReadOnlyList&lt;string&gt;</c>.</summary>
    public static string CSharpName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return CSharpName(underlying) + "?";
        }

        if (s_keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return CSharpName(type.GetElementType()!) + "[]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var baseName = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return baseName + "<" + string.Join(", ", type.GetGenericArguments().Select(CSharpName)) + ">";
    }

    /// <summary>The item type of a collection other than a string, or null.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static string Plural(Type element) => element == typeof(string) ? "strings" : CSharpName(element) + " values";
}
