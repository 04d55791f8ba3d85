using System.Security.Cryptography;
using System.Text;

namespace Redress.Web.Auth;

public static class ApiKeys
{
    /// <summary>A new key: a prefix that says what it is, then 32 random bytes.</summary>
    public static string Generate() => "rdk_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Hint(string key) => key.Length <= 8 ? "" : key[..8];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
