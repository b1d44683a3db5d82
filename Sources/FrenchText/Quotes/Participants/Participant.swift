/// A person or an organisation the document names, with everything the text says about them:
/// the fullest name, the other ways it names them, gender, roles, nationality, organisation, and
/// each mention.
///
/// ```swift
/// // "L’entraîneur du Standard, Philippe Montanier, a affiché sa déception. « … », ajoute le Français."
/// participant.name          // "Philippe Montanier"
/// participant.aliases       // ["Montanier"]
/// participant.roles         // ["entraîneur du Standard"]
/// participant.gender        // .male (first name)
/// ```
public struct Participant: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case person, organisation
    }

    /// Index in ``ParticipantModel/participants``.
    public let id: Int
    /// The fullest name the document gives (`Pierre-André Durand`, never `Pierre-André`).
    public internal(set) var name: String
    public internal(set) var kind: Kind
    /// Other names the text uses: surname, first name, titled form, capitals, acronym (`Durand`, `M. Durand`, `CSN`).
    public internal(set) var aliases: [String] = []
    /// What the text states (title, role noun, first name, agreement); `.unknown` when nothing or when it disagrees.
    public internal(set) var gender: SpeakerGender = .unknown
    /// Roles and functions as stated (`entraîneur du Standard`, `maire de Montréal`).
    public internal(set) var roles: [String] = []
    /// Demonym lemma of the stated nationality or origin (`français` for `le Français X`).
    public internal(set) var nationality: String?
    /// Organisation named in a role or in parentheses (`Standard`, `PS`).
    public internal(set) var organisation: String?
    /// False for a person the text describes by role only (`Le juge des référés a suspendu…`): a later `il` or
    /// `le juge` means them, and the quote's speaker stays unnamed. ``name`` is then the role as written.
    public internal(set) var isNamed = true
    /// Introduced by an indefinite description and never named (`« … », explique une infirmière`): a later
    /// `l’infirmière` is this person, whatever name stage 1 guessed.
    public internal(set) var isIntroducedUnnamed = false
    /// Mentions by name, in document order.
    public internal(set) var mentions: [ParticipantMention] = []

    /// Lemmas of the role nouns (`entraîneur`), for matching `l’entraîneur liégeois`.
    var roleLemmas = Set<String>()
    /// Offices the stated roles name (``RoleOffice``: `le premier ministre tunisien` → `premier ministre`), each with the
    /// places its role is tied to, as demonym lemmas (`tunisien`).
    var offices: [String: Set<String>] = [:]
    /// Lookup keys of the name's words and aliases, for matching mentions.
    var wordKeys = Set<String>()
    var genderVotes: [SpeakerGender: Int] = [:]
    var firstNameGender: SpeakerGender?

    init(id: Int, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    /// True when nothing the text states contradicts `gender`.
    func agrees(with gender: SpeakerGender?) -> Bool {
        guard let gender, gender == .male || gender == .female else { return true }
        return self.gender == .unknown || self.gender == gender || self.gender == .nonBinary
    }

    /// `key` is one part of the hyphenated surname (the last word of the name): `lévy` of `Pierre Lévy-Bruhl`.
    func hasSurnamePart(_ key: String) -> Bool {
        // (no hyphen byte in the name: no hyphenated surname, nothing split)
        guard name.containsByte(0x2D), let last = name.splitScalars(separator: " ").last, last.contains("-") else { return false }
        return LookupKey.make(last).splitScalars(separator: "-").contains { $0 == key }
    }

    mutating func settleGender() {
        let stated = genderVotes.filter { $0.key != .unknown && $0.value > 0 }
        if stated.count == 1 { gender = stated.first!.key } else if stated.isEmpty, let g = firstNameGender { gender = g } else { gender = .unknown }
    }
}

/// One mention of a participant by name (or by a role phrase wrapping the name).
///
/// ```swift
/// // "Le maire de Montréal, M. Denis Coderre, a salué…"
/// mention.text        // "Denis Coderre"
/// mention.isSubject   // true
/// ```
public struct ParticipantMention: Hashable, Sendable {
    /// The name as written.
    public let text: String
    public let span: TextSpan
    /// Index into ``Document/sentences`` and ``Document/paragraphs``.
    public let sentence: Int
    public let paragraph: Int
    /// The mention opens its sentence (possibly after a role, a title or one introductory clause): its subject.
    public let isSubject: Bool
    /// Inside a quotation: a name the speaker says, never an antecedent for the narrator's pronouns.
    public let insideQuote: Bool
}
