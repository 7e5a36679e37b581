import Claims
import DataFiles
import Testing

/// Wordings found in the eighth round of held-out texts once they became tuning texts (the
/// fourteenth session), written as general rules.
@Suite struct FourteenthSessionWordingTests {
    let day = Day(iso: "2019-08-20")!

    /// "Haftar's forces had captured Murzuq on 22 February 2019, but had later withdrawn from
    /// the town": the clause "but" opens has no subject and shares the one before; "later"
    /// puts it after the date before, up to the text.
    @Test func aClauseAfterButSharesTheSubjectAndLaterFollowsTheDateBefore() {
        let found = claims("Haftar's forces had captured Murzuq earlier on 22 February 2019 as part of the Southern Libya offensive, but had later withdrawn from the town.",
                           published: day)
        #expect(found.contains("lna captured gn:2214603 2019-02-22..2019-02-22"), "\(found)")
        #expect(found.contains("lna lost gn:2214603 2019-02-23..2019-08-20"), "\(found)")
        // (A clause with a subject of its own keeps it: Tebu fighters, not the LNA, took the town.)
        let own = claims("The LNA captured Murzuq on 22 February 2019, but Tebu fighters later retook the town.", published: day)
        #expect(!own.contains { $0.hasPrefix("lna captured gn:2214603 2019-02-23") }, "\(own)")
        #expect(own.contains { $0.hasPrefix("tebu captured gn:2214603 2019-02-23") }, "\(own)")
        // (A clause with a date of its own keeps its date.)
        let dated = claims("The LNA captured Murzuq on 22 February 2019, but later withdrew from the town in June.", published: day)
        #expect(dated.contains("lna lost gn:2214603 2019-06-01..2019-06-30"), "\(dated)")
    }

    /// "his forces moved to seize the capital Tripoli in April": a move to take a place is an
    /// attack on it (a plan to move is still none).
    @Test func aMoveToSeizeIsAnAttack() {
        let found = claims("Haftar's forces moved to seize Tripoli in April.", published: day)
        #expect(found.contains("lna attacked gn:2210247 2019-04-01..2019-04-30"), "\(found)")
        #expect(claims("Haftar's forces plan to move to seize Tripoli.", published: day).isEmpty)
    }

    /// "the airstrike on an ISIL training camp early today near rural Sabratha": a camp is a
    /// target of the side named before it, a date between the noun and the place does not put
    /// the place out of reach, and "near rural Sabratha" is near the town.
    @Test func aStrikeOnACampNearATownIsAnAttackOnTheTown() {
        let published = Day(iso: "2016-02-19")!
        for text in ["The U.S. military's airstrike on an ISIL training camp early today near rural Sabratha was a success.",
                     "The U.S. military's airstrike on an ISIL training camp in Sabratha was a success.",
                     "The U.S. military's airstrike on an ISIL camp near the town of Sabratha was a success."] {
            let found = claims(text, published: published)
            #expect(found.contains { $0.hasPrefix("usa-af attacked gn:2212771") }, "\(text): \(found)")
            #expect(!found.contains { $0.hasPrefix("isil") }, "\(text): \(found)")
        }
    }

    /// "the operative Noureddine Chouchane, also known as \"Sabir\"": a name in quotes after
    /// "known as" is what someone is called; "the district known as Sabri" is a place.
    @Test func aQuotedNicknameIsNoPlace() {
        let published = Day(iso: "2016-02-19")!
        let nickname = claims("ISIL attacked an operative also known as \"Sabir\" on Friday.", published: published)
        #expect(nickname.isEmpty, "\(nickname)")
        let district = claims("ISIL attacked the district known as Sabri on Friday.", published: published)
        #expect(!district.isEmpty, "\(district)")
    }

    /// "The Battle of Traghan was fought between the LNA and a Chadian armed group": the
    /// Chadian rebel groups of southern Libya are a side of their own.
    @Test func chadianRebelsAreASide() {
        let found = claims("The Battle of Traghan was fought between the Libyan National Army and a Chadian armed group in Traghan on 27 December 2018.", published: day)
        #expect(found.contains("chad-rebels contested gn:2210242 2018-12-27..2018-12-27"), "\(found)")
        #expect(found.contains("lna contested gn:2210242 2018-12-27..2018-12-27"), "\(found)")
    }

    /// "After the Second Libyan Civil War broke out in 2014": a war named is the whole war, not
    /// a fight in the town the text just named.
    @Test func aNamedWarBreakingOutIsNoFightInTheLastTown() {
        let found = claims("The LNA holds Traghan. After the Second Libyan Civil War broke out in 2014, armed factions started to fight for control of Libya.", published: day)
        #expect(!found.contains { $0.contains("contested gn:2210242") }, "\(found)")
    }

