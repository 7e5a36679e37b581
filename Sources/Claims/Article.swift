import DataFiles
import Foundation

/// A news article or other text: its metadata and its body.
///
/// Files carry their metadata either as YAML front matter between `---` lines or as a
/// header block of `key: value` lines ended by a blank line. Keys: `title`, `source`,
/// `url`, `published` (YYYY-MM-DD, required unless given on the command line),
/// `language`, `license`. Unknown keys are kept.
public struct Article: Sendable, Hashable {
    /// The file name without its extension: the article's id in claims.
    public var id: String
    public var file: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: Day
    public var language: String?
    public var metadata: [String: String]
    /// The text after the metadata.
    public var body: String
    /// Line of the file on which the body starts (from 1), so offsets can be reported in file terms.
    public var bodyLine: Int

    public init(id: String, file: String, title: String? = nil, source: String? = nil, url: String? = nil,
                published: Day, language: String? = nil, metadata: [String: String] = [:], body: String, bodyLine: Int = 1) {
        self.id = id
        self.file = file
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.language = language
        self.metadata = metadata
        self.body = body
        self.bodyLine = bodyLine
    }

    /// The year the text reports on, when its title names one ("Country Reports on
    /// Terrorism 2016", "2016 in Libya", "Battle of Sirte (2016)"): the only four-digit year
    /// of the title, no later than publication and not one end of a span ("2014–present",
    /// "2016–19"). In such a text "during the year" is that year.
    /// Whether the title names a report ("Country Reports on Terrorism 2016", "Human Rights
    /// Report"): a text whose undated states hold over the year it covers.
    public var isReport: Bool {
        guard let title else { return false }
        return title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == "report" || $0 == "reports" }
    }

    public var reportedYear: Int? {
        guard let title else { return nil }
        let bytes = Array(title.utf8)
        var years: Set<Int> = []
        var i = 0
        while i < bytes.count {
            guard (0x30...0x39).contains(bytes[i]) else { i += 1; continue }
            var end = i
            while end < bytes.count && (0x30...0x39).contains(bytes[end]) { end += 1 }
            // A dash (ASCII or en/em, UTF-8 E2 80 9x) touching the number makes it one end of a span.
            let dashBefore = i > 0 && bytes[i - 1] == 0x2D || i > 2 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (0x90...0x95).contains(bytes[i - 1])
            let dashAfter = end < bytes.count && bytes[end] == 0x2D || end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && (0x90...0x95).contains(bytes[end + 2])
            if end - i == 4, let year = Int(String(decoding: bytes[i..<end], as: UTF8.self)) {
                if dashBefore || dashAfter { return nil }
                if (1900...published.year).contains(year) { years.insert(year) }
            }
            i = end
        }
        return years.count == 1 ? years.first : nil
    }

    /// Reads an article file.
    /// - Parameter published: the publication day for a bare text without metadata; a
    ///   `published` key in the file takes precedence.
    /// - Throws: ``DataFileError`` for an empty, binary or non-UTF-8 file, or a missing or
    ///   malformed `published` date (with its line).
    public static func read(_ url: URL, published fallback: Day? = nil) throws -> Article {
        let file = url.path
        let data = try DataFile.read(url)
        guard !data.isEmpty else { throw DataFileError(file: file, reason: "empty file") }
        if data.prefix(8192).contains(0) { throw DataFileError(file: file, reason: "binary file, expected UTF-8 text") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataFileError(file: file, reason: "not valid UTF-8 text")
        }
        return try parse(text, file: file, id: url.deletingPathExtension().lastPathComponent, published: fallback)
    }

    /// Parses an article's text; see ``read(_:published:)``.
    public static func parse(_ text: String, file: String, id: String, published fallback: Day? = nil) throws -> Article {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw DataFileError(file: file, reason: "empty file")
        }
        var metadata: [String: String] = [:]
        var metadataLines: [String: Int] = [:]
        var bodyStart = 0
        func readPair(_ line: Substring, number: Int) -> Bool {
            guard let colon = line.firstIndex(of: ":") else { return false }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) else { return false }
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            metadata[key] = value
            metadataLines[key] = number
            return true
        }
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
                throw DataFileError(file: file, location: .line(1), reason: "front matter opened with --- is never closed")
            }
            for index in 1..<end where !lines[index].trimmingCharacters(in: .whitespaces).isEmpty && !lines[index].hasPrefix("#") {
                guard readPair(lines[index], number: index + 1) else {
                    throw DataFileError(file: file, location: .line(index + 1), reason: "expected a \"key: value\" line in the front matter")
                }
            }
            bodyStart = end + 1
        } else if let first = lines.first, readPair(first, number: 1), metadata.keys.contains(where: Self.knownKeys.contains) {
            var index = 1
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                guard readPair(lines[index], number: index + 1) else { break }
                index += 1
            }
            bodyStart = index
        } else {
            metadata = [:]
            metadataLines = [:]
        }
        let published: Day
        if let text = metadata["published"] {
            guard let day = Day(iso: String(text.prefix(10))), text.count == 10 || text.dropFirst(10).first == "T" else {
                throw DataFileError(file: file, location: .line(metadataLines["published"] ?? 1),
                                    reason: "published \"\(text)\" is not a date of the form YYYY-MM-DD")
            }
            published = day
        } else if let fallback {
            published = fallback
        } else {
            throw DataFileError(file: file, reason: "no published date: add \"published: YYYY-MM-DD\" to the metadata or pass --published")
        }
        let body = lines[bodyStart...].joined(separator: "\n")
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DataFileError(file: file, reason: "the article has metadata but no text")
        }
        return Article(id: id, file: file, title: metadata["title"], source: metadata["source"], url: metadata["url"],
                       published: published, language: metadata["language"], metadata: metadata, body: body,
                       bodyLine: bodyStart + 1)
    }

    static let knownKeys: Set<String> = ["title", "source", "url", "published", "language", "license", "author"]
}
