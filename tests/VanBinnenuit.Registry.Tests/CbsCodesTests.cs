using VanBinnenuit.Vocabulary;

namespace VanBinnenuit.Registry.Tests;

public sealed class CbsCodesTests
{
    [Theory]
    [InlineData("GM0363", "GM0363")]
    [InlineData("gm0599", "GM0599")]
    public void Municipality_codes_are_GM_and_four_digits_in_any_case(string input, string canonical)
    {
        Assert.True(CbsCodes.TryParseMunicipality(input, out var code));
        Assert.Equal(canonical, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM363")]
    [InlineData("GM03633")]
    [InlineData("PV0363")]
    [InlineData("GM03a3")]
    [InlineData(" GM0363")]
    [InlineData(null)]
    public void Anything_else_is_no_municipality_code(string? input) =>
        Assert.False(CbsCodes.TryParseMunicipality(input, out _));

    [Theory]
    [InlineData("PV27", true)]
    [InlineData("pv20", true)]
    [InlineData("PV2", false)]
    [InlineData("GM27", false)]
    public void Province_codes_are_PV_and_two_digits(string input, bool valid) =>
        Assert.Equal(valid, CbsCodes.TryParseProvince(input, out _));
}
