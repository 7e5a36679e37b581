import Foundation

/// Tab-separated record files: the gazetteer, the actors, the gold and review files.
///
/// Lines starting with `#` and blank lines are skipped; the first other line is the
/// header and must name exactly the expected columns; every row has one field per
/// column (fields are trimmed of surrounding spaces, a trailing `\r` is dropped).
public enum TabularFile {
    /// One row: its line in the file (from 1) and its fields by column.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var fields: [String: String]
        /// The field of a column; empty when blank.
        public subscript(_ column: String) -> String { fields[column] ?? "" }
    }

    /// The rows of a file.
    /// - Throws: ``DataFileError`` when the file cannot be read, has no header, a wrong
    ///   header, or a row with the wrong number of fields (with its line).
    public static func rows(of url: URL, columns: [String]) throws -> [Row] {
        try rows(in: DataFile.readText(url), file: url.path, columns: columns)
    }

    /// The rows of a text; `file` names it in errors.
    public static func rows(in text: String, file: String, columns: [String]) throws -> [Row] {
        var header = false
        var rows: [Row] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if content.trimmingCharacters(in: .whitespaces).isEmpty || content.hasPrefix("#") { continue }
            let fields = content.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard header else {
                guard fields == columns else {
                    throw DataFileError(file: file, location: .line(line),
                                        reason: "expected the header \(columns.joined(separator: " ")), found \(fields.joined(separator: " "))")
                }
                header = true
                continue
            }
            guard fields.count == columns.count else {
                throw DataFileError(file: file, location: .line(line),
                                    reason: "malformed record: \(fields.count) tab-separated fields, expected \(columns.count)")
            }
            rows.append(Row(line: line, fields: Dictionary(uniqueKeysWithValues: zip(columns, fields))))
        }
        guard header else { throw DataFileError(file: file, reason: "no header line") }
        return rows
    }
}
