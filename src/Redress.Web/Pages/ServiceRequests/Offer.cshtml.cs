using Microsoft.AspNetCore.Authorization;
using Redress.Web.Auth;
using Redress.Web.Letters;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.ServiceRequests;

/// <summary>Code 1.5: the letter on how to complain, to a resident unhappy with how their service request is handled.</summary>
[Authorize(Policies.CaseworkPages)]
public sealed class OfferModel(OfferLetters offers, LetterQueries letters) : OfferJourney(offers, letters)
{
    public override string Back => Paths.ServiceRequest(Target.Id);

    protected override OfferTarget TargetOf(Guid id) => OfferTarget.ServiceRequest(id);
}
