import Foundation
import GeoJSON

/// Assertions as rows: CSV (RFC 4180) and JSON Lines, with the columns analysts expect.
public enum AssertionTable {
    public static let columns = ["article", "actor", "actor_name", "place", "geonames_id", "place_name", "status",
                                 "date_from", "date_to", "precision", "except", "quote", "offset", "confidence", "rule"]

    /// The fields of one assertion, in ``columns`` order.
    public static func fields(_ assertion: Assertion) -> [String] {
        [assertion.article, assertion.actor.id, assertion.actor.name, assertion.place.id,
         assertion.place.geonamesID.map(String.init) ?? "", assertion.place.name, assertion.status.rawValue,
         assertion.interval.from.iso, assertion.interval.to.iso, assertion.interval.precision.rawValue,
         assertion.exceptions.map(\.id).joined(separator: "|"), assertion.quote, String(assertion.offset),
         String(format: "%.2f", assertion.confidence), assertion.rule]
    }

    /// CSV with a header row; fields quoted when they hold a comma, a quote or a line break.
    public static func csv(_ assertions: [Assertion], header: Bool = true) -> String {
        func quoted(_ field: String) -> String {
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = header ? [columns.joined(separator: ",")] : []
        lines += assertions.map { fields($0).map(quoted).joined(separator: ",") }
        return lines.map { $0 + "\n" }.joined()
    }

    /// One JSON object per line, keys sorted, numbers for offset and confidence.
    public static func jsonLines(_ assertions: [Assertion]) -> String {
        assertions.map { assertion in
            var object: [String: JSONValue] = [:]
            for (column, value) in zip(columns, fields(assertion)) { object[column] = .string(value) }
            object["offset"] = .number(Double(assertion.offset))
            object["confidence"] = .number((assertion.confidence * 100).rounded() / 100)
            object["except"] = .array(assertion.exceptions.map { .string($0.id) })
            return String(decoding: JSONText.serialize(.object(object)), as: UTF8.self) + "\n"
        }.joined()
    }
}