    /// "Forces loyal to Libya's two rival governments continue to square off in and around the
    /// capital, Tripoli", in a text's first sentence: the two sides the whole text names most.
    @Test func twoRivalGovernmentsSquaringOffAreTheTextsTwoMainSides() {
        let text = "Forces loyal to Libya's two rival governments continue to square off in and around the capital, Tripoli. "
            + "Video posted by forces loyal to Khalifa Haftar showed his men advancing. The GNA said it destroyed rockets belonging to the LNA."
        let found = claims(text, published: Day(iso: "2020-05-11")!)
        #expect(found.contains { $0.hasPrefix("gna contested gn:2210247") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("lna contested gn:2210247") }, "\(found)")
    }

    /// "That is where the Government of National Accord … is based", "The GNA is based there":
    /// a side based at a place the sentence does not name sits in the town just named.
    @Test func aSideBasedThereSitsInTheTownJustNamed() {
        for text in ["Haftar's forces moved to seize Tripoli in April. That is where the Government of National Accord, which is recognized by the United Nations as the legitimate government of Libya, is based.",
                     "Haftar's forces attacked Tripoli in April. The GNA is based there."] {
            let found = claims(text, published: day)
            #expect(found.contains("gna controls gn:2210247 2019-08-20..2019-08-20"), "\(text): \(found)")
        }
        // (A town the text named two paragraphs back is not "there".)
        let far = claims("Haftar's forces attacked Tripoli in April.\n\nTalks went on.\n\nMore talks.\n\nThe GNA is based there.", published: day)
        #expect(!far.contains { $0.hasPrefix("gna controls") }, "\(far)")
    }

    /// "began a sudden attack on the city of Sirte. Ghardabiya Airport, south of the city, was
    /// captured": a facility of a town just attacked is taken by its attacker.
    @Test func aFacilityOfATownJustAttackedIsTakenByTheAttacker() {
        let found = claims("On January 4, 2020, the forces of the Libyan National Army began a sudden attack on the city of Sirte. Ghardabiya Airport, south of the city, was captured and its defenders surrendered.",
                           published: Day(iso: "2020-01-06")!)
        #expect(found.contains("lna captured oa:HLGD 2020-01-04..2020-01-04"), "\(found)")
    }

    /// "Some areas of the country, including the eastern part, operated under the influence of
    /// the LNA": influence is holding, less firmly said; "the eastern part" after the country
    /// is named is that region; "the oil-producing south" is the south.
    @Test func partsOfTheCountryUnderAnInfluence() {
        let report = claims("Some areas of the country, including the eastern part, operated under the influence of the self-styled Libyan National Army (LNA).",
                            published: day)
        #expect(report.contains { $0.hasPrefix("lna controls cm:cyrenaica") }, "\(report)")
        let south = claims("The LNA launched an offensive to control the oil-producing south.", published: day)
        #expect(south.contains { $0.hasPrefix("lna attacked cm:fezzan") }, "\(south)")
        // ("the eastern part of the city" is no region; a part with no country named is none either.)
        #expect(!claims("The LNA controls the eastern part of the city.", published: day).contains { $0.contains("cm:cyrenaica") })
        #expect(!claims("The LNA holds Sirte, including the eastern part.", published: day).contains { $0.contains("cm:cyrenaica") })
    }

    /// "Sirte was controlled by the Misrata Brigades, a group within the Al-Bounyan Al-Marsous
    /// coalition, and by Brigade 604, a Madkhalist militia": "and by" goes on with the list
    /// past an apposition.
    @Test func andByGoesOnWithTheListOfHolders() {
        let found = claims("After the defeat of Islamic State, Sirte was controlled by the Misrata Brigades, a group within the Al-Bounyan Al-Marsous coalition, and by Brigade 604, a Madkhalist militia.",
                           published: Day(iso: "2020-01-06")!)
        #expect(found.contains { $0.hasPrefix("misrata controls gn:2210554") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("brigade-604 controls gn:2210554") }, "\(found)")
    }

    /// "aided the GNA in defending Tripoli from an LNA offensive": the side a place is defended
    /// from attacked it.
    @Test func aPlaceDefendedFromASideWasAttackedByIt() {
        let found = claims("In 2019, it reportedly aided the Government of National Accord in defending Tripoli from an LNA offensive.", published: day)
        #expect(found.contains("lna attacked gn:2210247 2019-01-01..2019-12-31"), "\(found)")
        let against = claims("GNA forces defended Sirte against ISIL attacks in May.", published: day)
        #expect(against.contains("isil attacked gn:2210554 2019-05-01..2019-05-31"), "\(against)")
    }

