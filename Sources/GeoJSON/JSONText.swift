import DataFiles
import Foundation

/// JSON text (RFC 8259) to and from ``JSONValue``: the layer under GeoJSON, usable alone.
public enum JSONText {
    /// The deepest nesting of arrays and objects ``parse(_:file:)`` accepts.
    public static let maximumDepth = 512

    /// Parses UTF-8 JSON text.
    ///
    /// Strict RFC 8259: one value, optionally surrounded by whitespace; a leading
    /// UTF-8 byte order mark is skipped. Numbers become `Double`.
    /// - Parameters:
    ///   - data: the UTF-8 bytes.
    ///   - file: names the input in error messages only.
    /// - Throws: ``DataFileError`` with location `.line(l, column: c)` (both from 1;
    ///   the column counts characters) and a reason saying what was expected, for:
    ///   empty input, a syntax error, trailing characters after the value, invalid
    ///   UTF-8 or an unpaired surrogate escape in a string, a number too large for a
    ///   `Double`, a duplicate member name (`duplicate member "x"`), or nesting
    ///   deeper than ``maximumDepth``.
    public static func parse(_ data: Data, file: String) throws -> JSONValue {
        try JSONParser.parse(data, file: file)
    }

    /// Compact JSON text: no whitespace, object keys sorted by their UTF-8 bytes.
    ///
    /// Integral numbers below 2^53 are written as integers (`88318`), numbers with
    /// at most 6 decimals in plain notation (`0.1`, `0.00005`), other numbers in
    /// Swift's shortest round-trip form (`1e-07`); NaN and infinities, which JSON
    /// cannot hold, are written as `null`. Strings are escaped per RFC 8259 §7
    /// (non-ASCII is written as UTF-8, `/` is not escaped).
    public static func serialize(_ value: JSONValue) -> Data {
        var serializer = JSONSerializer()
        serializer.write(value)
        return Data(serializer.bytes)
    }
}
