import DataFiles
import Foundation
import Testing
import GeoJSON

/// The repository root: two levels up from this file's folder.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shipped GeoJSON sources the tests read.
let shippedGeoJSONFiles = ["ly_boundary_ne10m.geojson", "ly_districts_ne10m.geojson", "ly_regions.geojson"]

func shippedFile(_ name: String) -> URL {
    repositoryRoot.appendingPathComponent("Gazetteer/libya/sources").appendingPathComponent(name)
}

/// A fresh folder under the system temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("GeoJSONTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

func text(_ data: Data) -> String {
    String(decoding: data, as: UTF8.self)
}

/// The `DataFileError` thrown by `body`, recording an issue when there is none.
func dataFileError(
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> DataFileError? {
    do {
        try body()
        Issue.record("expected a DataFileError, nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as DataFileError {
        return error
    } catch {
        Issue.record("expected a DataFileError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Twice the signed area of a ring (shoelace), positive when counter-clockwise:
/// the test's own computation, independent of the module's.
func testSignedArea(_ ring: [Position]) -> Double {
    var sum = 0.0
    for (a, b) in zip(ring, ring.dropFirst()) {
        sum += (a.longitude * b.latitude) - (b.longitude * a.latitude)
    }
    return sum
}

/// Every polygon (as its rings) in a geometry.
func polygons(in geometry: GeoJSONGeometry?) -> [[[Position]]] {
    switch geometry {
    case .polygon(let rings)?: return [rings]
    case .multiPolygon(let polygons)?: return polygons
    case .geometryCollection(let geometries)?: return geometries.flatMap { polygons(in: $0) }
    default: return []
    }
}

/// Every position of a geometry, in order.
func allPositions(_ geometry: GeoJSONGeometry?) -> [Position] {
    switch geometry {
    case nil: return []
    case .point(let position)?: return [position]
    case .multiPoint(let positions)?, .lineString(let positions)?: return positions
    case .multiLineString(let lines)?, .polygon(let lines)?: return lines.flatMap { $0 }
    case .multiPolygon(let polygons)?: return polygons.flatMap { $0.flatMap { $0 } }
    case .geometryCollection(let geometries)?: return geometries.flatMap { allPositions($0) }
    }
}

/// The geometry with every ring reversed.
func reversingRings(_ geometry: GeoJSONGeometry?) -> GeoJSONGeometry? {
    switch geometry {
    case .polygon(let rings)?: return .polygon(rings.map { $0.reversed() })
    case .multiPolygon(let polygons)?: return .multiPolygon(polygons.map { $0.map { $0.reversed() } })
    default: return geometry
    }
}

/// Expects two collections to be equal, reporting only the first difference
/// (printing a whole large collection would drown the log).
func expectSameCollection(
    _ actual: FeatureCollection,
    _ expected: FeatureCollection,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard actual != expected else { return }
    if actual.features.count != expected.features.count {
        Issue.record("\(actual.features.count) features, expected \(expected.features.count)", sourceLocation: sourceLocation)
    } else if let index = actual.features.indices.first(where: { actual.features[$0] != expected.features[$0] }) {
        Issue.record("feature \(index) differs:\n\(actual.features[index])\nexpected:\n\(expected.features[index])", sourceLocation: sourceLocation)
    } else {
        Issue.record("collection members differ: bbox \(String(describing: actual.bbox)) vs \(String(describing: expected.bbox)), foreign \(actual.foreignMembers) vs \(expected.foreignMembers)", sourceLocation: sourceLocation)
    }
}
