using System;
using System.Collections.Concurrent;
using System.IO;
using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace LetterDsl.Pdf.Fonts;

/// <summary>
/// The font resolver PDFsharp asks for every font this package uses: the embedded Liberation Serif family, and the
/// families that <see cref="PdfOptions.Fonts"/> name, each under a name of its own so they never collide with an
/// app's fonts.
/// </summary>
/// <remarks>
/// PDFsharp holds one font resolver per process (<see cref="GlobalFontSettings.FontResolver"/>), which can be set
/// once and never replaced after a font was used. <see cref="EnsureInstalled"/> installs this one where that slot is
/// free; where the app has set a resolver of its own, this one goes in the fallback slot, which PDFsharp asks for
/// any family the app's resolver does not know. The registries are concurrent, so renders on several threads are safe.
/// </remarks>
internal sealed class LetterFontResolver : IFontResolver
{
    /// <summary>The family name of the embedded Liberation Serif.</summary>
    public const string EmbeddedFamily = "LetterDsl Liberation Serif";

    private static readonly object InstallLock = new();
    private static volatile bool s_installed;

    private readonly ConcurrentDictionary<string, FamilyFaces> _families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private LetterFontResolver()
    {
        Register(EmbeddedFamily, Resource("Regular"), Resource("Bold"), Resource("Italic"), Resource("BoldItalic"));
    }

    public static LetterFontResolver Instance { get; } = new();

    /// <summary>Makes PDFsharp use this resolver; cheap after the first call.</summary>
    /// <exception cref="InvalidOperationException">The app has set both PDFsharp font resolvers to resolvers of its own.</exception>
    public static void EnsureInstalled()
    {
        if (s_installed)
        {
            return;
        }

        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is null || GlobalFontSettings.FontResolver == Instance)
            {
                GlobalFontSettings.FontResolver ??= Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null || GlobalFontSettings.FallbackFontResolver == Instance)
            {
                GlobalFontSettings.FallbackFontResolver ??= Instance;
            }
            else
            {
                throw new InvalidOperationException(
                    "LetterDsl.Pdf needs PDFsharp's font resolver or its fallback font resolver, and the app has set both "
                    + "(GlobalFontSettings.FontResolver and FallbackFontResolver). Leave one of them unset.");
            }

            s_installed = true;
        }
    }

    /// <summary>
    /// Registers a family from TrueType files and returns its name, derived from the files' contents so that the same
    /// files always get the same name and different files never share one.
    /// </summary>
    public string Register(byte[] regular, byte[]? bold, byte[]? italic, byte[]? boldItalic)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[]? face in new[] { regular, bold, italic, boldItalic })
        {
            hash.AppendData(BitConverter.GetBytes(face?.Length ?? -1));
            hash.AppendData(face ?? []);
        }

        string family = "LetterDsl " + Convert.ToHexString(hash.GetHashAndReset(), 0, 12);
        Register(family, regular, bold, italic, boldItalic);
        return family;
    }

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_families.TryGetValue(familyName, out FamilyFaces? faces))
        {
            return null;
        }

        // The nearest face the family has, with PDFsharp simulating what it lacks.
        if (bold && italic && faces.BoldItalic is string boldItalic)
        {
            return new FontResolverInfo(boldItalic);
        }

        if (bold && faces.Bold is string boldFace)
        {
            return new FontResolverInfo(boldFace, false, italic);
        }

        if (italic && faces.Italic is string italicFace)
        {
            return new FontResolverInfo(italicFace, bold, false);
        }

        return new FontResolverInfo(faces.Regular, bold, italic);
    }

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out byte[]? bytes) ? bytes : null;

    private void Register(string family, byte[] regular, byte[]? bold, byte[]? italic, byte[]? boldItalic)
    {
        string? Face(byte[]? bytes, FontFace face)
        {
            if (bytes is null)
            {
                return null;
            }

            string name = family + "#" + face;
            _faces.TryAdd(name, bytes);
            return name;
        }

        _families.TryAdd(family, new FamilyFaces(Face(regular, FontFace.Regular)!, Face(bold, FontFace.Bold), Face(italic, FontFace.Italic), Face(boldItalic, FontFace.BoldItalic)));
    }

    private static byte[] Resource(string face)
    {
        string name = "LetterDsl.Pdf.Fonts.LiberationSerif-" + face + ".ttf";
        using Stream stream = typeof(LetterFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private sealed record FamilyFaces(string Regular, string? Bold, string? Italic, string? BoldItalic);
}
