using System.Security.Claims;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Letters;

namespace Redress.Web.Api;

/// <summary>API.md, Letters: a complaint's letters as issued, their text and HTML, and the exact PDF bytes stored.</summary>
public static class LettersApi
{
    public sealed record LetterList(IReadOnlyList<LetterSummary> Items);

    public static void MapLetters(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/complaints/{id:guid}/letters").WithTags("Letters");
        group.MapGet("/", async (Guid id, LetterQueries letters, CancellationToken ct) =>
                await letters.ListAsync(id, ct) is { } list ? Results.Ok(new LetterList(list)) : Problems.NotFound("There is no complaint with that id."))
            .RequireAuthorization(Policies.Read).WithSummary("The letters issued on a complaint, the first first (Code 5.12)")
            .Produces<LetterList>().ProducesProblem(404);
        group.MapGet("/{letterId:guid}", async (Guid id, Guid letterId, LetterQueries letters, CancellationToken ct) =>
                await letters.GetAsync(id, letterId, ct) is { } letter
                    ? Results.Ok(new LetterWithContent(letter))
                    : Problems.NotFound("There is no letter with that id on this complaint."))
            .RequireAuthorization(Policies.Read).WithSummary("A letter as issued, with its plain text and HTML")
            .Produces<LetterWithContent>().ProducesProblem(404);
        group.MapGet("/{letterId:guid}/pdf", async (Guid id, Guid letterId, LetterQueries letters, CancellationToken ct) =>
                await letters.PdfAsync(id, letterId, ct) is { } pdf
                    ? Results.File(pdf.Pdf, "application/pdf", pdf.FileName)
                    : Problems.NotFound("There is no PDF of that letter on this complaint (a letter another system issued has none)."))
            .RequireAuthorization(Policies.Read).WithSummary("The letter's PDF: the exact bytes stored when it was issued (their SHA-256 is sha256)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(404);
        var record = api.MapGroup("/complaints/{id:guid}").WithTags("Letters");
        record.MapGet("/evidence.pdf", async (Guid id, EvidenceBundle bundles, ClaimsPrincipal user, CancellationToken ct) =>
                await bundles.PdfAsync(id, Actor.From(user), ct) is { } b ? Results.File(b.Pdf, "application/pdf", $"{b.Reference} record.pdf") : Problems.NotFound("There is no complaint with that id."))
            .RequireAuthorization(Policies.Casework).WithSummary("The complaint's whole record as one PDF, for the Ombudsman or a subject access request (Code 5.12)")
            .Produces(200, contentType: "application/pdf").ProducesProblem(404);
        record.MapGet("/evidence.zip", async (Guid id, EvidenceBundle bundles, ClaimsPrincipal user, CancellationToken ct) =>
                await bundles.ZipAsync(id, Actor.From(user), ct) is { } b ? Results.File(b.Zip, "application/zip", $"{b.Reference} record.zip") : Problems.NotFound("There is no complaint with that id."))
            .RequireAuthorization(Policies.Casework).WithSummary("The whole record's PDF with every letter's PDF and every attached file as kept, in a zip (Code 5.12)")
            .Produces(200, contentType: "application/zip").ProducesProblem(404);
        group.MapPost("/{letterId:guid}/posting", async (Guid id, Guid letterId, HttpContext http, LetterPosting posting, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (body, problem) = await ApiJson.ReadAsync<PostingBody>(http.Request, ct);
                if (problem is not null)
                {
                    return problem;
                }
                var validation = body!.Validate();
                if (!validation.IsValid)
                {
                    return validation.Problem();
                }
                return Problems.From(await posting.RecordAsync(id, letterId, body.PostedOn!.Value, Actor.From(user), ct), l => Results.Ok(l));
            })
            .RequireAuthorization(Policies.Casework).WithSummary("Record that a letter marked for post was posted, and when (Code 5.12)")
            .Accepts<PostingBody>("application/json").Produces<LetterSummary>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
        group.MapPost("/{letterId:guid}/format-sent", async (Guid id, Guid letterId, HttpContext http, LetterPosting posting, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var (body, problem) = await ApiJson.ReadAsync<FormatSentBody>(http.Request, ct);
                if (problem is not null)
                {
                    return problem;
                }
                var validation = body!.Validate();
                if (!validation.IsValid)
                {
                    return validation.Problem();
                }
                return Problems.From(await posting.RecordFormatSentAsync(id, letterId, body.SentOn!.Value, Actor.From(user), ct), l => Results.Ok(l));
            })
            .RequireAuthorization(Policies.Casework)
            .WithSummary("Record that the copy in the format the resident needs (Braille, audio, easy read, another language) was sent (Code 5.10)")
            .Accepts<FormatSentBody>("application/json").Produces<LetterSummary>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(422);
    }

    /// <summary>When the copy of a letter in the format the resident needs was sent.</summary>
    public sealed record FormatSentBody(DateOnly? SentOn)
    {
        public Validator Validate()
        {
            var v = new Validator();
            v.Required("sentOn", SentOn, "the date the copy was sent");
            return v;
        }
    }

    /// <summary>When a letter marked for post was posted.</summary>
    public sealed record PostingBody(DateOnly? PostedOn)
    {
        public Validator Validate()
        {
            var v = new Validator();
            v.Required("postedOn", PostedOn, "the date the letter was posted");
            return v;
        }
    }

    /// <summary>The list item's members plus text and html (API.md).</summary>
    public sealed record LetterWithContent(
        Guid Id, Domain.Letters.LetterKind Kind, int? Stage, DateTimeOffset IssuedAt, string IssuedBy, Domain.Letters.LetterDelivery Delivery,
        string Recipient, string? Sha256, bool IssuedExternally, string Title, string? ExternalReference, string? RecipientEmail,
        DateTimeOffset? EmailedAt, string? EmailError, DateOnly? PostedOn, string Status, string Text, string Html, int? TemplateVersion,
        bool LargePrint, Domain.Letters.LetterFormat? FormatRequested, DateOnly? FormatSentOn)
    {
        public LetterWithContent(LetterDetail d) : this(
            d.Letter.Id, d.Letter.Kind, d.Letter.Stage, d.Letter.IssuedAt, d.Letter.IssuedBy, d.Letter.Delivery, d.Letter.Recipient, d.Letter.Sha256,
            d.Letter.IssuedExternally, d.Letter.Title, d.Letter.ExternalReference, d.Letter.RecipientEmail, d.Letter.EmailedAt, d.Letter.EmailError,
            d.Letter.PostedOn, d.Letter.Status, d.Text, d.Html, d.Letter.TemplateVersion, d.Letter.LargePrint, d.Letter.FormatRequested, d.Letter.FormatSentOn)
        {
        }
    }
}
