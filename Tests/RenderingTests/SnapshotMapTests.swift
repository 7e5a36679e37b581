import Atlas
import Claims
import DataFiles
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Places
import Rendering
import Territory
import Testing
import Timeline

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let libyaFolder = repositoryRoot.appendingPathComponent("Gazetteer/libya")
let seedArticleURL = SharedData.seedArticle(besides: repositoryRoot)

/// Counts the elements of an SVG document by name and class; fails on malformed XML.
final class SVGCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var fills: [String: Set<String>] = [:]
    var texts: [String] = []
    private var inText = false
    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let key = attributes["class"].map { "\(element).\($0)" } ?? element
        counts[key, default: 0] += 1
        if let fill = attributes["fill"] { fills[key, default: []].insert(fill) }
        inText = element == "text"
        if inText { texts.append("") }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }
    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) { inText = false }
}

@Suite struct SnapshotMapTests {
    let gazetteer = try! Gazetteer.load(folder: libyaFolder)
    let actors = try! ActorRegistry.load(libyaFolder.appendingPathComponent("actors.tsv"))
    let area = try! AreaOfInterest.load(folder: libyaFolder)

    func seedSnapshot(_ date: String) throws -> Snapshot {
        let article = try Article.read(seedArticleURL, published: Day(year: 2017, month: 6, day: 25)!)
        let timeline = ControlTimeline(assertions: Extractor(gazetteer: gazetteer, actors: actors).extract(article), gazetteer: gazetteer, actors: actors)
        return try TerritoryBuilder(area: area, gazetteer: gazetteer).snapshot(timeline, on: Day(iso: date)!)
    }

    @Test func theMapMatchesItsSnapshot() throws {
        let snapshot = try seedSnapshot("2017-06-25")
        let svg = try SnapshotMap(area: area).svg(snapshot, title: "Who held what in Libya — 2017-06-25")
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = SVGCounter()
        parser.delegate = counter
        #expect(parser.parse(), "the SVG is not well-formed: \(String(describing: parser.parserError))")
        let territories = snapshot.territories.count + [snapshot.contested, snapshot.changing].compactMap { $0 }.count
        #expect(counter.counts["path.territory"] == territories)
        #expect((counter.counts["circle.place"] ?? 0) + (counter.counts["rect.place"] ?? 0) + (counter.counts["path.place"] ?? 0) == snapshot.places.count)
        #expect(counter.counts["rect.legend"] == territories)
        #expect(counter.counts["path.district"] == 22)
        let colours = Set(snapshot.territories.compactMap { $0.actor?.color })
        #expect(colours.isSubset(of: counter.fills["path.territory"] ?? []))
        let lna = try #require(snapshot.territories.first { $0.label == "lna" })
        #expect(counter.texts.contains { $0.contains("Libyan National Army — \(SnapshotMap.km2(lna.areaKm2))") })
        #expect(counter.texts.contains("Who held what in Libya — 2017-06-25"))
        #expect(counter.texts.contains { $0.contains("GeoNames") })
    }

    @Test func aDayWithNoDataIsAClearError() throws {
        let snapshot = try seedSnapshot("2010-01-01")
        #expect(throws: (any Error).self) { try SnapshotMap(area: area).svg(snapshot, title: "empty") }
    }
}

@Suite struct DiffMapTests {
    let gazetteer = try! Gazetteer.load(folder: libyaFolder)
    let actors = try! ActorRegistry.load(libyaFolder.appendingPathComponent("actors.tsv"))
    let area = try! AreaOfInterest.load(folder: libyaFolder)

    @Test func theDiffMapLabelsThePlacesThatChangedHands() throws {
        let article = try Article.read(seedArticleURL, published: Day(year: 2017, month: 6, day: 25)!)
        let timeline = ControlTimeline(assertions: Extractor(gazetteer: gazetteer, actors: actors).extract(article), gazetteer: gazetteer, actors: actors)
        let builder = try TerritoryBuilder(area: area, gazetteer: gazetteer)
        let before = try builder.snapshot(timeline, on: Day(iso: "2017-03-01")!)
        let after = try builder.snapshot(timeline, on: Day(iso: "2017-06-25")!)
        let diff = try SnapshotDiff.between(before, after, timeline: timeline, builder: builder)
        let svg = try SnapshotMap(area: area).svg(diff, title: "What changed")
        let parser = XMLParser(data: Data(svg.utf8))
        let counter = SVGCounter()
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.counts["circle.place"] == diff.changes.count)
        #expect(counter.counts["path.gained"] ?? 0 >= 1)
        // Every label says from → to, and the labels that fit include the LNA's gains.
        let labels = counter.texts.filter { $0.contains(" → ") }
        #expect(labels.count == counter.counts["text.label"])
        #expect(labels.contains { $0.hasSuffix("unknown → lna") })
        #expect(counter.texts.contains { $0.hasPrefix("Libyan National Army +") })
        let same = try SnapshotDiff.between(after, after, timeline: timeline, builder: builder)
        #expect(throws: (any Error).self) { try SnapshotMap(area: area).svg(same, title: "nothing") }
    }
}

@Suite struct RenderingBadInputTests {
    @Test func anActorWithoutAUsableColourIsRefused() throws {
        let gazetteer = try Gazetteer.load(folder: libyaFolder)
        let area = try AreaOfInterest.load(folder: libyaFolder)
        let colourless = Actor(id: "x", name: "Unknown force", color: "red", aliases: [], leaders: [], sidesWith: [])
        let registry = ActorRegistry(actors: [colourless])
        let hun = try #require(gazetteer.place(id: "gn:2216645"))
        let claim = Assertion(article: "t", actor: colourless, place: hun, status: .captured,
                              interval: .day(Day(iso: "2017-06-01")!), exceptions: [], quote: "q", offset: 0, confidence: 1, rule: "test")
        let timeline = ControlTimeline(assertions: [claim], gazetteer: gazetteer, actors: registry)
        let snapshot = try TerritoryBuilder(area: area, gazetteer: gazetteer).snapshot(timeline, on: Day(iso: "2017-06-25")!)
        let error = try #require(throws: (any Error).self) { try SnapshotMap(area: area).svg(snapshot, title: "t") }
        #expect("\(error)".contains("#rrggbb"))
    }
}
