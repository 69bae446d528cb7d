using static LetterDsl.Benchmarks.Rendering.Asp2020Text;

namespace LetterDsl.Benchmarks.Rendering;

/// <summary>
/// The 2020 seed letter as one template for the runtime engines that share the Liquid-like syntax (Fluid, Scriban):
/// the letter's constant text with the values and helpers between the pieces. The helpers (<c>ordinal</c>,
/// <c>letterdate</c>, <c>range</c>, <c>md</c>) are registered by each engine with the same <see cref="LetterCulture"/>
/// formatting and Markdown escaping as the hand-written renderers.
/// </summary>
internal static class LiquidTemplate
{
    public const string Source =
        "{{ Place | md }}" + PlaceSeparator + "{{ Date | letterdate }}"
        + BeforeSession + "{{ Session | ordinal }}" + BeforeHagueDates + "{{ HagueDates | range }}" + AfterHagueDates
        + "{% if NewYorkDates %}" + BeforeNewYorkDates + "{{ NewYorkDates | range }}" + AfterNewYorkDates + "{% endif %}"
        + BeforeSecondSession + "{{ Session | ordinal }}" + BeforeSignatory
        + "{{ Name | md }}{% if Title %}" + HardBreak + "{{ Title | md }}{% endif %}"
        + "{% if Organization %}" + HardBreak + "{{ Organization | md }}{% endif %}" + End;
}
