import GeometryCore
import Places
import Testing

@Suite struct DisambiguationTests {
    @Test func aCueWordPicksTheFacility() {
        #expect(firstMention(in: "LNA jets struck the Jufra airbase.") == "oa:HL69")
        #expect(firstMention(in: "Fighting reached the Jufra air base on Sunday.") == "oa:HL69")
        #expect(firstMention(in: "Forces entered Jufra on Sunday.") == "gn:2219944")
        #expect(firstMention(in: "They attacked the Brak al-Shati airbase.") == "oa:LY-BCQ")
        #expect(firstMention(in: "Residents of Brak fled.") == "gn:2218478")
        #expect(firstMention(in: "Tankers loaded at the Ras Lanuf oil terminal.") == "cm:ras-lanuf-terminal")
        #expect(firstMention(in: "The town of Ras Lanuf was quiet.") == "gn:2212984")
        #expect(firstMention(in: "Ships were turned away from Misrata port.") == "cm:misrata-port")
    }

    /// A noun of a kind of place before a comma names the place after it when it is determined ("another
    /// airbase, Tamnihint"); an abstract "settlement" before a person's name does not make him a place.
    @Test func anAppositionCueNeedsADeterminedNoun() {
        let apposition = libya.mentions(in: "The LNA then took another airbase, Tamnihint, without a fight.")
        #expect(apposition.first?.resolution.place?.id == "oa:HL66")
        #expect(apposition.first?.cue == "airbase")
        let person = libya.coverage(of: "The Head of the Russian contact group on intra-Libyan settlement, Lev Dengov, denied the report.")
        #expect(person.unresolved.isEmpty, "\(person.unresolved.map(\.text))")
    }

    @Test func aListInheritsItsCue() {
        let mentions = libya.mentions(in: "Having captured the airbases in Jufra and Tinkhamenta, as well as the settlements of Hun, Sokna, Waddan and others")
        #expect(mentions.map { $0.resolution.place?.id ?? "?" } == ["oa:HL69", "oa:HL66", "gn:2216645", "gn:2210627", "gn:2209055"])
        #expect(mentions[1].cue == "airbases in")
    }

    @Test func longestNameWins() {
        #expect(firstMention(in: "the Gulf of Sidra coast") == "cm:gulf-of-sidra")
        #expect(libya.mentions(in: "near Ras Lanuf").map(\.text) == ["Ras Lanuf"])
        #expect(libya.mentions(in: "in Bani Walid and in Beni-Walid").count == 2)
    }

    @Test func twoPlacesOfOneKindAndOneNameAreReported() throws {
        // Every name shared by places of one kind that neither population nor level
        // tells apart must come back ambiguous, never as a silent pick.
        var checked = 0
        var byName: [String: [Place]] = [:]
        for place in libya.places where place.population == nil {
            byName[NameFolding.key(place.name), default: []].append(place)
        }
        for (_, places) in byName where places.count > 1 {
            let sameKind = Dictionary(grouping: places, by: \.kind).values.filter { $0.count > 1 }
            for group in sameKind {
                guard case .ambiguous(let candidates) = libya.resolve(group[0].name) else {
                    if case .resolved(_, let alternatives) = libya.resolve(group[0].name) {
                        // Resolved only when something other than the name decides, and the rest are listed.
                        #expect(!alternatives.isEmpty, "\(group[0].name) resolved silently")
                        let ids = Set(alternatives.map(\.place.id))
                        #expect(group.dropFirst().contains { ids.contains($0.id) } || group.contains { $0.kind.isFacility })
                    }
                    continue
                }
                let ids = Set(candidates.map(\.place.id))
                #expect(group.allSatisfy { ids.contains($0.id) }, "\(group.map(\.id))")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test func nearbyPlacesDecide() throws {
        // A village name shared by places far apart, and a city named beside one of them.
        func km(_ a: Place, _ b: Place) -> Double { Geodesic.distanceKm(a.position, b.position) }
        let cities = libya.places.filter { $0.kind == .city && $0.scope == .map && resolvedID($0.name) == $0.id }
        var tried = 0
        for place in libya.places where place.kind == .village {
            guard case .ambiguous(let candidates) = libya.resolve(place.name), candidates.count == 2 else { continue }
            let (a, b) = (candidates[0].place, candidates[1].place)
            guard km(a, b) > 300, let city = cities.first(where: { km($0, a) < 60 && km($0, b) > 200 }) else { continue }
            let mentions = libya.mentions(in: "Fighting in \(city.name) spread to \(place.name) on Monday.")
            let last = try #require(mentions.last)
            #expect(last.resolution.place?.id == a.id, "\(place.name) near \(city.name)")
            tried += 1
            if tried == 3 { break }
        }
        #expect(tried > 0)
    }

    @Test func commonWordsAndRomanizationsAreNotPlaces() {
        #expect(libya.mentions(in: "It was not fun, said the man. So the army left. Tripoli is calm.").map(\.text) == ["Tripoli"])
        #expect(libya.mentions(in: "Qatar’s influence and Haftar's troops").map { $0.resolution.place?.id } == ["cm:qatar"])
        // Acronyms and people are not looked up at the looser levels.
        #expect(libya.mentions(in: "The LNA said Ahmed Mismari and Ibrahim Jadran met.").isEmpty)
        // An acronym is spelled one way: "VOA" is neither "UAE" nor an alias of Tripoli with its vowels swapped.
        #expect(libya.mentions(in: "An official told VOA that the UAE sent drones.").map { $0.resolution.place?.id } == ["cm:uae"])
    }

    @Test func placesOutsideTheMapResolveButAreMarked() {
        let cairo = libya.resolve("Cairo").place
        #expect(cairo?.scope == .outside)
        #expect(libya.resolve("Abu Dhabi").place?.scope == .outside)
        #expect(libya.resolve("Minya").place?.id == "cm:minya")
        #expect(libya.pointCollection(attribution: "").features.allSatisfy { $0.properties?["id"] != .string("cm:cairo") })
    }
}
