import Testing
@testable import FrenchText

/// A first name that is also a town is the person when an age or an occupation follows it, in every mention.
@Suite struct PersonFirstNameHomonymTests {
    @Test(arguments: [
        ("C’est le cas de Nancy, infirmière à l’hôpital depuis 2018. Nancy a démissionné en mars.", ["PER Nancy", "PER Nancy"]),
        ("Florence, 45 ans, a quitté son poste. « Je suis à bout », explique Florence.", ["PER Florence", "PER Florence"]),
        ("La vocation de Sofia a cédé. Sofia, infirmière à Lyon, raconte ses journées.", ["PER Sofia", "PER Sofia"]),
    ])
    func theTownNameIsThePerson(text: String, expected: [String]) {
        let labels = entityLabels(text).filter { $0.hasSuffix("Nancy") || $0.hasSuffix("Florence") || $0.hasSuffix("Sofia") }
        #expect(labels == expected, "\(entityLabels(text))")
    }

    @Test(arguments: [
        "Le sommet s’est tenu à Nancy, capitale des ducs de Lorraine.",
        "De Florence, 380 000 habitants, partent chaque jour des trains pour Rome.",
        "Le congrès de Sofia, en Bulgarie, a réuni les délégations.",
        "Le maire de Nancy, médecin de formation, a présenté le budget.",
        "Il a grandi à Nancy, infirmière de métier comme sa mère.",
    ])
    func theTownStaysATown(text: String) {
        #expect(!entityLabels(text).contains { $0.hasPrefix("PER") }, "\(entityLabels(text))")
    }
}
