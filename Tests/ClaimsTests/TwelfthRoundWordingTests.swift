import Claims
import Testing

/// Wordings found in the tuning texts' misses in the session of the twelfth round of
/// held-out texts, written as general rules.
@Suite struct TwelfthRoundWordingTests {
    let day = Day(iso: "2017-03-08")!

    /// "airstrikes on BDB positions": a side whose positions or targets are struck is the
    /// target, not the attacker, whether or not a place follows; the attacker is the subject,
    /// named or referred back to.
    @Test func aSideWhosePositionsAreStruckIsTheTarget() {
        let named = claims("The LNA carried out airstrikes on BDB positions in Ras Lanuf on Monday.", published: day)
        #expect(named.contains { $0.hasPrefix("lna attacked") }, "\(named)")
        #expect(!named.contains { $0.hasPrefix("bdb attacked") }, "\(named)")
        let referred = claims("The LNA said Monday it is preparing a counteroffensive. The group has been carrying out airstrikes on BDB positions near Ras Lanuf.",
                              published: day)
        #expect(referred.contains { $0.hasPrefix("lna attacked") }, "\(referred)")
        #expect(!referred.contains { $0.hasPrefix("bdb") }, "\(referred)")
    }

    /// "The group then launched an attack on Sirte": the owner of a noun of attacking may be a
    /// subject that refers back to a side.
    @Test func aNounOfAttackingOwnedByASideReferredBackTo() {
        for text in ["ISIL attacked Ajdabiya on Monday. The group then launched an attack on Sirte.",
                     "ISIL attacked Ajdabiya on Monday. It later carried out airstrikes on Sirte."] {
            let found = claims(text, published: day)
            #expect(found.contains { $0.hasPrefix("isil attacked gn:2210554") }, "\(text): \(found)")
        }
    }

    /// "to oust militia forces controlling the city": a participle after a force no name tells
    /// is that force's, and "he" or the side named before does not stand for it; a noun a side
    /// is described by ("the militants controlling the city") still refers back to that side.
    @Test func aParticipleOfAnUnnamedForceHasNoSideReferredBack() {
        let unnamed = claims("The LNA fought in Benghazi on Monday. He urged men to rise up to oust militia forces controlling the city of Tripoli.", published: day)
        #expect(!unnamed.contains { $0.contains("gn:2210247") }, "\(unnamed)")
        let described = claims("ISIL attacked Sirte on Monday. The militants controlling the city executed dozens.", published: day)
        #expect(described.contains { $0.hasPrefix("isil controls gn:2210554") }, "\(described)")
    }

    /// "took the oil terminals of Es Sider and Ras Lanuf", then "since losing the terminals": a
    /// town the claims read as its facility is that facility when referred back to.
    @Test func facilitiesReferredBackAreTheOnesTaken() {
        let found = claims("The BDB took control of the oil terminals of Es Sider and Ras Lanuf on Friday. The LNA has lost the oil terminals.", published: day)
        #expect(found.contains { $0.hasPrefix("lna lost cm:es-sider-terminal") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("lna lost cm:ras-lanuf-terminal") }, "\(found)")
    }

    /// "The LNA entered Gharyan. Clashes with the GNA continued": a fight with one side, and
    /// no subject before it, is with the side the text just named.
    @Test func aFightWithOneSideIsWithTheSideJustNamed() {
        let found = claims("The LNA entered Gharyan on Monday. Clashes with the GNA continued on Tuesday.", published: day)
        #expect(found.contains("lna contested gn:2217362 2017-03-07..2017-03-07"), "\(found)")
        #expect(found.contains("gna contested gn:2217362 2017-03-07..2017-03-07"), "\(found)")
        // (Not an ally of the side named: "GNA forces and Misratan brigades entered Sirte. Clashes with ISIL continued.")
        let allies = claims("Misratan brigades entered Sirte on Monday. Clashes with the GNA continued on Tuesday.", published: day)
        #expect(!allies.contains { $0.hasPrefix("misrata contested") && $0.hasSuffix("2017-03-07..2017-03-07") }, "\(allies)")
    }

