import DataFiles
import Foundation
import GeoJSON

/// The fixed layers of a map: the country's boundary, its districts and regions,
/// loaded from a gazetteer folder through its ``AreaManifest``.
public struct AreaOfInterest: Sendable, Hashable {
    public var manifest: AreaManifest
    public var boundary: AdminArea
    /// Sorted by id.
    public var districts: [AdminArea]
    /// Sorted by id; empty when the manifest names no region layer.
    public var regions: [AdminArea]

    /// Loads `area.json` from `folder` and the layers it names.
    /// - Throws: ``DataFileError`` for a missing or malformed file, a feature that is not
    ///   polygonal, a missing or duplicate id.
    public static func load(folder: URL) throws -> AreaOfInterest {
        let manifest = try AreaManifest.read(folder.appendingPathComponent("area.json"))
        let boundaryURL = folder.appendingPathComponent(manifest.boundary)
        let boundaries = try GeoJSONReader.featureCollection(at: boundaryURL)
        guard boundaries.features.count == 1 else {
            throw DataFileError(file: boundaryURL.path, location: .jsonPath("$.features"),
                                reason: "expected exactly one boundary feature, found \(boundaries.features.count)")
        }
        let boundary = AdminArea(id: manifest.id, name: manifest.name, level: .country, group: nil,
                                 geometry: try polygonal(boundaries.features[0], file: boundaryURL.path, index: 0),
                                 sourceProperties: boundaries.features[0].properties ?? [:])
        let districts = try layer(manifest.districts, level: .district, folder: folder)
        let regions = try manifest.regions.map { try layer($0, level: .region, folder: folder) } ?? []
        return AreaOfInterest(manifest: manifest, boundary: boundary, districts: districts, regions: regions)
    }

    private static func polygonal(_ feature: Feature, file: String, index: Int) throws -> GeoJSONGeometry {
        switch feature.geometry {
        case .polygon?, .multiPolygon?: return feature.geometry!
        case let other?:
            throw DataFileError(file: file, location: .jsonPath("$.features[\(index)].geometry"),
                                reason: "expected a Polygon or MultiPolygon, found \(other.typeName)")
        case nil:
            throw DataFileError(file: file, location: .jsonPath("$.features[\(index)].geometry"), reason: "feature has no geometry")
        }
    }

    private static func layer(_ layer: AreaManifest.Layer, level: AdminArea.Level, folder: URL) throws -> [AdminArea] {
        let url = folder.appendingPathComponent(layer.file)
        let file = url.path
        let collection = try GeoJSONReader.featureCollection(at: url)
        var seen: Set<String> = []
        let areas = try collection.features.enumerated().map { index, feature -> AdminArea in
            let properties = feature.properties ?? [:]
            func text(_ key: String) throws -> String {
                guard case .string(let value)? = properties[key], !value.isEmpty else {
                    throw DataFileError(file: file, location: .jsonPath("$.features[\(index)].properties.\(key)"),
                                        reason: "missing or empty string property \"\(key)\"")
                }
                return value
            }
            let id = try text(layer.idProperty)
            guard seen.insert(id).inserted else {
                throw DataFileError(file: file, location: .jsonPath("$.features[\(index)].properties.\(layer.idProperty)"),
                                    reason: "duplicate id \"\(id)\"")
            }
            return AdminArea(id: id, name: try text(layer.nameProperty), level: level,
                             group: try layer.groupProperty.map(text),
                             geometry: try polygonal(feature, file: file, index: index), sourceProperties: properties)
        }
        guard !areas.isEmpty else {
            throw DataFileError(file: file, location: .jsonPath("$.features"), reason: "the layer has no features")
        }
        return areas.sorted { $0.id < $1.id }
    }
}
