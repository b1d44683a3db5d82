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
}
