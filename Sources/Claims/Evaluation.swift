import DataFiles
import Foundation
import Places

/// A hand-coded assertion of an evaluation text.
public struct GoldAssertion: Sendable, Hashable {
    public var actor: String
    public var place: String
    public var status: ClaimStatus
    public var interval: DayInterval
    public var quote: String
    public var line: Int

    public init(actor: String, place: String, status: ClaimStatus, interval: DayInterval, quote: String, line: Int) {
        self.actor = actor
        self.place = place
        self.status = status
        self.interval = interval
        self.quote = quote
        self.line = line
    }
}

/// The gold files of `Evaluation/gold/<article id>.tsv`.
public enum GoldFile {
    public static let columns = ["actor", "place", "status", "date_from", "date_to", "precision", "quote"]

    /// - Throws: ``DataFileError`` with the line for a wrong header, a malformed row, an
    ///   unknown status or precision, or a bad date.
    public static func read(_ url: URL) throws -> [GoldAssertion] {
        let file = url.path
        return try TabularFile.rows(of: url, columns: columns).map { row in
            func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(row.line), reason: reason) }
            guard let status = ClaimStatus(rawValue: row["status"]) else { throw fail("unknown status \"\(row["status"])\"") }
            guard let from = Day(iso: row["date_from"]), let to = Day(iso: row["date_to"]), from <= to else {
                throw fail("dates \"\(row["date_from"])\"–\"\(row["date_to"])\" are not an interval of YYYY-MM-DD days")
            }
            guard let precision = DatePrecision(rawValue: row["precision"]) else { throw fail("unknown precision \"\(row["precision"])\"") }
            return GoldAssertion(actor: row["actor"], place: row["place"], status: status,
                                 interval: DayInterval(from: from, to: to, precision: precision), quote: row["quote"], line: row.line)
        }
    }
}

/// How extracted assertions compare with the gold ones of a text.
///
/// A predicted assertion matches a gold one when the actor, the place (the same record,
/// or a record folded into it) and the status agree and the two date intervals overlap;
/// each gold assertion is matched once, most confident prediction first. Its date is
/// right when both ends lie within the tolerance of the coarser precision (1 day, 7 days,
/// 31 days, 366 days) of the gold ends. Its place is judged on the predictions that
/// agree with an unmatched gold assertion on actor, status and dates and quote the same
/// sentence: right when the place agrees too.
public struct EvaluationScore: Sendable, Hashable {
    public var text: String
    public var gold: Int
    public var predicted: Int
    public var matched: Int
    public var datesRight: Int
    public var placesJudged: Int
    public var placesRight: Int
    /// Predictions and matches by confidence band: how often a claim of a given confidence is right.
    public var calibration = ConfidenceCalibration()
    /// The nearest cause of each gold assertion missed and each prediction matching none.
    public var causes = MissCauses()
    /// Predictions, matches and confidence per rule family.
    public var rules = RulePrecision()
    /// Whether the text is held out: its rules were never written or tuned against it (see ``isHeldOut(_:)``).
    public var heldOut = false

    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var dateAccuracy: Double { matched == 0 ? 0 : Double(datesRight) / Double(matched) }
    public var placeAccuracy: Double { placesJudged == 0 ? 1 : Double(placesRight) / Double(placesJudged) }

    public static func + (lhs: EvaluationScore, rhs: EvaluationScore) -> EvaluationScore {
        EvaluationScore(text: "overall", gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted,
                        matched: lhs.matched + rhs.matched, datesRight: lhs.datesRight + rhs.datesRight,
                        placesJudged: lhs.placesJudged + rhs.placesJudged, placesRight: lhs.placesRight + rhs.placesRight,
                        calibration: lhs.calibration + rhs.calibration, causes: lhs.causes + rhs.causes,
                        rules: lhs.rules + rhs.rules)
    }

