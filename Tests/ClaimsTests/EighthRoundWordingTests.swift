import Claims
import Testing

/// Wordings found in the tuning texts' misses and by probing common phrasings, in the
/// session that added the eighth round of held-out texts, written as general rules.
@Suite struct EighthRoundWordingTests {
    let day = Day(iso: "2016-08-03")!

    /// "…, and Haftar's forces withdrew from Tarhuna": a comma, "and" and a named side open a
    /// clause of their own; the side named earlier in the sentence is not the one that withdrew.
    @Test func aCommaAndASideOpenAClause() {
        let found = claims("GNA fighters rallied with Turkish support in Misrata, and Haftar's forces withdrew from Tarhuna on Monday.", published: day)
        #expect(found.contains("lna lost gn:2210221 2016-08-01..2016-08-01"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("gna lost") || $0.hasPrefix("turkey-af lost") }, "\(found)")
        // A list of places after ", and" is no new clause: the LNA took all three.
        let list = claims("The LNA captured Hun, Sokna, and Waddan on Monday.", published: day)
        #expect(list.filter { $0.hasPrefix("lna captured") }.count == 3, "\(list)")
    }

    /// "U.S. airstrikes in Sirte": a side whose name ends in a noun of striking attacks the
    /// place after it; a side's strikes named by a bare acronym did already.
    @Test func aSideWhoseNameEndsInStrikes() {
        for sentence in ["The U.S. airstrikes in Sirte killed dozens of militants on Monday.",
                         "American airstrikes against ISIL in Sirte went on on Monday."] {
            let found = claims(sentence, published: day)
            #expect(found.contains("usa-af attacked gn:2210554 2016-08-01..2016-08-01"), "\(sentence): \(found)")
        }
        // "Backed by U.S. airstrikes, GNA forces advanced in Sirte": the backer is no side of the fight; its strikes
        // attacked the place (as the tuning gold codes it, ``ThirteenthSessionWordingTests``).
        let backed = claims("Backed by U.S. airstrikes, GNA forces advanced in Sirte on Monday.", published: day)
        #expect(!backed.contains { $0.hasPrefix("usa-af contested") || $0.hasPrefix("usa-af captured") }, "\(backed)")
        #expect(backed.contains("usa-af attacked gn:2210554 2016-08-01..2016-08-01"), "\(backed)")
    }

    /// "CAIRO, EGYPT - …": the country of a dateline is where the story was filed, no side;
    /// "the Islamist militias controlling the city": a participle after a force no name tells
    /// is not the sentence subject's.
    @Test func datelinesAndUnnamedForces() {
        let found = claims("CAIRO, EGYPT - A Libyan Army spokesman is calling on young men in the capital, Tripoli, to rise up against the Islamist militias controlling the city.", published: day)
        #expect(found.isEmpty, "\(found)")
        let named = claims("CAIRO - The LNA captured Sirte on Monday.", published: day)
        #expect(named == ["lna captured gn:2210554 2016-08-01..2016-08-01"], "\(named)")
    }

    /// "Misrata-based Islamist militias": an adjective between "-based" and the force's noun.
    @Test func aTownBasedForceWithAnAdjective() {
        let found = claims("Following the seizure of Tripoli's international airport by Misrata-based Islamist militias on Monday, Egypt was accused of airstrikes.", published: day)
        #expect(found.contains("misrata captured oa:HLLT 2016-08-01..2016-08-01"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("egypt-af") }, "\(found)")
    }

    /// "engaged with ISIL in Sirte": both sides fight for the place; "re-entered Tarhouna":
    /// taken back; "seated itself in Tripoli": a seat.
    @Test func engagedReenteredAndSeated() {
        let engaged = claims("Forces loyal to the GNA have been engaged with ISIL in Sirte since May.", published: day)
        #expect(engaged.contains("gna contested gn:2210554 2016-05-01..2016-08-03") && engaged.contains("isil contested gn:2210554 2016-05-01..2016-08-03"), "\(engaged)")
        let reentered = claims("GNA-aligned forces re-entered Tarhouna on Monday.", published: day)
        #expect(reentered == ["gna captured gn:2210221 2016-08-01..2016-08-01"], "\(reentered)")
        let entered = claims("GNA-aligned forces entered Tarhouna on Monday.", published: day)
        #expect(entered == ["gna contested gn:2210221 2016-08-01..2016-08-01"], "\(entered)")
        let seated = claims("In March 2016, the GNA Presidency Council seated itself in Tripoli.", published: day)
        #expect(seated == ["gna controls gn:2210247 2016-03-01..2016-03-31"], "\(seated)")
    }

