import Atlas
import Claims
import DataFiles
import Foundation
import GeoJSON
import GeometryCore
import Places
import Testing
import Timeline
@testable import Territory

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let libyaFolder = repositoryRoot.appendingPathComponent("Gazetteer/libya")
let seedArticleURL = SharedData.seedArticle(besides: repositoryRoot)

let gazetteer = try! Gazetteer.load(folder: libyaFolder)
let actors = try! ActorRegistry.load(libyaFolder.appendingPathComponent("actors.tsv"))
let area = try! AreaOfInterest.load(folder: libyaFolder)

func seedTimeline() throws -> ControlTimeline {
    let extractor = Extractor(gazetteer: gazetteer, actors: actors)
    let article = try Article.read(seedArticleURL, published: Day(year: 2017, month: 6, day: 25)!)
    return ControlTimeline(assertions: extractor.extract(article), gazetteer: gazetteer, actors: actors)
}

func day(_ text: String) -> Day { Day(iso: text)! }

@Suite(.serialized) struct SeedScenarioTests {
    @Test func whoHeldWhatOnThePublicationDay() throws {
        let timeline = try seedTimeline()
        func holder(_ id: String, _ date: String) -> String {
            let state = timeline.state(of: gazetteer.place(id: id)!, on: day(date))
            return state.condition == .held ? timeline.side(of: state.holder!, on: day(date)) : state.condition.rawValue
        }
        for id in ["gn:2219944", "oa:HL69", "gn:2216645", "gn:2209055", "gn:2210627", "oa:HL66", "gn:2212984", "cm:es-sider-terminal"] {
            #expect(holder(id, "2017-06-25") == "lna", "\(id)")
        }
        #expect(holder("gn:2210247", "2017-06-25") == "gna")
        #expect(holder("gn:2212984", "2017-03-06") == "bdb")
        #expect(holder("cm:es-sider-terminal", "2017-03-06") == "bdb")
        // Cyrenaica by the region claim, except Derna.
        #expect(holder("gn:88319", "2017-06-25") != "lna" || timeline.state(of: gazetteer.place(id: "gn:88319")!, on: day("2017-06-25")).fromRegion == false)
        #expect(holder("gn:81302", "2017-06-25") == "lna")  // Tobruk, through "all Cyrenaica"
        #expect(timeline.state(of: gazetteer.place(id: "gn:87205")!, on: day("2017-06-25")).holder?.id != "lna")
    }

    @Test func theDiffListsThePlacesThatPassedToTheLNA() throws {
        let timeline = try seedTimeline()
        let builder = try TerritoryBuilder(area: area, gazetteer: gazetteer)
        let before = try builder.snapshot(timeline, on: day("2017-03-01"))
        let after = try builder.snapshot(timeline, on: day("2017-06-25"))
        let diff = try SnapshotDiff.between(before, after, timeline: timeline, builder: builder)
        for id in ["gn:2216645", "gn:2209055", "gn:2210627", "oa:HL69"] {
            let change = try #require(diff.changes.first { $0.place.id == id }, "\(id)")
            #expect(change.toLabel == "lna")
            #expect(!change.after.evidence.isEmpty)
        }
        #expect(diff.table().contains("Hūn"))
        #expect(after.areaKm2(of: "lna") > before.areaKm2(of: "lna"))
    }

    /// Every place that is held or fought for carries how sure it is: the highest confidence of the claims
    /// behind it that name its sides, written on the feature and on each of its sources.
    @Test func placesCarryTheConfidenceOfTheirClaims() throws {
        let timeline = try seedTimeline()
        let builder = try TerritoryBuilder(area: area, gazetteer: gazetteer)
        let snapshot = try builder.snapshot(timeline, on: day("2017-06-25"))
        let known = snapshot.places.filter { $0.condition != .unknown }
        #expect(!known.isEmpty)
        for state in known {
            let confidence = try #require(state.confidence, "\(state.place.id)")
            #expect(confidence > 0 && confidence <= 1)
            #expect(state.evidence.contains { $0.confidence == confidence && ($0.actor == state.holder || state.sides.contains($0.actor)) })
        }
        let collection = snapshot.featureCollection(inputsHash: "test", attribution: "test")
        let hun = try #require(collection.features.first { $0.id == .string("gn:2216645") })
        guard case .number(let written)? = hun.properties?["confidence"] else { Issue.record("no confidence on Hūn"); return }
        let hunState = try #require(known.first { $0.place.id == "gn:2216645" })
        #expect(abs(written - hunState.confidence!) < 0.006)
        guard case .array(let sources)? = hun.properties?["sources"], case .object(let first)? = sources.first else {
            Issue.record("no sources on Hūn"); return
        }
        #expect(first["confidence"] != nil)
    }

    @Test func lawsOfTheSnapshot() throws {
        let timeline = try seedTimeline()
        let builder = try TerritoryBuilder(area: area, gazetteer: gazetteer)
        for date in ["2017-03-01", "2017-03-06", "2017-05-25", "2017-06-25"] {
            let snapshot = try builder.snapshot(timeline, on: day(date))
            try checkLaws(snapshot, builder: builder)
        }
    }
}

/// Two actors' territories never overlap; every held place lies in its holder's
/// territory; attributed plus unattributed area is the country's.
func checkLaws(_ snapshot: Snapshot, builder: TerritoryBuilder) throws {
    let geos = builder.geos
    let projected = try snapshot.territories.map { try builder.projection.forward(geos.geometry($0.geometry)) }
    for i in projected.indices {
        for j in projected.indices where j > i {
            let overlap = try projected[i].intersection(projected[j]).area() / 1e6
            #expect(overlap < 0.01, "\(snapshot.territories[i].label) and \(snapshot.territories[j].label) overlap by \(overlap) km² on \(snapshot.day)")
        }
    }
    for state in snapshot.places where state.condition == .held && state.place.outsideKm == nil {
        guard let index = snapshot.territories.firstIndex(where: { $0.label == state.holder?.id }) else {
            Issue.record("\(state.place.id) is held by \(state.holder?.id ?? "?") without a territory"); continue
        }
        guard builder.method.radius(for: state.place.kind) != nil else { continue }
        // The territory names the place, so its sources can be found from the territory.
        #expect(snapshot.territories[index].placeIDs.contains(state.place.id), "\(state.place.id) missing from its holder's place_ids")
        let point = try geos.point(builder.projection.forward([XY(state.place.position)])[0])
        #expect(try projected[index].buffer(1).covers(point), "\(state.place.id) lies outside its holder's territory")
    }
    let attributed = snapshot.territories.reduce(0) { $0 + $1.areaKm2 } + (snapshot.contested?.areaKm2 ?? 0) + (snapshot.changing?.areaKm2 ?? 0)
    #expect(abs(attributed + snapshot.unattributedKm2 - snapshot.countryKm2) / snapshot.countryKm2 < 0.0001)
    #expect(abs(snapshot.countryKm2 - 1_623_760) / 1_623_760 < 0.001)
}
