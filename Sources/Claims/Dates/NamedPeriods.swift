import DataFiles
import Foundation

/// The named periods of a conflict ("the Second Libyan Civil War", "the 2019–20 Western Libya
/// campaign"), read from the area's `periods.tsv`: "during the Second Libyan Civil War" dates an
/// event the sentence gives no other date to.
public struct NamedPeriods: Sendable {
    /// A period: the days it spans and the names written for it, lowercased.
    struct Period: Sendable {
        var interval: DayInterval
        var names: [String]
    }

    let periods: [Period]

    /// No named periods (an area without `periods.tsv`).
    public init() { periods = [] }

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
            periods.append(Period(interval: DayInterval(from: from, to: to, precision: .year), names: ([name] + aliases).map { $0.lowercased() }))
        }
        return NamedPeriods(periods: periods)
    }

    init(periods: [Period]) { self.periods = periods }

    public var isEmpty: Bool { periods.isEmpty }

    /// The period a sentence places its events in ("during the Second Libyan Civil War", "in the course of the
    /// Second Libyan Civil War"), up to publication; nil when it names none after "during".
    func period(in text: String, published: Day) -> DayInterval? {
        // (Most sentences have no "during": one byte search, then the few names.)
        guard text.utf8.count > 12, text.range(of: "during the ", options: .caseInsensitive) != nil else { return nil }
        let lowered = text.lowercased()
        for period in periods {
            for name in period.names where lowered.contains("during the " + name) || lowered.contains("during the " + name.replacingOccurrences(of: "the ", with: "")) {
                guard period.interval.from <= published else { return nil }
                return DayInterval(from: period.interval.from, to: min(period.interval.to, published), precision: .year)
            }
        }
        return nil
    }
}
