/// Where in an input file something is wrong.
public enum InputLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as a whole (missing, unreadable, empty).
    case file
    /// A line, and optionally a column, both counted from 1.
    case line(Int, column: Int? = nil)
    /// A JSON path such as `$.features[3].geometry.coordinates[0]`.
    case jsonPath(String)

    public var description: String {
        switch self {
        case .file: return ""
        case .line(let line, let column?): return "line \(line), column \(column)"
        case .line(let line, nil): return "line \(line)"
        case .jsonPath(let path): return path
        }
    }
}

/// Bad input data: a file that is missing, malformed, or breaks a rule of its format.
///
/// Carries the file, the location inside it and the reason, and prints as one line:
/// `Gazetteer/libya/boundary.geojson: $.features[0].geometry: unknown geometry type "Polygn"`.
/// Kept apart from library failures (GEOS, PROJ) so the command line can give
/// each its own exit code.
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var location: InputLocation
    public var reason: String

    public init(file: String, location: InputLocation = .file, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var description: String {
        let place = location.description
        return place.isEmpty ? "\(file): \(reason)" : "\(file): \(place): \(reason)"
    }
}
