import Testing
@testable import FrenchText

/// `known-organisation-lower-case`: a well-known organisation written in lower case after a definite article.
@Suite struct KnownOrganisationLowerCaseTests {
    @Test(arguments: [
        ("Le projet de loi a été adopté jeudi par l’assemblée nationale après un long débat.", "ORG assemblée nationale"),
        ("Le premier secrétaire du parti socialiste a réuni ses élus à Lille.", "ORG parti socialiste"),
        ("Les experts de l’organisation mondiale de la santé sont arrivés lundi à Conakry.", "ORG organisation mondiale de la santé"),
        ("Le diplomate a plaidé devant les nations unies pour un cessez-le-feu.", "ORG nations unies"),
        ("La présidence dément et radio France maintient son information.", "ORG radio France"),
    ])
    func aKnownNameInLowerCaseIsTheOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        // Another determiner: a common phrase.
        "Le pays s’est doté d’une assemblée nationale élue au suffrage universel.",
        // A common phrase of the same words.
        "Les paysans réclament le crédit agricole promis par l’État.",
        "Il a consacré sa vie à la lutte pour le changement climatique.",
        // A lower-case adjective goes on: another name.
        "Le bureau du parti socialiste européen s’est réuni à Bruxelles.",
    ])
    func aCommonPhraseIsNoOrganisation(text: String) {
        #expect(candidates(text, by: .knownOrganisationLowerCase).isEmpty, "\(candidates(text, by: .knownOrganisationLowerCase))")
    }

    @Test(arguments: [
        ("Selon un conseiller de la présidence de la République, le décret sera signé lundi.", "ORG présidence de la République"),
        ("Une source proche de la présidence de la République ivoirienne a démenti l’information.", "ORG présidence de la République ivoirienne"),
    ])
    func aMetonymWithCapitalsInsideIsTheInstitution(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test func aFieldInLowerCaseIsNoMinistry() {
        let text = "Le budget de l’éducation nationale augmentera de deux pour cent."
        #expect(candidates(text, by: .knownOrganisationLowerCase).isEmpty, "\(candidates(text, by: .knownOrganisationLowerCase))")
    }
}
