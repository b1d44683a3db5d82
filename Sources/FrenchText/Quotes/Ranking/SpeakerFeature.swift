/// One feature of a speaker candidate for the ``SpeakerRanker``: a general property of the quote, the candidate and
/// what the sieves did, never a word of a document. The raw value is the stable name the weights file
/// (`speaker_ranker.tsv`) and the training dump use.
///
/// ```swift
/// // « Nous resterons mobilisés », a déclaré Anna Wright.   (candidate Anna Wright)
/// // chosen, chosen-explicit-after, chosen-confidence, after-same-sentence, log-distance-after…
/// SpeakerFeature.chosen.rawValue   // "chosen"
/// ```
package enum SpeakerFeature: String, CaseIterable, Sendable {
    // The sieves' choice, by rule family (``SpeakerRuleFamily``) and with the calibrated confidence of its path.
    case chosen
    case chosenExplicitAfter = "chosen-explicit-after"
    case chosenExplicitInside = "chosen-explicit-inside"
    case chosenExplicitBefore = "chosen-explicit-before"
    case chosenExplicitColon = "chosen-explicit-colon"
    case chosenExplicitSelon = "chosen-explicit-selon"
    case chosenCarriedContinuation = "chosen-carried-continuation"
    case chosenCarriedSameSentence = "chosen-carried-same-sentence"
    case chosenCarriedSubject = "chosen-carried-subject"
    case chosenLateConversation = "chosen-late-conversation"
    case chosenLateHeadline = "chosen-late-headline"
    case chosenLateNamedAfter = "chosen-late-named-after"
    case chosenLateSalient = "chosen-late-salient"
    case chosenOther = "chosen-other"
    /// The calibrated confidence of the sieves' path (0…1).
    case chosenConfidence = "chosen-confidence"
    /// Stage 2 linked the mention (pronoun, role, demonym…) rather than stage 1 reading a name.
    case chosenLinked = "chosen-linked"
    /// The sieves' speaker is no participant of the model (a name stage 1 read that the text never writes alone).
    case chosenOutsideModel = "chosen-outside-model"

    // Where the candidate's nearest mention (outside quotes) is, before and after the quote.
    case beforeSameSentence = "before-same-sentence"
    case beforeSameParagraph = "before-same-paragraph"
    case beforePreviousParagraph = "before-previous-paragraph"
    case beforeFurther = "before-further"
    case afterSameSentence = "after-same-sentence"
    case afterSameParagraph = "after-same-paragraph"
    case afterNextParagraph = "after-next-paragraph"
    /// log(1 + code points) from the nearest mention before to the quote, over 5.
    case logDistanceBefore = "log-distance-before"
    case logDistanceAfter = "log-distance-after"
    /// The nearest mention before opens its sentence.
    case beforeIsSubject = "before-is-subject"
    /// The candidate is the participant named last before the quote / first after it.
    case nearestBefore = "nearest-before"
    case nearestAfter = "nearest-after"
    /// The quote names the candidate (someone spoken about, rarely the speaker).
    case mentionedInside = "mentioned-inside"
    /// The quote's sentence (outside quotes) names the candidate as its subject.
    case subjectOfSentence = "subject-of-sentence"

    // What the sieves gave the quotes around.
    case previousQuoteSpeaker = "previous-quote-speaker"
    case earlierQuoteSpeaker = "earlier-quote-speaker"
    case nextQuoteSpeaker = "next-quote-speaker"
    /// log(1 + quotes the sieves gave the candidate before this one).
    case logQuotesSoFar = "log-quotes-so-far"

    // Salience in the document.
    case logMentions = "log-mentions"
    case firstIntroduced = "first-introduced"
    case mostMentioned = "most-mentioned"
    case person
    case organisation
    case unnamed
    case hasRoles = "has-roles"

    // Agreement with the stage-1 mention.
    case genderContradicts = "gender-contradicts"
    case organisationForPersonPronoun = "organisation-for-person-pronoun"

    // The "none" candidate (nobody the text names).
    case noneBias = "none-bias"
    case noneChosenNoSpeaker = "none-chosen-no-speaker"
    case noneChosenUnnamed = "none-chosen-unnamed"
    case noneChosenSlogan = "none-chosen-slogan"
    case noneHeadline = "none-headline"
    case noneShortQuote = "none-short-quote"
    case noneNoParticipant = "none-no-participant"
    /// The sieves named someone through a late sieve (headline, salient, named after, conversation).
    case noneSieveLate = "none-sieve-late"
}
