import GeoJSON

/// One administrative polygon of an area of interest: the country, a district or a region.
public struct AdminArea: Sendable, Hashable {
    public enum Level: String, Sendable, Hashable, CaseIterable {
        case country, region, district
    }

    public var id: String
    public var name: String
    public var level: Level
    /// The id of the larger unit this one belongs to (a district's region), if any.
    public var group: String?
    /// Polygon or MultiPolygon, longitude/latitude.
    public var geometry: GeoJSONGeometry
    /// The source feature's properties, kept for the output.
    public var sourceProperties: [String: JSONValue]

    public init(id: String, name: String, level: Level, group: String?, geometry: GeoJSONGeometry,
                sourceProperties: [String: JSONValue] = [:]) {
        self.id = id
        self.name = name
        self.level = level
        self.group = group
        self.geometry = geometry
        self.sourceProperties = sourceProperties
    }
}
