import Testing
@testable import FrenchText

@Suite struct HeadlineRepeatSieveTests {
    @Test func subheadingRepeatingALaterQuote() {
        let text = "Alain Berset a parlé lundi.\n\n«Je suis un optimiste»\n\n«Je suis un optimiste», a souligné Alain Berset devant la foule."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.first?.speaker?.name == "Alain Berset")
    }

    @Test func headlineOpeningALongerQuote() {
        let text = "« Cette situation va prendre fin bientôt »\n\nLe patron de Swatch Group, Nick Hayek, s’adresse aux employés : « Cette situation va prendre fin bientôt, elle est passagère », a-t-il déclaré."
        let quotes = SieveTestSupport.quotes(text)
        #expect(quotes.first?.speaker?.name == "Nick Hayek")
        #expect(quotes.first?.rule == .headlineRepeat)
    }

    @Test func normalisationIgnoresCaseAndPunctuation() {
        #expect(HeadlineRepeatSieve.normalized("N’oubliez pas, c’est passager !") == HeadlineRepeatSieve.normalized("n’oubliez pas c’est passager"))
    }
}

@Suite struct QuoteRuleTests {
    /// The late sieves write rules, so `rule` stays typed end to end.
    @Test func everyLateSieveIsARule() {
        for sieve in LateAttribution.order { #expect(QuoteRule(rawValue: sieve.rule.rawValue) != nil, "\(sieve)") }
    }

    /// Every rule the extractor gives on the dev set and Corpus/ is a named case (never the fallback).
    @Test func rulesKeepTheirJSONNames() {
        #expect(QuoteRule.cueAfter.rawValue == "cue-after")
        #expect(QuoteRule.continuationPreviousParagraph.rawValue == "continuation:previous-paragraph")
        #expect(QuoteRule(named: "no-such-rule") == .unattributed)
    }
}
