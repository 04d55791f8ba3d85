using Redress.Web.Data.Entities;

namespace Redress.Web.Tests;

public sealed class SearchKeysTests
{
    [Theory]
    [InlineData("Zofia Wróbel", "zofia wrobel")]
    [InlineData("ŁUCJA  Ćwik", "lucja cwik")]
    [InlineData("Straße", "strasse")] // ß has no decomposition: folded by its own row of the table
    [InlineData("Søren Øberg", "soren oberg")]
    [InlineData("Chloë O'Brien", "chloe o'brien")]
    public void Name_WithAccents_IsKeyedWithoutThem(string name, string key) => Assert.Equal(key, SearchKeys.Name(name));

    [Theory]
    [InlineData("07700 900123", "07700900123")]
    [InlineData("+44 (0)7700 900-123", "07700900123")]
    [InlineData("+44 7700 900123", "07700900123")]
    [InlineData("+353 1 234 5678", "35312345678")] // not UK: the digits as written
    [InlineData("07700 900123 ext 4", null)] // words in it: not searched as a number
    [InlineData("", null)]
    public void Phone_AsWritten_IsItsDigits(string phone, string? key) => Assert.Equal(key, SearchKeys.Phone(phone));

    [Fact]
    public void Email_TrimmedAndLowered_AtoZOnly() => Assert.Equal("ana.lópez@example.org", SearchKeys.Email(" Ana.LópEZ@Example.ORG "));
}
