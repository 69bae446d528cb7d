using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;

namespace LetterDsl;

/// <summary>
/// A mail merge: one letter definition rendered for each recipient of a sequence, each to its own file.
/// </summary>
public static class LetterMerge
{
    /// <summary>
    /// Renders <paramref name="createLetter"/>'s letter for every recipient into
    /// <see cref="LetterMergeOptions.OutputDirectory"/>, named by <see cref="LetterMergeOptions.FileNameTemplate"/>.
    /// </summary>
    /// <remarks>
    /// <para>Recipients are read one at a time, so a sequence that fails part-way (a malformed row of a CSV file)
    /// stops the merge with the files before it already written. Each file is written under a temporary name and
    /// moved into place once complete, so an error never leaves a half-written letter behind.</para>
    /// <para>Names that collide within one merge, ignoring case, get <c> (2)</c>, <c> (3)</c>… appended. A file of
    /// the same name left by an earlier merge is replaced.</para>
    /// </remarks>
    /// <typeparam name="TRecipient">The recipient type, whose public properties the file-name template names.</typeparam>
    /// <param name="recipients">The recipients, in order.</param>
    /// <param name="createLetter">Creates the letter for one recipient.</param>
    /// <param name="options">The output folder, the file-name template and the format.</param>
    /// <param name="progress">Told after each file is written; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the merge between two files.</param>
    /// <returns>The paths of the files written, in recipient order.</returns>
    /// <exception cref="ArgumentException">The file-name template is malformed or names a property that
    /// <typeparamref name="TRecipient"/> has not.</exception>
    public static IReadOnlyList<string> WriteFiles<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TRecipient>(
        IEnumerable<TRecipient> recipients,
        Func<TRecipient, ILetter> createLetter,
        LetterMergeOptions options,
        IProgress<LetterMergeProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(createLetter);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Renderer);

        var template = new FileNameTemplate<TRecipient>(options.FileNameTemplate);
        int? total = recipients.TryGetNonEnumeratedCount(out int count) ? count : null;
        string directory = Directory.CreateDirectory(options.OutputDirectory).FullName;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = new List<string>(total ?? 16);

        foreach (TRecipient recipient in recipients)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ILetter letter = createLetter(recipient);
            string fileName = FileNames.Disambiguate(template.Resolve(recipient), options.Renderer.FileExtension, taken);
            string path = Path.Combine(directory, fileName);
            WriteFile(path, letter, options.Renderer);
            written.Add(path);
            progress?.Report(new LetterMergeProgress(written.Count, total, path));
        }

        return written;
    }

    private static void WriteFile(string path, ILetter letter, ILetterFileRenderer renderer)
    {
        string partial = path + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                renderer.Render(letter, stream);
            }

            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
