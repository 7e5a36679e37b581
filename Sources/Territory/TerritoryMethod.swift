import GeoJSON
import Places

/// How territory is drawn from places: each place's Voronoi cell (in an equal-area
/// projection of the area), clipped to the country and to a disc whose radius depends on
/// the kind of place; an actor's territory is the union of the cells of the places it
/// holds. Land beyond every disc stays unattributed.
public struct TerritoryMethod: Sendable, Hashable {
    public var radiusKm: [PlaceKind: Double]
    /// Give every cell its whole Voronoi cell: no land stays unattributed near a known place.
    public var fullCoverage = false

    public init(radiusKm: [PlaceKind: Double], fullCoverage: Bool = false) {
        self.radiusKm = radiusKm
        self.fullCoverage = fullCoverage
    }

    public static let standard = TerritoryMethod(radiusKm: [
        .city: 40, .town: 25, .village: 12, .area: 20, .airbase: 12, .airport: 8, .oilTerminal: 12, .oilField: 15, .port: 6,
    ])

    public var name: String { fullCoverage ? "voronoi-cells-clipped-to-country" : "voronoi-cells-clipped-to-country-and-radius" }

    /// The kinds of place that get a cell; countries, regions and districts are polygons, not sites.
    public func radius(for kind: PlaceKind) -> Double? { radiusKm[kind] }

    /// The method and its parameters, as recorded in every snapshot.
    public var parameters: JSONValue {
        .object([
            "name": .string(name),
            "projection": .string("Lambert azimuthal equal-area centred on the area"),
            "radius_km": fullCoverage ? .null : .object(Dictionary(uniqueKeysWithValues: radiusKm.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
        ])
    }
}
