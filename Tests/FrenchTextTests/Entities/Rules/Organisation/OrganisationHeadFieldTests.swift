import Testing
@testable import FrenchText

/// `organisation-head`: `en`, a noun and its adjective closing a name are the institution's field.
@Suite struct OrganisationHeadFieldTests {
    @Test(arguments: [
        ("Selon une étude de l’Institut de recherche et de formation en santé mentale, le suivi manque.", "ORG Institut de recherche et de formation en santé mentale"),
        ("Le Centre de recherche en santé publique a fermé.", "ORG Centre de recherche en santé publique"),
        ("L’Association des chercheurs en sciences sociales, qui compte 300 membres, proteste.", "ORG Association des chercheurs en sciences sociales"),
    ])
    func theFieldIsPartOfTheName(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A state in one noun (`en grève`) or a place after `en` is no field.
    @Test(arguments: [
        ("Le Syndicat des cheminots en grève depuis lundi bloque la gare.", "ORG Syndicat des cheminots"),
        ("La Fédération des infirmières en France a réagi.", "ORG Fédération des infirmières"),
    ])
    func aStateOrAPlaceIsNoField(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    /// A plural field whose adjective the dictionary also reads as a noun (`soins infirmiers`) is cut before `en`.
    @Test func aFieldInThePluralIsAKnownMiss() {
        withKnownIssue("`infirmiers` after `soins` is not read as the field's adjective") {
            #expect(entityLabels("Le Centre de formation en soins infirmiers ferme.").contains("ORG Centre de formation en soins infirmiers"))
        }
    }
}
