import Claims
import Foundation
import Testing

@Suite struct ExtractorTests {
    @Test func listsOfPlaces() {
        let found = claims("The LNA captured the settlements of Hun, Sokna, Waddan and others on June 3.")
        #expect(Set(found) == ["lna captured gn:2216645 2017-06-03..2017-06-03", "lna captured gn:2210627 2017-06-03..2017-06-03",
                               "lna captured gn:2209055 2017-06-03..2017-06-03"])
    }

    @Test func whoActsAndWhoSuffers() {
        let found = claims("On March 14, the LNA seized Es Sider from the Petroleum Facilities Guard.")
        #expect(found.contains("lna captured cm:es-sider-terminal 2017-03-14..2017-03-14"))
        #expect(found.contains("pfg lost cm:es-sider-terminal 2017-03-14..2017-03-14"))
        let forced = claims("On May 2, ISIL fighters were driven out of Sirte by Misratan forces.")
        #expect(forced.contains("isil lost gn:2210554 2017-05-02..2017-05-02"))
        #expect(forced.contains("misrata captured gn:2210554 2017-05-02..2017-05-02"))
    }

    @Test func passivesAndStates() {
        #expect(claims("Sirte fell to the GNA on December 6, 2016.") == ["gna captured gn:2210554 2016-12-06..2016-12-06"])
        #expect(claims("Derna remained in the hands of the Mujahideen Shura Council.").first?.hasPrefix("mscd controls gn:87205") == true)
        #expect(claims("Brak is under the control of the Third Force.") == ["third-force controls gn:2218478 2017-06-25..2017-06-25"])
        #expect(claims("Haftar's troops retook Ras Lanuf on March 14.") == ["lna captured gn:2212984 2017-03-14..2017-03-14"])
        // A word of change before a state makes it a capture.
        #expect(claims("On March 14, Waddan came under the control of the LNA.") == ["lna captured gn:2209055 2017-03-14..2017-03-14"])
        #expect(claims("On March 14, Waddan passed into the hands of the Third Force.") == ["third-force captured gn:2209055 2017-03-14..2017-03-14"])
    }

    @Test func encyclopedicPhrasings() throws {
        // A passive loss, a state around the actor's name, a relative clause's antecedent.
        #expect(claims("On December 6, Sirte had been liberated from the Islamic State.") == ["isil lost gn:2210554 2016-12-06..2016-12-06"])
        #expect(claims("By 11 August, 70 percent of Sirte was under GNA control.").contains { $0.hasPrefix("gna contested gn:2210554") })
        #expect(claims("By 11 August, Sirte was under GNA control.").contains { $0.hasPrefix("gna controls gn:2210554") })
        #expect(claims("ISIL expanded its control of Derna, which it seized in 2014.").contains("isil captured gn:87205 2014-01-01..2014-12-31"))
        // The side driven out, and a verb of taking after a passive auxiliary.
        let drove = claims("On May 2, the LNA drove the Islamic State out of Derna.")
        #expect(drove.contains("lna captured gn:87205 2017-05-02..2017-05-02") && drove.contains("isil lost gn:87205 2017-05-02..2017-05-02"))
        let expelled = claims("On May 2, the Islamic State was expelled from Derna.")
        #expect(expelled == ["isil lost gn:87205 2017-05-02..2017-05-02"])
        // A nested state names who held what was taken.
        let nested = claims("On December 5, GNA forces seized the last buildings held by ISIL in Sirte.")
        #expect(nested.contains("gna captured gn:2210554 2016-12-05..2016-12-05") && nested.contains("isil lost gn:2210554 2016-12-05..2016-12-05"))
        // The other side of a fight, "the capital", and the airport of the town named.
        #expect(Set(claims("On 1 August, GNA forces were fighting the Islamic State in Sirte.")) ==
                ["gna contested gn:2210554 2016-08-01..2016-08-01", "isil contested gn:2210554 2016-08-01..2016-08-01"])
        #expect(claims("On 17 October, the GNS took control of the capital.").contains("gns captured gn:2210247 2016-10-17..2016-10-17"))
        #expect(claims("On 20 January, clashes continued in Sabha, but the airport stayed under the control of the GNA.")
            .contains { $0.hasPrefix("gna controls oa:HLLS") })
        // A seat of an actor, and a town's facilities named after it.
        #expect(claims("Sirte was ISIS's center of governance in Libya.").contains { $0.hasPrefix("isil controls gn:2210554") })
        #expect(claims("The LNA's stronghold of Benghazi was quiet.").contains { $0.hasPrefix("lna controls gn:88319") })
        let facilities = Set(claims("On 12 June, GNA forces secured Sirte's port, airport and a residential area."))
        #expect(facilities.isSuperset(of: ["gna captured cm:sirte-port 2017-06-12..2017-06-12", "gna captured oa:HLGD 2017-06-12..2017-06-12"]))
        // Places listed as included, their container dropped, the noun before them naming the facility.
        let included = Set(claims("On 11 September, the LNA seized control of key oil ports in the Oil Crescent, including Ras Lanuf, Es Sider and Brega."))
        #expect(included == ["lna captured cm:ras-lanuf-terminal 2016-09-11..2016-09-11", "lna captured cm:es-sider-terminal 2016-09-11..2016-09-11",
                             "lna captured cm:brega-terminal 2016-09-11..2016-09-11"])
        // "the Tripoli-based GNA".
        #expect(claims("The Tripoli-based GNA rejected the plan.").contains { $0.hasPrefix("gna controls gn:2210247") })
        // Fighting with no side named: the sides just named; a town locating its districts is no object.
        let confined = Set(claims("On 16 May, the LNA attacked Ansar al-Sharia in Benghazi. Fighting was confined to the south western Benghazi districts of Hawari and Sidi Ferej."))
        #expect(confined.isSuperset(of: ["lna contested cm:hawari 2017-05-16..2017-05-16", "ansar-al-sharia contested cm:sidi-faraj 2017-05-16..2017-05-16"]))
        // Benghazi is no object there; the districts fought for make it fought for (a derived claim).
        let confinedRules = extractor.extract(try Article.parse("On 16 May, the LNA attacked Ansar al-Sharia in Benghazi. Fighting was confined to the south western Benghazi districts of Hawari and Sidi Ferej.",
                                                                file: "t", id: "t", published: seedPublished))
            .filter { $0.place.id == "gn:88319" && $0.status == .contested }.map(\.rule)
        #expect(!confinedRules.isEmpty && confinedRules.allSatisfy { $0.hasSuffix("+part of town") })
        // A pluperfect taking with no date of its own is a state at the time the text speaks of.
        let pluperfect = claims("On 14 October, the GNA met the LNA. The LNA had taken over Ras Lanuf and Brega, but cooperated.")
        #expect(pluperfect.contains { $0.hasPrefix("lna controls gn:2212984") } && !pluperfect.contains { $0.hasPrefix("lna captured") })
        // Still refused: a plan and a negation in the new phrasings.
        #expect(claims("The GNA plans to drive the Islamic State out of Sirte.").isEmpty)
        #expect(claims("Sirte has not been liberated from the Islamic State.").isEmpty)
    }

    /// A place before the head noun of a force's name names the force ("the Benghazi
    /// Defence and Misratan Brigades"), not a place the sentence speaks of.
    @Test func placesInsideForcesNamesAreNotPlaces() {
        let found = claims("On 14 March, the LNA recaptured all positions lost to the Benghazi Defence and Misratan Brigades.")
        #expect(!found.contains { $0.contains("gn:88319") }, "\(found)")
        #expect(claims("On 12 February 2019 the LNA captured Derna from the Derna Protection Force.", published: Day(year: 2019, month: 3, day: 1)!)
            .contains { $0.hasPrefix("lna captured gn:87205 2019-02-12") })
    }

    @Test func referencesBackToTheLastActor() {
        let found = claims("The Benghazi Defense Brigades advanced east on March 3. They captured Ras Lanuf the same day.")
        #expect(found.contains { $0.hasPrefix("bdb captured gn:2212984") })
    }

    @Test func hypothesesPlansNegationsAndOpinionsAreRefused() {
        #expect(claims("It is unlikely that Haftar will capture Tripoli.").isEmpty)
        #expect(claims("If the LNA decides to attack Tripoli, the GNA could lose Misrata.").isEmpty)
        #expect(claims("The LNA plans to take Sirte next month.").isEmpty)
        #expect(claims("The government did not give any orders to attack Brak.").isEmpty)
        #expect(claims("Haftar could seize Sabha.").isEmpty)
        #expect(claims("The GNA denied that it had lost Gharyan.").isEmpty)
        #expect(claims("Analysts believe the LNA controls Sebha.").isEmpty)
        // A purpose is not an event; an infinitive after a verb of doing it is.
        #expect(!claims("On 7 May 2018 the LNA began a campaign to recapture Derna.").contains { $0.hasPrefix("lna captured") })
        #expect(!claims("On 13 July the Libya Dawn coalition launched an operation to seize Tripoli International Airport.").contains { $0.contains("captured") })
        #expect(claims("On 14 March, Haftar's troops managed to regain control of Ras Lanuf.").contains { $0.hasPrefix("lna captured gn:2212984") })
    }

    @Test func datesRelativeToThePublicationAndToEvents() {
        let found = claims("On March 3 of this year, the BDB attacked Ras Lanuf. In a week and a little, Haftar's troops regained control of Ras Lanuf.")
        #expect(found.contains("bdb attacked gn:2212984 2017-03-03..2017-03-03"))
        #expect(found.contains { $0.hasPrefix("lna captured gn:2212984 2017-03-1") })
        let since = claims("Es Sider has been under the control of the LNA since the end of last year.")
        #expect(since == ["lna controls cm:es-sider-terminal 2016-12-01..2017-06-25"])
        // A range is one interval, from the first day of the one to the last of the other.
        let published = Day(year: 2019, month: 3, day: 1)!
        #expect(claims("Fighting broke out in Derna between the LNA and the Shura Council from 7 May 2018 until 12 February 2019.",
                       published: published).contains("lna contested gn:87205 2018-05-07..2019-02-12"))
        // A siege is an attack on the place.
        #expect(claims("The LNA besieged Derna between May 2018 and February 2019.", published: published)
            .contains("lna attacked gn:87205 2018-05-01..2019-02-28"))
        // A relative clause telling how long the battle lasted dates the battle.
        #expect(claims("The LNA fought the battle of Derna, which lasted from 7 May 2018 until 12 February 2019.", published: published)
            .contains { $0.hasPrefix("lna contested gn:87205 2018-05-07..2019-02-12") })
    }

    /// Wire-news and encyclopedic wordings: words of degree inside a trigger, losses to a
    /// taker, withdrawals that name no place, operations launched to take a place.
    @Test func wordingsOfWireNews() {
        #expect(claims("On March 14, the LNA took full control of Ras Lanuf.") == ["lna captured gn:2212984 2017-03-14..2017-03-14"])
        #expect(claims("On March 14, the LNA took back Ras Lanuf.") == ["lna captured gn:2212984 2017-03-14..2017-03-14"])
        // "took place" is no taking.
        #expect(claims("On March 14, heavy clashes took place around Sirte.").allSatisfy { !$0.contains("captured") })
        let lostTo = claims("On March 3, the LNA lost Ras Lanuf to the Benghazi Defense Brigades.")
        #expect(lostTo.contains("lna lost gn:2212984 2017-03-03..2017-03-03") && lostTo.contains("bdb captured gn:2212984 2017-03-03..2017-03-03"))
        // A part lost is fought for by both sides.
        let part = claims("In May, the Benghazi Revolutionaries Shura Council lost control of much of Benghazi to the LNA.")
        #expect(part.contains { $0.hasPrefix("brsc contested gn:88319") } && part.contains { $0.hasPrefix("lna contested gn:88319") })
        // A bare withdrawal loses the places named before it, or the last ones named; "withdrew to" names no loss.
        #expect(claims("On 28 May ISIL captured Ghardabiya Air Base when Libya Dawn forces withdrew.", published: Day(year: 2015, month: 6, day: 1)!)
            .contains("libya-dawn lost oa:HLGD 2015-05-28..2015-05-28"))
        #expect(claims("Fighting raged in Derna in March. ISIL had withdrawn by April.").contains("isil lost gn:87205 2017-04-01..2017-04-30"))
        #expect(claims("On May 3, the Benghazi Defense Brigades withdrew to Jufra.").isEmpty)
        // An operation launched to take a place is an attack on it, not a purpose to refuse.
        #expect(claims("On 13 July the Libya Dawn coalition launched an operation to seize Tripoli.", published: Day(year: 2014, month: 8, day: 1)!)
            == ["libya-dawn attacked gn:2210247 2014-07-13..2014-07-13"])
        #expect(claims("The LNA sent reinforcements to seize Tripoli.").isEmpty)
        // A noun after an actor's name is no verb: "airstrikes on LNA targets within Gharyan".
        #expect(claims("On April 10, the GNA reported launching airstrikes on LNA targets within Gharyan.")
            == ["gna attacked gn:2217362 2017-04-10..2017-04-10"])
        // "near the city of Sirte" is a landmark; a village loosely written counts after a verb of war.
        #expect(claims("In late May, the GNA seized many locations near the city of Sirte from ISIL.").isEmpty)
        #expect(claims("On 14 March, ISIL captured Nofaliya.").contains("isil captured gn:2219589 2017-03-14..2017-03-14"))
        // A month without a year is the one nearest the last dated event; "the following months" run on from it.
        let narrative = claims("On 14 July 2014, the LNA shelled Benghazi. In late July, the LNA captured Benina. "
                               + "The LNA lost Benghazi in the following months.", published: Day(year: 2017, month: 12, day: 30)!)
        #expect(narrative.contains { $0.hasPrefix("lna captured") && $0.hasSuffix("2014-07-21..2014-07-31") })
        #expect(narrative.contains("lna lost gn:88319 2014-08-01..2014-12-31"))
        // A country is never held as a whole; "eastern Libya" is the region.
        #expect(claims("As of May, LNA forces control much of Libya's territory.").isEmpty)
        #expect(claims("The LNA has controlled eastern Libya since 2014.").contains { $0.hasPrefix("lna controls cm:cyrenaica 2014-01-01") })
        // The noun "control" is tenseless: the text's year, not the publication day.
        #expect(claims("In 2015, ISIL expanded its control of Sirte.", published: Day(year: 2016, month: 3, day: 1)!)
            == ["isil controls gn:2210554 2015-01-01..2015-12-31"])
    }

    /// Encyclopedic and report prose: seats of governments, operations launched, sides
    /// named after the verb, possessive towns, parts of the town a text is about.
    @Test func wordingsOfReportsAndEncyclopedias() throws {
        let may2020 = Day(year: 2020, month: 6, day: 7)!
        // "an offensive launched by X to take Y from Z": X attacks Y, Z held it.
        #expect(Set(claims("On 6 June 2020 the GNA launched an offensive to take Sirte from the House of Representatives.", published: may2020))
            == ["gna attacked gn:2210554 2020-06-06..2020-06-06", "hor controls gn:2210554 2020-06-06..2020-06-06"])
        // A government named with its city, or the city called its seat.
        #expect(claims("The deal must be endorsed by the General National Congress in Tripoli.", published: Day(year: 2015, month: 12, day: 6)!)
            == ["gns controls gn:2210247 2015-12-06..2015-12-06"])
        #expect(claims("Tripoli is the seat of the Government of National Accord.", published: may2020) == ["gna controls gn:2210247 2020-06-07..2020-06-07"])
        #expect(claims("On March 30, the GNA took its seat in Tripoli.", published: Day(year: 2016, month: 12, day: 31)!)
            == ["gna controls gn:2210247 2016-03-30..2016-03-30"])
        // "seizes control of" is one capture; the side fought is named after the verb.
        #expect(claims("On 11 December 2015, ISIL seizes control of the town of Sabratha.", published: Day(year: 2016, month: 1, day: 1)!)
            == ["isil captured gn:2212771 2015-12-11..2015-12-11"])
        #expect(Set(claims("On 26 February, LNA soldiers were killed fighting ISIL militants in Benghazi."))
            == ["lna contested gn:88319 2017-02-26..2017-02-26", "isil contested gn:88319 2017-02-26..2017-02-26"])
        // The town in the possessive locates the district; a force's origin is no place fought for.
        #expect(Set(claims("On 24 February, fighting between GNA and GNS forces broke out in Tripoli's Abu Salim district."))
            .allSatisfy { !$0.contains("gn:2210247") })
        #expect(claims("On 26 August, the clashes pitted the Kaniyat, originating from the town of Tarhuna, against the Nawasi Brigade.")
            .allSatisfy { !$0.contains("gn:2210221") })
        // A backer in an adjective is no side; "targets in" is a noun.
        #expect(claims("On 1 August, U.S.-backed GNA forces captured Sirte.") == ["gna captured gn:2210554 2016-08-01..2016-08-01"])
        #expect(claims("On 16 February, Egypt bombs Islamic State targets in the city of Derna.") == ["egypt-af attacked gn:87205 2017-02-16..2017-02-16"])
        // A further place after a noun of a part is fought for; "his" is the last leader's force.
        #expect(Set(claims("On 21 February, the LNA took control of Ajdabiya and several areas of Benghazi."))
            == ["lna captured gn:89113 2017-02-21..2017-02-21", "lna contested gn:88319 2017-02-21..2017-02-21"])
        #expect(claims("In May, the Tobruk government and Khalifa Haftar opposed the GNA. His forces took Brega.")
            .contains { $0.hasPrefix("lna captured") })
        // Parts of the town the text is about: fighting for it, not its capture.
        let sirte = try Article.parse("---\ntitle: Battle of Sirte (2016)\npublished: 2016-08-13\n---\nOn 10 August, GNA forces secured areas in the 700 neighbourhood.",
                                      file: "t", id: "t", published: nil)
        #expect(extractor.extract(sirte).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id)" } == ["gna contested gn:2210554"])
    }

    /// Agency phrasings: X-held, passives with the date before "by", withdrawals as nouns,
    /// sieges going on as the text is written, a town in apposition to a stronghold.
    @Test func wordingsOfAgencyNews() {
        let june2020 = Day(year: 2020, month: 6, day: 6)!
        #expect(claims("Tarhuna was recaptured on Friday by forces loyal to the GNA.", published: june2020)
            == ["gna captured gn:2210221 2020-06-05..2020-06-05"])
        #expect(claims("Residents fled the LNA-held town of Tarhuna on Friday.", published: june2020)
            == ["lna controls gn:2210221 2020-06-05..2020-06-05"])
        #expect(claims("The LNA's withdrawal from Tarhuna on Friday ended its 14-month campaign.", published: june2020)
            == ["lna lost gn:2210221 2020-06-05..2020-06-05"])
        #expect(claims("The LNA has been besieging Tripoli.", published: june2020) == ["lna attacked gn:2210247 2020-06-06..2020-06-06"])
        #expect(claims("Rebel-held Derna has been encircled by the LNA since January 2019.", published: june2020)
            == ["lna attacked gn:87205 2019-01-01..2019-01-31"])
        // "were advancing on" is progressive, not passive.
        #expect(claims("The GNA said on Thursday its forces had captured Al-Asaba and were advancing on Gharyan.", published: june2020)
            .contains("gna attacked gn:2217362 2020-06-04..2020-06-04"))
        // (The stronghold's holder lost it: ``Extractor/holderLosses(_:)``.)
        #expect(Set(claims("GNA forces have taken control of Tarhuna, the last LNA stronghold in western Libya, the GNA said on Friday.", published: june2020))
            == ["gna captured gn:2210221 2020-06-05..2020-06-05", "lna controls gn:2210221 2020-06-05..2020-06-05",
                "lna lost gn:2210221 2020-06-05..2020-06-05"])
    }

    /// A dated list: the day on its own line dates the entries under it.
    @Test func datelinesDateTheEntriesUnderThem() {
        let list = claims("2016-02-26\nSeven Libyan National Army soldiers are killed fighting ISIL militants in Benghazi.\n\n"
                          + "2016-06-11\nIslamic State militants now say they control the town of Bin Jawad.", published: Day(year: 2016, month: 12, day: 3)!)
        #expect(list.contains("lna contested gn:88319 2016-02-26..2016-02-26"))
        #expect(list.contains { $0.hasSuffix("gn:2218562 2016-06-11..2016-06-11") })
    }

    /// An article's title tells what "it", "the battle", "the airport" and "the council" mean.
    @Test func theTitleIsTheTopic() throws {
        func extract(title: String, _ text: String, published: String) throws -> [String] {
            let article = try Article.parse("---\ntitle: \(title)\npublished: \(published)\n---\n\(text)", file: "t", id: "t", published: nil)
            return extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
        }
        let battle = try extract(title: "Battle of Benghazi (2014)", """
            It was fought in May and July 2014 between the Shura Council of Benghazi Revolutionaries (supported by the Misrata Brigades) and the Libyan National Army.
            """, published: "2014-08-01")
        #expect(Set(battle) == ["brsc contested gn:88319 2014-05-01..2014-07-31", "lna contested gn:88319 2014-05-01..2014-07-31"])
        // "The fighting" is a noun of fighting; airstrikes with no place named strike the title's.
        let sirte = try extract(title: "Battle of Sirte (2015)", """
            The fighting began 14 March 2015, between forces of the Islamic State and the forces of the Libya Shield Force.
            """, published: "2015-06-01")
        #expect(Set(sirte) == ["isil contested gn:2210554 2015-03-14..2015-03-14", "libya-dawn contested gn:2210554 2015-03-14..2015-03-14"])
        let derna = try extract(title: "Derna campaign (2014–2016)", "Egypt carries out airstrikes in February 2015.", published: "2016-04-22")
        #expect(derna == ["egypt-af attacked gn:87205 2015-02-01..2015-02-28"])
        // An infobox "Headquarters" row of an article on an armed group: its towns, over the years written.
        let province = try extract(title: "Islamic State – Libya Province", "Headquarters: Derna (2014–18), Sirte (2015–16)", published: "2020-01-01")
        #expect(Set(province) == ["isil controls gn:87205 2014-01-01..2018-12-31", "isil controls gn:2210554 2015-01-01..2016-12-31"])
        let airport = try extract(title: "Battle of Tripoli Airport", "On 23 August 2014, Zintani forces withdrew from the airport.",
                                  published: "2014-09-01")
        #expect(airport == ["zintan lost oa:HLLT 2014-08-23..2014-08-23"])
        let council = try extract(title: "Shura Council of Benghazi Revolutionaries", """
            The Libyan National Army shelled Benghazi in June 2014.

            On 31 July 2014, the council claimed to have taken over Benghazi. However it lost control of much of the city to the Libyan National Army in the following months.
            """, published: "2015-01-01")
        #expect(council.contains("brsc captured gn:88319 2014-07-31..2014-07-31"))
        #expect(council.contains { $0.hasPrefix("brsc contested gn:88319") } && !council.contains { $0.hasPrefix("lna captured") })
    }

    @Test func regionsKeepTheirExceptions() throws {
        let article = try Article.parse("Now Khalifa Haftar controls all Cyrenaica, except for Derna and several quarters in Benghazi.",
                                        file: "t", id: "t", published: seedPublished)
        let assertion = try #require(extractor.extract(article).first { $0.place.id == "cm:cyrenaica" })
        #expect(assertion.actor.id == "lna")
        #expect(assertion.status == .controls)
        #expect(assertion.exceptions.map(\.id) == ["gn:87205", "gn:88319"])
        #expect(assertion.interval.from == seedPublished)
    }
}