    /// "clashes continued between different factions in Tripoli nominally loyal to the GNA": a
    /// fight among one side's factions is no fight of that side; "fighting against various other
    /// factions in Libya" is in the country, not in the town named before.
    @Test func aFightAmongOneSidesFactionsIsNotThatSides() {
        let published = Day(iso: "2019-04-07")!
        for text in ["Since the establishment of the Government of National Accord in 2016 clashes continued to occur between different factions in Tripoli nominally loyal to the GNA.",
                     "In August 2018 fighting broke out between different groups in Tripoli that were all nominally subordinated to the GNA's defense ministry."] {
            let found = claims(text, published: published)
            #expect(!found.contains { $0.hasPrefix("gna") }, "\(text): \(found)")
        }
        let sides = claims("In August 2018 fighting broke out between the LNA and groups loyal to the GNA in Tripoli.", published: published)
        #expect(sides.contains { $0.hasPrefix("gna contested gn:2210247") } && sides.contains { $0.hasPrefix("lna contested gn:2210247") }, "\(sides)")
        let country = claims("The LNA took Tobruk in 2014. The forces loyal to the GNA have been fighting against various other factions in Libya.", published: published)
        #expect(!country.contains { $0.hasPrefix("gna contested gn:81302") }, "\(country)")
    }

    /// "launched airstrikes on Al-Watiya Air Base", a section heading, then "This attack
    /// destroyed the air defence systems … in the air base" and "The airstrike hit at least nine
    /// targets at the base": the attack referred back is its attacker's, past the heading, and
    /// not that of a side named since ("Turkey deployed them").
    @Test func anAttackReferredBackPastAHeadingIsItsAttackers() {
        let text = "On 4 July 2020, forces of the Libyan National Army (LNA) launched airstrikes on Al-Watiya Air Base, destroying equipment sent from Turkey to the GNA.\n\n"
            + "Airstrike\n\nThis attack destroyed the MIM-23 Hawk air defence systems and the Koral system just two days after Turkey deployed them in the air base. "
            + "The airstrike hit at least nine targets at the base."
        let found = claims(text, published: Day(iso: "2020-07-05")!)
        #expect(found.filter { $0 == "lna attacked oa:HL77 2020-07-04..2020-07-04" }.count == 3, "\(found)")
        #expect(!found.contains { $0.hasPrefix("turkey-af attacked") }, "\(found)")
    }

    /// "advise the GNA and the House of Representatives (HoR), currently based in Tobruk": a
    /// seat's participle after a comma right behind a side is that side's seat.
    @Test func aSeatAfterACommaIsTheSeatOfTheSideRightBefore() {
        let found = claims("The High Council of State is able to advise the interim Government of National Accord (GNA) and the House of Representatives (HoR), currently based in Tobruk.",
                           published: Day(iso: "2016-10-11")!)
        #expect(found.contains("hor controls gn:81302 2016-10-11..2016-10-11"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("hcs controls gn:81302") || $0.hasPrefix("gna controls gn:81302") }, "\(found)")
    }

    /// "As of January 2020 the House of Representatives controls the eastern Cyrenaica region and
    /// parts of the southern Fezzan and Tripolitania regions and Sirte. The Government of National
    /// Accord controls …": "As of" dates the paragraph's present states; a part of a list the
    /// plural "regions" heads is a part of each.
    @Test func asOfDatesTheParagraphsStatesAndPartsOfAListOfRegions() {
        let text = "As of January 2020 the House of Representatives controls the eastern Cyrenaica region and parts of the southern Fezzan and Tripolitania regions and Sirte. "
            + "The Government of National Accord controls most of the coastal Tripolitania including Tripoli and Misrata.\n\nThe GNA controls Zawiya."
        let found = claims(text, published: Day(iso: "2020-05-19")!)
        for expected in ["hor controls cm:cyrenaica 2020-01-01..2020-01-31", "hor contested cm:fezzan 2020-01-01..2020-01-31",
                         "hor contested cm:tripolitania 2020-01-01..2020-01-31", "hor controls gn:2210554 2020-01-01..2020-01-31",
                         "gna contested cm:tripolitania 2020-01-01..2020-01-31", "gna controls gn:2210247 2020-01-01..2020-01-31"] {
            #expect(found.contains(expected), "\(expected): \(found)")
        }
        // (Another paragraph is written as of its publication.)
        #expect(found.contains { $0.hasPrefix("gna controls") && $0.hasSuffix("2020-05-19..2020-05-19") }, "\(found)")
    }

