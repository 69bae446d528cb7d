using System;
using Xunit;

namespace LetterDsl.Testing.Injection;

/// <summary>
/// The injection checks, given a letter rendered with any value: the output with a hostile value must equal, or
/// have the same structure and visible text as, the output with <see cref="HostileValues.Benign"/>.
/// </summary>
public static class InjectionAssert
{
    /// <summary>Text is written verbatim, so it must be the benign output with the value (controls as spaces) in its places.</summary>
    public static void Text(Func<string, string> render, string value) =>
        Assert.Equal(render(HostileValues.Benign).Replace(HostileValues.Benign, HostileValues.Sanitize(value)), render(value));

    public static void Markdown(Func<string, string> render, string value) =>
        Same(render, value, MarkdownShape.Structure, MarkdownShape.Text);

    public static void Html(Func<string, string> render, string value) =>
        Same(render, value, HtmlShape.Structure, HtmlShape.Text);

    private static void Same(Func<string, string> render, string value, Func<string, string> structure, Func<string, string> text)
    {
        var benign = render(HostileValues.Benign);
        var hostile = render(value);

        Assert.Equal(structure(benign), structure(hostile));
        Assert.Equal(HostileValues.Fold(text(benign).Replace(HostileValues.Benign, HostileValues.Sanitize(value))), text(hostile));
    }
}
