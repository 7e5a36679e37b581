import Foundation
import GeoJSON
import GeometryCore
import Places
import Testing

/// Laws every gazetteer must obey, checked on the shipped Libya data.
@Suite struct LawTests {
    @Test func everyRecordAndNameOfTheSourcesIsPresent() throws {
        let sources = libyaFolder.appendingPathComponent("sources")
        let gazetteerRows = try String(contentsOf: sources.appendingPathComponent("ly_gazetteer.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        #expect(gazetteerRows.count == 903)
        for id in gazetteerRows {
            #expect(libya.place(id: id) != nil, "\(id) is missing")
        }
        let nameRows = try String(contentsOf: sources.appendingPathComponent("ly_names.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(nameRows.count == 9589)
        for row in nameRows {
            let place = try #require(libya.place(id: row[0]))
            let name = row[1].trimmingCharacters(in: .whitespaces)
            #expect(place.allNames.contains(name) || place.codes.contains(name), "\(row[0]) lacks \(name)")
        }
    }

    @Test func idsAreUnique() {
        #expect(Set(libya.places.map(\.id)).count == libya.places.count)
        let merged = libya.places.flatMap(\.mergedIDs)
        #expect(Set(merged).isDisjoint(with: libya.places.map(\.id)))
    }

    @Test func everyNameResolvesBackToItsPlace() {
        for place in libya.places {
            for name in place.allNames {
                let candidates = libya.lookup(name)
                #expect(candidates.contains { $0.place.id == place.id && $0.match.level == .exact }, "\(name) does not find \(place.id)")
            }
        }
    }

    @Test func aBareNameResolvesToItsPlaceOrSaysWhyNot() {
        // The preferred name of a place either resolves to it, or leaves it among the
        // alternatives or the ambiguous candidates: it never vanishes.
        for place in libya.places {
            switch libya.resolve(place.name) {
            case .resolved(let best, let alternatives):
                #expect(best.place.id == place.id || alternatives.contains { $0.place.id == place.id }, "\(place.name)")
            case .ambiguous(let candidates):
                #expect(candidates.contains { $0.place.id == place.id } || candidates.allSatisfy { $0.match.level == .exact })
            case .unknown:
                Issue.record("\(place.name) is unknown")
            }
        }
    }

    @Test func libyanPlacesLieInsideTheBoundaryOrFlaggedNearTheCoast() throws {
        let collection = try GeoJSONReader.featureCollection(at: libyaFolder.appendingPathComponent("sources/ly_boundary_ne10m.geojson"))
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundaryLonLat = try geos.geometry(try #require(collection.features.first?.geometry))
        let projection = try Projection.equalArea(around: try #require(try boundaryLonLat.envelope()), context: proj)
        let boundary = try projection.forward(boundaryLonLat.densified(maxSegmentLength: 0.01))
        let prepared = try PreparedGeometry(boundary)
        for place in libya.places where place.scope == .map {
            let point = try geos.point(projection.forward([XY(place.position)])[0])
            if try prepared.covers(point) {
                #expect(place.outsideKm == nil, "\(place.id) is inside but flagged outside")
            } else {
                let km = try boundary.distance(to: point) / 1000
                #expect(km <= 10, "\(place.id) \(place.name) lies \(km) km outside the boundary")
                #expect(place.outsideKm != nil, "\(place.id) \(place.name) lies \(km) km outside but is not flagged")
            }
        }
    }

    @Test func theGeneratedLayerIsUpToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", libyaFolder.appendingPathComponent("derive_places.py").path, "--check"]
        let error = Pipe()
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test func theExportHasEveryPlaceOnTheMap() throws {
        let collection = libya.pointCollection(attribution: "credits")
        let onMap = libya.places.filter { $0.scope == .map }
        #expect(collection.features.count == onMap.count)
        #expect(collection.features.map { $0.properties?["id"] } == onMap.map { .string($0.id) })
        let jufra = try #require(collection.features.first { $0.properties?["id"] == .string("oa:HL69") })
        #expect(jufra.properties?["kind"] == .string("airbase"))
        #expect(GeoJSONWriter.data(collection) == GeoJSONWriter.data(libya.pointCollection(attribution: "credits")))
    }
}
