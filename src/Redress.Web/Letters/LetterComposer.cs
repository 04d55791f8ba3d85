using System.Collections.Concurrent;
using System.Security.Cryptography;
using Fluid;
using Redress.Domain.Common;
using Redress.Domain.Complaints;
using Redress.Domain.Letters;
using Redress.Web.Audit;
using Redress.Web.Data.Entities;
using Redress.Web.Settings;

namespace Redress.Web.Letters;

/// <summary>A letter rendered and checked, not yet issued: what the check page shows and what issuing stores.</summary>
public sealed record LetterDraft(
    LetterKind Kind, int Stage, string Title, IReadOnlyList<LetterBlock> Blocks, string Text, string Html,
    string Recipient, string? RecipientEmail, string? RecipientAddress, IReadOnlyList<DomainError> Missing, LetterFormat? Format = null)
{
    public bool LargePrint => Format == LetterFormat.LargePrint;

    public bool IsComplete => Missing.Count == 0;

    public LetterDelivery Delivery => RecipientEmail is { Length: > 0 } ? LetterDelivery.Email : LetterDelivery.Post;
}

/// <summary>
/// What an offer to complain is about (Code 1.5, 1.6): a service request (its reference and what was asked) or feedback
/// (the survey and the resident's words, no reference), and when the resident told us.
/// </summary>
public sealed record OfferSubject(bool ServiceRequest, string? Reference, string About, DateOnly On, string? Source);

/// <summary>When another system issued the step's letter (API.md, Letters): Redress records it and sends nothing.</summary>
public sealed record ExternalLetter(string? Reference);

