namespace LetterDsl.Tests;

public class LetterBlocksTests
{
    [Theory]
    [InlineData(LetterBlock.DateLine, false, "")]
    [InlineData(LetterBlock.Recipient, true, "")]
    [InlineData(LetterBlock.Subject, false, "")]
    [InlineData(LetterBlock.Salutation, false, "")]
    [InlineData(LetterBlock.Paragraph, false, "")]
    [InlineData(LetterBlock.Closing, false, "")]
    [InlineData(LetterBlock.CarbonCopy, true, "cc: ")]
    [InlineData(LetterBlock.Enclosure, true, "Encl.: ")]
    [InlineData(LetterBlock.Postscript, false, "P.S. ")]
    public void Groups_and_labels_each_block(LetterBlock block, bool grouped, string prefix)
    {
        Assert.Equal(grouped, LetterBlocks.IsGrouped(block));
        Assert.Equal(prefix, LetterBlocks.Prefix(block));
    }

    [Fact]
    public void Every_block_kind_is_covered_by_the_table()
    {
        // A new LetterBlock member must be added to the theory above, so its grouping and label are decided.
        Assert.Equal(9, System.Enum.GetValues<LetterBlock>().Length);
    }
}
