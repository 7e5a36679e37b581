/// GeoJSON types to JSON values: the one conversion behind ``GeoJSONWriter`` and
/// the Codable conformances.
enum GeoJSONEncoding {
    enum Style {
        /// Coordinates as they are (Codable).
        case faithful
        /// What ``GeoJSONWriter`` writes: coordinates and bbox rounded to 6
        /// decimals, polygon rings wound per RFC 7946 §3.1.6.
        case canonical
    }

    static func value(_ object: GeoJSONObject, _ style: Style) -> JSONValue {
        switch object {
        case .geometry(let geometry): return value(geometry, style)
        case .feature(let feature): return value(feature, style)
        case .featureCollection(let collection): return value(collection, style)
        }
    }

    static func value(_ collection: FeatureCollection, _ style: Style) -> JSONValue {
        .object(members(of: collection, style))
    }

    /// The members of a FeatureCollection (RFC 7946 §3.3): foreign members, then
    /// "type", "features" and "bbox", which win over foreign members of the same name.
    static func members(of collection: FeatureCollection, _ style: Style) -> [String: JSONValue] {
        var members = collection.foreignMembers
        members["type"] = .string("FeatureCollection")
        members["features"] = .array(collection.features.map { value($0, style) })
        setBBox(collection.bbox, in: &members, style)
        return members
    }

    /// A Feature (RFC 7946 §3.2): "type", "id" only when present, "geometry" and
    /// "properties" (null when nil), "bbox" when present, and foreign members.
    static func value(_ feature: Feature, _ style: Style) -> JSONValue {
        var members = feature.foreignMembers
        members["type"] = .string("Feature")
        if let id = feature.id {
            members["id"] = id.jsonValue
        } else {
            members.removeValue(forKey: "id")
        }
        members["geometry"] = feature.geometry.map { value($0, style) } ?? .null
        members["properties"] = feature.properties.map(JSONValue.object) ?? .null
        setBBox(feature.bbox, in: &members, style)
        return .object(members)
    }

    /// A geometry object (RFC 7946 §3.1): "type" and "coordinates", or "geometries".
    static func value(_ geometry: GeoJSONGeometry, _ style: Style) -> JSONValue {
        switch style {
        case .faithful:
            return plainValue(geometry)
        case .canonical:
            return plainValue(geometry.mapPositions(\.roundedToSixDecimals).withRFC7946Winding())
        }
    }

    private static func plainValue(_ geometry: GeoJSONGeometry) -> JSONValue {
        let coordinates: JSONValue
        switch geometry {
        case .point(let position):
            coordinates = value(position)
        case .multiPoint(let positions), .lineString(let positions):
            coordinates = value(positions)
        case .multiLineString(let lines), .polygon(let lines):
            coordinates = .array(lines.map(value))
        case .multiPolygon(let polygons):
            coordinates = .array(polygons.map { .array($0.map(value)) })
        case .geometryCollection(let geometries):
            return .object([
                "type": .string(geometry.typeName),
                "geometries": .array(geometries.map(plainValue)),
            ])
        }
        return .object(["type": .string(geometry.typeName), "coordinates": coordinates])
    }

    private static func value(_ positions: [Position]) -> JSONValue {
        .array(positions.map(value))
    }

    private static func value(_ position: Position) -> JSONValue {
        .array([.number(position.longitude), .number(position.latitude)])
    }

    private static func setBBox(_ bbox: [Double]?, in members: inout [String: JSONValue], _ style: Style) {
        guard let bbox else {
            members.removeValue(forKey: "bbox")
            return
        }
        let numbers = style == .canonical ? bbox.map(Position.roundedToSixDecimals) : bbox
        members["bbox"] = .array(numbers.map(JSONValue.number))
    }
}
