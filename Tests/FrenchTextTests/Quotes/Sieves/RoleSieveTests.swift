import Testing
@testable import FrenchText

@Suite struct RoleSieveTests {
    @Test(arguments: [
        ("Le maire de Montréal, M. Denis Coderre, a salué l’entente. « Ce gouvernement a compris l’importance des villes », a ajouté le maire de Montréal.", "Denis Coderre"),
        ("La Première ministre Élisabeth Borne a répondu. « Votre motion parle de légitimité », a affirmé la Première ministre.", "Élisabeth Borne"),
        ("Samuel Bastien a été dans le même sens que son entraîneur. « On est très déçu » explique le joueur liégeois.", "Samuel Bastien"),
    ])
    func roleGoesToItsHolderOrTheSalientPerson(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).last?.speaker?.name == speaker)
    }

    @Test func aPersonDescribedByRoleOnlyStaysUnnamed() {
        let text = "Lyon, le 7 juin 2024 – Le juge des référés a suspendu l’arrêté. Nadia Ferhat, avocate de la Ligue, s’en réjouit. Le juge relève que les faits sont « pour l’essentiel antérieurs à 2022 »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }

    @Test func anIndefiniteDescriptionIsSomeoneNew() {
        let text = "Karim Benslimane, directeur de la prison, a visité les lieux. Un conseiller du ministre assure que « le programme se poursuit normalement »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }

    @Test func anOfficeNamedInFullIsOnlyItsHolders() {
        let text = "Fatou Ndiaye, journaliste à Dakar, dénonce les pressions. Le ministre de la Communication du Niger affirme que « les médias sont libres de travailler »."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}