    /// "On 10 October 2016, the Rixos Al Nasr Convention Centre was attacked by gunmen loyal to
    /// the GNC": a building the gazetteer does not know stands in the town just spoken of.
    @Test func anUnknownBuildingAttackedIsInTheTownJustSpokenOf() {
        let found = claims("The council moved to Tripoli in April. On 10 October 2016, the Rixos Al Nasr Convention Centre was attacked by gunmen loyal to the GNC.",
                           published: Day(iso: "2016-10-11")!)
        #expect(found.contains("gns attacked gn:2210247 2016-10-10..2016-10-10"), "\(found)")
    }

    /// "The city fell to Haftar-led LNA forces during the Second Libyan Civil War": a period the
    /// area's `periods.tsv` names dates an event the sentence dates no other way.
    @Test func aNamedPeriodDatesAnUndatedEvent() {
        let found = claims("The LNA attacked Tarhuna in 2012. Tarhuna fell to Haftar-led LNA forces during the Second Libyan Civil War.", published: Day(iso: "2020-04-18")!)
        #expect(found.contains("lna captured gn:2210221 2014-05-16..2020-04-18"), "\(found)")
        // (A date of the sentence's own comes first.)
        let dated = claims("Tarhuna fell to LNA forces in 2015, during the Second Libyan Civil War.", published: Day(iso: "2020-04-18")!)
        #expect(dated.contains("lna captured gn:2210221 2015-01-01..2015-12-31"), "\(dated)")
    }

    /// A malformed `periods.tsv` row is reported with its file and line.
    @Test func aBadPeriodIsReportedWithItsLine() throws {
        let url = try temporaryFolder().appendingPathComponent("periods.tsv")
        try "name\tfrom\tto\taliases\tnote\nWar\t2014-05-16\t2010-01-01\t\t\n".write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try NamedPeriods.load(url) }
        #expect(error.location == .line(2))
        #expect(error.file.hasSuffix("periods.tsv"))
        #expect(error.reason.contains("War"))
    }

    /// "the city was seized by the ARSC until it was taken over by the LNA on 21 February 2016":
    /// what lasted until a later clause's date began before it (in the period the sentence names,
    /// else at the last event told); "it" is the place that opens the sentence with its title.
    @Test func whatLastedUntilADateBeganBeforeIt() {
        let published = Day(iso: "2020-01-01")!
        let seized = claims("Later, during the Second Libyan Civil War, the city of Ajdabiya was seized by the Ajdabiya Revolutionaries Shura Council until it was taken over by the LNA on 21 February 2016.",
                            published: published)
        #expect(seized.contains("arsc captured gn:89113 2014-05-16..2016-02-20"), "\(seized)")
        #expect(seized.contains("lna captured gn:89113 2016-02-21..2016-02-21"), "\(seized)")
        #expect(seized.contains("arsc lost gn:89113 2016-02-21..2016-02-21"), "\(seized)")
        let held = claims("The Islamic State seized Sirte in 2015. The group held the city until December 2016, when forces aligned with the GNA drove it out.",
                          published: published)
        #expect(held.contains("isil controls gn:2210554 2015-01-01..2016-12-01"), "\(held)")
    }

    /// "HoR established its parliament in Tobruk": a side's name that ends "in" a town ("parliament
    /// in Tobruk") is its seat there, and still names the town for the sentence's other claims.
    @Test func aNameEndingInATownIsASeatAndNamesTheTown() {
        let published = Day(iso: "2016-11-22")!
        for text in ["The House of Representatives established its parliament in Tobruk.", "The parliament in Tobruk voted against the deal."] {
            let found = claims(text, published: published)
            #expect(found.contains("hor controls gn:81302 2016-11-22..2016-11-22"), "\(text): \(found)")
        }
        let derna = claims("Clashes erupted between the Shura Council of Mujahideen in Derna and ISIL in June 2015.", published: published)
        #expect(derna.contains("isil contested gn:87205 2015-06-01..2015-06-30"), "\(derna)")
    }

    /// "The High Council of State moved into the headquarters of the GNC in Tripoli": a
    /// government body moving into a seat's building takes its seat in the town; its forces
    /// moving into buildings, or the body moving into ministries bit by bit, fight for it.
    @Test func aGovernmentBodyMovingIntoHeadquartersSitsInTheTown() {
        let published = Day(iso: "2016-10-11")!
        let seat = claims("The High Council of State moved into the headquarters of the GNC in Tripoli on 22 April 2016.", published: published)
        #expect(seat.contains("hcs controls gn:2210247 2016-04-22..2016-04-22"), "\(seat)")
        let forces = claims("GNA forces moved into the headquarters of the GNC in Tripoli on 22 April 2016.", published: published)
        #expect(!forces.contains { $0.hasPrefix("gna controls") }, "\(forces)")
        let ministries = claims("The Presidential Council moved into ministries in Tripoli on 22 April 2016.", published: published)
        #expect(!ministries.contains { $0.hasPrefix("gna controls") }, "\(ministries)")
    }
}
