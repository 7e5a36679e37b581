import GeoJSON

/// One gazetteer record: a place with its coordinates, kind and every name it goes by.
public struct Place: Sendable, Hashable, Identifiable {
    /// The record's fields, in the order they are compared and hashed.
    private struct Fields: Sendable, Hashable {
        var id: String
        var kind: PlaceKind
        var name: String
        var arabicName: String?
        var position: Position
        var scope: PlaceScope
        var district: String?
        var region: String?
        var geonamesID: Int?
        var population: Int?
        var polygon: String?
        var outsideKm: Double?
        var codes: [String]
        var aliases: [String]
        var source: String
        var mergedIDs: [String]
        var curatedAliases: [String]
    }

    /// The fields behind one reference, never changed once made: a place is copied into
    /// every mention, span, claim and assertion, and a copy costs one retain instead of
    /// one per string and array. Setting a field makes a new box.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Changes fields in a new box (the old one may be shared).
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    /// Stable id: `gn:<geonameid>`, `wof:<id>`, `oa:<ident>` (OurAirports) or `cm:<slug>` (curated).
    public var id: String {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    public var kind: PlaceKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    /// Preferred English name.
    public var name: String {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }
    public var arabicName: String? {
        get { box.fields.arabicName }
        set { update { $0.arabicName = newValue } }
    }
    /// Longitude/latitude of the place (a representative point for areas).
    public var position: Position {
        get { box.fields.position }
        set { update { $0.position = newValue } }
    }
    public var scope: PlaceScope {
        get { box.fields.scope }
        set { update { $0.scope = newValue } }
    }
    /// Codes of the district and region the point lies in (e.g. `LY-JU`, `Fezzan`).
    public var district: String? {
        get { box.fields.district }
        set { update { $0.district = newValue } }
    }
    public var region: String? {
        get { box.fields.region }
        set { update { $0.region = newValue } }
    }
    public var geonamesID: Int? {
        get { box.fields.geonamesID }
        set { update { $0.geonamesID = newValue } }
    }
    public var population: Int? {
        get { box.fields.population }
        set { update { $0.population = newValue } }
    }
    /// For districts, regions and the country: the polygon, as `districts:<id>`,
    /// `regions:<id>` or `boundary` of the area manifest.
    public var polygon: String? {
        get { box.fields.polygon }
        set { update { $0.polygon = newValue } }
    }
    /// Distance outside the area's boundary in km, for points that the generalized
    /// coastline leaves in the sea; nil when inside.
    public var outsideKm: Double? {
        get { box.fields.outsideKm }
        set { update { $0.outsideKm = newValue } }
    }
    /// Identifier-like names (ICAO, IATA, local codes).
    public var codes: [String] {
        get { box.fields.codes }
        set { update { $0.codes = newValue } }
    }
    /// An airport with scheduled flights: one that has an IATA code (three capitals, "BEN"
    /// for Benina) among its codes. A town's airport is that one before any airstrip.
    public var hasScheduledFlights: Bool { codes.contains { $0.count == 3 && $0.allSatisfy(\.isUppercase) } }
    /// Every other name the place goes by, in any script.
    /// The aliases a curator added by hand (`curated.tsv`): meant for running text even when
    /// short ("Jizah", "Sabah"), unlike short generated ones ("Ben" for Benghazi).
    public var curatedAliases: [String] { box.fields.curatedAliases }

    public var aliases: [String] {
        get { box.fields.aliases }
        set { update { $0.aliases = newValue } }
    }
    /// Where the record comes from.
    public var source: String {
        get { box.fields.source }
        set { update { $0.source = newValue } }
    }
    /// Ids of records folded into this one (`same_as` in the curated layer).
    public var mergedIDs: [String] {
        get { box.fields.mergedIDs }
        set { update { $0.mergedIDs = newValue } }
    }

    public init(id: String, kind: PlaceKind, name: String, arabicName: String? = nil, position: Position, scope: PlaceScope = .map,
                district: String? = nil, region: String? = nil, geonamesID: Int? = nil, population: Int? = nil, polygon: String? = nil,
                outsideKm: Double? = nil, codes: [String] = [], aliases: [String] = [], source: String = "", mergedIDs: [String] = [],
                curatedAliases: [String] = []) {
        box = Box(Fields(id: id, kind: kind, name: name, arabicName: arabicName, position: position, scope: scope, district: district,
                         region: region, geonamesID: geonamesID, population: population, polygon: polygon, outsideKm: outsideKm,
                         codes: codes, aliases: aliases, source: source, mergedIDs: mergedIDs, curatedAliases: curatedAliases))
    }

    public static func == (lhs: Place, rhs: Place) -> Bool { lhs.box.fields == rhs.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }

    /// Every name: the preferred name, the Arabic name and the aliases.
    public var allNames: [String] {
        var names = [name]
        if let arabicName { names.append(arabicName) }
        return names + aliases
    }
}
