using Redress.Web.Data;
using Redress.Web.Data.Entities;

namespace Redress.Web.Residents;

/// <summary>
/// Finding residents from what a person types, along indexes only (no leading-wildcard scans): the start of
/// their name or surname, the start of their postcode, email address or phone number, or the start of each
/// word of their address. Accents are ignored both ways: "Wrobel" finds Wróbel.
/// </summary>
public static class ResidentSearch
{
    public static IQueryable<Guid> Matching(RedressDbContext db, string query)
    {
        if (SearchKeys.PostcodePrefix(query) is { } postcode)
        {
            var postcodeEnd = SearchKeys.After(postcode);
            return db.Residents.Where(r => string.Compare(r.Postcode, postcode) >= 0 && string.Compare(r.Postcode, postcodeEnd) < 0).Select(r => r.Id);
        }
        if (SearchKeys.PhonePrefix(query) is { } phone)
        {
            var phoneEnd = SearchKeys.After(phone);
            return db.Residents.Where(r => string.Compare(r.PhoneKey, phone) >= 0 && string.Compare(r.PhoneKey, phoneEnd) < 0).Select(r => r.Id);
        }
        if (query.Contains('@', StringComparison.Ordinal))
        {
            var email = SearchKeys.Email(query)!;
            var emailEnd = SearchKeys.After(email);
            return db.Residents.Where(r => string.Compare(r.EmailKey, email) >= 0 && string.Compare(r.EmailKey, emailEnd) < 0).Select(r => r.Id);
        }
        var name = SearchKeys.Name(query);
        if (name.Length == 0)
        {
            return db.Residents.Where(r => false).Select(r => r.Id);
        }
        var nameEnd = SearchKeys.After(name);
        var byName = db.Residents.Where(r => (string.Compare(r.NameKey, name) >= 0 && string.Compare(r.NameKey, nameEnd) < 0)
            || (string.Compare(r.SurnameKey, name) >= 0 && string.Compare(r.SurnameKey, nameEnd) < 0)).Select(r => r.Id);
        var words = SearchKeys.Words(query);
        if (words.Count == 0)
        {
            return byName;
        }
        var (first, firstEnd) = (words[0], SearchKeys.After(words[0]));
        var byAddress = db.ResidentWords.Where(w => string.Compare(w.Word, first) >= 0 && string.Compare(w.Word, firstEnd) < 0).Select(w => w.ResidentId);
        foreach (var word in words.Skip(1))
        {
            var end = SearchKeys.After(word);
            byAddress = byAddress.Where(id => db.ResidentWords.Any(w => w.ResidentId == id && string.Compare(w.Word, word) >= 0 && string.Compare(w.Word, end) < 0));
        }
        return byName.Union(byAddress);
    }
}
