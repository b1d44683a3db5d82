import Testing
@testable import FrenchText

/// The seed press release of the dev corpus (Amnesty International on Belarus).
@Suite(.enabled(if: EntityDevCorpus.isAvailable, "../shared/corpus/dev (the shared gold-annotated dev set) is not beside the package")) struct SeedDocumentTests {
    @Test func findsTheSeedsPeoplePlacesOrganisationsAndDates() throws {
        let text = try EntityDevCorpus.text("000_8341a00d39fe1b10.txt")
        let ms = entityMentions(text)
        let people = Set(ms.filter { $0.type == .person }.map(\.text))
        #expect(people == ["Anna Wright", "Mikalai Statkevich", "Alexandre Loukachenko", "Donald Trump", "Maria Guryeva", "Ales Bialiatski", "Nasta Loika"])
        let places = Set(ms.filter { $0.type == .location }.map(\.text))
        #expect(places == ["Bélarus", "États-Unis", "Russie", "Pologne"])
        let organisations = Set(ms.filter { $0.type == .organisation }.map(\.text))
        #expect(organisations == ["Amnesty International", "Centre des droits humains Viasna"])
        let dates = ms.filter { $0.type == .date }
        #expect(dates.first?.text == "1er septembre 2025")
        #expect(dates.first?.value == "2025-09-01")
        #expect(dates.map(\.text) == ["1er septembre 2025", "14 juillet"])
        #expect(ms.filter { $0.text == "Bélarus" }.count == 13)
    }

    @Test func datelineGivesTheDocumentDate() throws {
        let text = try EntityDevCorpus.text("001-hrw-rwanda-methodologie.txt")
        #expect(EntityTagger().documentDate(in: Tokenizer().document(from: text))?.iso == "2014-06-02")
    }
}
