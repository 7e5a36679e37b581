/// A JSON path such as `$.features[3].geometry.coordinates[0][2]`, for error locations.
struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    private(set) var description: String

    /// `$`, the whole document.
    static let root = JSONPath(description: "$")

    private init(description: String) {
        self.description = description
    }

    /// The path of a decoder's `codingPath`: `$` followed by its keys and indices.
    init(codingPath: [any CodingKey]) {
        var path = JSONPath.root
        for key in codingPath {
            if let index = key.intValue {
                path = path.index(index)
            } else {
                path = path.member(key.stringValue)
            }
        }
        self = path
    }

    /// The path of member `name`: `.name`, or `["name"]` when it is not an identifier.
    func member(_ name: String) -> JSONPath {
        let isIdentifier = !name.isEmpty && name.utf8.allSatisfy { byte in
            (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x5F
        } && !(0x30...0x39).contains(name.utf8.first!)
        if isIdentifier {
            return JSONPath(description: description + "." + name)
        }
        let quoted = String(decoding: JSONText.serialize(.string(name)), as: UTF8.self)
        return JSONPath(description: description + "[" + quoted + "]")
    }

    /// The path of array element `index`: `[index]`.
    func index(_ index: Int) -> JSONPath {
        JSONPath(description: description + "[" + String(index) + "]")
    }
}

/// A GeoJSON rule broken at a JSON path; becomes a `DataFileError` (reader) or a
/// `DecodingError.dataCorrupted` (Codable).
struct GeoJSONValidationError: Error, Sendable, CustomStringConvertible {
    var path: JSONPath
    var reason: String

    init(_ path: JSONPath, _ reason: String) {
        self.path = path
        self.reason = reason
    }

    var description: String { "\(path): \(reason)" }
}