/// <summary>
/// Renders a complaint's letters from their Liquid templates (Fluid), checks each against the Code's required
/// items (<see cref="LetterRequirements"/>) on the rendered text, and turns a complete draft into the letter
/// that is stored: text, HTML and a tagged PDF with its SHA-256.
/// </summary>
public sealed class LetterComposer
{
    private static readonly FluidParser Parser = new();
    /// <summary>Parsed templates by their text: the shipped ones and those saved (a handful); previews parse afresh.</summary>
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);

    /// <summary>A template's text parsed, or null with the parser's message (which names the line and column).</summary>
    public static IFluidTemplate? Parse(string source, out string? error)
    {
        if (Parser.TryParse(source, out var template, out var message))
        {
            error = null;
            return template;
        }
        error = message;
        return null;
    }

    /// <summary>The shipped template of a kind, in plain English.</summary>
    public static string DefaultSource(LetterKind kind)
    {
        var name = $"Redress.Web.Letters.{char.ToLowerInvariant(kind.ToString()[0])}{kind.ToString()[1..]}.liquid";
        using var stream = typeof(LetterComposer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The template {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The letter of <paramref name="kind"/> from the template text <paramref name="source"/> (the one in use, or one being edited).</summary>
    public LetterDraft Compose(LetterKind kind, Complaint complaint, Resident? resident, LandlordSettings settings, string signedBy, DateOnly issuedOn, string source,
        bool keepParsed = true, LetterFormat? format = null)
    {
        var stage = complaint.Stage;
        var recipient = Recipient(complaint, resident);
        var model = LetterModel.Build(complaint, stage, recipient.Name, settings, signedBy);
        var (title, blocks, text) = Render(kind, model, Head(settings, recipient, issuedOn, complaint.Reference), source, keepParsed);
        var missing = LetterRequirements.Missing(LetterRequirements.For(kind, complaint, stage, Ombudsman(settings)), text);
        return new LetterDraft(kind, stage, title, blocks, text, LetterMarkup.ToHtml(blocks), recipient.Name, recipient.Email, recipient.Address, missing, format);
    }

    /// <summary>
    /// Code 1.5, 1.6, 3.7: the letter telling a resident how to complain, about a service request or feedback they were
    /// unhappy with, from the template text <paramref name="source"/>; checked by <see cref="LetterRequirements.ForOffer"/>.
    /// </summary>
    public LetterDraft ComposeOffer(OfferSubject subject, Resident resident, LandlordSettings settings, string signedBy, DateOnly issuedOn, string source,
        bool keepParsed = true, LetterFormat? format = null)
    {
        var recipient = new To(resident.Name, resident.Email, resident.Address);
        var model = LetterModel.BuildOffer(subject, recipient.Name, settings, signedBy);
        var (title, blocks, text) = Render(LetterKind.OfferToComplain, model, Head(settings, recipient, issuedOn, subject.Reference), source, keepParsed);
        var facts = new OfferFacts(subject.ServiceRequest, subject.ServiceRequest ? subject.Reference ?? "" : subject.About);
        var routes = new ComplaintRoutes(settings.LandlordTelephone, settings.LandlordEmail, settings.ComplaintsPolicyUrl);
        var missing = LetterRequirements.Missing(LetterRequirements.ForOffer(facts, routes, Ombudsman(settings)), text);
        return new LetterDraft(LetterKind.OfferToComplain, 0, title, blocks, text, LetterMarkup.ToHtml(blocks), recipient.Name, recipient.Email, recipient.Address, missing, format);
    }

    private (string Title, IReadOnlyList<LetterBlock> Blocks, string Text) Render(LetterKind kind, Dictionary<string, object?> model, string head, string source, bool keepParsed)
    {
        var template = keepParsed && _parsed.Count < 64
            ? _parsed.GetOrAdd(source, s => Parse(s, out var e) ?? throw new InvalidOperationException($"The {kind} template does not parse: {e}"))
            : Parse(source, out var error) ?? throw new InvalidOperationException($"The {kind} template does not parse: {error}");
        var context = new TemplateContext(new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() });
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }
        var body = template.Render(context, NullEncoder.Default);
        var blocks = LetterMarkup.Parse(head + "\n\n" + body);
        var title = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Lines[0] ?? kind.ToString();
        return (title, blocks, LetterMarkup.ToText(blocks));
    }

    /// <summary>The letter to store: the draft with its PDF and hash, or a record of a letter another system sent.</summary>
    public static Letter Issue(LetterDraft draft, Guid id, Guid? complaintId, Actor actor, DateTimeOffset now, DateOnly today, ExternalLetter? external)
    {
        var letter = new Letter
        {
            Id = id, ComplaintId = complaintId, Kind = draft.Kind, Stage = draft.Kind == LetterKind.OfferToComplain ? null : draft.Stage, IssuedAtUtc = now.UtcDateTime, IssuedOn = today,
            IssuedById = actor.Id, IssuedBy = actor.Name, Recipient = draft.Recipient, RecipientEmail = draft.RecipientEmail,
            RecipientAddress = draft.RecipientAddress, Title = draft.Title,
        };
        if (external is not null)
        {
            letter.Delivery = LetterDelivery.External;
            letter.IssuedExternally = true;
            letter.ExternalReference = external.Reference;
            letter.Text = $"Issued by another system{(external.Reference is { Length: > 0 } r ? $" (reference {r})" : "")}.";
            return letter;
        }
        letter.Delivery = draft.Delivery;
        letter.Text = draft.Text;
        letter.Html = draft.Html;
        letter.LargePrint = draft.LargePrint;
        letter.FormatRequested = draft.Format is { } f && f != LetterFormat.LargePrint ? f : null;
        letter.Pdf = LetterPdf.Render(draft.Title, draft.Blocks, draft.LargePrint, now.UtcDateTime);
        letter.Sha256 = Convert.ToHexStringLower(SHA256.HashData(letter.Pdf));
        return letter;
    }

    public static OmbudsmanDetails Ombudsman(LandlordSettings settings) =>
        new(settings.Ombudsman.Name, settings.Ombudsman.Telephone, settings.Ombudsman.OnlineForm, settings.Ombudsman.Address, settings.Ombudsman.Email);

    private sealed record To(string Name, string? Email, string? Address);

    /// <summary>Code 1.3: a representative acting on the complaint receives its letters (by email when they gave one), else the resident.</summary>
    private static To Recipient(Complaint complaint, Resident? resident) => complaint.Representative is { } rep
        ? new(rep.Name, rep.Email, resident?.Address)
        : new(resident?.Name ?? "Resident", resident?.Email, resident?.Address);

    private static string Head(LandlordSettings settings, To to, DateOnly issuedOn, string? reference)
    {
        var from = new List<string> { settings.LandlordName };
        from.AddRange(Lines(settings.LandlordAddress));
        if (settings.LandlordTelephone is { Length: > 0 } phone)
        {
            from.Add($"Telephone: {phone}");
        }
        if (settings.LandlordEmail is { Length: > 0 } email)
        {
            from.Add($"Email: {email}");
        }
        var recipient = new List<string> { to.Name };
        recipient.AddRange(Lines(to.Address));
        return string.Join("\n", from) + "\n\n" + string.Join("\n", recipient) + "\n\n" + LetterWords.Date(issuedOn) + (reference is null ? "" : "\n\nOur reference: " + reference);
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
