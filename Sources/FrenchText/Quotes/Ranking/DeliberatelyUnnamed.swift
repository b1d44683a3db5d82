/// Why the sieves gave a direct quote nobody on purpose (``SpeakerRanker/deliberatelyUnnamed(_:_:document:model:)``):
/// the sub-cases of the rule that keeps the ranker off such a quote.
///
/// ```swift
/// // « Nous ne lâcherons rien », a lancé un manifestant.   → .mention
/// // « Rien n’est joué », estime-t-on au ministère.         → .impersonal
/// SpeakerRanker.deliberatelyUnnamed(0, quotes, document: doc, model: model)   // .mention
/// ```
package enum DeliberatelyUnnamed: String, CaseIterable, Sendable {
    /// A mention the text never names (`une habitante`, a role no participant holds).
    case mention
    /// A definite description by role no sieve linked (`le directeur général`, ``DefiniteRoleDescription``): reported
    /// as a sub-case but open to the ranker (``SpeakerRanker/isDeliberatelyUnnamed(_:_:document:model:)`` is false).
    case role
    /// The indefinite subject pronoun (`peut-on lire`) with no organisation to take it.
    case impersonal
    /// A crowd's slogan.
    case slogan
    /// A teaser line for another article.
    case teaser
    /// An interview's answer whose interviewee is never named.
    case answer
    /// The words of a legal text opening the quote's sentence (`La loi dispose que « … »`, ``SalientSpeakerSieve/quotesALegalText(_:_:)``).
    case legalText = "legal-text"
}
