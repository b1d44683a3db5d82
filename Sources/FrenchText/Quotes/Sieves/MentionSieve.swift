/// Stage 2 of attribution: the sieves that link a speaker mention to a ``Participant``, in the order they run.
/// Each is a pure function of the mention, the document's ``ParticipantModel`` and the speakers so far; the first
/// that answers wins. A mention stays unresolved only when the document names no agreeing participant.
///
/// ```swift
/// // "Le maire de Montréal, M. Denis Coderre, a salué… « … », a ajouté le maire de Montréal."
/// MentionSieve.resolve(mention("le maire de Montréal"), in: model, context: context)?.sieve   // .role
/// ```
enum MentionSieve: String, CaseIterable, Sendable {
    /// `le PDG de la société d’État, Éric Martel`: a name apposed right after the mention.
    case apposition
    /// `la ministre Déry`, `M. Coderre`: a title or role noun with a surname.
    case titleSurname = "title-surname"
    /// `Coderre`, `Pierre-André`, `CSN`: a name or alias.
    case name
    /// `il`, `elle`, `-t-il`: the most salient agreeing participant.
    case pronoun
    /// `la Première ministre`, `l’entraîneur liégeois`: the participant holding the role, else the most salient agreeing person.
    case role
    /// `le Français`: the participant of that nationality, else the most salient agreeing person.
    case demonym
    /// `le technicien camerounais`, `la bergère de 55 ans`: a description no other sieve linked → the person in focus.
    case focus

    /// The order the sieves run in.
    static let order: [MentionSieve] = [.apposition, .titleSurname, .name, .pronoun, .role, .demonym, .focus]

    struct Context {
        let document: Document
        /// Participants credited with earlier quotes, oldest first.
        var recentSpeakers: [Int] = []
        /// Code-point end of the last quote credited to the last of ``recentSpeakers``.
        var lastSpeechEnd: Int?
        /// The last reported speech (`X souligne que …`) linked to a participant: where it ends, and who.
        var lastReported: (end: Int, participant: Int)?
        /// The mention is a source stage 1 read after `selon`, `d’après`, `pour` (it may be a document: `d’après l’ordonnance`).
        var mentionIsSource = false
    }

    func run(_ m: SpeakerMention, _ model: ParticipantModel, _ context: Context) -> Int? {
        switch self {
        case .apposition: return AppositionSieve.resolve(m, model, context)
        case .titleSurname: return TitleSurnameSieve.resolve(m, model, context)
        case .name: return NameSieve.resolve(m, model, context)
        case .pronoun: return PronounSieve.resolve(m, model, context)
        case .role: return RoleSieve.resolve(m, model, context)
        case .demonym: return DemonymSieve.resolve(m, model, context)
        case .focus: return FocusPersonSieve.resolve(m, model, context)
        }
    }

    /// Runs the sieves in order: the participant and the sieve that found it, plus the sieves tried.
    static func resolve(_ m: SpeakerMention, in model: ParticipantModel, context: Context) -> (participant: Int?, sieve: MentionSieve?, tried: [MentionSieve]) {
        var tried = [MentionSieve]()
        for sieve in order {
            tried.append(sieve)
            if let id = sieve.run(m, model, context) { return (id, sieve, tried) }
        }
        return (nil, nil, tried)
    }
}