    /// "Militias from Misrata and Zintan": two towns' forces joined by "and" are two sides;
    /// "Turkish-backed forces", "UAE-backed forces": the side a foreign power backed.
    @Test func forcesOfTwoTownsAndForcesBackedByAPower() {
        let towns = claims("Militias from Misrata and Zintan fought for Tripoli airport on Monday.", published: day)
        #expect(towns.contains { $0.hasPrefix("misrata contested oa:HLLT") }, "\(towns)")
        #expect(towns.contains { $0.hasPrefix("zintan contested oa:HLLT") }, "\(towns)")
        // ("Elders from Zintan and Misrata met": people from towns are no force.)
        #expect(claims("Elders from Zintan and Misrata met in Tripoli on Monday.", published: day).isEmpty)
        let backed = claims("Turkish-backed forces retook the al-Watiya air base on Monday.", published: Day(iso: "2020-05-20")!)
        #expect(backed.contains { $0.hasPrefix("gna captured") }, "\(backed)")
        #expect(!backed.contains { $0.hasPrefix("turkey-af") }, "\(backed)")
        let emirati = claims("UAE-backed forces captured Gharyan on Monday.", published: Day(iso: "2019-04-05")!)
        #expect(emirati.contains { $0.hasPrefix("lna captured gn:2217362") }, "\(emirati)")
    }

    /// "pushed ISIL back to the centre of Sirte": a side driven into a part of a town fights
    /// for it with the side driving it; driven back to a town, or back from one, it lost nothing.
    @Test func aSideDrivenIntoAPartOfATown() {
        let part = claims("GNA forces pushed ISIL back to the centre of Sirte on Monday.", published: day)
        #expect(part.contains { $0.hasPrefix("gna contested gn:2210554") } && part.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(part)")
        for text in ["GNA forces pushed ISIL back into Sirte on Monday.", "The GNA pushed the LNA back from Tripoli on Monday.",
                     "The GNA pushed the LNA back to Sirte on Monday."] {
            let found = claims(text, published: day)
            #expect(!found.contains { $0.contains(" captured ") || $0.contains(" lost ") }, "\(text): \(found)")
        }
    }

    /// A name of several words in another spelling: each capitalized word by its skeleton
    /// ("Bunyan al-Marsus" for "Bunyan al-Marsous", "Fayez al-Saraj" for "Fayez al-Sarraj").
    @Test func namesOfSeveralWordsInOtherSpellings() {
        for (text, actor) in [("Bunyan al-Marsus captured Sirte on Monday.", "gna"), ("Forces of Fayez al-Saraj took Sirte on Monday.", "gna"),
                              ("Khalifa Hiftar's troops entered Gharyan on Monday.", "lna")] {
            let found = claims(text, published: day)
            #expect(found.contains { $0.hasPrefix(actor + " ") }, "\(text): \(found)")
        }
        // A leader named by a date: Osama al-Juwaili commanded Zintan's brigades, then the GNA's western zone.
        #expect(claims("Forces led by Osama Jowaili captured Zintan airport on Monday.", published: Day(iso: "2014-08-20")!).contains { $0.hasPrefix("zintan captured") })
        #expect(claims("Forces led by Osama Jowaili captured Sabratha on Monday.", published: Day(iso: "2017-10-20")!).contains { $0.hasPrefix("gna captured") })
    }

    /// "The offensive stalled on the outskirts of the city": an operation referred back, with no
    /// side named, is the attack of the side the text last said attacked the place.
    @Test func anOperationReferredBack() {
        let found = claims("In April 2019, Haftar launched a military offensive to seize Tripoli. The offensive stalled on the southern outskirts of the city in May.",
                           published: Day(iso: "2019-06-30")!)
        #expect(found.filter { $0.hasPrefix("lna attacked gn:2210247") }.count == 2, "\(found)")
        // (No side attacked the place before: nothing.)
        #expect(claims("The offensive stalled on the southern outskirts of Tripoli in May.", published: Day(iso: "2019-06-30")!).isEmpty)
    }

