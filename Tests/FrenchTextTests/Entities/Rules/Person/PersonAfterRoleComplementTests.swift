import Testing
@testable import FrenchText

/// A role's complement or an inhabitant's noun before a first name is no part of the person's name:
/// `la conseillère du Vieux-Rosemont Christine Gosselin`, `le manager Toulousain Ugo Mola`.
@Suite struct PersonAfterRoleComplementTests {
    @Test(arguments: [
        ("La conseillère du Vieux-Rosemont Christine Gosselin a pris la parole.", "PER Christine Gosselin"),
        ("Le conseiller d’Etat Pierre Maudet a répondu aux questions.", "PER Pierre Maudet"),
        ("Le manager Toulousain Ugo Mola laisse entendre qu’il restera.", "PER Ugo Mola"),
        ("L’entraîneur Lyonnais Pierre Sage a souri.", "PER Pierre Sage"),
    ])
    func theNameStartsAtTheFirstName(text: String, person: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(person))
        #expect(!labels.contains { $0.hasPrefix("PER") && $0 != person })
    }

    @Test func aThreePartNameStays() {
        #expect(entityLabels("Issoufou Maman Sani a été reçu à Niamey.").contains("PER Issoufou Maman Sani"))
    }
}

/// Three capitalised words enclosed by quotation marks are a slogan or a title, not a person's name.
@Suite struct PersonThreePartQuotedTests {
    @Test func aQuotedSloganIsNoPerson() {
        #expect(candidates("Ils ont affiché le message « Climate Action Now » sur la façade.", by: .personThreePart).isEmpty)
    }

    @Test func anUnquotedThreePartNameStays() {
        #expect(candidates("Issoufou Maman Sani a été reçu à Niamey.", by: .personThreePart) == ["Issoufou Maman Sani"])
    }
}
