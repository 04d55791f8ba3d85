using System.Security.Cryptography;

namespace Redress.Web.Documents;

/// <summary>A file as it arrives, from a form or the API.</summary>
public sealed record IncomingFile(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Attachments on disk, each stored once under its SHA-256 (Storage:Attachments, by default data/attachments).
/// Only the kinds of document correspondence brings are accepted, and their type is decided by the
/// extension, never by what the sender claims, so a file is always served as what it is.
/// </summary>
public sealed class AttachmentStore(IConfiguration configuration, IWebHostEnvironment environment)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".heic"] = "image/heic",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".eml"] = "message/rfc822",
        [".msg"] = "application/vnd.ms-outlook",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
    };

    public static string Accepted => string.Join(", ", Types.Keys.Select(k => k[1..].ToUpperInvariant()));

    public string Root => configuration["Storage:Attachments"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured, environment.ContentRootPath)
        : Path.Combine(environment.ContentRootPath, "data", "attachments");

    /// <summary>The content type for a file name, or null when the kind is not accepted.</summary>
    public static string? TypeOf(string fileName) => Types.GetValueOrDefault(Path.GetExtension(fileName));

    /// <summary>Null when the file can be kept; otherwise why not, in words for the person uploading it.</summary>
    public static string? Check(IncomingFile file)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return $"{name} is empty";
        }
        if (file.Length > MaxBytes)
        {
            return $"{name} must be smaller than {MaxBytes / 1024 / 1024} MB";
        }
        return TypeOf(name) is null ? $"{name} must be one of these kinds of file: {Accepted}" : null;
    }

    /// <summary>Writes the file (once per content) and returns its SHA-256 in hex and its length.</summary>
    public async Task<(string Sha256, long Length)> SaveAsync(IncomingFile file, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $"upload-{Guid.NewGuid():N}.tmp");
        try
        {
            string hash;
            long length;
            await using (var target = File.Create(temporary))
            await using (var source = file.Open())
            {
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                length = 0;
                int read;
                while ((read = await source.ReadAsync(buffer, ct)) > 0)
                {
                    sha.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                    length += read;
                }
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }
            var final = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (!File.Exists(final))
            {
                File.Move(temporary, final, overwrite: true);
            }
            return (hash, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Stream Open(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}
