import Foundation
import Testing
@testable import FrenchText

/// The interner: one id per distinct form, lexemes computed once, safe from several threads.
@Suite struct FormStoreTests {
    let store = FormStore.shared

    @Test func sameFormSameID() {
        #expect(store.intern("Assemblée") == store.intern("Assemblée"))
        #expect(store.intern("Assemblée") != store.intern("assemblée"))
        #expect(store.string(store.intern("Assemblée")) == "Assemblée")
    }

    @Test(arguments: [("L’Assemblée", "l'assemblée"), ("QU’IL", "qu'il"), ("Legault", "legault"), ("jusqu’", "jusqu'")])
    func keyIsTheLookupKey(_ form: String, _ key: String) {
        let lexeme = store.lexeme(store.intern(form))
        #expect(lexeme.key == store.intern(key))
        #expect(store.lexeme(lexeme.key).key == lexeme.key, "a key is its own key")
    }

    @Test func keysAreNFC() {
        // "é" written as e + combining acute is the same key as the precomposed form.
        let decomposed = "Assembl\u{65}\u{301}e"
        #expect(store.lexeme(store.intern(decomposed)).key == store.intern("assemblée"))
    }

    @Test(arguments: [
        ("Mme", LexicalFlags.title), ("M.", .title), ("mars", .month), ("lundi", .weekday), ("le", .determiner),
        ("auprès", .preposition), ("elle", .subjectPronoun), ("mais", .conjunction), ("de", .nameParticle),
        ("l’", .elision), ("qu’", .elision), ("Paris", .city), ("Allemagne", .country), ("Côte", .placeStart),
        ("préfecture", .organisationNoun), ("ministre", .roleNoun), ("porte-parole", .roleNoun), ("déclarer", .cueVerb),
        ("communiqué", .documentNoun), ("rue", .placeNoun), ("-t-il", .inversionPronoun), ("etc.", .abbreviation),
    ])
    func tableFlags(_ form: String, _ flag: LexicalFlags) {
        #expect(store.lexeme(store.intern(form)).tableFlags.contains(flag), "\(form)")
    }

    @Test func titlesMatchAsWritten() {
        // `Me` (maître) is a title, `me` the pronoun is not.
        #expect(store.lexeme(store.intern("Me")).flags.contains(.title))
        #expect(!store.lexeme(store.intern("me")).flags.contains(.title))
    }

    @Test func morphologyFromHunspell() throws {
        try #require(Lexicon.shared != nil, "the Dicollecte dictionary is installed")
        let déclarait = store.lexeme(store.intern("déclarait"))
        #expect(déclarait.flags.contains(.cueVerb))
        #expect(déclarait.flags.contains(.verb))
        #expect(déclarait.lemma == store.intern("déclarer"))
        #expect(!déclarait.tableFlags.contains(.cueVerb), "the form is not in the table, its lemma is")
        #expect(store.lexeme(store.intern("Anna")).flags.contains(.firstName))
        #expect(store.lexeme(store.intern("Assemblée")).flags.contains(.commonWord))
        #expect(store.lexeme(store.intern("présidente")).gender == .feminine)
    }

    @Test func ownStoreWithoutLexicon() {
        let bare = FormStore(lexicon: nil)
        let id = bare.intern("déclarait")
        #expect(bare.lexeme(id).flags.isDisjoint(with: LexicalFlags.morphology.union(.cueVerb)))
        #expect(bare.lexeme(id).lemma == bare.lexeme(id).key)
        #expect(bare.existingID("déclarait") == id)
        #expect(bare.existingID("jamais vu") == nil)
    }

    @Test func internsFromManyThreads() {
        let bare = FormStore(lexicon: nil)
        let forms = (0..<2_000).map { "forme\($0)" }
        let collected = Collected()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            let ids = forms.map { bare.intern($0) }
            collected.add(worker, ids)
        }
        let results = collected.flattened(count: forms.count)
        for worker in 1..<8 {
            #expect(Array(results[worker * forms.count..<(worker + 1) * forms.count]) == Array(results[0..<forms.count]))
        }
        #expect(Set(results[0..<forms.count]).count == forms.count)
        #expect(bare.formCount == forms.count + 1, "the forms and the empty form")
        #expect(forms.indices.allSatisfy { bare.string(results[$0]) == forms[$0] })
    }

    @Test func exactBytesAndEquivalentSpellings() {
        // A store of its own, so that which spelling comes first is known.
        let bare = FormStore(lexicon: nil)
        let composed = "Assembl\u{E9}e", decomposed = "Assembl\u{65}\u{301}e"
        let first = bare.internExact(composed)
        #expect(first.exact)
        let again = bare.internExact(composed)
        #expect(again.id == first.id && again.exact, "found again by its bytes")
        let other = bare.internExact(decomposed)
        #expect(other.id == first.id, "canonically equivalent: the same form")
        #expect(!other.exact, "but not the bytes of the stored form")
        #expect(bare.intern(decomposed) == first.id)
    }

    @Test func exactTableGrows() {
        // More forms than the first table holds (16,384 slots, at most half full).
        let bare = FormStore(lexicon: nil)
        let forms = (0..<20_000).map { "mot\($0)é" }
        let ids = forms.map { bare.intern($0) }
        #expect(forms.indices.allSatisfy { i in let found = bare.internExact(forms[i]); return found.id == ids[i] && found.exact })
        #expect(bare.formCount == forms.count + 1)
    }

    @Test(arguments: ["Assemblée", "ONU", "Jean-Luc", "J.", "é", ",", "—", "", "-t-il", "aujourd’hui"])
    func shapeKeptInTheLexemeIsTheText(_ text: String) {
        #expect(store.lexeme(store.intern(text)).shape == WordView.textShape(text))
    }
}

/// Per-worker results gathered under a lock.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var byWorker: [Int: [FormID]] = [:]
    func add(_ worker: Int, _ ids: [FormID]) { lock.lock(); byWorker[worker] = ids; lock.unlock() }
    func flattened(count: Int) -> [FormID] { (0..<8).flatMap { byWorker[$0] ?? [] } }
}
