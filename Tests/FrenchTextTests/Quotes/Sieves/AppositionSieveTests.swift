import Testing
@testable import FrenchText

@Suite struct AppositionSieveTests {
    @Test(arguments: [
        ("Hydro-Québec a vendu de l’électricité. « Nous avons des surplus », a indiqué au Journal le PDG de la société d’État, Éric Martel, jeudi.", "Éric Martel"),
        ("Le camping a été évacué. « Tout le monde a gardé le sourire », confie la responsable du camping, Carine Daniel, en fin de journée.", "Carine Daniel"),
        ("La grève continue. « Nous ne lâcherons rien », poursuit la présidente du syndicat, Dominique Daigneault.", "Dominique Daigneault"),
    ])
    func nameApposedToTheDescription(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test(arguments: [
        ("Oxfam France lance une campagne. Cécile Duflot, Directrice générale d’Oxfam France explique le lancement de cette campagne : « Les inégalités sont un problème pour tout le monde ».", "Cécile Duflot"),
    ])
    func organisationInThePersonsRoleIsNotTheSpeaker(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test(arguments: [
        ("Le sommet s’est ouvert. « Nos pays sont liés », a rappelé le ministre des Affaires étrangères, de la Coopération et des Français de l’étranger, Jean Dupuis.", "Jean Dupuis"),
        ("Les discussions reprennent. « Rien n’est encore signé », a précisé la secrétaire générale de la Fédération, de la Culture et des Sports, Amina Touré, à la sortie.", "Amina Touré"),
    ])
    func nameApposedAfterARoleWithSeveralComplements(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}

/// An indefinite role phrase with a name apposed to it is that person (`un porte-parole du syndicat, Guillaume Schmid`).
@Suite struct IndefiniteAppositionTests {
    @Test(arguments: [
        ("« Nous levons le mouvement de grève dès ce soir », a indiqué un porte-parole du syndicat, Paul Girard.", "Paul Girard"),
        ("« La situation reste très tendue sur le site », explique une responsable de l’usine, Claire Martin, jointe par téléphone.", "Claire Martin"),
    ])
    func theApposedName(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    /// Without a name, an indefinite description stays unnamed.
    @Test func noNameNoSpeaker() {
        let text = "Paul Girard a quitté la réunion. « Nous levons le mouvement de grève dès ce soir », a indiqué un porte-parole du syndicat."
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}

/// An indefinite description right after a name and its comma is that person's apposition, not someone new.
@Suite struct IndefiniteAppositionBeforeTests {
    @Test(arguments: [
        ("Pour Pauline Roux, une conseillère municipale de Vanves, présente ce jour-là, les propos n’avaient rien d’un dérapage : « C’est une position que l’on porte ensemble. »", "Pauline Roux"),
        ("Selon Marc Leduc, un habitant du quartier, venu en voisin, la situation est grave : « On ne dort plus depuis des semaines. »", "Marc Leduc"),
    ])
    func theNameBeforeTheDescription(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }

    @Test func anIndefiniteDescriptionAloneIsSomeoneNew() {
        let text = "Paul Roux a présenté le projet. Une habitante du quartier, venue en voisine, n’est pas convaincue : « On ne dort plus depuis des semaines. »"
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == nil)
    }
}

/// An acronym in brackets inside the role phrase does not hide the name apposed after it (`le président de la
/// Fédération des producteurs (FPA) de Sikasso, X`); `médiateur`, `médiatrice` are role nouns.
@Suite struct AppositionOverBracketsTests {
    @Test(arguments: [
        ("« Nous voulons une solution rapide », a affirmé le président de la Fédération des producteurs (FPA) de Sikasso, Moussa Traoré.",
         "Moussa Traoré"),
        ("« Le dialogue doit reprendre », a déclaré le porte-parole de la Mission des Nations unies pour la stabilisation (Minusma) "
            + "au Mali, Paul Diallo.", "Paul Diallo"),
        ("« Le dialogue doit reprendre », a déclaré le médiateur de la Mission des Nations unies pour la stabilisation (Minusma) "
            + "au Mali, Paul Diallo.", "Paul Diallo"),
    ])
    func theNameAfterTheBrackets(_ text: String, _ speaker: String) {
        #expect(SieveTestSupport.quotes(text).first?.speaker?.name == speaker)
    }
}
