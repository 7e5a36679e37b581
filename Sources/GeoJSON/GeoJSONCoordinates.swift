/// Coordinates (RFC 7946 §3.1.1-§3.1.7): nesting, positions, line strings and linear rings.
extension GeoJSONDecoding {
    /// What each level of coordinates should be, for error reasons.
    enum Expect {
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
    static func checkNesting(_ coordinates: JSONValue, depth expected: Int, at path: JSONPath, expecting expectation: String) throws(Failure) {
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
    static func array<Element>(
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
    static func polygon(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [[Position]] {
        try array(value, at: path, expecting: expectation) { ring, ringPath throws(Failure) in
            try linearRing(ring, at: ringPath, expecting: Expect.ring)
        }
    }

    /// A closed ring of four or more positions (RFC 7946 §3.1.6).
    static func linearRing(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
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
    static func lineString(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
        let line = try positions(value, at: path, expecting: expectation)
        guard line.count >= 2 else {
            throw Failure(path, "a LineString needs at least 2 positions, found \(line.count)")
        }
        return line
    }

    static func positions(_ value: JSONValue, at path: JSONPath, expecting expectation: String) throws(Failure) -> [Position] {
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

    static func position(_ value: JSONValue, at path: JSONPath) throws(Failure) -> Position {
        try position(value, in: path, index: nil)
    }

    /// A position (RFC 7946 §3.1.1): longitude and latitude in range, an optional
    /// altitude (dropped), nothing more. The position is element `index` of the
    /// array at `parent` (or `parent` itself when `index` is nil); the path string
    /// is only built for an error.
    static func position(_ value: JSONValue, in parent: JSONPath, index: Int?) throws(Failure) -> Position {
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
}
