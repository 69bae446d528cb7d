using LetterDsl;

namespace LetterDsl.Tests;

public class SignatoryTests
{
    [Fact]
    public void Signatories_with_the_same_fields_are_equal()
    {
        Assert.Equal(new Signatory("Melinda Reed", "Acting Convenor"), new Signatory("Melinda Reed", "Acting Convenor", null));
        Assert.NotEqual(new Signatory("Melinda Reed"), new Signatory("Melinda Reed", "Convenor"));
    }
}
