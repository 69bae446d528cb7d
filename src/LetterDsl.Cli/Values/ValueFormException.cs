using System.Text.Json;

namespace LetterDsl.Cli.Values;

/// <summary>
/// A JSON value that has the right JSON kind but not a form the type accepts, such as a range that ends before it
/// starts. System.Text.Json adds the path; the binder adds the parameter, the expected type and the value.
/// </summary>
internal sealed class ValueFormException : JsonException
{
    public ValueFormException(string detail)
        : base(detail) => Detail = detail;

    /// <summary>Why the value does not fit, without the path information System.Text.Json appends to the message.</summary>
    public string Detail { get; }
}
