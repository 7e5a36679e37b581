/// JSON values to GeoJSON types, validating RFC 7946 and naming the JSON path of
/// any rule broken. The one conversion behind ``GeoJSONReader`` and the Codable
/// conformances.
enum GeoJSONDecoding {
    typealias Failure = GeoJSONValidationError

    // MARK: - Codable

    /// Decodes a ``JSONValue`` from `decoder` and converts it, the decoder's
    /// `codingPath` becoming the JSON path prefix.
    /// - Throws: `DecodingError.dataCorrupted` with "path: reason" when a rule is broken.
    static func decode<T>(
        from decoder: any Decoder,
        _ convert: (JSONValue, JSONPath) throws(Failure) -> T
    ) throws -> T {
        let value = try JSONValue(from: decoder)
        do throws(Failure) {
            return try convert(value, JSONPath(codingPath: decoder.codingPath))
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description)
            )
        }
    }

    // MARK: - Objects

    /// Any GeoJSON object, by its `type`.
    static func object(_ value: JSONValue, at path: JSONPath) throws(Failure) -> GeoJSONObject {
        let members = try self.members(of: value, at: path, expecting: "a GeoJSON object")
        let type = try typeName(in: members, at: path)
        switch type {
        case "FeatureCollection":
            return .featureCollection(try featureCollection(members: members, at: path))
        case "Feature":
            return .feature(try feature(members: members, at: path))
        case _ where GeoJSONGeometry.typeNames.contains(type):
            return .geometry(try geometry(members: members, type: type, at: path))
        default:
            throw Failure(path, "unknown GeoJSON type \"\(type)\"")
        }
    }

    /// A FeatureCollection (RFC 7946 §3.3); any other object is an error naming what it is.
    static func featureCollection(_ value: JSONValue, at path: JSONPath) throws(Failure) -> FeatureCollection {
        let members = try self.members(of: value, at: path, expecting: "a FeatureCollection object")
        let type = try typeName(in: members, at: path)
        guard type == "FeatureCollection" else {
            throw Failure(path, "expected a FeatureCollection, found \(describe(type: type))")
        }
        return try featureCollection(members: members, at: path)
    }

    private static func featureCollection(members: [String: JSONValue], at path: JSONPath) throws(Failure) -> FeatureCollection {
        guard let featuresValue = members["features"] else {
            throw Failure(path, "missing member \"features\" (a FeatureCollection must have an array of features)")
        }
        let featuresPath = path.member("features")
        guard case .array(let items) = featuresValue else {
            throw Failure(featuresPath, "expected an array of Feature objects, found \(featuresValue.kindDescription)")
        }
        var features: [Feature] = []
        features.reserveCapacity(items.count)
        for index in items.indices {
            features.append(try feature(items[index], at: featuresPath.index(index)))
        }
        return FeatureCollection(
            features: features,
            bbox: try optionalBBox(in: members, at: path),
            foreignMembers: members.filter { !["type", "features", "bbox"].contains($0.key) }
        )
    }

    /// A Feature (RFC 7946 §3.2); any other object is an error naming what it is.
    static func feature(_ value: JSONValue, at path: JSONPath) throws(Failure) -> Feature {
        let members = try self.members(of: value, at: path, expecting: "a Feature object")
        let type = try typeName(in: members, at: path)
        guard type == "Feature" else {
            throw Failure(path, "expected a Feature, found \(describe(type: type))")
        }
        return try feature(members: members, at: path)
    }

    private static func feature(members: [String: JSONValue], at path: JSONPath) throws(Failure) -> Feature {
        var id: FeatureID?
        switch members["id"] {
        case nil: id = nil
        case .string(let text)?: id = .string(text)
        case .number(let number)?: id = .number(number)
        case let other?:
            throw Failure(path.member("id"), "a Feature id must be a string or a number, found \(other.kindDescription)")
        }

        guard let geometryValue = members["geometry"] else {
            throw Failure(path, "missing member \"geometry\" (a Feature must have one; it may be null)")
        }
        let geometry: GeoJSONGeometry? = geometryValue.isNull ? nil : try self.geometry(geometryValue, at: path.member("geometry"))

        let properties: [String: JSONValue]?
        switch members["properties"] {
        case nil:
            throw Failure(path, "missing member \"properties\" (a Feature must have one; it may be null)")
        case .null?:
            properties = nil
        case .object(let object)?:
            properties = object
        case let other?:
            throw Failure(path.member("properties"), "properties must be an object or null, found \(other.kindDescription)")
        }

        return Feature(
            id: id,
            geometry: geometry,
            properties: properties,
            bbox: try optionalBBox(in: members, at: path),
            foreignMembers: members.filter { !["type", "id", "geometry", "properties", "bbox"].contains($0.key) }
        )
    }

    // MARK: - Geometries

    /// A geometry object (RFC 7946 §3.1); its foreign members and bbox are not kept.
    static func geometry(_ value: JSONValue, at path: JSONPath) throws(Failure) -> GeoJSONGeometry {
        let members = try self.members(of: value, at: path, expecting: "a geometry object")
        let type = try typeName(in: members, at: path)
        guard GeoJSONGeometry.typeNames.contains(type) else {
            if type == "Feature" || type == "FeatureCollection" {
                throw Failure(path, "expected a geometry, found \(describe(type: type))")
            }
            throw Failure(path, "unknown geometry type \"\(type)\"")
        }
        return try geometry(members: members, type: type, at: path)
    }

    private static func geometry(members: [String: JSONValue], type: String, at path: JSONPath) throws(Failure) -> GeoJSONGeometry {
        _ = try optionalBBox(in: members, at: path)
        if type == "GeometryCollection" {
            guard let geometriesValue = members["geometries"] else {
                throw Failure(path, "missing member \"geometries\" (a GeometryCollection must have an array of geometries)")
            }
            let geometriesPath = path.member("geometries")
            guard case .array(let items) = geometriesValue else {
                throw Failure(geometriesPath, "expected an array of geometry objects, found \(geometriesValue.kindDescription)")
            }
            var geometries: [GeoJSONGeometry] = []
            geometries.reserveCapacity(items.count)
            for index in items.indices {
                geometries.append(try geometry(items[index], at: geometriesPath.index(index)))
            }
            return .geometryCollection(geometries)
        }

        guard let coordinates = members["coordinates"] else {
            throw Failure(path, "missing member \"coordinates\" (a \(type) must have coordinates)")
        }
        let at = path.member("coordinates")
        switch type {
        case "Point":
            try checkNesting(coordinates, depth: 1, at: at, expecting: Expect.position)
            return .point(try position(coordinates, at: at))
        case "MultiPoint":
            try checkNesting(coordinates, depth: 2, at: at, expecting: Expect.positions)
            return .multiPoint(try positions(coordinates, at: at, expecting: Expect.positions))
        case "LineString":
            try checkNesting(coordinates, depth: 2, at: at, expecting: Expect.positions)
            return .lineString(try lineString(coordinates, at: at, expecting: Expect.positions))
        case "MultiLineString":
            try checkNesting(coordinates, depth: 3, at: at, expecting: Expect.lineStrings)
            return .multiLineString(try array(coordinates, at: at, expecting: Expect.lineStrings) { value, path throws(Failure) in
                try lineString(value, at: path, expecting: Expect.lineString)
            })
        case "Polygon":
            try checkNesting(coordinates, depth: 3, at: at, expecting: Expect.rings)
            return .polygon(try polygon(coordinates, at: at, expecting: Expect.rings))
        default:
            try checkNesting(coordinates, depth: 4, at: at, expecting: Expect.polygons)
            return .multiPolygon(try array(coordinates, at: at, expecting: Expect.polygons) { value, path throws(Failure) in
                try polygon(value, at: path, expecting: Expect.polygon)
            })
        }
    }

    // MARK: - Members

    private static func members(of value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [String: JSONValue] {
        guard case .object(let members) = value else {
            throw Failure(path, "expected \(expectation), found \(value.kindDescription)")
        }
        return members
    }

    private static func typeName(in members: [String: JSONValue], at path: JSONPath) throws(Failure) -> String {
        switch members["type"] {
        case nil:
            throw Failure(path, "missing member \"type\"")
        case .string(let type)?:
            return type
        case let other?:
            throw Failure(path.member("type"), "member \"type\" must be a string, found \(other.kindDescription)")
        }
    }

    /// "a Feature", "a Polygon geometry", "an object of unknown type \"X\"".
    private static func describe(type: String) -> String {
        switch type {
        case "Feature", "FeatureCollection": return "a \(type)"
        case _ where GeoJSONGeometry.typeNames.contains(type): return "a \(type) geometry"
        default: return "an object of unknown type \"\(type)\""
        }
    }

    /// The `bbox` member (RFC 7946 §5), when present: 4 or 6 numbers.
    private static func optionalBBox(in members: [String: JSONValue], at path: JSONPath) throws(Failure) -> [Double]? {
        guard let value = members["bbox"] else { return nil }
        let reason = "bbox must be an array of 4 or 6 numbers"
        guard case .array(let items) = value else {
            throw Failure(path.member("bbox"), "\(reason), found \(value.kindDescription)")
        }
        guard items.count == 4 || items.count == 6 else {
            throw Failure(path.member("bbox"), "\(reason), found \(items.count) values")
        }
        var numbers: [Double] = []
        for (offset, item) in items.enumerated() {
            guard case .number(let number) = item else {
                throw Failure(path.member("bbox"), "\(reason), found \(item.kindDescription) at index \(offset)")
            }
            numbers.append(number)
        }
        return numbers
    }
}
