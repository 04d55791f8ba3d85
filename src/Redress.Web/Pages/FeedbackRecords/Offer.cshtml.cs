using Microsoft.AspNetCore.Authorization;
using Redress.Web.Auth;
using Redress.Web.Letters;
using Redress.Web.Pages.Shared;

namespace Redress.Web.Pages.FeedbackRecords;

/// <summary>Code 1.6: the letter on how to complain, to the resident whose feedback shows they are unhappy.</summary>
[Authorize(Policies.CaseworkPages)]
public sealed class OfferModel(OfferLetters offers, LetterQueries letters) : OfferJourney(offers, letters)
{
    public override string Back => Paths.Feedback(Target.Id);

    protected override OfferTarget TargetOf(Guid id) => OfferTarget.Feedback(id);
}
