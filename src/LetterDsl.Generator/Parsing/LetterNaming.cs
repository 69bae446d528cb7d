using System;
using System.Collections.Immutable;
using System.Linq;
using LetterDsl.Generator.Diagnostics;
using LetterDsl.Generator.Model;

namespace LetterDsl.Generator.Parsing;

/// <summary>Reads what names the generated class: <c>@letter</c> (or the file name), <c>@namespace</c> (or the folder) and <c>@using</c>.</summary>
internal static class LetterNaming
{
    public static string ClassName(LetterDirectives directives, string filePath, ParseContext context)
    {
        if (directives.First(DirectiveNames.Letter) is { } directive)
        {
            var name = directive.Value;
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Letter, "a class name, such as '@letter Asp19Appeal'");
            }
            else if (Identifiers.IsKeyword(name))
            {
                context.Report(DiagnosticDescriptors.KeywordIdentifier, directive.ValueOffset, name.Length, name, "a letter class", Identifiers.Suggest(name));
                return "@" + name;
            }
            else if (!Identifiers.IsValid(name))
            {
                context.Report(DiagnosticDescriptors.InvalidIdentifier, directive.ValueOffset, name.Length, name, "a letter class");
            }
            else if (Identifiers.IsReservedMember(name))
            {
                context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, directive.ValueOffset, name.Length, name, "a letter class",
                    "every letter class has a member of that name, and C# forbids a member named like its class", name + "Letter");
                return name + "Letter";
            }
            else
            {
                return name;
            }

            return FromFile(filePath);
        }

        var fromFile = FromFile(filePath);
        if (!Identifiers.IsValid(HintNames.PascalCase(System.IO.Path.GetFileNameWithoutExtension(filePath))))
        {
            context.Report(DiagnosticDescriptors.InvalidIdentifier, 0, 0, HintNames.PascalCase(System.IO.Path.GetFileNameWithoutExtension(filePath)), "a letter class (taken from the file name); add '@letter Name'");
        }

        if (Identifiers.IsReservedMember(fromFile))
        {
            context.Report(DiagnosticDescriptors.NameTakenByGeneratedCode, 0, 0, fromFile, "a letter class (taken from the file name)",
                "every letter class has a member of that name, and C# forbids a member named like its class; add '@letter Name'", fromFile + "Letter");
            return fromFile + "Letter";
        }

        return fromFile;
    }

    /// <summary>Where diagnostics about the class name point: the name after <c>@letter</c>, else the start of the file.</summary>
    public static LocationInfo ClassNameLocation(LetterDirectives directives, SourceMap source) =>
        directives.First(DirectiveNames.Letter) is { Value.Length: > 0 } directive
            ? source.Location(directive.ValueOffset, directive.Value.Length)
            : source.Location(0, 0);

    public static string? Namespace(LetterDirectives directives, LetterFileOptions options, string filePath, ParseContext context)
    {
        if (directives.First(DirectiveNames.Namespace) is { } directive)
        {
            if (directive.Value.Length > 0 && IsNamespaceName(directive.Value))
            {
                return directive.Value;
            }

            context.Report(DiagnosticDescriptors.InvalidNamespace, directive.ValueOffset, directive.Value.Length, directive.Value);
        }

        return HintNames.DefaultNamespace(filePath, options.RootNamespace, options.ProjectDirectory);
    }

    public static EquatableArray<UsingSpec> Usings(LetterDirectives directives, ParseContext context)
    {
        var usings = ImmutableArray.CreateBuilder<UsingSpec>();
        foreach (var directive in directives.All(DirectiveNames.Using))
        {
            var name = directive.Value.EndsWith(";", StringComparison.Ordinal) ? directive.Value.Substring(0, directive.Value.Length - 1).TrimEnd() : directive.Value;
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.EmptyDirective, directive.Offset, directive.Length, DirectiveNames.Using, "a namespace, such as '@using MyApp.Contacts'");
            }
            else if (!IsNamespaceName(name))
            {
                context.Report(DiagnosticDescriptors.InvalidNamespace, directive.ValueOffset, name.Length, name);
            }
            else
            {
                usings.Add(new UsingSpec(name, context.Source.Location(directive.ValueOffset, name.Length)));
            }
        }

        return usings.ToEquatableArray();
    }

    /// <summary>The class name a file name gives, made valid when it is not (the file-name diagnostic is reported once, above).</summary>
    private static string FromFile(string filePath)
    {
        var name = HintNames.PascalCase(System.IO.Path.GetFileNameWithoutExtension(filePath));
        return Identifiers.IsValid(name) ? name : "_" + HintNames.Sanitize(name);
    }

    private static bool IsNamespaceName(string name) => name.Split('.').All(p => Identifiers.IsValid(p) && !Identifiers.IsKeyword(p));
}
