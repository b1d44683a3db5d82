import Testing
@testable import FrenchText

/// A capitalised unit noun inside a sentence, `de` and a region's name are one place.
@Suite struct PlaceCapitalisedAdministrativeUnitTests {
    @Test(arguments: [
        ("Que fait le Canton de Vaud pour les sans-abri ?", "LOC Canton de Vaud"),
        ("Les réfugiés arrivent de l’État de l’Ogoun, au sud du pays.", "LOC État de l’Ogoun"),
        ("Les combats ont repris dans la Province du Kivu-Nord mardi.", "LOC Province du Kivu-Nord"),
    ])
    func theUnitAndItsNameAreOnePlace(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // A country: the state of that country (place-state-name's), no unit of it.
        "Le budget de l’État du Sénégal a été voté.",
        // A sentence start: the capital says nothing, and a name no list knows is no unit's (a known region is:
        // `Canton de Vaud : …`, OrganisationLocalOfficeTests).
        "Province de Tambara : les chiffres de la semaine.",
    ])
    func aCountryOrASentenceStartIsNoUnit(text: String) {
        #expect(candidates(text, by: .placeAdministrativeUnit).isEmpty, "\(candidates(text, by: .placeAdministrativeUnit))")
    }
}
