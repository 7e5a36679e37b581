import Claims
import Testing

/// The other side of a fight when described before its name, advances inside a town, and
/// a seat an actor was established in.
@Suite struct FightAndSeatWordingTests {
    let day = Day(iso: "2014-05-17")!

    /// "fought battles against the Islamist group Ansar al Shariah … in the city of
    /// Benghazi": both sides fight for the town (and "Ansar al Shariah" is Ansar al-Sharia).
    @Test func theSideAfterAgainstFightsToo() {
        let found = claims("Forces loyal to retired General Halifa Hafter fought battles against the Islamist group Ansar al Shariah and other Islamist militias in the city of Benghazi on Friday.",
                           published: day)
        #expect(found.contains("lna contested gn:88319 2014-05-16..2014-05-16"), "\(found)")
        #expect(found.contains("ansar-al-sharia contested gn:88319 2014-05-16..2014-05-16"), "\(found)")
        // A comma parts a fight from a side named later.
        let parted = claims("The LNA fought hard, while Ansar al-Sharia held Derna.", published: day)
        #expect(!parted.contains { $0.hasPrefix("ansar-al-sharia contested") }, "\(parted)")
    }

    /// Advancing in a town is fighting in it, not holding it.
    @Test func anAdvanceInsideATownIsAFightForIt() {
        let found = claims("On 9 October, GNA forces advanced across two streets in Sirte.", published: Day(iso: "2016-12-31")!)
        #expect(found == ["gna contested gn:2210554 2016-10-09..2016-10-09"], "\(found)")
    }

    /// "The GNA, established in Tripoli": the government sits there.
    @Test func aGovernmentEstablishedInATownHoldsIt() {
        let found = claims("The GNA, established in Tripoli in March, is designed to unify Libya.", published: Day(iso: "2016-06-11")!)
        #expect(found == ["gna controls gn:2210247 2016-03-01..2016-03-31"], "\(found)")
    }

    /// An attempt to take a place is an attack on it; reaching a town takes it; sweeping
    /// into one is fighting in it.
    @Test func attemptsArrivalsAndSweeps() {
        let day = Day(iso: "2019-06-30")!
        #expect(claims("Haftar's forces have been trying to take Tripoli since April.", published: day) == ["lna attacked gn:2210247 2019-04-01..2019-06-30"])
        #expect(claims("Forces loyal to Haftar reached the town of Harawa on 9 June.", published: day) == ["lna captured gn:2214899 2019-06-09..2019-06-09"])
        #expect(claims("GNA fighters swept into Gharyan on 26 June.", published: day) == ["gna contested gn:2217362 2019-06-26..2019-06-26"])
        // Reaching the outskirts is still an attack; a plan to take is still nothing.
        #expect(claims("LNA forces reached the outskirts of Tripoli on 5 April.", published: day) == ["lna attacked gn:2210247 2019-04-05..2019-04-05"])
        #expect(claims("The LNA plans to take Tripoli.", published: day).isEmpty)
    }

    /// "under the control of armed groups allied with the GNA": the side the force is loyal to holds the place.
    @Test func aForceLoyalToASideHoldsForIt() {
        let day = Day(iso: "2019-04-10")!
        #expect(claims("Tripoli has been under the control of armed groups allied with the GNA since 2016.", published: day)
                == ["gna controls gn:2210247 2016-01-01..2019-04-10"])
        #expect(claims("Tripoli is under the control of militias loyal to the GNA.", published: day) == ["gna controls gn:2210247 2019-04-10..2019-04-10"])
        // A backer is no holder.
        #expect(claims("Tripoli is under the control of militias backed by Turkish forces and other groups.", published: day).isEmpty)
    }
}
