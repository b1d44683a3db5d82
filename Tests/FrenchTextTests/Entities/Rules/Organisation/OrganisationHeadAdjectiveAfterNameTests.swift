import Testing
@testable import FrenchText

/// After the proper name of a head noun's complement, an adjective belongs to the name unless it says where the body
/// is: `ministère de la Santé publique`, but `Conseil d’État vaudois` → `Conseil d’État`.
@Suite struct OrganisationHeadAdjectiveAfterNameTests {
    @Test(arguments: [
        ("Le ministère de la Santé publique a confirmé trois cas.", "ORG ministère de la Santé publique"),
        ("Le ministère de l’Éducation nationale a publié une circulaire.", "ORG ministère de l’Éducation nationale"),
    ])
    func theAdjectiveStays(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test(arguments: [
        ("Le ministère de l’Intérieur malien a démenti.", "ORG ministère de l’Intérieur"),
        ("Le Conseil d’État vaudois a tranché.", "ORG Conseil d’État"),
    ])
    func anAdjectiveOfOriginIsLeftOut(text: String, label: String) {
        #expect(entityLabels(text).contains(label))
    }

    @Test(arguments: [
        ("Le président du Parlement de la Communauté germanophone a ouvert la session.", "ORG Parlement de la Communauté germanophone"),
        ("Un décret de la Présidence de la République sénégalaise a été publié jeudi.", "ORG Présidence de la République sénégalaise"),
    ])
    func anAdjectiveAfterAStateNounNamesTheState(text: String, label: String) {
        #expect(entityLabels(text).contains(label), "\(entityLabels(text))")
    }
}
