import Claims
import GeoJSON
import Places
import Timeline

/// Who held what on one day: the places with their state and one territory per actor.
public struct Snapshot: Sendable {
    public struct Territory: Sendable, Hashable {
        /// The actor id, or "(contested)" / "(changing hands)".
        public var label: String
        public var actor: Actor?
        /// MultiPolygon in longitude/latitude.
        public var geometry: GeoJSONGeometry
        /// Measured in the equal-area projection, km².
        public var areaKm2: Double
        /// The ids of the places with a known state whose cells make it up, sorted: each
        /// leads to a place feature and the quotes behind it.
        public var placeIDs: [String]
        public var placeCount: Int { placeIDs.count }
    }

    public var day: Day
    /// Sorted by actor id.
    public var territories: [Territory]
    public var contested: Territory?
    public var changing: Territory?
    public var unattributedKm2: Double
    public var countryKm2: Double
    /// Every place with a known state, sorted by id.
    public var places: [PlaceState]
    public var method: TerritoryMethod
    let cellLabels: [CellLabel]

    public func areaKm2(of actor: String) -> Double { territories.first { $0.label == actor }?.areaKm2 ?? 0 }

    /// The snapshot as RFC 7946 GeoJSON: territories (MultiPolygons), then places
    /// (Points) with their holder, state, since, last_confirmed, confidence and sources (each with its own); simplestyle
    /// properties for colours; the date, the method and a hash of the inputs as foreign
    /// members.
    public func featureCollection(inputsHash: String, attribution: String) -> FeatureCollection {
        func round1(_ value: Double) -> JSONValue { .number((value * 10).rounded() / 10) }
        var features: [Feature] = []
        for territory in territories + [contested, changing].compactMap({ $0 }) {
            let color = territory.actor?.color ?? (territory.label == "(contested)" ? "#7f7f7f" : "#b0b0b0")
            var properties: [String: JSONValue] = [
                "feature": .string("territory"),
                "actor": .string(territory.actor?.id ?? territory.label),
                "name": .string(territory.actor?.name ?? territory.label),
                "area_km2": round1(territory.areaKm2),
                "places": .number(Double(territory.placeCount)),
                "place_ids": .array(territory.placeIDs.map { .string($0) }),
                "fill": .string(color), "fill-opacity": .number(0.35), "stroke": .string(color), "stroke-width": .number(1),
                "title": .string("\(territory.actor?.name ?? territory.label): \(Int(territory.areaKm2.rounded())) km²"),
            ]
            if territory.actor == nil { properties["state"] = .string(territory.label == "(contested)" ? "contested" : "changing") }
            features.append(Feature(id: .string("territory:\(territory.actor?.id ?? territory.label)"), geometry: territory.geometry,
                                    properties: properties))
        }
        for state in places {
            var properties: [String: JSONValue] = [
                "feature": .string("place"),
                "id": .string(state.place.id),
                "name": .string(state.place.name),
                "kind": .string(state.place.kind.rawValue),
                "state": .string(state.condition.rawValue),
                "holder": state.holder.map { .string($0.id) } ?? .null,
                "sides": .array(state.sides.map { .string($0.id) }),
                "since": state.since.map { .string($0.iso) } ?? .null,
                "last_confirmed": state.lastConfirmed.map { .string($0.iso) } ?? .null,
                "from_region": .bool(state.fromRegion),
                "confidence": state.confidence.map { .number(($0 * 100).rounded() / 100) } ?? .null,
                "sources": .array(state.evidence.map { claim in
                    .object(["article": .string(claim.article), "quote": .string(claim.quote), "status": .string(claim.status.rawValue),
                             "actor": .string(claim.actor.id), "date_from": .string(claim.interval.from.iso),
                             "date_to": .string(claim.interval.to.iso), "offset": .number(Double(claim.offset)),
                             "confidence": .number((claim.confidence * 100).rounded() / 100)])
                }),
                "marker-color": .string(state.condition == .held ? state.holder?.color ?? "#7f7f7f" : "#7f7f7f"),
                "marker-size": .string("small"),
                "title": .string("\(state.place.name): \(state.condition == .held ? state.holder?.name ?? "?" : state.condition.rawValue)"),
            ]
            if let geonames = state.place.geonamesID { properties["geonames_id"] = .number(Double(geonames)) }
            features.append(Feature(id: .string(state.place.id), geometry: .point(state.place.position), properties: properties))
        }
        return FeatureCollection(features: features, foreignMembers: [
            "date": .string(day.iso),
            "method": method.parameters,
            "inputs_sha": .string(inputsHash),
            "country_km2": round1(countryKm2),
            "unattributed_km2": round1(unattributedKm2),
            "attribution": .string(attribution),
        ])
    }
}
