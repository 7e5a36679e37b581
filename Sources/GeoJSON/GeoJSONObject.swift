/// Any GeoJSON object (RFC 7946 §3): a geometry, a Feature or a FeatureCollection.
public enum GeoJSONObject: Sendable, Hashable {
    case geometry(GeoJSONGeometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)

    /// The RFC 7946 `type` name: a geometry's, "Feature" or "FeatureCollection".
    public var typeName: String {
        switch self {
        case .geometry(let geometry): return geometry.typeName
        case .feature: return "Feature"
        case .featureCollection: return "FeatureCollection"
        }
    }
}

extension GeoJSONObject: Codable {
    /// Decodes any GeoJSON object with the reader's validation.
    /// - Throws: `DecodingError.dataCorrupted` naming the JSON path and the rule broken.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decode(from: decoder, GeoJSONDecoding.object)
    }

    /// Encodes the object, coordinates as they are.
    public func encode(to encoder: any Encoder) throws {
        try GeoJSONEncoding.value(self, .faithful).encode(to: encoder)
    }
}
