/// A noun phrase naming who speaks, as written near a cue: a name (`M. Volker Türk`), a role
/// (`le maire Labeaume`, `la préfecture du Calvados`), an unnamed person (`une étudiante`) or a
/// pronoun (`elle`, `-t-il`), with the role and organisation its apposition states.
///
/// ```swift
/// // "Anna Wright, spécialiste de la région à Amnesty International, a déclaré"
/// phrase.nameWords      // ["Anna", "Wright"]
/// phrase.role           // "spécialiste de la région"
/// phrase.organisation   // "Amnesty International"
/// ```
struct SpeakerPhrase: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        case name, role, unnamed, pronoun
    }

    var form: Form
    /// Code-point range of the mention (title and role noun included, apposition excluded).
    var start: Int
    var end: Int
    /// Word index just after the phrase (apposition included).
    var nextWord: Int
    /// The name's words, title stripped (`["Volker", "Türk"]`); empty for roles without a name, pronouns.
    var nameWords: [String] = []
    /// The name as written (`Ligue des droits de l’Homme`).
    var nameText: String = ""

    /// Code-point range of the name alone.
    var nameStart: Int = 0
    var nameEnd: Int = 0
    /// Gender the title states (`Mme` → female).
    var titleGender: SpeakerGender?
    /// Lemma of the role noun (`maire`, `président`), if any.
    var roleLemma: String?
    /// Gender stated by the role noun and its determiner (`la ministre` → female).
    var roleGender: SpeakerGender?
    /// The role's gender comes from the determiner of an epicene noun (`le maire`): a masculine one may be
    /// the generic masculine (`Le maire de Quimper, Isabelle Assih`), weak evidence.
    var roleGenderFromDeterminer = false
    /// Role text as stated (`spécialiste de la région`, `maire`).
    var role: String?
    var organisation: String?
    /// The phrase heads an organisation (`la préfecture du Calvados`, `Amnesty International`).
    var isOrganisation = false
    /// Modifiers and complement words of the role (`première`, `transports`), lower-cased: a role
    /// holder must have them in their stated role (`la Première ministre` is not `le ministre des Transports`).
    var roleQualifiers: [String] = []
    /// A demonstrative description (`cette infirmière de 42 ans`) adds to what was said of someone named before.
    var isDemonstrative = false
    /// A possessive description (`son directeur`): the role's holder if the document names one, never an anaphora.
    var isPossessive = false
    /// A document (`le rapport`): its author speaks.
    var isDocument = false
    /// A group (`les syndicats`), never one person.
    var isPlural = false
    /// The name follows a determiner (`la CCBN`, `les États-Unis`): an institution or a place, not a person.
    var hasDeterminer = false
    /// The pronoun's key (`il`, `elle`, `iel`).
    var pronoun: String?
}
