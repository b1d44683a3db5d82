import Testing
@testable import FrenchText

@Suite struct ExplanationTests {
    @Test func dumpNamesTheRules() {
        let dump = TokenizerFixture.document("Selon M. Türk, l’ONU a-t-elle libéré 1 000 détenu·e·s ?").explanation()
        #expect(dump == """
            ¶0 0..55
              §0 0..55
                word          icu-word      Selon
                abbreviation  abbreviation  M.
                word          icu-word      Türk
                punctuation   punctuation   ,
                elision       elision       l’
                word          icu-word      ONU
                word          inversion     a
                pronoun       inversion     -t-elle
                word          icu-word      libéré
                number        number        1 000
                word          inclusive     détenu·e·s  → détenus / détenues  [suffix +e]
                punctuation   punctuation   ?

            """)
    }
}
