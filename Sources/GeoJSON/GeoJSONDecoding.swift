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

    /// What each level of coordinates should be, for error reasons.
    private enum Expect {
        static let position = "expected a position (an array of 2 or 3 numbers)"
        static let positions = "expected an array of positions"
        static let lineString = "expected a line string (an array of positions)"
        static let lineStrings = "expected an array of line strings (arrays of positions)"
        static let ring = "expected a linear ring (an array of positions)"
        static let rings = "expected an array of linear rings (arrays of positions)"
        static let polygon = "expected a polygon (an array of linear rings)"
        static let polygons = "expected an array of polygons (arrays of linear rings)"
    }

    /// Checks the nesting of coordinates by their first elements, so that, say,
    /// a Polygon given an array of positions is reported as such at `coordinates`.
    /// Empty arrays and non-number leaves are left to the element checks.
    private static func checkNesting(_ coordinates: JSONValue, depth expected: Int, at path: JSONPath, expecting expectation: String) throws(Failure) {
        var depth = 0
        var current = coordinates
        while case .array(let elements) = current {
            guard let first = elements.first else { return }
            depth += 1
            current = first
        }
        guard case .number = current, depth != expected else { return }
        let found: String
        switch depth {
        case 0: found = "a number"
        case 1: found = "a position"
        case 2: found = "an array of positions"
        case 3: found = "an array of arrays of positions"
        default: found = "arrays of positions nested \(depth - 1) deep"
        }
        throw Failure(path, "\(expectation), found \(found)")
    }

    /// The elements of an array, each converted by `element` at its own path.
    private static func array<Element>(
        _ value: JSONValue,
        at path: JSONPath,
        expecting expectation: String,
        _ element: (JSONValue, JSONPath) throws(Failure) -> Element
    ) throws(Failure) -> [Element] {
        guard case .array(let items) = value else {
            throw Failure(path, "\(expectation), found \(value.kindDescription)")
        }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for index in items.indices {
            result.append(try element(items[index], path.index(index)))
        }
        return result
    }

    /// Linear rings (RFC 7946 §3.1.6).
    private static func polygon(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [[Position]] {
        try array(value, at: path, expecting: expectation) { ring, ringPath throws(Failure) in
            try linearRing(ring, at: ringPath, expecting: Expect.ring)
        }
    }

    /// A closed ring of four or more positions (RFC 7946 §3.1.6).
    private static func linearRing(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
        let ring = try positions(value, at: path, expecting: expectation)
        guard ring.count >= 4 else {
            throw Failure(path, "a linear ring needs at least 4 positions, found \(ring.count)")
        }
        guard ring.first == ring.last else {
            throw Failure(path, "linear ring is not closed: the first position \(ring.first!) differs from the last \(ring.last!)")
        }
        return ring
    }

    /// Two or more positions (RFC 7946 §3.1.4).
    private static func lineString(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
        let line = try positions(value, at: path, expecting: expectation)
        guard line.count >= 2 else {
            throw Failure(path, "a LineString needs at least 2 positions, found \(line.count)")
        }
        return line
    }

    private static func positions(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
        guard case .array(let items) = value else {
            throw Failure(path, "\(expectation), found \(value.kindDescription)")
        }
        var result: [Position] = []
        result.reserveCapacity(items.count)
        for index in items.indices {
            result.append(try position(items[index], in: path, index: index))
        }
        return result
    }

    private static func position(_ value: JSONValue, at path: JSONPath) throws(Failure) -> Position {
        try position(value, in: path, index: nil)
    }

    /// A position (RFC 7946 §3.1.1): longitude and latitude in range, an optional
    /// altitude (dropped), nothing more. The position is element `index` of the
    /// array at `parent` (or `parent` itself when `index` is nil); the path string
    /// is only built for an error.
    private static func position(_ value: JSONValue, in parent: JSONPath, index: Int?) throws(Failure) -> Position {
        func failure(_ reason: String) -> Failure {
            Failure(index.map(parent.index) ?? parent, reason)
        }
        guard case .array(let numbers) = value else {
            throw failure("\(Expect.position), found \(value.kindDescription)")
        }
        guard numbers.count >= 2 else {
            throw failure("a position needs 2 or 3 numbers (longitude, latitude, optional altitude), found \(numbers.count)")
        }
        guard numbers.count <= 3 else {
            throw failure("a position has at most 3 numbers (longitude, latitude, altitude), found \(numbers.count)")
        }
        for (offset, number) in numbers.enumerated() {
            guard case .number = number else {
                throw failure("\(Expect.position), found \(number.kindDescription) at index \(offset)")
            }
        }
        guard case .number(let longitude) = numbers[0], case .number(let latitude) = numbers[1] else {
            throw failure(Expect.position)
        }
        guard (-180...180).contains(longitude) else {
            throw failure("longitude \(JSONSerializer.text(of: longitude)) is outside [-180, 180]")
        }
        guard (-90...90).contains(latitude) else {
            throw failure("latitude \(JSONSerializer.text(of: latitude)) is outside [-90, 90]")
        }
        return Position(longitude: longitude, latitude: latitude)
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
