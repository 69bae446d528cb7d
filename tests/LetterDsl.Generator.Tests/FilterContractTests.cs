using System.Linq;
using System.Reflection;
using LetterDsl.Composition;
using LetterDsl.Generator.Parsing;

namespace LetterDsl.Generator.Tests;

/// <summary>
/// The generator accepts a filter by name and emits a call to <c>LetterFilters.&lt;Name&gt;</c>; the two lists live in
/// different assemblies, so this keeps them from drifting apart.
/// </summary>
public sealed class FilterContractTests
{
    [Fact]
    public void TheGeneratorAcceptsExactlyTheFiltersTheRuntimeDocuments() =>
        Assert.Equal(LetterFilters.Names.OrderBy(n => n, System.StringComparer.Ordinal), TagParser.FilterNames.OrderBy(n => n, System.StringComparer.Ordinal));

    [Fact]
    public void EveryFilterHasThePublicStaticMethodTheEmitterCalls()
    {
        foreach (var name in TagParser.FilterNames)
        {
            var methodName = char.ToUpperInvariant(name[0]) + name.Substring(1);
            var method = typeof(LetterFilters).GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name == methodName);

            Assert.True(method is not null, $"LetterFilters has no public static {methodName} for the '{name}' filter");
            Assert.Equal(typeof(LetterCulture), method!.GetParameters()[0].ParameterType);
            Assert.Equal(typeof(string), method.ReturnType);
        }
    }
}
