/// A failure reported by GEOS or PROJ, carrying the library's own messages.
///
/// GEOS reports through the error handler installed with
/// `GEOSContext_setErrorMessageHandler_r`; PROJ through the log function installed
/// with `proj_log_func` and `proj_context_errno_string`. Kept apart from
/// ``GeometryError`` (bad input data) so callers can tell the two apart.
public struct LibraryError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Library: String, Sendable, Hashable { case geos = "GEOS", proj = "PROJ" }

    public var library: Library
    /// The C function that failed, e.g. `GEOSIntersection_r`.
    public var function: String
    /// What the library said, oldest first; never empty.
    public var messages: [String]

    public init(library: Library, function: String, messages: [String]) {
        self.library = library
        self.function = function
        self.messages = messages.isEmpty ? ["failed without a message"] : messages
    }

    public var description: String {
        "\(library.rawValue) \(function): \(messages.joined(separator: "; "))"
    }
}

/// Input that the geometry core refuses: a malformed geometry, coordinates that
/// cannot be projected, a coverage whose parts overlap.
public struct GeometryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
