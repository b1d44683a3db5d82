import Testing
@testable import FrenchText

/// `organisation-website`: a website named by its bare address as a source (after `site`, `selon`, or opening a sentence,
/// as a subject or a credit line) is the organisation that publishes it; an address given to visit, a full link, an e-mail
/// address and a platform's address are not.
@Suite struct OrganisationWebsiteTests {
    @Test(arguments: [
        ("L’entretien a d’abord été publié sur le site www.lematin-du-sud.fr mardi.", "ORG www.lematin-du-sud.fr"),
        ("Selon infosport.be, le transfert est bouclé.", "ORG infosport.be"),
        ("L’information a été confirmée dans la soirée.\nactu-quebec.ca", "ORG actu-quebec.ca"),
        ("Le maire a démissionné. infosport.be vous propose de revoir son discours.", "ORG infosport.be"),
        // after a speech verb, a headline's dash, or the site of a known medium
        ("Deux maisons ont brûlé dans la nuit, a constaté savanes-infos.com sur place.", "ORG savanes-infos.com"),
        ("Les maires donnent leur position sur la réforme - kalimapresse.com", "ORG kalimapresse.com"),
        ("Le président de l’association, joint par BFMTV.com, a confirmé la plainte.", "ORG BFMTV.com"),
    ])
    func aBareAddressIsTheOrganisation(text: String, label: String) {
        let labels = entityLabels(text)
        #expect(labels.contains(label), "\(labels)")
    }

    @Test(arguments: [
        "Le texte complet est en ligne sur https://www.exemple-presse.fr/article/123 depuis hier.",
        "La vidéo a circulé sur facebook.com avant d’être retirée.",
        "Écrivez à contact@exemple-presse.fr pour toute question.",
        "Plus d’informations : www.festival-des-arts.fr et sur place.",
        "Les réservations sont ouvertes sur www.festival-des-arts.fr dès lundi.",
    ])
    func aLinkAPlatformOrAnEmailIsNone(text: String) {
        let labels = entityLabels(text)
        #expect(!labels.contains { $0.hasPrefix("ORG") }, "\(labels)")
    }
}
