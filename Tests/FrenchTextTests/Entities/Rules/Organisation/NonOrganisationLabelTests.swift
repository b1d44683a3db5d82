import Testing
@testable import FrenchText

/// Acronyms of plans, labels and documents of French public and labour life (`PSE`, `PLU`, `RGPD`) name no
/// organisation (`non_organisation_acronyms.txt`).
@Suite struct NonOrganisationLabelTests {
    @Test(arguments: [
        "La direction a présenté un PSE qui supprime 120 postes.",
        "La modification du PLU a été votée lundi.",
        "Le site n’est pas conforme au RGPD selon la plainte.",
        "Les opposants ont occupé la ZAD pendant dix ans.",
    ])
    func theLabelIsNoOrganisation(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("ORG") }, "\(entityLabels(text))")
    }
}
