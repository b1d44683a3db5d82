import Testing
@testable import FrenchText

/// `organisation-company-context`: a coined name after a definite article, subject of a speech verb, is an
/// organisation (`Le Synesci a dénoncé`); a person's name takes no article.
@Suite struct CompanyByContextSpeechTests {
    @Test(arguments: [
        ("Le Synesci a dénoncé la décision du ministère.", "ORG Synesci"),
        ("Mardi, la Fesbuci a annoncé une grève de trois jours.", "ORG Fesbuci"),
        ("Dans un communiqué, l’Unatrac a indiqué que le mot d’ordre était suivi.", "ORG Unatrac"),
    ])
    func aCoinedNameWithAnArticleThatSpeaksIsAnOrganisation(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }

    @Test(arguments: [
        "Kouassi a dénoncé la décision du ministère.",
        "Le Synesci et le gouvernement se rencontrent lundi.",
    ])
    func withoutArticleOrSpeechItIsNotFoundThisWay(text: String) {
        #expect(candidates(text, by: .organisationCompanyContext).isEmpty)
    }
}
