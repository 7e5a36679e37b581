import DataFiles
import Foundation
import Places

/// The claims file analysts edit: every extracted assertion with a decision, plus the
/// claims they add from sources outside the corpus. The builder reads it.
///
/// Decisions: `pending` (extracted, not reviewed), `accepted`, `rejected`, `corrected`
/// (the analyst changed fields), `added` (written by hand; give it any unique key).
/// Re-running extraction keeps every row whose decision is not `pending` as it is,
/// suppresses the machine's version of a reviewed claim, adds new extractions as
/// `pending`, and drops pending rows the extractor no longer finds.
public enum ReviewFile {
    public enum Decision: String, Sendable, Hashable, CaseIterable {
        case pending, accepted, rejected, corrected, added
    }

    public struct Row: Sendable, Hashable {
        public var key: String
        public var decision: Decision
        /// The assertion columns of ``AssertionTable/columns`` and `note`.
        public var fields: [String: String]
        public var line: Int
    }

    public static let columns = ["key", "decision"] + AssertionTable.columns + ["note"]

    /// A stable key for an extracted assertion: FNV-1a (64 bit) of article, offset, actor, place and status.
    public static func key(_ assertion: Assertion) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(assertion.article)|\(assertion.offset)|\(assertion.actor.id)|\(assertion.place.id)|\(assertion.status.rawValue)".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads a claims file; a missing file is an empty one.
    /// - Throws: ``DataFileError`` with the line for a wrong header, a malformed row, an
    ///   unknown decision, a duplicate key, or an added or corrected row without actor,
    ///   place, status or valid dates.
    public static func read(_ url: URL) throws -> [Row] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let file = url.path
        var keys: [String: Int] = [:]
        return try TabularFile.rows(of: url, columns: columns).map { row in
            func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(row.line), reason: reason) }
            guard let decision = Decision(rawValue: row["decision"]) else {
                throw fail("unknown decision \"\(row["decision"])\" (\(Decision.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let key = row["key"]
            guard !key.isEmpty else { throw fail("row without a key") }
            if let first = keys[key] { throw fail("duplicate key \(key) (first on line \(first))") }
            keys[key] = row.line
            for column in ["actor", "place", "status"] where row[column].isEmpty { throw fail("row without \(column)") }
            guard ClaimStatus(rawValue: row["status"]) != nil else { throw fail("unknown status \"\(row["status"])\"") }
            guard let from = Day(iso: row["date_from"]), let to = Day(iso: row["date_to"]), from <= to else {
                throw fail("dates \"\(row["date_from"])\"–\"\(row["date_to"])\" are not an interval of YYYY-MM-DD days")
            }
            guard DatePrecision(rawValue: row["precision"]) != nil else { throw fail("unknown precision \"\(row["precision"])\"") }
            return Row(key: key, decision: decision, fields: row.fields, line: row.line)
        }
    }

    /// Merges a new extraction into the reviewed rows; see the type's documentation.
    public static func merge(_ existing: [Row], extracted: [Assertion]) -> [Row] {
        var reviewed = existing.filter { $0.decision != .pending }
        let reviewedKeys = Set(reviewed.map(\.key))
        for assertion in extracted {
            let key = key(assertion)
            guard !reviewedKeys.contains(key) else { continue }
            var fields = Dictionary(uniqueKeysWithValues: zip(AssertionTable.columns, AssertionTable.fields(assertion)))
            fields["key"] = key
            fields["decision"] = Decision.pending.rawValue
            fields["note"] = existing.first { $0.key == key }?.fields["note"] ?? ""
            reviewed.append(Row(key: key, decision: .pending, fields: fields, line: 0))
        }
        var seen: Set<String> = []
        return reviewed.filter { seen.insert($0.key).inserted }.sorted {
            ($0.fields["article"] ?? "", Int($0.fields["offset"] ?? "") ?? 0, $0.key) < ($1.fields["article"] ?? "", Int($1.fields["offset"] ?? "") ?? 0, $1.key)
        }
    }

    /// The file's text: a comment, the header, one row per claim (tabs and line breaks in fields become spaces).
    public static func text(_ rows: [Row]) -> String {
        var lines = ["# ControlMap claims: review by setting decision to accepted, rejected or corrected (then edit the fields);",
                     "# add claims from other sources with decision added and a key of your own. Re-extraction keeps every decision.",
                     columns.joined(separator: "\t")]
        for row in rows {
            var values = row.fields
            values["key"] = row.key
            values["decision"] = row.decision.rawValue
            lines.append(columns.map { (values[$0] ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func write(_ rows: [Row], to url: URL) throws {
        try DataFile.writeAtomically(Data(text(rows).utf8), to: url)
    }
}

extension ReviewFile {
    /// The claims the builder uses: every row but the rejected ones and the pending suggestions
    /// (confidence below ``Assertion/suggestionBelow``), as assertions.
    /// - Throws: ``DataFileError`` with the file and line for an unknown actor or place,
    ///   an inverted date interval, or a malformed field.
    public static func assertions(_ rows: [Row], file: String, gazetteer: Gazetteer, actors: ActorRegistry) throws -> [Assertion] {
        // (Every row is checked, suggestions too: a bad row is reported, not skipped.)
        try rows.filter { $0.decision != .rejected }.compactMap { row in
            func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(row.line), reason: reason) }
            let fields = row.fields
            guard let actor = actors.actor(id: fields["actor"] ?? "") else { throw fail("unknown actor \"\(fields["actor"] ?? "")\"") }
            guard let place = gazetteer.place(id: fields["place"] ?? "") else { throw fail("unknown place \"\(fields["place"] ?? "")\"") }
            guard let status = ClaimStatus(rawValue: fields["status"] ?? "") else { throw fail("unknown status \"\(fields["status"] ?? "")\"") }
            guard let from = Day(iso: fields["date_from"] ?? ""), let to = Day(iso: fields["date_to"] ?? "") else {
                throw fail("dates must be YYYY-MM-DD")
            }
            guard from <= to else { throw fail("inverted date interval \(from.iso)–\(to.iso)") }
            let precision = DatePrecision(rawValue: fields["precision"] ?? "") ?? .day
            let exceptions = try (fields["except"] ?? "").split(separator: "|").map { id -> Place in
                guard let excepted = gazetteer.place(id: String(id)) else { throw fail("unknown excepted place \"\(id)\"") }
                return excepted
            }
            let assertion = Assertion(article: fields["article"] ?? "", actor: actor, place: place, status: status,
                                      interval: DayInterval(from: from, to: to, precision: precision), exceptions: exceptions,
                                      quote: fields["quote"] ?? "", offset: Int(fields["offset"] ?? "") ?? 0,
                                      confidence: Double(fields["confidence"] ?? "") ?? 1, rule: fields["rule"] ?? row.decision.rawValue)
            return row.decision == .pending && !assertion.isMapped ? nil : assertion
        }
    }
}
