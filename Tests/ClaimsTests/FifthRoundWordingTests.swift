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
        // A point of the compass ending its phrase is that part of the country; directions of an attack are not.
        let west = claims("Geographically, the LNA has its power in the eastern part of Libya and the Tripoli government controls the west.", published: day)
        #expect(west.contains("gna controls cm:tripolitania 2020-06-30..2020-06-30"), "\(west)")
        #expect(claims("The LNA controls the east.", published: day) == ["lna controls cm:cyrenaica 2020-06-30..2020-06-30"])
        let directions = claims("GNA fighters are besieging Sirte from three directions -- the west, south and east.", published: day)
        #expect(directions == ["gna attacked gn:2210554 2020-06-30..2020-06-30"], "\(directions)")
        #expect(!claims("Fighting was confined to the south western districts of Benghazi.", published: day).contains { $0.contains("cm:fezzan") })
    }

    /// "Both sides", "the two armies": the two actors the text has named most; a fight in a
    /// town's surroundings ("the suburbs south of Tripoli") is a fight for the town, one at a
    /// distance ("50 kilometers south of Sirte") is not.
    @Test func bothSidesAndTheSurroundingsOfATown() {
        let day = Day(iso: "2019-06-26")!
        let both = claims("The GNA took Gharyan from the LNA. Fighting between the two armies has been centered in the suburbs south of Tripoli.",
                          published: day)
        #expect(both.contains { $0.hasPrefix("gna contested gn:2210247") } && both.contains { $0.hasPrefix("lna contested gn:2210247") }, "\(both)")
        #expect(!claims("The GNA was fighting ISIL 50 kilometers south of Sirte.", published: day).contains { $0.contains("gn:2210554") })
        #expect(claims("The GNA was fighting ISIL outside Sirte.", published: day).contains { $0.hasPrefix("gna contested gn:2210554") })
    }

    /// An attack on a force or its positions, with no place after it, is where the sentence
    /// places it ("smoke rising over Benghazi after government warplanes attacked militia bases").
    @Test func anAttackOnAForceIsWhereTheSentencePlacesIt() {
        let found = claims("Libyan state television showed black smoke rising over Benghazi after government warplanes attacked Islamist militia bases.",
                           published: Day(iso: "2014-05-16")!)
        #expect(found.contains { $0.hasPrefix("lna attacked gn:88319") }, "\(found)")
        // Two towns: no guess.
        #expect(claims("Smoke rose over Benghazi and over Derna after government warplanes attacked militia bases.",
                       published: Day(iso: "2014-05-16")!).isEmpty)
    }

    /// A taking that is close is an attack ("close to taking control of", "on the verge of
    /// capturing"), as the text is written when told in the present; a holder written into an
    /// adjective ("the Islamic State-held port city of Sirte") held the place and loses it when
    /// it is taken; one of several strongholds taken from a side is a fight of both.
    @Test func nearTakingsHoldersInAdjectivesAndOneOfSeveral() {
        let near = claims("Forces aligned with Libya's unity government say they are close to taking control of the Islamic State-held port city of Sirte.",
                          published: Day(iso: "2016-06-11")!)
        #expect(near.contains("gna attacked gn:2210554 2016-06-11..2016-06-11") && !near.contains { $0.hasPrefix("gna captured") }, "\(near)")
        #expect(claims("The LNA was on the verge of capturing Derna.", published: Day(iso: "2018-06-20")!).contains { $0.hasPrefix("lna attacked gn:87205") })
        let held = claims("GNA forces captured the Islamic State-held city of Sirte on 6 December.", published: Day(iso: "2016-12-20")!)
        #expect(held.contains("gna captured gn:2210554 2016-12-06..2016-12-06") && held.contains("isil lost gn:2210554 2016-12-06..2016-12-06"), "\(held)")
        let oneOf = claims("Forces of the Libyan National Army claim to have captured one of the last remaining strongholds of Benghazi from Ansar al-Sharia.",
                           published: Day(iso: "2017-01-26")!)
        #expect(Set(oneOf.map { $0.components(separatedBy: " ").prefix(3).joined(separator: " ") })
                    == ["lna contested gn:88319", "ansar-al-sharia contested gn:88319"], "\(oneOf)")
    }

    /// Wordings of air campaigns and of fights under way: "conducted strikes in", "airstrikes
    /// hit … in", "an airstrike near Sirte", AFRICOM; "have been fighting to retake Sirte
    /// since May" is an attack from May up to the text; "drove ISIL-Libya from its main
    /// stronghold in Sirte" names the side driven out; "operatives set up a base in Darnah".
    @Test func airCampaignsAndFightsUnderWay() {
        let day = Day(iso: "2016-08-10")!
        #expect(claims("The U.S. has conducted more than 100 strikes in Sirte since August 1.", published: day)
                    == ["usa-af attacked gn:2210554 2016-08-01..2016-08-10"])
        #expect(claims("U.S. airstrikes hit Islamic State fighters in Sirte on Monday.", published: day) == ["usa-af attacked gn:2210554 2016-08-08..2016-08-08"])
        #expect(claims("AFRICOM said it conducted a precision airstrike near Sirte on Monday.", published: day) == ["usa-af attacked gn:2210554 2016-08-08..2016-08-08"])
        #expect(claims("Government forces have been fighting to retake Sirte since May.", published: day) == ["gna attacked gn:2210554 2016-05-01..2016-08-10"])
        let drove = claims("In December, Libyan forces drove ISIL-Libya from its main stronghold in Sirte.", published: Day(iso: "2016-12-31")!)
        #expect(Set(drove) == ["gna captured gn:2210554 2016-12-01..2016-12-31", "isil lost gn:2210554 2016-12-01..2016-12-31"], "\(drove)")
        let base = try! Article.parse("---\ntitle: ISIL-Libya\npublished: 2020-01-01\n---\nIn October 2014, several hundred operatives set up a base in Darnah.",
                                      file: "t", id: "t", published: nil)
        #expect(extractor.extract(base).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id)" } == ["isil controls gn:87205"])
    }

    /// Negations written with a contraction ("hadn't") are refused; "to help the GNA capture
    /// Sirte" is a purpose, "helped the GNA capture Sirte" the GNA's capture; "the port in the
    /// city of Sirte" is Sirte's port; a capture "after heavy fighting with ISIL" is ISIL's loss.
    @Test func contractionsHelpersFacilitiesAndDefenders() {
        let day = Day(iso: "2016-12-21")!
        #expect(claims("GNA forces still hadn't fully captured Sirte.", published: day).isEmpty)
        #expect(claims("GNA forces haven’t captured Sirte.", published: day).isEmpty)
        #expect(claims("AFRICOM announced the end of its military operations to help GNA capture Sirte.", published: day).isEmpty)
        #expect(claims("U.S. airstrikes helped the GNA capture Sirte in December.", published: day) == ["gna captured gn:2210554 2016-12-01..2016-12-31"])
        let port = claims("Libyan forces claim to have captured the port in the city of Sirte after heavy fighting with ISIL on 11 June.", published: day)
        #expect(Set(port) == ["gna captured cm:sirte-port 2016-06-11..2016-06-11", "isil lost cm:sirte-port 2016-06-11..2016-06-11"], "\(port)")
    }

    /// Takings announced ("declares full control of", "claimed victory in"), the last of a
    /// place fought for ("down to three neighbourhoods in", "holding out in", "made gains
    /// in"), premature reports refused, and a verb after "and" sharing the subject of the
    /// verb before it ("GNA repelled the LNA offensive and advanced towards Sirte").
    @Test func announcedTakingsLastStandsAndSharedSubjects() {
        let day = Day(iso: "2017-12-29")!
        #expect(claims("The Libyan National Army declares full control of Benghazi on Thursday.", published: day) == ["lna captured gn:88319 2017-12-28..2017-12-28"])
        #expect(claims("The LNA claimed victory in Derna on Thursday.", published: day) == ["lna captured gn:87205 2017-12-28..2017-12-28"])
        #expect(claims("ISIL is down to three neighborhoods in Sirte.", published: day) == ["isil contested gn:2210554 2017-12-29..2017-12-29"])
        #expect(claims("GNA forces made gains in Sirte on Thursday.", published: day) == ["gna contested gn:2210554 2017-12-28..2017-12-28"])
        #expect(claims("Islamic State militants are now confined to a small area of Sirte.", published: day) == ["isil contested gn:2210554 2017-12-29..2017-12-29"])
        #expect(claims("There were premature reports that Sirte had been fully captured by the GNA.", published: day).isEmpty)
        let shared = claims("On 5 January, the GNA repelled the LNA offensive and advanced towards Sirte.", published: day)
        #expect(shared.contains { $0.hasPrefix("gna attacked gn:2210554") } && !shared.contains { $0.hasPrefix("lna attacked") }, "\(shared)")
    }

    /// Airstrikes "in support of GNA forces fighting Islamic State in Sirte" strike Sirte: a
    /// side located at a place ("Islamic State in Sirte") does not end an attack's objects.
    @Test func strikesInSupportOfASideFightingInATown() {
        let found = claims("1 August – The United States launched airstrikes in support of GNA forces fighting Islamic State in Sirte.",
                           published: Day(iso: "2016-12-01")!)
        #expect(Set(found) == ["usa-af attacked gn:2210554 2016-08-01..2016-08-01", "gna contested gn:2210554 2016-08-01..2016-08-01",
                               "isil contested gn:2210554 2016-08-01..2016-08-01"], "\(found)")
    }

    /// A government named after its town ("the U.N.-supported Tripoli government", "the
    /// Tripoli-based Government of National Accord") sits there, as the text is written.
    @Test func aGovernmentNamedAfterItsTownSitsThere() {
        let day = Day(iso: "2019-04-20")!
        #expect(claims("Haftar's LNA forces refuse to recognize the U.N.-supported Tripoli government.", published: day)
                    == ["gna controls gn:2210247 2019-04-20..2019-04-20"])
        let based = claims("The Tripoli-based Government of National Accord (GNA) has complete control of al-Watiya airbase.", published: day)
        #expect(based.contains("gna controls gn:2210247 2019-04-20..2019-04-20") && based.contains { $0.hasPrefix("gna controls oa:HL77") }, "\(based)")
        // A force named after a town is no government: "Misrata brigades" do not sit in Misrata by their name.
        #expect(claims("The Misrata brigades refused to recognize the agreement.", published: day).isEmpty)
    }

    /// "recaptures all lost positions" takes back the places the text named last (all of
    /// them: no part), and "lost" there is an adjective; present-tense verbs of taking
    /// ("recaptures", "retakes") are triggers like their past tense.
    @Test func allLostPositionsAreThePlacesNamedLast() {
        let found = claims("On 3 March 2017 the BDB took control of Ras Lanuf. On 14 March 2017, LNA recaptures all lost positions in a counter-offensive.",
                           published: Day(iso: "2017-03-20")!)
        #expect(found.contains("lna captured gn:2212984 2017-03-14..2017-03-14"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("lna contested") || $0.hasPrefix("lna lost") }, "\(found)")
        #expect(claims("The GNA retakes Gharyan.", published: Day(iso: "2019-06-26")!).contains { $0.hasPrefix("gna captured gn:2217362") })
    }

    /// "The base was completely overrun", with no one named: taken by whoever the text just
    /// said attacked it, and lost by its holder; with no attack told just before, nothing.
    @Test func overrunByWhoeverJustAttackedIt() {
        let day = Day(iso: "2017-05-20")!
        let found = claims("On 18 May 2017, the Benghazi Defense Brigades attacked the Brak al-Shati Airbase controlled by the LNA. The base was completely overrun.",
                           published: day)
        #expect(found.contains("bdb captured oa:LY-BCQ 2017-05-18..2017-05-18") && found.contains("lna lost oa:LY-BCQ 2017-05-18..2017-05-18"), "\(found)")
        #expect(claims("The LNA held the Brak al-Shati Airbase in 2016. The base was completely overrun.", published: day)
                    .allSatisfy { !$0.contains("captured") }, "no attacker, no taker")
    }

    /// An infobox "Date" row flattened to a line dates the undated summary lines under it
    /// with its whole span; a line with its own date keeps it.
    @Test func anInfoboxDateRowDatesTheSummaryLines() {
        let found = claims("""
            Gulf of Sidra Offensive (2017)
            Date 3 March 2017 – 14 March 2017
            Benghazi Defense Brigades capture Ras Lanuf.
            On 14 March 2017, the LNA recaptures Ras Lanuf.
            """, published: Day(iso: "2017-03-15")!)
        #expect(found.contains("bdb captured gn:2212984 2017-03-03..2017-03-14"), "\(found)")
        #expect(found.contains("lna captured gn:2212984 2017-03-14..2017-03-14"), "\(found)")
        let open = claims("Date 16 May 2014 – present\nThe LNA fights the BRSC in Benghazi.", published: Day(iso: "2015-01-01")!)
        #expect(open.contains("lna contested gn:88319 2014-05-16..2015-01-01"), "\(open)")
    }

    /// Names of the other side ("Counter-ISIL", "anti-Haftar") are not that actor; "Eastern
    /// Libyan forces" are the LNA's; "militias from the western city of Misrata" name an origin.
    @Test func namesOfTheOtherSideAndOrigins() {
        let day = Day(iso: "2019-04-04")!
        #expect(claims("Liberation of Sirte Highlights Latest Counter-ISIL Efforts", published: day).allSatisfy { !$0.hasPrefix("isil") })
        #expect(claims("Eastern Libyan forces have reportedly taken control of the town of Gharyan.", published: day)
                    .contains { $0.hasPrefix("lna captured gn:2217362") })
        let origin = claims("Militias from the western city of Misrata reached the outskirts of Sirte. GNA fighters are besieging the city.",
                            published: Day(iso: "2016-06-11")!)
        #expect(!origin.contains { $0.contains("gn:2214846") }, "\(origin)")
    }

    /// Who reports a fall or a liberation made it: "A spokesman for the LNA said the city of
    /// Sirte fell", "The Libyan Prime Minister announced that Sirte had been liberated from
    /// Islamic State" — and the side that speaks did not suffer it.
    @Test func whoReportsAFallMadeIt() {
        let fell = claims("A spokesman for Haftar's Libyan National Army said Monday the city of Sirte fell within hours and has been totally liberated.",
                          published: Day(iso: "2020-01-06")!)
        #expect(fell == ["lna captured gn:2210554 2020-01-06..2020-01-06"], "\(fell)")
        let liberated = claims("The Libyan Prime Minister announced on 6 December that Sirte had been liberated from Islamic State.",
                               published: Day(iso: "2016-12-20")!)
        #expect(Set(liberated) == ["gna captured gn:2210554 2016-12-06..2016-12-06", "isil lost gn:2210554 2016-12-06..2016-12-06"], "\(liberated)")
    }

    /// A town's fighters are the force named after it ("Fighters from Misrata" are the
    /// Misratan brigades); reaching the outskirts of a town is an attack on it, "earlier in
    /// the week" the week before publication; a bombing in a town is an attack on it.
    @Test func fightersFromATownOutskirtsAndBombings() {
        let day = Day(iso: "2016-06-11")!
        #expect(claims("Fighters from Misrata have been battling IS in Sirte since May.", published: day)
                    .contains("misrata contested gn:2210554 2016-05-01..2016-06-11"))
        #expect(claims("Militias from the western city of Misrata were able to reach the outskirts of Sirte earlier in the week.", published: day)
                    == ["misrata attacked gn:2210554 2016-06-05..2016-06-11"])
        #expect(claims("ISIS claimed responsibility for a suicide bombing in Zliten on 7 January.", published: day)
                    == ["isil attacked gn:2208485 2016-01-07..2016-01-07"])
    }

    /// "under their control" is the side the pronoun stands for; "was now" in a past
    /// narrative is the time the narrative is at, not publication; a government and a town
    /// parted by a comma ("opposes the GNA, in Tripoli") are no seat.
    @Test func underTheirControlWasNowAndCommas() {
        let found = claims("On 17 October 2017, Rada conducted raids in Ghrarat. He added that Ghrarat was now under their control.",
                           published: Day(iso: "2018-10-01")!)
        #expect(found.contains("rada controls cm:ghararat 2017-10-17..2017-10-17"), "\(found)")
        #expect(!claims("The 33rd Brigade, a militia that generally opposes the GNA, in Tripoli, attacked Mitiga airport.", published: Day(iso: "2018-01-20")!)
                    .contains { $0.hasPrefix("gna controls") })
    }
}
