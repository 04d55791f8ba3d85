using Redress.Domain.Common;
using Redress.Domain.Complaints;
using static Redress.Domain.Tests.Calendars;
using static Redress.Domain.Tests.ComplaintBuilder;

namespace Redress.Domain.Tests.Complaints;

public class HandlerTests
{
    [Fact]
    [Trait("Code", "6.13")]
    public void HandlerId_FollowsTheCurrentStage_ThroughAcknowledgementReassignmentAndEscalation()
    {
        var builder = new ComplaintBuilder();
        var received = builder.Received();
        var acknowledged = builder.Acknowledged();
        var atStage2 = builder.AtStage2();
        var handed = builder.Acknowledged();
        handed.Reassign(ComplaintBuilder.Handler2);

        Assert.Null(received.HandlerId);
        Assert.Equal(ComplaintBuilder.Handler1, acknowledged.HandlerId);
        Assert.Null(atStage2.HandlerId); // stage 2 waits for its own handler
        Assert.Equal(ComplaintBuilder.Handler2, handed.HandlerId);
    }
}
