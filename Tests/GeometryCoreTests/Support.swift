import Foundation
import GeoJSON
import GeometryCore

/// The repository's root folder, found from this file's place in `Tests/GeometryCoreTests/`.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped Libya data this project was started on.
let libyaSources = repositoryRoot.appendingPathComponent("Gazetteer/libya/sources")

func libyaBoundary() throws -> GeoJSONGeometry {
    let collection = try GeoJSONReader.featureCollection(at: libyaSources.appendingPathComponent("ly_boundary_ne10m.geojson"))
    return try #require(collection.features.first?.geometry)
}

func libyaDistricts() throws -> [GeoJSONGeometry] {
    try GeoJSONReader.featureCollection(at: libyaSources.appendingPathComponent("ly_districts_ne10m.geojson"))
        .features.map { try #require($0.geometry) }
}

/// Every gazetteer record's id, position and inside-boundary flag, read from the shipped
/// `ly_gazetteer.tsv` (columns `id`, `lat`, `lon`, `inside_boundary`).
func gazetteerPlaces() throws -> [(id: String, position: Position, inside: Bool)] {
    let text = try String(contentsOf: libyaSources.appendingPathComponent("ly_gazetteer.tsv"), encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    let header = lines.removeFirst()
    let id = try #require(header.firstIndex(of: "id")), lat = try #require(header.firstIndex(of: "lat"))
    let lon = try #require(header.firstIndex(of: "lon")), inside = try #require(header.firstIndex(of: "inside_boundary"))
    return try lines.map { fields in
        (fields[id], Position(longitude: try #require(Double(fields[lon])), latitude: try #require(Double(fields[lat]))), fields[inside] == "1")
    }
}

/// A square from (x, y) with side `size`, counter-clockwise.
func square(_ x: Double, _ y: Double, _ size: Double) -> [XY] {
    [XY(x, y), XY(x + size, y), XY(x + size, y + size), XY(x, y + size), XY(x, y)]
}

import Testing
