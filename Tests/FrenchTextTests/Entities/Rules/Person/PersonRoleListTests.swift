import Testing
@testable import FrenchText

/// `les ministres Dupont, Martin et Durand`: surnames listed after a plural role are people, also where they come back.
@Suite struct PersonRoleListTests {
    @Test func everyNameOfTheListIsAPerson() {
        #expect(entityLabels("Les ministres Dupont, Martin et Durand étaient présents. Martin a parlé le premier.")
            == ["PER Dupont", "PER Martin", "PER Durand", "PER Martin"])
    }

    @Test func aSingleNameIsNoList() {
        #expect(!entityLabels("Les ministres Européens se sont réunis.").contains("PER Européens"))
    }

    @Test func aKnownPlaceInTheListEndsIt() {
        #expect(!entityLabels("Les candidats Dupont et Paris ont débattu.").contains("PER Paris"))
    }
}
