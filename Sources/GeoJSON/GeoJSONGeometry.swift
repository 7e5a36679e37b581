/// A GeoJSON geometry object (RFC 7946 §3.1).
///
/// Coordinates are 2-D ``Position``s. Reading validates the rules of §3.1.2-§3.1.8
/// (see ``GeoJSONReader``). A geometry keeps only its coordinates: a `bbox` on a
/// geometry object is validated and dropped, and foreign members (RFC 7946 §6.1)
/// of geometry objects, such as the obsolete `crs`, are accepted and not kept.
public indirect enum GeoJSONGeometry: Sendable, Hashable {
    /// §3.1.2: one position.
    case point(Position)
    /// §3.1.3: any number of positions.
    case multiPoint([Position])
    /// §3.1.4: two or more positions.
    case lineString([Position])
    /// §3.1.5: line strings of two or more positions each.
    case multiLineString([[Position]])
    /// §3.1.6: linear rings (closed, four or more positions); the first is the
    /// exterior ring, the others are holes.
    case polygon([[Position]])
    /// §3.1.7: polygons, each an array of linear rings.
    case multiPolygon([[[Position]]])
    /// §3.1.8: any geometries, including other collections.
    case geometryCollection([GeoJSONGeometry])

    /// The RFC 7946 `type` name: "Point", "MultiPoint", "LineString",
    /// "MultiLineString", "Polygon", "MultiPolygon" or "GeometryCollection".
    public var typeName: String {
        switch self {
        case .point: return "Point"
        case .multiPoint: return "MultiPoint"
        case .lineString: return "LineString"
        case .multiLineString: return "MultiLineString"
        case .polygon: return "Polygon"
        case .multiPolygon: return "MultiPolygon"
        case .geometryCollection: return "GeometryCollection"
        }
    }

    /// All geometry `type` names of RFC 7946 §1.4.
    static let typeNames: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    /// The same geometry with `transform` applied to every position.
    func mapPositions(_ transform: (Position) -> Position) -> GeoJSONGeometry {
        switch self {
        case .point(let position):
            return .point(transform(position))
        case .multiPoint(let positions):
            return .multiPoint(positions.map(transform))
        case .lineString(let positions):
            return .lineString(positions.map(transform))
        case .multiLineString(let lines):
            return .multiLineString(lines.map { $0.map(transform) })
        case .polygon(let rings):
            return .polygon(rings.map { $0.map(transform) })
        case .multiPolygon(let polygons):
            return .multiPolygon(polygons.map { $0.map { $0.map(transform) } })
        case .geometryCollection(let geometries):
            return .geometryCollection(geometries.map { $0.mapPositions(transform) })
        }
    }
}

extension GeoJSONGeometry: Codable {
    /// Decodes a geometry object with the reader's validation.
    /// - Throws: `DecodingError.dataCorrupted` naming the JSON path (from the
    ///   decoder's `codingPath`) and the rule broken.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decode(from: decoder, GeoJSONDecoding.geometry)
    }

    /// Encodes the geometry as a GeoJSON object, coordinates as they are
    /// (``GeoJSONWriter`` is the one that rounds and fixes winding).
    public func encode(to encoder: any Encoder) throws {
        try GeoJSONEncoding.value(self, .faithful).encode(to: encoder)
    }
}
