import DataFiles
import Foundation

/// The named periods of a conflict ("the Second Libyan Civil War", "the 2019–20 Western Libya
/// campaign"), read from the area's `periods.tsv`: "during the Second Libyan Civil War" dates an
/// event the sentence gives no other date to.
public struct NamedPeriods: Sendable {
    /// A period: the days it spans and what a sentence writes to place an event in it.
    struct Period: Sendable {
        var interval: DayInterval
        /// "during the <name>" and "during <name>" for each of its names, lowercased, as bytes.
        var patterns: [[UInt8]]
    }

    let periods: [Period]

    /// No named periods (an area without `periods.tsv`).
    public init() { periods = [] }

    init(periods: [Period]) { self.periods = periods }

    static let columns = ["name", "from", "to", "aliases", "note"]

    /// Reads `periods.tsv`.
    /// - Throws: ``DataFileError`` with the line for a period without a name or with a bad date.
    public static func load(_ url: URL) throws -> NamedPeriods {
        let file = url.path
        var periods: [Period] = []
        for row in try TabularFile.rows(of: url, columns: columns) {
            func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(row.line), reason: reason) }
            guard let name = row.fields["name"], !name.isEmpty else { throw fail("period without a name") }
            guard let from = Day(iso: row.fields["from"] ?? ""), let to = Day(iso: row.fields["to"] ?? ""), from <= to else {
                throw fail("period \(name): from and to must be days YYYY-MM-DD, the first not after the second")
            }
            let aliases = (row.fields["aliases"] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let patterns = ([name] + aliases).map { $0.lowercased() }.flatMap { [Array(("during the " + $0).utf8), Array(("during " + $0).utf8)] }
            periods.append(Period(interval: DayInterval(from: from, to: to, precision: .year), patterns: patterns))
        }
        return NamedPeriods(periods: periods)
    }

    public var isEmpty: Bool { periods.isEmpty }

    /// The period a sentence places its events in ("during the Second Libyan Civil War"), up to publication; nil when
    /// it names none after "during".
    func period(in text: String, published: Day) -> DayInterval? {
        // (Read over the bytes, ASCII capitals as lowercase: each "during" is found once and the few names compared
        // there. Foundation's case-insensitive search had cost more than the rest of the extraction together.)
        var text = text
        return text.withUTF8 { bytes -> DayInterval? in
            let during = Self.during
            guard bytes.count > during.count else { return nil }
            func folded(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            func matches(_ pattern: [UInt8], at start: Int) -> Bool {
                guard start + pattern.count <= bytes.count else { return false }
                for offset in pattern.indices where folded(bytes[start + offset]) != pattern[offset] { return false }
                return true
            }
            for start in 0...(bytes.count - during.count) where bytes[start] | 0x20 == 0x64 && matches(during, at: start) {
                for period in periods where period.patterns.contains(where: { matches($0, at: start) }) {
                    guard period.interval.from <= published else { return nil }
                    return DayInterval(from: period.interval.from, to: min(period.interval.to, published), precision: .year)
                }
            }
            return nil
        }
    }

    static let during = Array("during ".utf8)
}
