/// A Feature object (RFC 7946 §3.2): a geometry with properties.
///
/// When read, `geometry` and `properties` must be present but may be `null`
/// (`nil` here); `id` is absent, a string or a number. Members RFC 7946 does
/// not define for a Feature are kept in ``foreignMembers`` (§6.1).
public struct Feature: Sendable, Hashable {
    /// The optional identifier (§3.2).
    public var id: FeatureID?
    /// The geometry, or `nil` for an unlocated feature (`"geometry": null`).
    public var geometry: GeoJSONGeometry?
    /// The properties, or `nil` for `"properties": null`.
    public var properties: [String: JSONValue]?
    /// The bounding box (§5): `[west, south, east, north]`, or 6 numbers with altitudes.
    public var bbox: [Double]?
    /// Members not defined by RFC 7946 for a Feature (§6.1), kept as read and written back.
    /// A key that names a standard member ("type", "id", "geometry", "properties", "bbox") is not written.
    public var foreignMembers: [String: JSONValue]

    public init(
        id: FeatureID? = nil,
        geometry: GeoJSONGeometry? = nil,
        properties: [String: JSONValue]? = [:],
        bbox: [Double]? = nil,
        foreignMembers: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.bbox = bbox
        self.foreignMembers = foreignMembers
    }
}

extension Feature: Codable {
    /// Decodes a Feature object with the reader's validation.
    /// - Throws: `DecodingError.dataCorrupted` naming the JSON path and the rule broken.
    public init(from decoder: any Decoder) throws {
        self = try GeoJSONDecoding.decode(from: decoder, GeoJSONDecoding.feature)
    }

    /// Encodes the Feature as a GeoJSON object, coordinates as they are.
    public func encode(to encoder: any Encoder) throws {
        try GeoJSONEncoding.value(self, .faithful).encode(to: encoder)
    }
}
