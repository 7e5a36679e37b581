import Claims
import DataFiles
import Foundation
import Places
import Testing

@Suite struct ActorTests {
    let registry = extractor.actors

    func actorIDs(_ text: String) -> [String] {
        registry.mentions(in: NameFolding.textWords(text)).map(\.actor.id)
    }

    @Test func namesLeadersAndTranslationArtefacts() {
        #expect(actorIDs("Khalifa Haftar, Khaftar, Hoftar, Huftar and Haftaru") == ["lna", "lna", "lna", "lna", "lna"])
        #expect(actorIDs("the Libyan National Army (LNA) and Haftar's troops") == ["lna", "lna", "lna"])
        #expect(actorIDs("Faiz Saraj, the Presidential Council, the NUP and the PNE") == ["gna", "gna", "gna", "gna"])
        #expect(actorIDs("the BZB, the BOB and the Benghazi Defense Brigades") == ["bdb", "bdb", "bdb"])
        #expect(actorIDs("Caliph Gweil of the PNS") == ["gns", "gns"])
        #expect(actorIDs("the Third Force and the Misurati militia") == ["third-force", "misrata"])
        #expect(actorIDs("Ibrahim Jadran's Petroleum Facilities Guard") == ["pfg", "pfg"])
    }

    /// "forces loyal to Khalifa Haftar" names the force, not the man; a force already named
    /// before it ("LNA forces loyal to Haftar") is not named twice over the same words.
    @Test func aForceLoyalToALeader() throws {
        let mentions = registry.mentions(in: NameFolding.textWords("Forces loyal to Khalifa Haftar shelled Sirte"))
        #expect(mentions.count == 1 && mentions[0].actor.id == "lna" && mentions[0].words == 0...4 && !mentions[0].throughLeader)
        let named = registry.mentions(in: NameFolding.textWords("LNA forces loyal to Khalifa Haftar and GNA forces clashed"))
        #expect(zip(named, named.dropFirst()).allSatisfy { $0.words.upperBound < $1.words.lowerBound }, "\(named.map(\.words))")
        // Overlapping names never trip the extractor (a crash found by the extraction benchmark's recombined sentences).
        let found = claims("LNA forces loyal to Khalifa Haftar and GNA forces fought for control of Sirte on Monday.", published: Day(iso: "2016-08-03")!)
        #expect(found.contains("lna contested gn:2210554 2016-08-01..2016-08-01") && found.contains("gna contested gn:2210554 2016-08-01..2016-08-01"), "\(found)")
        // Described, the leader still names his force.
        #expect(actorIDs("the renegade general's forces and the field marshal's troops") == ["lna", "lna"])
    }

    /// A side's name cut short after its full name was written names the same side; a run
    /// of capitals written nowhere before names none.
    @Test func aNameCutShortAfterTheFullName() {
        let text = "published: 2019-06-20\n\nThe Shura Council of Mujahideen in Derna fought the LNA in 2018. The Shura Council withdrew from Derna in February 2019."
        let found = claims(text, published: Day(iso: "2019-06-20")!)
        #expect(found.contains("mscd lost gn:87205 2019-02-01..2019-02-28"), "\(found)")
        let alone = claims("The Shura Council withdrew from Derna in February 2019.", published: Day(iso: "2019-06-20")!)
        #expect(alone.isEmpty, "\(alone)")
    }

    /// Every name and leader of `actors.tsv`, as the subject of one sentence ("On 3 March 2019,
    /// Khaftar's forces captured Sirte."), names its own actor and no other; a dated name on
    /// the first day it was borne.
    @Test func everyNameInTheTableNamesItsActor() throws {
        let table = try String(contentsOf: libyaFolder.appendingPathComponent("actors.tsv"), encoding: .utf8)
        let lines = table.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let aliases = try #require(header.firstIndex(of: "aliases")), leaders = try #require(header.firstIndex(of: "leaders"))
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var wrong: [String] = []
        var count = 0
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for (column, suffix) in [(aliases, ""), (leaders, "'s forces")] where column < fields.count {
                for written in fields[column].split(separator: "|") where !written.isEmpty {
                    let parts = written.split(separator: "@")
                    let day = parts.count == 2 ? Day(iso: String(parts[1].prefix(10)))! : Day(year: 2019, month: 3, day: 3)!
                    let sentence = "On \(day.day) \(months[day.month - 1]) \(day.year), \(parts[0])\(suffix) captured Sirte."
                    let found = claims(sentence, published: Day(year: 2021, month: 6, day: 1)!).filter { $0.contains(" captured gn:2210554 ") }
                    count += 1
                    if found.map({ String($0.split(separator: " ")[0]) }) != [fields[0]] { wrong.append("\(sentence) → \(found)") }
                }
            }
        }
        #expect(count > 500)
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func acronymsOnlyInCapitals() {
        #expect(actorIDs("it is what it is") == [])
        #expect(actorIDs("IS fighters fled") == ["isil"])
        // The acronym is no auxiliary: "IS captured Sirte" is active, not "… is captured".
        let found = claims("On 3 March 2019, IS captured Sirte.", published: Day(iso: "2019-06-20")!)
        #expect(found == ["isil captured gn:2210554 2019-03-03..2019-03-03"], "\(found)")
        #expect(actorIDs("the lna") == [])
    }

