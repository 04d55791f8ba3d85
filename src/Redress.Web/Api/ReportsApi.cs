using Redress.Domain.Complaints;
using Redress.Domain.Measures;
using Redress.Web.Auth;
using Redress.Web.Reports;

namespace Redress.Web.Api;

public static class ReportsApi
{
    public static void MapReports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/tsm", Tsm).RequireAuthorization(Policies.Read)
            .WithSummary("Tenant satisfaction measures CH01 and CH02 for a reporting year (1 April to 31 March)")
            .WithDescription("year=2025 is 1 April 2025 to 31 March 2026; tenure=lcra or lcho for the split. Numerators and denominators are given beside each rate.")
            .Produces<TsmReport>().ProducesValidationProblem();
    }

    private static async Task<IResult> Tsm(HttpRequest request, TsmReports reports, CancellationToken ct)
    {
        var v = new Validator();
        var year = Query.Int(v, request.Query, "year", 2000, 2100);
        if (year is null && v.IsValid)
        {
            v.Add("year", "Enter 'year', the first calendar year of the reporting year (2025 for April 2025 to March 2026).");
        }
        var tenure = Query.Enum<Tenure>(v, request.Query, "tenure");
        if (!v.IsValid)
        {
            return v.Problem();
        }
        return TypedResults.Ok(await reports.ForYearAsync(new ReportingYear(year!.Value), tenure, ct));
    }
}
