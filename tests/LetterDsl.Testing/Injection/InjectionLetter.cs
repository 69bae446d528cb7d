namespace LetterDsl.Testing.Injection;

/// <summary>
/// Where a value goes in the injection letters: at the start of a paragraph and of a line, inside one, after a soft
/// break, in list items and in emphasis. The body is in the template syntax; <c>{{ Value }}</c> is the value.
/// </summary>
public static class InjectionLetter
{
    public const string Body =
        "{{ Value }} starts the paragraph.\n\n" +
        "Before {{ Value }} after.\n" +
        "{{ Value }} starts a soft-wrapped line.\n\n" +
        "- {{ Value }} bullet\n" +
        "- bullet {{ Value }}\n\n" +
        "1. {{ Value }} numbered\n" +
        "1. numbered {{ Value }}\n\n" +
        "**{{ Value }}** in bold and *{{ Value }}* in italics.";
}