/// The article the project started from.
@Suite struct SeedArticleClaimsTests {
    func assertions() throws -> [Assertion] {
        extractor.extract(try Article.read(seedArticleURL, published: seedPublished))
    }

    func has(_ assertions: [Assertion], _ actor: String, _ status: ClaimStatus, _ place: String,
             from: String, to: String) -> Bool {
        let window = DayInterval(from: Day(iso: from)!, to: Day(iso: to)!, precision: .day)
        return assertions.contains { $0.actor.id == actor && $0.status == status && $0.place.id == place && $0.interval.overlaps(window) }
    }

    @Test func theLNATookJufraItsAirbasesAndTowns() throws {
        let found = try assertions()
        for place in ["gn:2219944", "oa:HL69", "oa:HL66", "gn:2216645", "gn:2210627", "gn:2209055"] {
            #expect(has(found, "lna", .captured, place, from: "2017-06-01", to: "2017-06-25"), "\(place)")
        }
    }

    @Test func theOilCrescentChangedHandsTwiceInMarch() throws {
        let found = try assertions()
        for place in ["gn:2212984", "cm:es-sider-terminal"] {
            #expect(has(found, "bdb", .captured, place, from: "2017-03-03", to: "2017-03-03"), "\(place)")
            #expect(has(found, "lna", .captured, place, from: "2017-03-12", to: "2017-03-14"), "\(place)")
        }
    }