    /// Whether an article is a held-out text: `heldout: true` in its metadata. Held-out texts measure the
    /// extractor on prose its rules were not written against; they must not be used to tune rules.
    public static func isHeldOut(_ article: Article) -> Bool {
        ["true", "yes"].contains(article.metadata["heldout"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
    }

    /// The sum of scores under one name; nil when there are none.
    public static func total(_ scores: [EvaluationScore], text: String) -> EvaluationScore? {
        guard let first = scores.first else { return nil }
        var sum = scores.dropFirst().reduce(first, +)
        sum.text = text
        sum.heldOut = scores.allSatisfy(\.heldOut)
        return sum
    }

    public static func score(text: String, predicted: [Assertion], gold: [GoldAssertion], gazetteer: Gazetteer,
                             actors: ActorRegistry? = nil) -> EvaluationScore {
        let result = EvaluationMatch(predicted: predicted, gold: gold, gazetteer: gazetteer, actors: actors)
        return EvaluationScore(text: text, gold: gold.count, predicted: predicted.count, matched: result.pairs.count,
                               datesRight: result.pairs.filter(\.dateRight).count,
                               placesJudged: result.pairs.count + result.wrongPlaces.count, placesRight: result.pairs.count,
                               calibration: ConfidenceCalibration(result),
                               causes: MissCauses(result), rules: RulePrecision(result))
    }

    /// Whether two quotes come from the same sentence: they share a run of six words.
    static func quotesOverlap(_ a: String, _ b: String) -> Bool {
        let left = a.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let right = Set(b.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).windows(6))
        return left.windows(6).contains { right.contains($0) }
    }
}

/// The pairing of predicted and gold assertions behind an ``EvaluationScore``, kept so
/// that the misses can be read: gold assertions no prediction matched, predictions that
/// matched none, matches whose dates are wrong, and predictions whose place is wrong.
public struct EvaluationMatch: Sendable {
    public struct Pair: Sendable {
        public var predicted: Assertion
        public var gold: GoldAssertion
        public var dateRight: Bool
    }

    public private(set) var pairs: [Pair] = []
    /// Gold assertions no prediction matched, in the order of the gold file.
    public private(set) var missed: [GoldAssertion] = []
    /// Predictions that matched no gold assertion, most confident first.
    public private(set) var spurious: [Assertion] = []
    /// Unmatched predictions that agree with an unmatched gold assertion on actor, status
    /// and dates and quote the same sentence: their place is wrong.
    public private(set) var wrongPlaces: [Assertion] = []
    /// The nearest cause of each missed gold assertion, in the order of ``missed``.
    public private(set) var missedCauses: [FoundCause] = []
    /// The nearest cause of each prediction matching none, in the order of ``spurious``.
    public private(set) var spuriousCauses: [FoundCause] = []

    /// A ``MissCause`` with, for a status, the status on the other side.
    public struct FoundCause: Sendable, Hashable {
        public enum Detail: Sendable, Hashable { case none, status(ClaimStatus) }
        public var cause: MissCause
        public var detail: Detail
    }