    /// "The LNA's attack on Gharyan was repelled by GNA forces": the passive of repelling, as
    /// its active ("GNA forces repelled the LNA's attack on Gharyan"): the side after "by" holds the place.
    @Test func anAttackRepelledInThePassive() {
        let found = claims("The LNA's attack on Gharyan was repelled by GNA forces on Monday.", published: day)
        #expect(found.contains("gna controls gn:2217362 2017-03-06..2017-03-06"), "\(found)")
        #expect(found.contains("lna attacked gn:2217362 2017-03-06..2017-03-06"), "\(found)")
    }

    /// "ISIS militants remain in control of Sirte": the plural present holds as of publication,
    /// as "ISIS remains in control of Sirte" does.
    @Test func aPluralPresentStateHoldsAsOfPublication() {
        for text in ["ISIS militants remain in control of Sirte.", "ISIS remains in control of Sirte."] {
            #expect(claims(text, published: Day(iso: "2016-08-30")!) == ["isil controls gn:2210554 2016-08-30..2016-08-30"], "\(text)")
        }
    }

    /// "Haftar declared Derna fully liberated on June 28": the place a side declares taken.
    @Test func aPlaceDeclaredTaken() {
        for text in ["Haftar declared Derna fully liberated on June 28.", "The LNA declared the city of Derna liberated on June 28."] {
            #expect(claims(text, published: Day(iso: "2018-07-05")!) == ["lna captured gn:87205 2018-06-28..2018-06-28"], "\(text)")
        }
    }

    /// "the capital's main airport": the capital's facility of the kind named; "dominate" is a
    /// present state as "dominates" is.
    @Test func theCapitalsFacilityAndDominate() {
        let airport = claims("The LNA seized the capital's main airport on Monday.", published: day)
        #expect(airport.count == 1 && airport[0].hasPrefix("lna captured oa:"), "\(airport)")
        #expect(claims("Misrata-based militias dominate the city of Sirte.", published: day) == ["misrata controls gn:2210554 2017-03-08..2017-03-08"])
    }

    /// "\"We have taken full control of Gharyan,\" an LNA spokesman told reporters": "we" is
    /// the side whose speaker the sentence names, and nothing when it names none.
    @Test func weIsTheSideSpeaking() {
        let quoted = claims("\"We have taken full control of Gharyan,\" an LNA spokesman told reporters on Monday.", published: day)
        #expect(quoted == ["lna captured gn:2217362 2017-03-06..2017-03-06"], "\(quoted)")
        let according = claims("We control Sirte, according to the GNA.", published: day)
        #expect(according == ["gna controls gn:2210554 2017-03-08..2017-03-08"], "\(according)")
        #expect(claims("The LNA attacked Sirte on Monday. We have taken Gharyan.", published: day).allSatisfy { !$0.contains("gn:2217362") })
    }

    /// "the east of the country", "the west of Libya": a point of the compass of the country is
    /// its region, as "the east" alone is; "the west of the city" is not.
    @Test func aPointOfTheCompassOfTheCountry() {
        let published = Day(iso: "2019-12-31")!
        #expect(claims("The LNA controls the east of the country.", published: published) == ["lna controls cm:cyrenaica 2019-12-31..2019-12-31"])
        #expect(claims("The GNA controls the west of Libya.", published: published) == ["gna controls cm:tripolitania 2019-12-31..2019-12-31"])
        #expect(claims("The LNA attacked the west of the city.", published: published).isEmpty)
    }