    @Test func brakWasAttackedOnMay18() throws {
        #expect(has(try assertions(), "bdb", .attacked, "gn:2218478", from: "2017-05-18", to: "2017-05-18"))
    }

    @Test func theLNAHoldsCyrenaicaExceptDernaAndBenghaziAsOfPublication() throws {
        let cyrenaica = try #require(try assertions().first { $0.place.id == "cm:cyrenaica" && $0.status == .controls })
        #expect(cyrenaica.actor.id == "lna")
        #expect(cyrenaica.interval.to == seedPublished)
        #expect(Set(cyrenaica.exceptions.map(\.id)) == ["gn:87205", "gn:88319"])
    }

    @Test func loyalGNAForcesFreedTripoliAtTheEndOfMay() throws {
        #expect(has(try assertions(), "gna", .captured, "gn:2210247", from: "2017-05-21", to: "2017-05-31"))
    }

    @Test func nothingFromWhatHaftarMightDo() throws {
        let found = try assertions()
        // "It is unlikely that Haftar will decide…", "To attack Tripoli, Haftar needs…", "If LNA decides to go to…".
        #expect(!found.contains { $0.actor.id == "lna" && $0.place.id == "gn:2210247" })
        #expect(!found.contains { $0.quote.contains("could") || $0.quote.hasPrefix("If ") || $0.quote.contains("unlikely") })
    }
}