    /// With `actors`, a gold assertion of a sentence the extractor was silent on is told apart by what
    /// the sentence names (``MissCause/unreadWording``, ``MissCause/sideUnnamed``, ``MissCause/placeUnnamed``).
    public init(predicted: [Assertion], gold: [GoldAssertion], gazetteer: Gazetteer, actors: ActorRegistry? = nil) {
        func samePlace(_ assertion: Assertion, _ gold: GoldAssertion) -> Bool {
            assertion.place.id == gold.place || gazetteer.place(id: gold.place)?.id == assertion.place.id
        }
        func tolerance(_ a: DatePrecision, _ b: DatePrecision) -> Int {
            switch max(a, b) { case .day: return 1; case .week: return 7; case .month: return 31; case .year: return 366 }
        }
        var used = [Bool](repeating: false, count: gold.count)
        for assertion in predicted.sorted(by: { $0.confidence > $1.confidence }) {
            // Among the gold assertions it may match, the one quoting the same sentence, then the one of the closest dates.
            let candidates = gold.indices.filter { !used[$0] && gold[$0].actor == assertion.actor.id && gold[$0].status == assertion.status
                && samePlace(assertion, gold[$0]) && gold[$0].interval.overlaps(assertion.interval) }
            func distance(_ index: Int) -> Int {
                abs(gold[index].interval.from.ordinal - assertion.interval.from.ordinal) + abs(gold[index].interval.to.ordinal - assertion.interval.to.ordinal)
            }
            let sameSentence = candidates.count > 1 ? candidates.filter { EvaluationScore.quotesOverlap(gold[$0].quote, assertion.quote) } : []
            if let index = (sameSentence.isEmpty ? candidates : sameSentence).min(by: { distance($0) < distance($1) }) {
                used[index] = true
                let limit = tolerance(gold[index].interval.precision, assertion.interval.precision)
                let dateRight = abs(gold[index].interval.from.ordinal - assertion.interval.from.ordinal) <= limit
                    && abs(gold[index].interval.to.ordinal - assertion.interval.to.ordinal) <= limit
                pairs.append(Pair(predicted: assertion, gold: gold[index], dateRight: dateRight))
            } else {
                spurious.append(assertion)
            }
        }
        missed = gold.indices.filter { !used[$0] }.map { gold[$0] }
        wrongPlaces = spurious.filter { assertion in
            gold.indices.contains { !used[$0] && gold[$0].actor == assertion.actor.id && gold[$0].status == assertion.status
                && gold[$0].interval.overlaps(assertion.interval) && EvaluationScore.quotesOverlap(gold[$0].quote, assertion.quote) }
        }
        typealias Agreement = (actor: Bool, place: Bool, status: Bool, dates: Bool, sentence: Bool, other: ClaimStatus)
        func agreement(_ assertion: Assertion, _ row: GoldAssertion, otherStatus: ClaimStatus) -> Agreement {
            (assertion.actor.id == row.actor, samePlace(assertion, row), assertion.status == row.status,
             assertion.interval.overlaps(row.interval), EvaluationScore.quotesOverlap(row.quote, assertion.quote), otherStatus)
        }
        // The first cause that applies, in the order of MissCause.
        func cause(_ agreements: [Agreement]) -> FoundCause {
            if agreements.contains(where: { $0.sentence && $0.actor && $0.place && $0.status && !$0.dates }) { return FoundCause(cause: .dates, detail: .none) }
            if let near = agreements.first(where: { $0.sentence && $0.actor && $0.place && !$0.status }) { return FoundCause(cause: .status, detail: .status(near.other)) }
            if agreements.contains(where: { $0.sentence && !$0.actor && $0.place && $0.status }) { return FoundCause(cause: .actor, detail: .none) }
            if agreements.contains(where: { $0.actor && !$0.place && $0.status && $0.sentence }) { return FoundCause(cause: .place, detail: .none) }
            return FoundCause(cause: agreements.contains(where: \.sentence) ? .other : .silentSentence, detail: .none)
        }
        missedCauses = missed.map { row in
            let found = cause(predicted.map { agreement($0, row, otherStatus: $0.status) })
            guard found.cause == .silentSentence, let actors else { return found }
            let (words, places) = gazetteer.analyze(row.quote)
            guard actors.mentions(in: words).contains(where: { $0.actor.id == row.actor }) else { return FoundCause(cause: .sideUnnamed, detail: .none) }
            let target = gazetteer.place(id: row.place)?.id ?? row.place
            let named = places.contains { $0.resolution.place.map { $0.id == row.place || $0.id == target } ?? false }
            return FoundCause(cause: named ? .unreadWording : .placeUnnamed, detail: .none)
        }
        spuriousCauses = spurious.map { assertion in cause(gold.map { agreement(assertion, $0, otherStatus: $0.status) }) }
    }
}

private extension Array where Element == String {
    func windows(_ size: Int) -> [String] {
        guard count >= size else { return isEmpty ? [] : [joined(separator: " ")] }
        return (0...(count - size)).map { self[$0..<($0 + size)].joined(separator: " ") }
    }
}

/// How often the extractor is right at each level of its own confidence: predictions and
/// matches counted in five bands of width 0.2 (the last one closed at 1). Confidence is
/// honest when the precision of the bands rises with them; an analyst filtering claims by
/// confidence reads here what precision the filter buys.
public struct ConfidenceCalibration: Sendable, Hashable {
    public static let bandCount = 5
    public private(set) var predicted = [Int](repeating: 0, count: bandCount)
    public private(set) var matched = [Int](repeating: 0, count: bandCount)

    public init() {}

    init(_ match: EvaluationMatch) {
        for pair in match.pairs {
            predicted[Self.band(pair.predicted.confidence)] += 1
            matched[Self.band(pair.predicted.confidence)] += 1
        }
        for assertion in match.spurious { predicted[Self.band(assertion.confidence)] += 1 }
    }

    /// The band of a confidence: 0 for [0, 0.2), …, 4 for [0.8, 1].
    public static func band(_ confidence: Double) -> Int {
        min(bandCount - 1, max(0, Int((confidence * Double(bandCount)).rounded(.down))))
    }

    /// The lower and upper bound of a band.
    public static func bounds(_ band: Int) -> (lower: Double, upper: Double) {
        (Double(band) / Double(bandCount), Double(band + 1) / Double(bandCount))
    }

    /// The share of the band's predictions that match a gold assertion; nil for an empty band.
    public func precision(_ band: Int) -> Double? {
        predicted[band] == 0 ? nil : Double(matched[band]) / Double(predicted[band])
    }

    /// Predictions and matches of all bands at or above a band: what keeping only those claims gives.
    public func atOrAbove(_ band: Int) -> (predicted: Int, matched: Int) {
        (predicted[band...].reduce(0, +), matched[band...].reduce(0, +))
    }

    public static func + (lhs: ConfidenceCalibration, rhs: ConfidenceCalibration) -> ConfidenceCalibration {
        var sum = lhs
        for band in 0..<bandCount {
            sum.predicted[band] += rhs.predicted[band]
            sum.matched[band] += rhs.matched[band]
        }
        return sum
    }
}
