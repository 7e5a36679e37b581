/// A position (RFC 7946 §3.1.1): longitude and latitude in decimal degrees (WGS 84).
///
/// Two-dimensional only: the reader accepts a third (altitude) number and drops it.
public struct Position: Sendable, Hashable {
    /// Degrees east, in [-180, 180].
    public var longitude: Double
    /// Degrees north, in [-90, 90].
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

extension Position: CustomStringConvertible {
    /// `[longitude, latitude]` as the writer would print the numbers.
    public var description: String {
        "[\(JSONSerializer.text(of: longitude)), \(JSONSerializer.text(of: latitude))]"
    }
}

extension Position {
    /// The position with both coordinates rounded to 6 decimals (about 0.1 m), as written.
    var roundedToSixDecimals: Position {
        Position(longitude: Self.roundedToSixDecimals(longitude), latitude: Self.roundedToSixDecimals(latitude))
    }

    /// `round(x * 10^6) / 10^6`, through an `Int64` so the result is exactly the
    /// `Double` nearest a 6-decimal number (and `-0.0000001` becomes `0`).
    static func roundedToSixDecimals(_ value: Double) -> Double {
        guard value.isFinite, value.magnitude < 1e9 else { return value }
        return Double(Int64((value * 1e6).rounded())) / 1e6
    }
}
