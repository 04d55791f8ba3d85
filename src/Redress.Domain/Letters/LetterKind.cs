namespace Redress.Domain.Letters;

/// <summary>The letters the Code requires a landlord to send; API.md names them in camelCase.</summary>
public enum LetterKind
{
    /// <summary>Code 5.6, 5.7, 6.2, 6.12: the complaint definition, what the landlord is not responsible for, when the response is due.</summary>
    Acknowledgement,
    /// <summary>Code 6.4, 6.5, 6.15, 6.16, 5.9: the new date, the reasons, the update interval, the Ombudsman's details.</summary>
    Extension,
    /// <summary>Code 6.9 (stage 1) and 6.19 (stage 2), items a to g.</summary>
    Response,
    /// <summary>Code 2.4: the reasons and the right to take the decision to the Ombudsman.</summary>
    NotAccepted,
    /// <summary>Code 5.11: the reasons and the right to go to the Ombudsman.</summary>
    EscalationRefused,
    /// <summary>Code 5.9, 6.6, 6.17: keeping the resident informed.</summary>
    Update,
    /// <summary>
    /// Code 1.5, 1.6, 3.7: how to make a complaint, to a resident whose survey answer or feedback, or whose dealings
    /// over a service request, show dissatisfaction. Not about a complaint: about a feedback record or a service request.
    /// </summary>
    OfferToComplain,
}

/// <summary>How an issued letter reached the resident.</summary>
public enum LetterDelivery
{
    Email,
    Post,
    /// <summary>Another system issued it; Redress records that it was sent.</summary>
    External,
}

/// <summary>
/// Code 5.10: a format a resident needs their letters in, agreed as a reasonable adjustment. Large print is
/// produced by Redress; the others are recorded on each letter as requested, for the handler to arrange.
/// </summary>
public enum LetterFormat
{
    LargePrint,
    Braille,
    Audio,
    EasyRead,
    OtherLanguage,
    Other,
}
