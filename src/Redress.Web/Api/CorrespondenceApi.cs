using Redress.Domain.Common;
using System.Security.Claims;
using Redress.Domain.Complaints;
using Redress.Web.Audit;
using Redress.Web.Auth;
using Redress.Web.Documents;

namespace Redress.Web.Api;

public sealed record CorrespondenceBody(Direction? Direction, CorrespondenceKind? Kind, Party? Party, string? PartyName, DateOnly? OccurredOn, string? Summary)
{
    public Validator Validate()
    {
        var v = new Validator();
        v.Required("direction", Direction, "whether it came in or went out: in or out");
        v.Required("kind", Kind, "the kind: call, email, letter, meeting, text or other");
        v.Required("party", Party, "who it was with: resident, representative, contractor, colleague, ombudsman or other");
        v.Text("partyName", PartyName, "their name", Limits.Name, required: false);
        v.Required("occurredOn", OccurredOn, "the date");
        v.Text("summary", Summary, "what was said or sent", Redress.Domain.Complaints.Correspondence.MaxSummary);
        return v;
    }

    public CorrespondenceDetails ToDetails() => new(Direction!.Value, Kind!.Value, Party!.Value, PartyName, OccurredOn!.Value, Summary!);
}

/// <summary>Code 5.12: correspondence on a complaint, with its files, for other systems (a mail gateway, a CRM).</summary>
public static class CorrespondenceApi
{
    public static void MapCorrespondence(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/complaints/{id:guid}").WithTags("Correspondence");
        group.MapGet("/correspondence", async (Guid id, CorrespondenceOperations ops, CancellationToken ct) =>
                await ops.ListAsync(id, ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound("There is no complaint with that id."))
            .RequireAuthorization(Policies.Read).WithSummary("The correspondence of a complaint, the latest first")
            .Produces<IReadOnlyList<CorrespondenceView>>().ProducesProblem(404);
        group.MapPost("/correspondence", Record).RequireAuthorization(Policies.Casework).DisableAntiforgery()
            .WithSummary("Record correspondence (Code 5.12)")
            .WithDescription("JSON, or multipart/form-data with the same fields and up to 10 files named 'files' (20 MB each; PDF, images, Office documents, email, text, audio).")
            .Accepts<CorrespondenceBody>("application/json", "multipart/form-data")
            .Produces<CorrespondenceView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);
        group.MapGet("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, CorrespondenceOperations ops, CancellationToken ct) =>
            {
                if (await ops.OpenAsync(id, attachmentId, ct) is not { } file)
                {
                    return Problems.NotFound("There is no attachment with that id on this complaint.");
                }
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(file.Content, file.View.ContentType, file.View.FileName);
            })
            .RequireAuthorization(Policies.Read).WithSummary("Download an attachment").ProducesProblem(404);
    }

    private static async Task<IResult> Record(Guid id, HttpContext http, CorrespondenceOperations ops, ClaimsPrincipal user, CancellationToken ct)
    {
        CorrespondenceBody body;
        List<IncomingFile> files = [];
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(ct);
            body = FromForm(form, out var formErrors);
            if (formErrors.Count > 0)
            {
                return Problems.Invalid(formErrors);
            }
            files = [.. form.Files.Select(f => new IncomingFile(f.FileName, f.Length, f.OpenReadStream))];
        }
        else
        {
            var (json, problem) = await ApiJson.ReadAsync<CorrespondenceBody>(http.Request, ct);
            if (problem is not null)
            {
                return problem;
            }
            body = json!;
        }
        var validation = body.Validate();
        if (!validation.IsValid)
        {
            return validation.Problem();
        }
        var outcome = await ops.RecordAsync(id, body.ToDetails(), files, Actor.From(user), ct);
        return Problems.From(outcome, v => TypedResults.Created($"/api/v1/complaints/{id}/correspondence", v));
    }

    private static CorrespondenceBody FromForm(IFormCollection form, out Dictionary<string, string[]> errors)
    {
        var found = new Dictionary<string, string[]>();
        T? Parse<T>(string key) where T : struct, Enum
        {
            var text = form[key].ToString();
            if (text.Length == 0)
            {
                return null;
            }
            if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
            {
                return value;
            }
            found[key] = [$"'{key}' must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}."];
            return null;
        }
        DateOnly? occurred = null;
        if (form["occurredOn"].ToString() is { Length: > 0 } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                occurred = d;
            }
            else
            {
                found["occurredOn"] = ["'occurredOn' must be a real date written as yyyy-MM-dd."];
            }
        }
        var body = new CorrespondenceBody(Parse<Direction>("direction"), Parse<CorrespondenceKind>("kind"), Parse<Party>("party"),
            form["partyName"].ToString() is { Length: > 0 } name ? name : null, occurred, form["summary"].ToString());
        errors = found;
        return body;
    }
}
