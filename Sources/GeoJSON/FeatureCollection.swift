/// A FeatureCollection object (RFC 7946 §3.3).
///
/// When read, `features` must be present and an array of Feature objects.
/// Members RFC 7946 does not define for a FeatureCollection are kept in
/// ``foreignMembers`` (§6.1).
public struct FeatureCollection: Sendable, Hashable {
    /// The features, in file order.
    public var features: [Feature]
    /// The bounding box (§5): `[west, south, east, north]`, or 6 numbers with altitudes.
    public var bbox: [Double]?
    /// Members not defined by RFC 7946 for a FeatureCollection (§6.1), kept as read and written back.
    /// A key that names a standard member ("type", "features", "bbox") is not written.
    public var foreignMembers: [String: JSONValue]

    public init(features: [Feature] = [], bbox: [Double]? = nil, foreignMembers: [String: JSONValue] = [:]) {
        self.features = features
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

extension FeatureCollection: Codable {
    /// Decodes a FeatureCollection object with the reader's validation.
    /// - Throws: `DecodingError.dataCorrupted` naming the JSON path and the rule broken.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decode(from: decoder, GeoJSONDecoding.featureCollection)
    }

    /// Encodes the collection as a GeoJSON object, coordinates as they are.
    public func encode(to encoder: any Encoder) throws {
        try GeoJSONEncoding.value(self, .faithful).encode(to: encoder)
    }
}
