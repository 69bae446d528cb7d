using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using LetterDsl.Cli.Rendering;

namespace LetterDsl.Cli.Watching;

/// <summary>
/// The file watch writes after each save. An HTML preview reloads itself when it changes: a small script loads a
/// version file beside it every half second and reloads the page when the version differs from its own. Loading a
/// script works from <c>file://</c> in every browser, where <c>fetch</c> does not, and the page reloads only on a
/// change, where a <c>meta refresh</c> would reload it every second and lose the reader's place.
/// </summary>
internal sealed class LivePreview
{
    private readonly OutputFormat _format;
    private readonly string _versionPath;
    private long _renders;

    public LivePreview(string path, OutputFormat format)
    {
        Path = System.IO.Path.GetFullPath(path);
        _format = format;
        _versionPath = Path + ".version.js";
    }

    /// <summary>The preview file.</summary>
    public string Path { get; }

    public void ShowLetter(LetterOutput output)
    {
        if (_format != OutputFormat.Html || output.Text is null)
        {
            AtomicFile.Write(Path, output.Bytes);
            return;
        }

        var version = NextVersion();
        AtomicFile.Write(Path, Encoding.UTF8.GetBytes(WithReloadScript(output.Text, version)));
        WriteVersion(version);
    }

    /// <summary>Shows why there is no letter: in an HTML preview, a page with the messages; other formats keep the last letter.</summary>
    public void ShowProblems(string title, IEnumerable<string> lines)
    {
        if (_format != OutputFormat.Html)
        {
            return;
        }

        var version = NextVersion();
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title>\n<style>body{font-family:sans-serif;margin:2em}pre{color:#b00020;white-space:pre-wrap}</style>\n</head>\n<body>\n<h1>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</h1>\n<pre>");
        foreach (var line in lines)
        {
            page.Append(WebUtility.HtmlEncode(line)).Append('\n');
        }

        page.Append("</pre>\n</body>\n</html>\n");
        AtomicFile.Write(Path, Encoding.UTF8.GetBytes(WithReloadScript(page.ToString(), version)));
        WriteVersion(version);
    }

    private string NextVersion() =>
        Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + (++_renders).ToString(CultureInfo.InvariantCulture);

    // The version file goes after the page, so a browser that sees the new version reloads into the new page.
    private void WriteVersion(string version) =>
        AtomicFile.Write(_versionPath, Encoding.UTF8.GetBytes($"window.letterdslPreviewVersion = {JsonSerializer.Serialize(version)};\n"));

    private string WithReloadScript(string html, string version)
    {
        var script = $$"""
            <script>
            (function () {
              var version = {{JsonSerializer.Serialize(version)}};
              function poll() {
                var probe = document.createElement("script");
                probe.src = {{JsonSerializer.Serialize(System.IO.Path.GetFileName(_versionPath))}} + "?" + Date.now();
                probe.onload = function () {
                  probe.remove();
                  if (window.letterdslPreviewVersion && window.letterdslPreviewVersion !== version) { location.reload(); } else { setTimeout(poll, 500); }
                };
                probe.onerror = function () { probe.remove(); setTimeout(poll, 1000); };
                document.head.appendChild(probe);
              }
              setTimeout(poll, 500);
            })();
            </script>

            """;
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + script : html.Insert(end, script);
    }
}