    @Test func everyActorHasAColourAndAlliancesAreKnownActors() {
        let ids = Set(registry.actors.map(\.id))
        for actor in registry.actors {
            #expect(actor.color.hasPrefix("#") && actor.color.count == 7)
            for alliance in actor.sidesWith { #expect(ids.contains(alliance.actor)) }
        }
        #expect(registry.actor(id: "third-force")?.sidesWith.first?.actor == "gna")
    }

    /// A name that meant different actors over time is resolved by the day of the sentence it stands in.
    @Test func datedNamesMeanTheActorOfTheirDay() throws {
        let mention = try #require(registry.mentions(in: NameFolding.textWords("the Tripoli government")).first)
        #expect(registry.resolved(mention, on: Day(year: 2015, month: 3, day: 18)!).actor.id == "gns")
        #expect(registry.resolved(mention, on: Day(year: 2019, month: 4, day: 4)!).actor.id == "gna")
        // Before every span, the nearest one's actor.
        #expect(registry.resolved(mention, on: Day(year: 2012, month: 1, day: 1)!).actor.id == "gns")
        #expect(claims("On 18 March 2015, Tripoli government forces clashed with ISIL in Nofaliya.", published: Day(year: 2015, month: 4, day: 1)!)
            .contains("gns contested gn:2219589 2015-03-18..2015-03-18"))
        #expect(claims("On 18 March 2019, government forces fought the LNA in Gharyan.", published: Day(year: 2019, month: 4, day: 1)!)
            .contains("gna contested gn:2217362 2019-03-18..2019-03-18"))
    }

    @Test func aBadDatedNameGivesTheLine() throws {
        let url = try temporaryFolder().appendingPathComponent("actors.tsv")
        try "id\tname\tcolor\taliases\tleaders\tsides_with\tdescribed_as\tnote\ngna\tGNA\t#00aa00\tTripoli government@2016-03-30\t\t\t\t\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try ActorRegistry.load(url) }
        #expect(error.location == .line(2))
        #expect(error.reason.contains("name@YYYY-MM-DD..YYYY-MM-DD"))
    }

    @Test func aBadActorsFileGivesTheLine() throws {
        let url = try temporaryFolder().appendingPathComponent("actors.tsv")
        try "id\tname\tcolor\taliases\tleaders\tsides_with\tdescribed_as\tnote\nlna\tLNA\tred\t\t\t\t\t\n".write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try ActorRegistry.load(url) }
        #expect(error.location == .line(2))
        #expect(error.reason.contains("#rrggbb"))
    }

    @Test func aDescriptionOfSeveralWordsGivesTheLine() throws {
        let url = try temporaryFolder().appendingPathComponent("actors.tsv")
        try "id\tname\tcolor\taliases\tleaders\tsides_with\tdescribed_as\tnote\nisil\tISIL\t#000000\t\t\t\tjihadists|Islamic militants\t\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try ActorRegistry.load(url) }
        #expect(error.location == .line(2))
        #expect(error.reason.contains("one lowercase word"))
    }

    /// "ISIL took Sirte. The LNA took Benghazi. The jihadists lost Sirte": a noun an actor is
    /// described by (`described_as`) means the last actor so described, not the last named.
    @Test func aDescriptionMeansTheLastActorSoDescribed() {
        let found = claims("ISIL took Sirte in 2015. The LNA took Benghazi in 2016. The jihadists lost Sirte in December 2016.", published: Day(iso: "2017-01-10")!)
        #expect(found.contains("isil lost gn:2210554 2016-12-01..2016-12-31") && !found.contains { $0.hasPrefix("lna lost") }, "\(found)")
        // A pronoun still means the last actor named.
        let pronoun = claims("ISIL took Sirte in 2015. The LNA took Benghazi in 2016. It lost Ajdabiya in December 2016.", published: Day(iso: "2017-01-10")!)
        #expect(pronoun.contains { $0.hasPrefix("lna lost") }, "\(pronoun)")
    }

    /// "GNA forces fought the militants in Sirte": a noun a recent actor is described by, after
    /// "the", names that actor as any name would (here the other side of the fight).
    @Test func aDescriptionNamesTheOtherSide() {
        let found = claims("ISIL held Sirte in June. GNA forces fought the militants in Sirte on Monday.", published: Day(iso: "2016-08-03")!)
        #expect(found.contains("gna contested gn:2210554 2016-08-01..2016-08-01") && found.contains("isil contested gn:2210554 2016-08-01..2016-08-01"), "\(found)")
        // With no actor so described in the paragraphs just read, "the militants" names no one.
        let none = claims("GNA forces fought the militants in Sirte on Monday.", published: Day(iso: "2016-08-03")!)
        #expect(!none.contains { $0.hasPrefix("isil") }, "\(none)")
    }
}
