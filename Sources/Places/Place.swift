import GeoJSON

/// One gazetteer record: a place with its coordinates, kind and every name it goes by.
public struct Place: Sendable, Hashable, Identifiable {
    /// Stable id: `gn:<geonameid>`, `wof:<id>`, `oa:<ident>` (OurAirports) or `cm:<slug>` (curated).
    public var id: String
    public var kind: PlaceKind
    /// Preferred English name.
    public var name: String
    public var arabicName: String?
    /// Longitude/latitude of the place (a representative point for areas).
    public var position: Position
    public var scope: PlaceScope
    /// Codes of the district and region the point lies in (e.g. `LY-JU`, `Fezzan`).
    public var district: String?
    public var region: String?
    public var geonamesID: Int?
    public var population: Int?
    /// For districts, regions and the country: the polygon, as `districts:<id>`,
    /// `regions:<id>` or `boundary` of the area manifest.
    public var polygon: String?
    /// Distance outside the area's boundary in km, for points that the generalized
    /// coastline leaves in the sea; nil when inside.
    public var outsideKm: Double?
    /// Identifier-like names (ICAO, IATA, local codes).
    public var codes: [String]
    /// Every other name the place goes by, in any script.
    public var aliases: [String]
    /// Where the record comes from.
    public var source: String
    /// Ids of records folded into this one (`same_as` in the curated layer).
    public var mergedIDs: [String]

    public init(id: String, kind: PlaceKind, name: String, arabicName: String? = nil, position: Position, scope: PlaceScope = .map,
                district: String? = nil, region: String? = nil, geonamesID: Int? = nil, population: Int? = nil, polygon: String? = nil,
                outsideKm: Double? = nil, codes: [String] = [], aliases: [String] = [], source: String = "", mergedIDs: [String] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.arabicName = arabicName
        self.position = position
        self.scope = scope
        self.district = district
        self.region = region
        self.geonamesID = geonamesID
        self.population = population
        self.polygon = polygon
        self.outsideKm = outsideKm
        self.codes = codes
        self.aliases = aliases
        self.source = source
        self.mergedIDs = mergedIDs
    }

    /// Every name: the preferred name, the Arabic name and the aliases.
    public var allNames: [String] {
        var names = [name]
        if let arabicName { names.append(arabicName) }
        return names + aliases
    }
}
