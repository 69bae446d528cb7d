using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LetterDsl.Composition;

namespace LetterDsl.Tests;

public class LetterConditionsTests
{
    // Every call is resolved from the argument's static type, as in generated code. A string or list that
    // reached the object overload would be true whenever it is not null, so empty ones tell the overloads apart.
    [Fact]
    public void Overload_resolution_picks_the_specific_overload()
    {
        string empty = "";
        string text = "x";
        List<string> none = new();
        List<string> some = new() { "a" };
        DateRange? noRange = null;
        DateRange? range = new DateRange(new DateOnly(2020, 12, 14), new DateOnly(2020, 12, 16));
        int zero = 0;
        int one = 1;
        bool? unknown = null;
        bool? yes = true;
        object anything = new();
        object? nothing = null;

        Assert.False(LetterConditions.IsTrue(empty));
        Assert.True(LetterConditions.IsTrue(text));
        Assert.False(LetterConditions.IsTrue(none));
        Assert.True(LetterConditions.IsTrue(some));
        Assert.False(LetterConditions.IsTrue(noRange));
        Assert.True(LetterConditions.IsTrue(range));
        Assert.False(LetterConditions.IsTrue(zero));
        Assert.True(LetterConditions.IsTrue(one));
        Assert.False(LetterConditions.IsTrue(unknown));
        Assert.True(LetterConditions.IsTrue(yes));
        Assert.True(LetterConditions.IsTrue(anything));
        Assert.False(LetterConditions.IsTrue(nothing));
    }

    [Fact]
    public void Booleans_and_numbers()
    {
        Assert.True(LetterConditions.IsTrue(true));
        Assert.False(LetterConditions.IsTrue(false));
        Assert.False(LetterConditions.IsTrue((bool?)false));
        Assert.False(LetterConditions.IsTrue(0L));
        Assert.True(LetterConditions.IsTrue(-3L));
        Assert.False(LetterConditions.IsTrue(0m));
        Assert.True(LetterConditions.IsTrue(0.5m));
        Assert.False(LetterConditions.IsTrue(0.0));
        Assert.True(LetterConditions.IsTrue(double.NaN));
        Assert.False(LetterConditions.IsTrue((int?)null));
        Assert.True(LetterConditions.IsTrue((int?)0));
    }

    [Fact]
    public void Sequences_are_true_with_an_element()
    {
        Assert.False(LetterConditions.IsTrue((IEnumerable?)null));
        Assert.False(LetterConditions.IsTrue(Array.Empty<int>()));
        Assert.True(LetterConditions.IsTrue(new[] { 1 }));
        Assert.False(LetterConditions.IsTrue(Enumerable.Range(0, 0)));
        Assert.True(LetterConditions.IsTrue(Enumerable.Range(0, 3).Where(i => i > 1)));
        Assert.False(LetterConditions.IsTrue(new HashSet<string>()));
        Assert.True(LetterConditions.IsTrue(new Dictionary<string, int> { ["a"] = 1 }));
    }
}