    /// "ISIL claimed responsibility for the attack", "The LNA, which reportedly committed the
    /// strike": the side owns the attack the text spoke of, on the place of the article's title
    /// when the sentence names none; a denial owns nothing.
    @Test func anAttackOwned() throws {
        func titled(_ sentence: String) throws -> [String] {
            let article = try Article.parse("---\ntitle: Zliten truck bombing\npublished: 2016-01-08\n---\nZliten truck bombing\n\nThe bombing killed 60 policemen on 7 January 2016.\n\n" + sentence,
                                            file: "t.txt", id: "t", published: nil)
            return extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
        }
        #expect(try titled("Wilayat al-Barqah, a province of Islamic State of Iraq and the Levant in Libya claimed responsibility for the attack.")
                == ["isil attacked gn:2208485 2016-01-07..2016-01-07"])
        #expect(try titled("The LNA, which reportedly committed the strike, was condemned by several countries.")
                == ["lna attacked gn:2208485 2016-01-07..2016-01-07"])
        #expect(try titled("ISIL denied responsibility for the attack.").isEmpty)
        #expect(try titled("The LNA did not carry out the strike, a spokesman said.").isEmpty)
    }

    /// "control Benghazi's eastern part": a part of the town, fought for; "the city's port",
    /// "Benghazi's airport": the town's facility (the airport with scheduled flights, Benina).
    @Test func partsAndFacilitiesOfATownInThePossessive() {
        let part = claims("LNA forces control Benghazi's eastern part.", published: day)
        #expect(part == ["lna contested gn:88319 2016-08-03..2016-08-03"], "\(part)")
        let port = claims("Fighting raged in Benghazi on Monday. The LNA took control of the city's port on Tuesday.", published: day)
        #expect(port.contains("lna captured cm:benghazi-port 2016-08-02..2016-08-02") && !port.contains { $0.hasPrefix("lna captured gn:88319") }, "\(port)")
        let airport = claims("The LNA took control of Benghazi's airport on Tuesday.", published: day)
        #expect(airport == ["lna captured oa:HLLB 2016-08-02..2016-08-02"], "\(airport)")
    }

    /// "the House of Representatives (HoR), which relocated to Tobruk": the side right before the
    /// relative pronoun (its abbreviation between) relocates, not the one the main clause names
    /// first; a fight told as the time of another event ("after fighting broke out in Tripoli")
    /// has no sides borrowed from the rest of the sentence.
    @Test func aRelativeClauseOfASideAndASubordinateFight() {
        let found = claims("Voters chose a new parliament to replace the GNC in June 2014 - the House of Representatives (HoR), which relocated to the eastern city of Tobruk after fighting broke out in Tripoli and Benghazi.", published: day)
        #expect(found == ["hor controls gn:81302 2014-06-01..2014-06-30"], "\(found)")
        let itself = claims("On 4 August 2014, the House of Representatives relocated itself to Tobruk.", published: day)
        #expect(itself == ["hor controls gn:81302 2014-08-04..2014-08-04"], "\(itself)")
    }

    /// "the Presidency Council entered Tripoli": a government body entering a town takes its seat;
    /// its forces entering fight for it.
    @Test func aGovernmentBodyEntering() {
        let council = claims("On 30 March 2016 the Government of National Accord Presidency Council entered Tripoli.", published: day)
        #expect(council == ["gna captured gn:2210247 2016-03-30..2016-03-30"], "\(council)")
        let forces = claims("On 30 March 2016 GNA forces entered Tripoli.", published: day)
        #expect(forces == ["gna contested gn:2210247 2016-03-30..2016-03-30"], "\(forces)")
    }

    /// "five civilians were killed by LNA bombings" in a place the sentence names; "the drone strike
    /// was conducted by" after an opening phrase; "warplanes from the United States … against
    /// Islamic State of Iraq and the Levant (ISIL) positions in Sirte".
    @Test func attacksToldByTheirToll() {
        let toll = claims("In the Hadhba neighborhood on Monday, five civilians were killed by LNA bombings.", published: day)
        #expect(toll == ["lna attacked cm:hadba 2016-08-01..2016-08-01"], "\(toll)")
        let noPlace = claims("Five civilians were killed by LNA bombings on Monday.", published: day)
        #expect(noPlace.isEmpty, "\(noPlace)")
        let warplanes = claims("On Monday warplanes from the United States (US) launched strikes against Islamic State of Iraq and the Levant (ISIL) positions in Sirte, Libya.", published: day)
        #expect(warplanes == ["usa-af attacked gn:2210554 2016-08-01..2016-08-01"], "\(warplanes)")
    }

    /// "as army forces try to retake Tripoli": an attempt told in the present is dated as the
    /// text is written, not by the last event told.
    @Test func anAttemptInThePresent() {
        let found = claims("In August the LNA lost Tripoli. Now LNA forces try to retake Tripoli.", published: day)
        #expect(found.contains("lna attacked gn:2210247 2016-08-03..2016-08-03"), "\(found)")
    }

    /// "the “oil crescent” region": a name of several words written in lowercase.
    @Test func aRegionNamedInLowercase() {
        let found = claims("In June 2016, militia forces under Jadhran's command seized control of two oil export terminals in the \u{201C}oil crescent\u{201D} region.", published: day)
        #expect(found == ["pfg contested cm:oil-crescent 2016-06-01..2016-06-30"], "\(found)")
    }

    /// "the U.S. embassy evacuated Tripoli", "The U.S. Department of the Treasury": a country's
    /// civilian office is no force; "HoR sessions were held in Tripoli": a meeting held, no hold.
    @Test func officesAndMeetingsAreNoSides() {
        let embassy = claims("Amid escalating violence, the U.S. embassy and most diplomatic missions evacuated Tripoli in July 2014.", published: day)
        #expect(embassy.isEmpty, "\(embassy)")
        let sessions = claims("Several HoR sessions were held in Tripoli in May 2016 while Tripoli was under armed attack.", published: day)
        #expect(!sessions.contains { $0.hasPrefix("hor controls") }, "\(sessions)")
    }

    /// "the seizure of Tripoli's international airport by Misrata-based Islamist militias, the United
    /// Arab Emirates and Egypt were accused": the taker is the force after "by", whatever follows.
    @Test func aTakerAfterByBeforeOtherSides() {
        let found = claims("Following the seizure of Tripoli's international airport by Misrata-based Islamist militias in August 2014, the United Arab Emirates and Egypt were accused of airstrikes.", published: day)
        #expect(found == ["misrata captured oa:HLLT 2014-08-01..2014-08-31"], "\(found)")
    }

    /// "It has only been about six weeks since the Presidency Council entered Tripoli": the event
    /// after "since" lies that long before publication; "…, and the al-Sarraj government has moved
    /// into ministries": the clause after ", and" has its own subject.
    @Test func timeElapsedSinceAnEvent() {
        let found = claims("It has only been about six weeks since the Government of National Accord Presidency Council entered Tripoli.", published: Day(iso: "2016-05-15")!)
        #expect(found == ["gna captured gn:2210247 2016-03-31..2016-04-06"], "\(found)")
        let moved = claims("The GNC government controlled by Ghwell has melted away, and the al-Sarraj government has moved into ministries in Tripoli.", published: day)
        #expect(moved.contains { $0.hasPrefix("gna contested gn:2210247") } && !moved.contains { $0.hasPrefix("gns") }, "\(moved)")
    }

    /// "as they try to remove ISIL from the city": an attempt on the town referred to, which
    /// ISIL held; "the eastern Libyan coastal city": up to three adjectives before the noun.
    @Test func anAttemptToRemoveAndAdjectivesBeforeTheTown() {
        let remove = claims("The GNA fights ISIL in Sirte. The strikes were requested by the GNA as they try to remove ISIL from the city.", published: day)
        #expect(remove.contains("gna attacked gn:2210554 2016-08-03..2016-08-03") && remove.contains("isil controls gn:2210554 2016-08-03..2016-08-03"), "\(remove)")
        let city = claims("ISIL fighters entered Derna on Monday. ISIL has taken complete control of the eastern Libyan coastal city on Tuesday.", published: day)
        #expect(city.contains("isil captured gn:87205 2016-08-02..2016-08-02"), "\(city)")
    }

    /// "an offensive against the GNA headquarters and Libyan capital of Tripoli": a side's
    /// headquarters is a target, not the end of the objects.
    @Test func aSidesHeadquartersAsATarget() {
        let found = claims("The LNA launched an offensive against the GNA headquarters and Libyan capital of Tripoli in April 2016.", published: day)
        #expect(found == ["lna attacked gn:2210247 2016-04-01..2016-04-30"], "\(found)")
    }

    /// "Egypt bombed Derna. The air strikes had killed 64 ISIL militants in Derna and Sirte": the
    /// strikes of the one side just named, on the places the sentence names.
    @Test func strikesReferredBackByTheirToll() {
        let found = claims("Egypt bombed Derna on 16 February. The air strikes had killed 64 ISIL militants in the coastal cities of Derna and Sirte.", published: day)
        #expect(found.contains("egypt-af attacked gn:2210554 2016-02-16..2016-02-16"), "\(found)")
        let twoSides = claims("Egypt and the LNA bombed Derna on 16 February. The air strikes had killed 64 militants in Sirte.", published: day)
        #expect(!twoSides.contains { $0.contains("gn:2210554") }, "\(twoSides)")
    }

    /// "strikes against Islamic State targets Tuesday as Libyan forces advanced inside the group's
    /// stronghold of Sirte": strikes on targets with no place of their own hit the one town the
    /// sentence names; "the U.N.-backed government's fight to retake Sirte".
    @Test func strikesOnTargetsAndTheUNBackedGovernment() {
        let strikes = claims("The U.S. military launched more strikes against Islamic State targets Tuesday as Libyan forces said they were advancing inside the terror group's stronghold of Sirte.", published: Day(iso: "2016-08-02")!)
        #expect(strikes.contains("usa-af attacked gn:2210554 2016-08-02..2016-08-02"), "\(strikes)")
        let fight = claims("The air operation was limited to the U.N.-backed government's fight to retake Sirte from IS.", published: day)
        #expect(fight.contains { $0.hasPrefix("gna attacked gn:2210554") }, "\(fight)")
    }

    /// "the city of Tarhouna and areas of southern Tripoli, which had been under the territorial
    /// control of LNA-aligned forces, including the Kaniyat militia": each place by its own words
    /// (areas of a town are fought for), and the force a side includes holds with it; "have reduced
    /// the territory under ISIL control": shrinking territory is fought for.
    @Test func partsOfPlacesUnderControlAndForcesIncluded() {
        let found = claims("In June 2016 mass graves were discovered in the city of Tarhouna and in areas of southern Tripoli, which had been under the territorial control of LNA-aligned forces, including the Kaniyat militia, since April 2016.", published: day)
        for line in ["lna controls gn:2210221", "kaniyat controls gn:2210221", "lna contested gn:2210247", "kaniyat contested gn:2210247"] {
            #expect(found.contains { $0.hasPrefix(line) }, "\(line): \(found)")
        }
        #expect(!found.contains { $0.hasPrefix("lna controls gn:2210247") }, "\(found)")
        let reduced = claims("In Sirte, GNA forces have reduced the territory under ISIL control by about a third over the last week.", published: day)
        #expect(reduced.contains { $0.hasPrefix("isil contested gn:2210554") } && !reduced.contains { $0.hasPrefix("isil controls") }, "\(reduced)")
    }

    /// "Misrata-led forces": a town's force named by who leads it; "retook the areas of Wadi Rabie
    /// and Ain Zara": areas named are whole; "most of southern Libya, including Sabha": the places
    /// a part includes are held whole.
    @Test func townLedForcesNamedAreasAndInclusions() {
        let led = claims("The Misrata-led forces control most of the city of Sirte.", published: day)
        #expect(led == ["misrata contested gn:2210554 2016-08-03..2016-08-03"], "\(led)")
        let areas = claims("On 8 May, the GNA counterattacked and retook the areas of Ain Zara.", published: day)
        #expect(areas == ["gna captured gn:2219021 2016-05-08..2016-05-08"], "\(areas)")
        let including = claims("In July the LNA consolidated its control over most of southern Libya, including Sabha.", published: day)
        #expect(including.contains("lna contested cm:fezzan 2016-07-01..2016-07-31") && including.contains("lna controls gn:2212775 2016-07-01..2016-07-31"), "\(including)")
    }

    /// "The LNA seized Murzuq in February, but Tebu militias drove it out in August": a date of
    /// the trigger's own clause first; "the offensive, which began on April 4": its start dates
    /// it; "during the year" with no report's year is the year the text tells.
    @Test func datesOfTheClauseAndTheYearTold() {
        let murzuq = claims("The LNA seized Murzuq in February, but Tebu militias drove it out of the town in August.", published: Day(iso: "2019-12-31")!)
        #expect(murzuq.contains("lna captured gn:2214603 2019-02-01..2019-02-28") && murzuq.contains("tebu captured gn:2214603 2019-08-01..2019-08-31"), "\(murzuq)")
        let began = claims("The LNA's offensive on Tripoli, which began on April 4, stalled in the city's southern suburbs.", published: Day(iso: "2019-12-31")!)
        #expect(began == ["lna attacked gn:2210247 2019-04-04..2019-04-04"], "\(began)")
        let year = claims("During the year the LNA controlled Sabha.", published: Day(iso: "2019-12-31")!)
        #expect(year == ["lna controls gn:2212775 2019-01-01..2019-12-31"], "\(year)")
    }

    /// "established a foothold in Sirte": a hold; Ganfouda, the Benghazi district of the 2016–2017 siege, is in the gazetteer.
    @Test func aFootholdAndGanfouda() {
        let foothold = claims("The Islamic State established a foothold in Sirte in February 2015.", published: day)
        #expect(foothold == ["isil controls gn:2210554 2015-02-01..2015-02-28"], "\(foothold)")
        let ganfouda = claims("ISIL was forced out of Ganfouda in January 2016.", published: day)
        #expect(ganfouda.contains("isil lost cm:ganfouda 2016-01-01..2016-01-31") && ganfouda.contains("isil contested gn:88319 2016-01-01..2016-01-31"), "\(ganfouda)")
    }

    /// "Result: GNA victory; LNA forces withdraw from Gharyan": a semicolon before a side parts
    /// clauses; "; 10 in Nofaliya and 2 in Ben Jawad" goes on with the clause before it.
    @Test func aSemicolonBeforeASide() {
        let result = claims("- Result: GNA victory; LNA forces withdraw from Gharyan", published: day)
        #expect(result.contains { $0.hasPrefix("lna lost gn:2217362") } && !result.contains { $0.hasPrefix("gna lost") }, "\(result)")
        let list = claims("On 18 March, 12 Tripoli government soldiers were killed during fighting against Islamic State fighters; 10 in Nofaliya and 2 in Ben Jawad.", published: Day(iso: "2015-03-20")!)
        #expect(list.contains("isil contested gn:2218562 2015-03-18..2015-03-18") || list.contains("isil contested gn:2219589 2015-03-18..2015-03-18"), "\(list)")
    }

    /// Translations' word order: "took under their control the airport of Tamanhint", "the
    /// militias of Misrata".
    @Test func translationsWordOrder() {
        let took = claims("The LNA units took under their control the airport of Tamanhint on Monday.", published: day)
        #expect(took == ["lna captured oa:HL66 2016-08-01..2016-08-01"], "\(took)")
        let militias = claims("The militias of Misrata attacked Sirte on Monday.", published: day)
        #expect(militias == ["misrata attacked gn:2210554 2016-08-01..2016-08-01"], "\(militias)")
    }

    /// "exercised limited control over Tripoli": a partial hold is fought for; "extended its
    /// control to the Sharara oil field": control won; "expanded its control of" stays a hold.
    @Test func degreesOfControl() {
        let limited = claims("The GNA exercised limited control over Tripoli in July.", published: day)
        #expect(limited == ["gna contested gn:2210247 2016-07-01..2016-07-31"], "\(limited)")
        let extended = claims("The LNA extended its control to Sabha in February.", published: day)
        #expect(extended == ["lna captured gn:2212775 2016-02-01..2016-02-29"], "\(extended)")
        let expanded = claims("ISIL expanded its control of Sirte in February.", published: day)
        #expect(expanded == ["isil controls gn:2210554 2016-02-01..2016-02-29"], "\(expanded)")
    }

    /// "Gharyan had been the LNA's main supply base since April": "had been" as a copula, and a
    /// few adjectives before the noun of a seat.
    @Test func aSeatWithAdjectivesAfterHadBeen() {
        let found = claims("Gharyan had been the LNA's main supply base since April.", published: day)
        #expect(found == ["lna controls gn:2217362 2016-04-01..2016-08-03"], "\(found)")
        let main = claims("Gharyan was the LNA's main base in July.", published: day)
        #expect(main == ["lna controls gn:2217362 2016-07-01..2016-07-31"], "\(main)")
    }

    /// "Misrata, a GNA stronghold, was shelled": a seat in an apposition with the indefinite
    /// article too; "Sirte, a city of 80,000": no side, no claim.
    @Test func aSeatInAnIndefiniteApposition() {
        let found = claims("Misrata, a GNA stronghold, was shelled on Monday.", published: day)
        #expect(found == ["gna controls gn:2214846 2016-08-01..2016-08-01"], "\(found)")
        #expect(claims("Sirte, a city of 80,000, was quiet on Monday.", published: day).isEmpty)
    }
}
