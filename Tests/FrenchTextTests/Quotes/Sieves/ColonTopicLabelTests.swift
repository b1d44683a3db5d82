import Testing
@testable import FrenchText

/// `Brexit : « … »`: one capitalised word the entity tagger reads as no person or organisation, and no first name, is a
/// topic label before the colon, not the speaker (``ColonTopicLabel``); `Macron : « … »` and `Julie : « … »` still speak.
/// (A text with no entity at all gives the guard nothing to read: the texts name an organisation first.)
@Suite struct ColonTopicLabelTests {
    @Test(arguments: [
        ("La Commission européenne a publié son rapport mardi à Bruxelles.\n\nBrexit : « Nous ne reviendrons jamais sur le vote des électeurs. »", "Brexit"),
        ("Météo-France a placé douze départements en vigilance orange à Lyon.\n\nCanicule : « Les personnes âgées doivent rester au frais tout l’après-midi. »", "Canicule"),
        ("L’université de Genève accueille cette année trois cents étudiants.\n\nErasmus : « Ce programme a changé la vie de milliers d’étudiants. »", "Erasmus"),
        ("Le premier ministre François Lebrun a parlé aux agriculteurs mardi.\n\nCITATION : « L’Assemblée est unanime et le gouvernement doit en tenir compte. »", "CITATION"),
    ])
    func aTopicLabelIsNoSpeaker(_ text: String, _ label: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.speaker?.name != label)
        #expect(q?.rule != .colonName)
    }

    @Test(arguments: [
        ("Le président Emmanuel Macron était à Bruxelles jeudi.\n\nMacron : « Nous ne reviendrons jamais sur cette décision. »", "Emmanuel Macron"),
        ("Julie : « Nous ne reviendrons jamais sur cette décision. »", "Julie"),
        ("La centrale a appelé à la grève.\n\nCGT : « Nous ne reviendrons jamais sur cette décision. »", "CGT"),
    ])
    func aNameStillSpeaks(_ text: String, _ speaker: String) {
        let q = SieveTestSupport.quotes(text).last
        #expect(q?.speaker?.name == speaker)
    }
}
