/// What a gazetteer record is. Written in the data files by its raw value.
public enum PlaceKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case country, region, district, city, town, village, airbase, airport
    case oilTerminal = "oil_terminal", oilField = "oil_field", port, area

    /// The words a reader sees, e.g. "oil terminal".
    public var displayName: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// A facility is usually named after the town or area it serves ("Jufra" the
    /// district, "Jufra" the airbase): text must say which (a cue such as "airbase")
    /// before a bare name resolves to the facility rather than to the place.
    public var isFacility: Bool {
        switch self {
        case .airbase, .airport, .oilTerminal, .oilField, .port: return true
        default: return false
        }
    }

    /// How likely a bare mention of a name means this kind of place, used to rank
    /// records that share a name: larger units and settlements before facilities.
    var prominence: Double {
        switch self {
        case .country: return 6
        case .region, .city: return 5
        case .district: return 4
        case .town, .area, .oilTerminal, .port: return 3
        case .village, .airbase, .oilField: return 2
        case .airport: return 1
        }
    }

    public static func < (lhs: PlaceKind, rhs: PlaceKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Whether a place is drawn on the area's map or only resolves (a foreign capital named in Libyan news).
public enum PlaceScope: String, Sendable, Hashable {
    case map, outside
}
