import GeoJSON

extension Gazetteer {
    /// The places on the map as GeoJSON Points, sorted by id, with their names, kind,
    /// district, region, GeoNames id, population and aliases, and simplestyle marker
    /// properties (`marker-color`, `marker-symbol`, `title`) so that GitHub and
    /// geojson.io show them without code. Places outside the area are left out.
    public func pointCollection(attribution: String) -> FeatureCollection {
        let features = places.filter { $0.scope == .map }.map { place -> Feature in
            var properties: [String: JSONValue] = [
                "id": .string(place.id),
                "name": .string(place.name),
                "kind": .string(place.kind.rawValue),
                "aliases": .array(place.aliases.map(JSONValue.string)),
                "title": .string("\(place.name) (\(place.kind.displayName))"),
                "marker-color": .string(Self.markerColor(place.kind)),
                "marker-size": .string(place.kind.prominence >= PlaceKind.town.prominence ? "medium" : "small"),
            ]
            if let arabic = place.arabicName { properties["name_ar"] = .string(arabic) }
            if let district = place.district { properties["district"] = .string(district) }
            if let region = place.region { properties["region"] = .string(region) }
            if let geonames = place.geonamesID { properties["geonames_id"] = .number(Double(geonames)) }
            if let population = place.population { properties["population"] = .number(Double(population)) }
            if let outside = place.outsideKm { properties["outside_boundary_km"] = .number(outside) }
            if !place.mergedIDs.isEmpty { properties["merged_ids"] = .array(place.mergedIDs.map(JSONValue.string)) }
            return Feature(id: .string(place.id), geometry: .point(place.position), properties: properties)
        }
        return FeatureCollection(features: features, foreignMembers: ["attribution": .string(attribution)])
    }

    static func markerColor(_ kind: PlaceKind) -> String {
        switch kind {
        case .country, .region, .district, .area: return "#7f7f7f"
        case .city: return "#1f1f1f"
        case .town: return "#444444"
        case .village: return "#8c8c8c"
        case .airbase, .airport: return "#1f5fbf"
        case .oilTerminal, .oilField: return "#b35900"
        case .port: return "#0f7f7f"
        }
    }
}
