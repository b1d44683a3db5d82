import Testing
@testable import FrenchText

@Suite struct PlaceRecognizerTests {
    private func places(_ s: String) -> [String] {
        entityMentions(s).filter { $0.type == .location }.map(\.text)
    }

    @Test(arguments: [
        ("La répression persiste au Bélarus, selon les ONG.", ["Bélarus"]),
        ("Les autorités de Biélorussie ont libéré 52 détenus.", ["Biélorussie"]),
        ("Le Royaume-Uni et les États-Unis ont salué l’accord.", ["Royaume-Uni", "États-Unis"]),
        ("Les combats continuent dans l’est de la République démocratique du Congo et au-delà de la RDC.", ["République démocratique du Congo", "RDC"]),
        ("Le convoi est arrivé à Goma, dans le Nord-Kivu, puis à Kigali.", ["Goma", "Nord-Kivu", "Kigali"]),
        ("Des musiciens ont été verbalisés à Caen puis place Bouchard.", ["Caen", "place Bouchard"]),
        ("La manifestation est partie de la rue Saint-Pierre vers l’Eglise Saint-Pierre.", ["rue Saint-Pierre", "Eglise Saint-Pierre"]),
        ("Les plaines d’Abraham accueilleront le festival de Québec.", ["plaines d’Abraham", "Québec"]),
        ("Paris, le 4 mai 2023 – La capitale accueille le sommet.", ["Paris"]),
        ("La délégation s’est rendue à Gomel pour rencontrer les familles.", ["Gomel"]),
        ("Le maire de Mazères a dénoncé les combats au nord de Rutshuru.", ["Mazères", "Rutshuru"]),
        ("Le trajet vers Herstal et Seraing sera plus court.", ["Herstal", "Seraing"]),
        ("La réunion a eu lieu à la bibliothèque municipale Saint-Charles, près de la station de métro Gratte-Ciel.",
         ["bibliothèque municipale Saint-Charles", "station de métro Gratte-Ciel"]),
        ("Les commerçants de la 3e Avenue et du 13e arrondissement protestent.", ["3e Avenue", "13e arrondissement"]),
        ("Le cours a lieu au campus Porte des Alpes, salle K-102.", ["campus Porte des Alpes"]),
        ("Le PAM intervient dans l’est du Congo et en RD Congo.", ["Congo", "RD Congo"]),
        ("La Ville promet des travaux dans Limoilou\n\nQUÉBEC, le 18 octobre 2024 – Le chantier commence.", ["Limoilou", "QUÉBEC"]),
        ("Le sommet de Genève a réuni des représentants de l’Afrique et de l’Europe.", ["Genève", "Afrique", "Europe"]),
    ])
    func findsPlaces(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("GOMEL, 3 mars (Reuters) - Les rebelles ont pris le contrôle de l’aéroport.", ["GOMEL"]),
        ("Saint-Hyacinthe (Québec), le 2 juin 2014 – La ville a présenté son budget.", ["Saint-Hyacinthe", "Québec"]),
    ])
    func findsDatelinePlaces(_ text: String, _ expected: [String]) {
        #expect(places(text) == expected)
    }

    @Test func capitalisedPlaceNounAloneJoinsThePlace() {
        let text = "Les plaines d’Abraham sont un bien public. Personne ne possède les Plaines, a dit le maire."
        #expect(places(text) == ["plaines d’Abraham", "Plaines"])
    }

    @Test(arguments: [
        "Les autorités bélarussiennes ont arrêté des militants.",
        "La mise en place du dispositif a pris du retard.",
        "Le gouvernement français a réagi.",
    ])
    func ignoresAdjectivesAndCommonPhrases(_ sentence: String) {
        #expect(places(sentence).isEmpty)
    }


    // MARK: - Unseen towns and compound names

    @Test(arguments: [
        ("L’usine, installée près de Seraing depuis 1962, fermera ses portes.", ["Seraing"]),
        ("Les pêcheurs ont rallié le port depuis Douarnenez avant l’aube.", ["Douarnenez"]),
        ("Le maire de Couëron a réclamé une réunion d’urgence.", ["Couëron"]),
        ("Les chantiers du secteur de Limoilou reprendront lundi.", ["Limoilou"]),
        ("Le bourgmestre de Chaudfontaine a signé l’arrêté.", ["Chaudfontaine"]),
        ("Le car, parti de Plouzévédé à l’aube, est arrivé à midi.", ["Plouzévédé"]),
    ])
    func findsTownsInLocativeContexts(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("Le ferry relie désormais Fos-sur-Mer à la Corse.", ["Fos-sur-Mer", "Corse"]),
        ("Les festivaliers ont envahi Saint-Jean-de-Luz ce week-end.", ["Saint-Jean-de-Luz"]),
        ("La Chaux-de-Fonds accueillera la finale du championnat.", ["La Chaux-de-Fonds"]),
        ("La papetière a fermé son usine à La Baie l’an dernier.", ["La Baie"]),
        ("Le préfet s’est rendu à Châlons-en-Champagne mardi.", ["Châlons-en-Champagne"]),
    ])
    func findsCompoundPlaceNames(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("Saint-Nazaire accueille le salon de l’emploi maritime.", ["Saint-Nazaire"]),
        ("Sainte-Foy compte désormais 40 000 habitants.", ["Sainte-Foy"]),
        ("Antoine de Saint-Exupéry est né à Lyon en 1900.", ["Lyon"]),
    ])
    func findsTownsNamedAfterSaints(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("Un incendie s’est déclaré à Kerlouan (Finistère) dans la nuit.", ["Kerlouan", "Finistère"]),
        ("Le chantier de Plouhinec (Morbihan) a pris du retard.", ["Plouhinec", "Morbihan"]),
    ])
    func findsTownsBeforeTheirDepartment(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("Des mesures citoyennes auront lieu à Lorient, Larmor-Plage et Guidel en mai.", ["Lorient", "Larmor-Plage", "Guidel"]),
        ("Les habitants de Lannion, Perros-Guirec et Trégastel sont invités à la prudence.", ["Lannion", "Perros-Guirec", "Trégastel"]),
    ])
    func findsListsOfTowns(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        ("PARIS, 12 mars 2025 (AFP) – Le gouvernement a présenté son plan.", ["PARIS"]),
        ("GENÈVE (Reuters) - Les négociations ont repris mardi.", ["GENÈVE"]),
        ("NICE, le 3 juin 2024 – La ville a voté son budget.", ["NICE"]),
        ("LA CHAUX-DE-FONDS (ATS) - La ville a voté son budget.", ["LA CHAUX-DE-FONDS"]),
        ("URGENT, 4 mars 2025 - Le gouvernement démissionne.", []),
        ("Landerneau. La communauté de communes a voté mardi une hausse de la taxe.", ["Landerneau"]),
        ("Matane – Le centre hospitalier manque d’infirmières.", ["Matane"]),
        ("Plouzévédé (Finistère) – La mairie a fermé l’école.", ["Plouzévédé", "Finistère"]),
    ])
    func findsAllCapitalDatelinePlaces(_ text: String, _ expected: [String]) {
        #expect(places(text) == expected)
    }

    @Test(arguments: [
        ("Les primes augmenteront de 6 % en Suisse romande l’an prochain.", ["Suisse romande"]),
        ("Les ventes reculent en Afrique de l’Ouest et du Centre, selon l’ONG.", ["Afrique de l’Ouest et du Centre"]),
        ("Les migrants venus d’Europe de l’Est et d’Amérique latine sont nombreux.", ["Europe de l’Est", "Amérique latine"]),
        ("La croissance ralentit en Afrique subsaharienne et en Asie du Sud-Est.", ["Afrique subsaharienne", "Asie du Sud-Est"]),
    ])
    func keepsRegionQualifiers(_ sentence: String, _ expected: [String]) {
        #expect(places(sentence) == expected)
    }

    @Test(arguments: [
        "Le groupe a annoncé un plan social au Zénith.",
        "La moitié des élèves vivent à Paris.",
    ])
    func doesNotTakeCommonWordsForTowns(_ sentence: String) {
        #expect(!places(sentence).contains("Zénith"))
    }

    @Test func aTownFoundInContextIsFoundAgainAlone() {
        let text = "L’usine est installée à Couëron depuis 1990. Couëron compte aujourd’hui 23 000 habitants."
        #expect(places(text) == ["Couëron", "Couëron"])
    }

    @Test func findsRiversSeasAndMountains() {
        #expect(places("Les crues de la Seine inquiètent, les Alpes du Sud manquent de neige et la mer Rouge se réchauffe.")
                == ["Seine", "Alpes du Sud", "mer Rouge"])
    }
}
