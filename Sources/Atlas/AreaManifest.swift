import DataFiles
import Foundation
import GeoJSON

/// What an area of interest consists of: `area.json` in its gazetteer folder.
///
/// ```json
/// { "id": "libya", "name": "Libya",
///   "boundary": "sources/ly_boundary_ne10m.geojson",
///   "districts": { "file": "sources/ly_districts_ne10m.geojson", "id": "iso_3166_2", "name": "gn_name", "group": "region" },
///   "regions":   { "file": "sources/ly_regions.geojson", "id": "region", "name": "region" },
///   "attribution": "…" }
/// ```
/// File paths are relative to the manifest's folder. Nothing here is specific to one
/// country: a new conflict gets a folder and a manifest of its own.
public struct AreaManifest: Sendable, Hashable {
    /// A polygon layer and the feature properties that name its features.
    public struct Layer: Sendable, Hashable {
        public var file: String
        /// The property holding each feature's stable id.
        public var idProperty: String
        /// The property holding each feature's display name.
        public var nameProperty: String
        /// The property naming the larger unit a feature belongs to (optional).
        public var groupProperty: String?
    }

    public var id: String
    public var name: String
    public var boundary: String
    public var districts: Layer
    public var regions: Layer?
    /// The credit line every map made from these data must carry.
    public var attribution: String

    /// Reads and checks a manifest.
    /// - Throws: ``DataFileError`` naming the file, the JSON path and what is wrong.
    public static func read(_ url: URL) throws -> AreaManifest {
        let file = url.path
        let root = try JSONText.parse(DataFile.read(url), file: file)
        guard case .object(let members) = root else {
            throw DataFileError(file: file, location: .jsonPath("$"), reason: "expected a JSON object")
        }
        func string(_ object: [String: JSONValue], _ key: String, at path: String, required: Bool = true) throws -> String? {
            switch object[key] {
            case .string(let value) where !value.isEmpty: return value
            case nil where !required: return nil
            case nil: throw DataFileError(file: file, location: .jsonPath(path), reason: "missing member \"\(key)\"")
            default: throw DataFileError(file: file, location: .jsonPath("\(path).\(key)"), reason: "expected a non-empty string")
            }
        }
        func layer(_ key: String, required: Bool) throws -> Layer? {
            guard let value = members[key] else {
                if required { throw DataFileError(file: file, location: .jsonPath("$"), reason: "missing member \"\(key)\"") }
                return nil
            }
            let path = "$.\(key)"
            guard case .object(let object) = value else {
                throw DataFileError(file: file, location: .jsonPath(path), reason: "expected an object with file, id and name")
            }
            return Layer(file: try string(object, "file", at: path)!,
                         idProperty: try string(object, "id", at: path)!,
                         nameProperty: try string(object, "name", at: path)!,
                         groupProperty: try string(object, "group", at: path, required: false))
        }
        return AreaManifest(id: try string(members, "id", at: "$")!,
                            name: try string(members, "name", at: "$")!,
                            boundary: try string(members, "boundary", at: "$")!,
                            districts: try layer("districts", required: true)!,
                            regions: try layer("regions", required: false),
                            attribution: try string(members, "attribution", at: "$")!)
    }
}
