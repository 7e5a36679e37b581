import Claims
import Testing

/// Wordings found in the tuning texts' misses in the session after the twelfth round of
/// held-out texts (press releases on air support, wire news on street fighting), written
/// as general rules.
@Suite struct ThirteenthSessionWordingTests {
    let day = Day(iso: "2016-08-02")!

    /// "fighting to expel ISIL from Sirte", "the fight to drive ISIL out of the city": the
    /// side to be driven out is still there, both fight for the place; a fight to *take* a
    /// place stays an attack on its holder.
    @Test func aFightToDriveASideOutIsContestedByBoth() {
        for text in ["GNA forces are fighting to expel ISIL from Sirte.", "GNA forces are fighting to drive ISIL out of Sirte.",
                     "GNA forces accelerated the fight to oust ISIL from Sirte."] {
            let found = claims(text, published: day)
            #expect(found.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(text): \(found)")
            #expect(found.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(text): \(found)")
        }
        let taking = claims("The GNA's fight to retake Sirte from ISIL continued.", published: day)
        #expect(taking.contains { $0.hasPrefix("gna attacked gn:2210554") }, "\(taking)")
        #expect(taking.contains { $0.hasPrefix("isil controls gn:2210554") }, "\(taking)")
        // (A purpose of no fight is still refused: "plans to expel".)
        #expect(claims("The GNA plans to expel ISIL from Sirte.", published: day).isEmpty)
    }

    /// "U.S. airstrikes allowed GNA forces to expel ISIL from Sirte": the side allowed or
    /// helped does it (also through a fight it is helped on); the helper loses nothing, and
    /// a help still to come is no event.
    @Test func theSideAllowedToDoItDoesIt() {
        let allowed = claims("U.S. airstrikes allowed GNA forces to expel ISIL from Sirte.", published: day)
        #expect(allowed.contains { $0.hasPrefix("gna captured gn:2210554") }, "\(allowed)")
        #expect(allowed.contains { $0.hasPrefix("isil lost gn:2210554") }, "\(allowed)")
        let chain = claims("U.S. airstrikes on ISIL targets in Sirte have allowed GNA-affiliated forces to accelerate the fight to expel ISIL from the Libyan city.",
                           published: day)
        #expect(chain.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(chain)")
        #expect(chain.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(chain)")
        #expect(chain.contains { $0.hasPrefix("usa-af attacked gn:2210554") }, "\(chain)")
        let helped = claims("U.S. airstrikes helped GNA forces to retake Sirte.", published: day)
        #expect(helped.contains { $0.hasPrefix("gna captured gn:2210554") }, "\(helped)")
        #expect(!helped.contains { $0.hasPrefix("usa-af lost") }, "\(helped)")
        #expect(claims("The strikes will allow GNA forces to retake Sirte.", published: day).isEmpty)
        #expect(claims("The United States plans to help GNA forces to retake Sirte.", published: day).isEmpty)
    }

    /// "ISIL has held Sirte since 2015. GNA forces entered the city": a side entering a place
    /// another side held, as the text said, fights that side there; not an ally, and not a
    /// holder the text said lost it.
    @Test func enteringAPlaceHeldByAnotherSideIsAFightWithIt() {
        let found = claims("ISIL has held Sirte since 2015. GNA forces entered the city on Monday.", published: day)
        #expect(found.contains("isil contested gn:2210554 2016-08-01..2016-08-01"), "\(found)")
        let ally = claims("Misratan brigades have held Sirte since June. GNA forces entered the city on Monday.", published: day)
        #expect(!ally.contains { $0.hasPrefix("misrata contested") }, "\(ally)")
        let lost = claims("ISIL lost Sirte in December. GNA forces entered the city on Monday.", published: day)
        #expect(!lost.contains { $0.hasPrefix("isil contested") }, "\(lost)")
    }

    /// "GNA forces have moved into the neighborhood", after a quarter of Sirte no gazetteer
    /// names: a part of the town the text just spoke of.
    @Test func theNeighbourhoodJustSpokenOfIsAPartOfItsTown() {
        let found = claims("Yesterday’s airstrike hit a tank in the southwestern Sirte neighborhood of al-Dular. GNA forces have moved into the neighborhood since then.",
                           published: day)
        #expect(found.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(found)")
    }

    /// "Yesterday’s airstrike on the first tank in Sirte removed a menacing problem for GNA
    /// forces": a side the attack served is not its attacker; an attack no side owns is by
    /// whoever the text just said attacked the place.
    @Test func anAttackNoSideOwnsIsByTheRecentAttacker() {
        let found = claims("Five U.S. precision strikes yesterday took out two ISIL tanks in Sirte. Yesterday’s airstrike on the first tank in Sirte removed what was a menacing problem for GNA forces.",
                           published: day)
        #expect(!found.contains { $0.hasPrefix("gna attacked") }, "\(found)")
        #expect(found.filter { $0.hasPrefix("usa-af attacked gn:2210554") }.count == 2, "\(found)")
    }
}
