using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class ReceiptTests
{
    [Fact]
    [Trait("Code", "2.3")]
    public void Receive_OverTwelveMonthsAccepted_FlaggedWithTheDiscretionRecorded()
    {
        var request = new ReceiptDetails
        {
            ReceivedOn = Calendars.D("2026-06-01"), Channel = Channel.Email, ResidentId = Guid.NewGuid(), Description = "Old leak", Category = "repairs",
            IssueOccurredOn = Calendars.D("2024-03-01"), DiscretionConsidered = "The resident was in hospital for most of 2025",
        };

        var (complaint, error) = Complaint.Receive(Guid.NewGuid(), "CMP-2026-000001", request, new ReceiptPolicy(null), Timescales.HousingOmbudsman2024, ComplaintBuilder.Context(Calendars.D("2026-06-30")));

        Assert.Null(error);
        Assert.True(complaint!.OutsideTwelveMonths);
        Assert.Equal("The resident was in hospital for most of 2025", complaint.DiscretionConsidered);
    }
}