    /// "succeeded in liberating Sirte", "supported GNA forces in liberating Sirte from ISIL": the
    /// gerunds of liberating and freeing, and the side supported in doing it.
    @Test func gerundsOfLiberatingAndTheSideSupported() {
        let published = Day(iso: "2017-01-20")!
        for text in ["GNA forces succeeded in liberating Sirte from ISIL in December.",
                     "In December, the U.S. supported GNA forces in liberating Sirte from ISIL."] {
            let found = claims(text, published: published)
            #expect(found.contains("gna captured gn:2210554 2016-12-01..2016-12-31"), "\(text): \(found)")
            #expect(found.contains("isil lost gn:2210554 2016-12-01..2016-12-31"), "\(text): \(found)")
            #expect(!found.contains { $0.hasPrefix("usa-af captured") }, "\(text): \(found)")
        }
    }

    /// "the successful operation … to support Libyan forces in freeing Sirte": a purpose a
    /// successful operation achieved is an event; without "successful", still a purpose.
    @Test func aPurposeASuccessfulOperationAchieved() {
        let published = Day(iso: "2017-01-20")!
        let achieved = claims("It was an extension of the successful operation the U.S. military conducted last year to support Libyan forces in freeing Sirte from ISIL control.",
                              published: published)
        #expect(achieved.contains("gna captured gn:2210554 2016-01-01..2016-12-31"), "\(achieved)")
        #expect(claims("The U.S. military conducted an operation to support Libyan forces in freeing Sirte from ISIL.", published: published).isEmpty)
        // "the GNA's successful campaign to free Sirte": taken; "the GNA's campaign to free Sirte": an attack.
        #expect(claims("The GNA's successful campaign to free Sirte from ISIS ended in December.", published: published)
            .contains("gna captured gn:2210554 2016-12-01..2016-12-31"))
        #expect(claims("The GNA's campaign to free Sirte from ISIS ended in December.", published: published)
            .contains("gna attacked gn:2210554 2016-12-01..2016-12-31"))
    }

    /// "Many fighters in those cities were driven out": a force's noun after a quantifier that
    /// opens the sentence refers back to the side, as after "the" or "its".
    @Test func aQuantifiedForceRefersBack() {
        let text = "Concentrations of ISIS fighters were reported in Darnah and Benghazi during the year. Many fighters in those cities were driven out in December."
        let found = claims(text, published: Day(iso: "2017-01-20")!)
        #expect(found.contains("isil lost gn:87205 2016-12-01..2016-12-31"), "\(found)")
        #expect(found.contains("isil lost gn:88319 2016-12-01..2016-12-31"), "\(found)")
    }

    /// "ISIL forces had been present in the city since February 2015": a side's forces present
    /// in a place fight for it (as the gold files code a presence); a body present at talks abroad is none.
    @Test func forcesPresentInAPlace() {
        let published = Day(iso: "2016-03-01")!
        #expect(claims("ISIS fighters are present in Sabratha.", published: published) == ["isil contested gn:2212771 2016-03-01..2016-03-01"])
        #expect(claims("ISIL forces had been present in Sirte since February 2015.", published: published)
            == ["isil contested gn:2210554 2015-02-01..2016-03-01"])
    }

    /// Haftar described, and the Shura councils' other spelling.
    @Test func descriptionsAndSpellingsOfSides() {
        let general = claims("Libyan military forces loyal to a retired general attacked militants in Benghazi on Friday.", published: day)
        #expect(general.contains { $0.hasPrefix("lna attacked gn:88319") }, "\(general)")
        let shoura = claims("Forces of the Shoura Council of Benghazi Revolutionaries fought the LNA in Benghazi on Friday.", published: day)
        #expect(shoura.contains { $0.hasPrefix("brsc contested gn:88319") }, "\(shoura)")
        let badi = claims("In September 2018, militia forces under Salah Badi's command attacked Tripoli.", published: day)
        #expect(badi.contains { $0.hasPrefix("sumud attacked gn:2210247") }, "\(badi)")
    }
}
