import Testing
@testable import FrenchText

@Suite struct OrganisationRecognizerTests {
    private func organisations(_ s: String) -> [String] {
        entityMentions(s).filter { $0.type == .organisation }.map(\.text)
    }

    @Test(arguments: [
        ("Amnesty International et Human Rights Watch dénoncent les arrestations.", ["Amnesty International", "Human Rights Watch"]),
        ("Le Conseil des droits de l’homme a ouvert sa session.", ["Conseil des droits de l’homme"]),
        ("Le ministère de la Justice rwandais a publié un communiqué.", ["ministère de la Justice"]),
        ("Les faits ont été confirmés par la préfecture du Calvados à France 3 Normandie.", ["préfecture du Calvados", "France 3 Normandie"]),
        ("La FIDH travaille avec l’Organisation mondiale contre la torture (OMCT).", ["FIDH", "Organisation mondiale contre la torture", "OMCT"]),
        ("Le rapport a été présenté à l’Assemblée générale des Nations unies en octobre.", ["Assemblée générale des Nations unies"]),
        ("La présidente de la Commission des champs de bataille nationaux (CCBN) a parlé. La CCBN a confirmé.",
         ["Commission des champs de bataille nationaux", "CCBN", "CCBN"]),
        ("Un ancien salarié de l’ACAT Burundi a été condamné.", ["ACAT Burundi"]),
        ("Le groupe armé M23, soutenu par les Forces rwandaises de défense, avance.", ["M23", "Forces rwandaises de défense"]),
        ("Le Centre des droits humains Viasna a documenté les cas.", ["Centre des droits humains Viasna"]),
        ("Le journal rwandais The New Times a publié l’article.", ["The New Times"]),
        ("Selon Frontline Defenders, 321 défenseurs ont été tués.", ["Frontline Defenders"]),
        ("Les membres du collectif \"Le Chœur de l'Art Mais Rouge\" ont chanté.", ["Le Chœur de l'Art Mais Rouge"]),
        ("La mobilisation a rassemblé 22.300 personnes selon l'Intérieur.", ["Intérieur"]),
        ("Un membre de l’union nationale des étudiants de France a pris la parole.", ["union nationale des étudiants de France"]),
        ("Le parquet de Grande instance de Kinshasa avait lancé un mandat.", ["parquet de Grande instance de Kinshasa"]),
        ("Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) s’inquiète.", ["Haut-Commissariat des Nations unies pour les réfugiés", "HCR"]),
        ("Le ministère des Transports et de la Mobilité durable du Québec a confirmé.", ["ministère des Transports et de la Mobilité durable du Québec"]),
        ("L’association Alerte Littoral Bretagne (ALB) alerte. Pour Alerte Littoral Bretagne, c’est grave.",
         ["Alerte Littoral Bretagne", "ALB", "Alerte Littoral Bretagne"]),
        ("Les étudiants de l’université Lumière Lyon 2 ont voté.", ["université Lumière Lyon 2"]),
        ("Le Conseil d’État vaudois a présenté un contre-projet.", ["Conseil d’État"]),
        ("Les urgences du CHU de Brest sont saturées.", ["CHU de Brest"]),
        ("Lausanne, 22 novembre 2024 (ATS-FT) – La CVI recommande le rejet.", ["ATS-FT", "CVI"]),
        ("Anne Servais enseigne à l’Université de Liège (ULiège).", ["Université de Liège", "ULiège"]),
        ("La Région Bretagne et la Région wallonne financent le projet.", ["Région Bretagne", "Région wallonne"]),
        ("Avec le soutien de la Ville de Besançon et du Centre national du livre (CNL).", ["Ville de Besançon", "Centre national du livre", "CNL"]),
        ("Surpopulation : l’Observatoire citoyen des lieux d’enfermement tire la sonnette d’alarme", ["Observatoire citoyen des lieux d’enfermement"]),
    ])
    func findsOrganisations(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        "COMMUNIQUÉ DE PRESSE",
        "La commission semble réfractaire au projet.",
        "La Ville a payé 260 000 $ pour un rapport.",
        "Les étudiants appellent à l’union des syndicats.",
        "Session extraordinaire du Conseil sur la situation des droits de l’homme.",
        "L’article XXI du règlement a été modifié.",
        "Le château date de Louis XIV et du XVIIe siècle.",
        "Programme de la journée : accueil des participants.",
    ])
    func ignoresBackReferencesAndHeadlines(_ sentence: String) {
        #expect(organisations(sentence).isEmpty)
    }

    @Test func armedGroupsAreNamedAfterTheirCommonNoun() {
        #expect(organisations("Le groupe armé Twirwaneho et la milice Wazalendo ont attaqué le village.") == ["Twirwaneho", "Wazalendo"])
    }

    @Test func properNameAloneJoinsTheOrganisation() {
        let ms = entityMentions("Le Centre des droits humains Viasna a documenté les cas. Selon Viasna, les arrestations continuent.")
        #expect(ms.map(\.text) == ["Centre des droits humains Viasna", "Viasna"])
        #expect(ms.allSatisfy { $0.type == .organisation && $0.canonical == "Centre des droits humains Viasna" })
    }

    @Test func acronymJoinsItsLongForm() {
        let ms = entityMentions("L’Organisation mondiale contre la torture (OMCT) a alerté. L’OMCT demande une enquête.")
        #expect(ms.filter { $0.text == "OMCT" }.allSatisfy { $0.canonical == "Organisation mondiale contre la torture" })
    }


    // MARK: - Companies, associations and long names

    @Test(arguments: [
        ("L’entreprise Meuse-Ourthe Bâtiment SRL, basée près de Seraing, a été placée en faillite.", ["Meuse-Ourthe Bâtiment SRL"]),
        ("Le fonds a accordé un prêt à Boréalis inc. pour son usine.", ["Boréalis inc."]),
        ("Le fournisseur allemand Kessler GmbH livrera les turbines.", ["Kessler GmbH"]),
    ])
    func findsNamesWithLegalForms(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        ("Le président de la coopérative Agropur a visité l’usine.", ["Agropur"]),
        ("L’assureur Helsana estime que les coûts vont encore grimper.", ["Helsana"]),
        ("Le syndicat Unifor dénonce une décision brutale.", ["Unifor"]),
        ("L’association Les Amis de la Terre a porté plainte.", ["Les Amis de la Terre"]),
        ("Le groupe pharmaceutique Novalis a racheté la start-up.", ["Novalis"]),
        ("Le collectif Eau Vive appelle à manifester samedi.", ["Eau Vive"]),
        ("Le porte-parole de l’ONG Justicia dénonce des arrestations.", ["Justicia"]),
    ])
    func findsNamesAfterGroupNouns(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test func aCompanyNameStaysAnOrganisationBeforeASpeechVerb() {
        let text = "La société Papiers Boréal-Nordique ferme son usine. Papiers Boréal-Nordique a annoncé 120 licenciements."
        let m = entityMentions(text).filter { $0.text == "Papiers Boréal-Nordique" }
        #expect(m.count == 2)
        #expect(m.allSatisfy { $0.type == .organisation })
    }

    @Test(arguments: [
        ("Le Groupe Mutuel estime que les primes vont augmenter.", ["Groupe Mutuel"]),
        ("L’Orchestre symphonique de Montréal joue ce soir à guichets fermés.", ["Orchestre symphonique de Montréal"]),
    ])
    func aNameStopsBeforeAVerb(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        ("Le Secours populaire et la Sûreté du Québec ont collaboré.", ["Secours populaire", "Sûreté du Québec"]),
        ("L’Armée de terre défilera le 14 juillet.", ["Armée de terre"]),
        ("La Régie autonome des transports parisiens augmente ses tarifs.", ["Régie autonome des transports parisiens"]),
        ("La Banque ouest-africaine de développement financera le pont.", ["Banque ouest-africaine de développement"]),
    ])
    func findsMoreHeadNouns(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        ("Selon le Réseau panafricain pour l’accès à l’eau (RéPAE), la situation empire. Le RéPAE a publié un rapport.",
         ["Réseau panafricain pour l’accès à l’eau", "RéPAE", "RéPAE"]),
        ("Selon la Direction de la recherche, des études, de l’évaluation et des statistiques (Drees), le nombre augmente. La Drees précise que la hausse est modérée.",
         ["Direction de la recherche, des études, de l’évaluation et des statistiques", "Drees", "Drees"]),
        ("L’Institut national de la statistique et des études économiques (Insee) publie ses chiffres. D’après l’Insee, l’inflation recule.",
         ["Institut national de la statistique et des études économiques", "Insee", "Insee"]),
    ])
    func linksMixedCaseAcronymsThroughTheDocument(_ text: String, _ expected: [String]) {
        #expect(organisations(text) == expected)
    }

    @Test(arguments: [
        "La société civile a réagi avec prudence.",
        "Le groupe a annoncé un plan social.",
        "Le parti au pouvoir a perdu des sièges.",
    ])
    func ignoresGroupNounsWithoutAName(_ sentence: String) {
        #expect(organisations(sentence).isEmpty)
    }

    @Test(arguments: [
        ("La Cédéao a condamné le coup d’État au Niger.", ["Cédéao"]),
        ("Selon l’Otan, les exercices dureront deux semaines.", ["Otan"]),
        ("L’Unédic prévoit une hausse du chômage.", ["Unédic"]),
        ("Selon santésuisse, les primes augmenteront de 6 % en 2026.", ["santésuisse"]),
    ])
    func findsKnownAcronymsWrittenAsWords(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        ("Papiers Boréal-Nordique a annoncé la fermeture de son usine.", ["Papiers Boréal-Nordique"]),
        ("Les Transports Dupuis embauchent vingt chauffeurs.", ["Transports Dupuis"]),
    ])
    func findsTradeNamesAfterAPluralNoun(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test(arguments: [
        ("Investissement Québec a accordé un prêt de 3 millions à l’entreprise.", ["Investissement Québec"]),
        ("Selon Santé Canada, le produit ne présente aucun risque.", ["Santé Canada"]),
        ("La China Road and Bridge Corporation a livré le pont.", ["China Road and Bridge Corporation"]),
    ])
    func findsBodiesNamedWithAPlace(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }

    @Test func aCardinalPointBeforeAPlaceIsNoBody() {
        #expect(organisations("Le Sud Liban est de nouveau bombardé.").isEmpty)
    }

    @Test func aCompanyFoundAfterItsGroupNounIsFoundAgainAlone() {
        let text = "La start-up Kitopi s’installe à Herstal. Kitopi prévoit de créer 80 emplois."
        #expect(organisations(text) == ["Kitopi", "Kitopi"])
    }

    @Test(arguments: [
        ("Le FC Nantes a battu l’AS Monaco samedi soir.", ["FC Nantes", "AS Monaco"]),
        ("Le HC Fribourg-Gottéron mène la série trois victoires à une.", ["HC Fribourg-Gottéron"]),
    ])
    func findsSportsClubs(_ sentence: String, _ expected: [String]) {
        #expect(organisations(sentence) == expected)
    }
}
