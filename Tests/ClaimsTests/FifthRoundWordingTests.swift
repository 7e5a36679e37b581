import Claims
import Testing

/// Wordings met in the texts that were held out until the fifth round of held-out texts
/// (read only once they had become tuning texts), written as general rules.
@Suite struct FifthRoundWordingTests {
    /// A relative clause between commas interrupts its clause; what follows the second
    /// comma ("on Friday from the LNA") belongs to the clause before it again.
    @Test func aRelativeClauseBetweenCommasInterruptsItsClause() {
        let found = claims("The BDB took control of Es Sider and Ras Lanuf, which also includes an airport, on Friday from the Libyan National Army.",
                           published: Day(iso: "2017-03-06")!)
        #expect(found.contains("bdb captured cm:es-sider-terminal 2017-03-03..2017-03-03"), "\(found)")
        #expect(found.contains("lna lost cm:es-sider-terminal 2017-03-03..2017-03-03"), "\(found)")
        #expect(found.contains { $0.hasPrefix("lna lost gn:2212984") || $0.hasPrefix("lna lost cm:ras-lanuf-terminal") }, "\(found)")
    }

    /// People named by where they come from ("elders from Zintan and Zawia") name no place
    /// that "the city" may refer to: it is still the town the text is about.
    @Test func placesOfOriginAreNotReferredBackTo() {
        let found = claims("""
            Clashes broke out on 17 September in Sabratha between the Anti-IS Operations Room and a local militia of Annas Dabbashi. \
            There was a temporary ceasefire on 20 September to allow elders from Zintan and Zawia to negotiate. AIOR captured the city by 6 October.
            """, published: Day(iso: "2017-11-13")!)
        #expect(found.contains("aior captured gn:2212771 2017-10-06..2017-10-06"), "\(found)")
        #expect(!found.contains { $0.contains("gn:2216885") || $0.contains("gn:2218963") }, "\(found)")
        #expect(found.contains("dabbashi contested gn:2212771 2017-09-17..2017-09-17"), "\(found)")
    }

    /// Regions named by directions: "eastern and southern Libya" is two regions, "the
    /// eastern part of the country" the eastern one, "northwestern Libya" lies in the western.
    @Test func regionsNamedByDirections() {
        let day = Day(iso: "2020-06-30")!
        let both = claims("The GNA controls the capital, Tripoli, but the LNA controls eastern and southern Libya.", published: day)
        #expect(both.contains("lna controls cm:cyrenaica 2020-06-30..2020-06-30") && both.contains("lna controls cm:fezzan 2020-06-30..2020-06-30"), "\(both)")
        #expect(both.contains("gna controls gn:2210247 2020-06-30..2020-06-30"), "\(both)")
        let part = claims("Geographically, the LNA has its power in the eastern part of Libya.", published: day)
        #expect(part == ["lna controls cm:cyrenaica 2020-06-30..2020-06-30"], "\(part)")
        #expect(claims("The LNA controls the southern parts of the country.", published: day) == ["lna controls cm:fezzan 2020-06-30..2020-06-30"])
        #expect(claims("Haftar's forces withdrew from northwestern Libya in June 2020.", published: day) == ["lna lost cm:tripolitania 2020-06-01..2020-06-30"])
    }
}
