using System.Security.Cryptography;
using System.Text;

namespace Redress.Web.Auth;

/// <summary>
/// When nobody can sign in yet, a one-time set-up link (printed in the log at start) lets the first
/// administrator create their account. The token lives only in memory, hashed, until it is used or
/// the server restarts (which prints a new one while it is still needed).
/// </summary>
public sealed class FirstAdministrator
{
    private byte[]? _hash;

    public bool IsOpen => Volatile.Read(ref _hash) is not null;

    public string Open()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Volatile.Write(ref _hash, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        return token;
    }

    public bool Accepts(string? token)
    {
        var hash = Volatile.Read(ref _hash);
        return hash is not null && token is not null
            && CryptographicOperations.FixedTimeEquals(hash, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public void Close() => Volatile.Write(ref _hash, null);
}
