// Why an evaluation's assertions went unmatched: counted, so that held-out misses can be
// weighed without being read.

/// Why an assertion went unmatched, told by its nearest counterpart on the other side: an
/// aggregate an evaluator can read without reading the texts (the held-out texts' misses
/// stay unread; their causes are counted).
public enum MissCause: Int, CaseIterable, Sendable, Hashable {
    /// A counterpart from the same sentence agrees on actor, place and status; the dates do not overlap.
    case dates
    /// A counterpart from the same sentence agrees on actor and place; the status differs.
    case status
    /// A counterpart from the same sentence agrees on place and status; the actor differs.
    case actor
    /// A counterpart from the same sentence agrees on actor and status; the place differs.
    case place
    /// The other side has nothing from the sentence: the extractor was silent on it (for a
    /// gold assertion missed), or the gold codes nothing there (for a prediction).
    case silentSentence
    /// The other side has assertions from the sentence, none of them near.
    case other
    // (For gold assertions of a sentence the extractor was silent on, when the actors are known:)
    /// Silent on a sentence that names the gold's side and place: a wording no rule reads.
    case unreadWording
    /// Silent on a sentence that does not name the gold's side (a reference, or a name the actors file lacks).
    case sideUnnamed
    /// Silent on a sentence that names the side but not the place (a reference, or a name the gazetteer lacks).
    case placeUnnamed

    public var label: String {
        switch self {
        case .dates: return "dates apart"
        case .status: return "other status"
        case .actor: return "other actor"
        case .place: return "other place"
        case .silentSentence: return "sentence silent"
        case .other: return "nothing near"
        case .unreadWording: return "silent: unread"
        case .sideUnnamed: return "silent: no side"
        case .placeUnnamed: return "silent: no place"
        }
    }
}

/// Counts of ``MissCause`` for the gold assertions missed and the predictions matching none.
public struct MissCauses: Sendable, Hashable {
    public private(set) var missed = [Int](repeating: 0, count: MissCause.allCases.count)
    public private(set) var spurious = [Int](repeating: 0, count: MissCause.allCases.count)
    /// For gold assertions missed for their status: the gold status and the status predicted
    /// for the same actor and place, counted by pair.
    public private(set) var statusConfusions: [StatusConfusion: Int] = [:]

    public struct StatusConfusion: Sendable, Hashable, Comparable {
        public var gold: ClaimStatus
        public var predicted: ClaimStatus
        public init(gold: ClaimStatus, predicted: ClaimStatus) {
            self.gold = gold
            self.predicted = predicted
        }
        public static func < (lhs: StatusConfusion, rhs: StatusConfusion) -> Bool {
            (lhs.gold.rawValue, lhs.predicted.rawValue) < (rhs.gold.rawValue, rhs.predicted.rawValue)
        }
    }

    public init() {}

    init(_ match: EvaluationMatch) {
        for (row, cause) in zip(match.missed, match.missedCauses) {
            missed[cause.cause.rawValue] += 1
            if case .status(let predicted) = cause.detail {
                statusConfusions[StatusConfusion(gold: row.status, predicted: predicted), default: 0] += 1
            }
        }
        for cause in match.spuriousCauses { spurious[cause.cause.rawValue] += 1 }
    }

    public static func + (lhs: MissCauses, rhs: MissCauses) -> MissCauses {
        var sum = lhs
        for cause in MissCause.allCases {
            sum.missed[cause.rawValue] += rhs.missed[cause.rawValue]
            sum.spurious[cause.rawValue] += rhs.spurious[cause.rawValue]
        }
        sum.statusConfusions.merge(rhs.statusConfusions, uniquingKeysWith: +)
        return sum
    }
}

/// Predictions, matches and summed confidence per rule family, to hold each family's confidence
/// against its precision. A family is the rule's kind (the text before the colon: "active",
/// "passive", "seat in name", "co-occurrence") with the sorted suffixes of how the sides were found
/// ("+passive", "+reference"), the trigger's own words left out: "active:took control of+reference"
/// is "active+reference".
public struct RulePrecision: Sendable, Hashable {
    public struct Tally: Sendable, Hashable {
        public var predicted = 0
        public var matched = 0
        public var confidence = 0.0
        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var meanConfidence: Double { predicted == 0 ? 0 : confidence / Double(predicted) }
    }

    public private(set) var families: [String: Tally] = [:]

    public init() {}

    init(_ match: EvaluationMatch) {
        for pair in match.pairs { add(pair.predicted, matched: true) }
        for assertion in match.spurious { add(assertion, matched: false) }
    }

    private mutating func add(_ assertion: Assertion, matched: Bool) {
        let family = Self.family(of: assertion.rule)
        families[family, default: Tally()].predicted += 1
        families[family, default: Tally()].matched += matched ? 1 : 0
        families[family, default: Tally()].confidence += assertion.confidence
    }

    /// The family of a rule name: its kind and its sorted suffixes.
    public static func family(of rule: String) -> String {
        let parts = rule.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        let kind = parts[0].split(separator: ":", maxSplits: 1).first.map(String.init) ?? parts[0]
        let suffixes = Set(parts.dropFirst()).sorted()
        return ([kind] + suffixes).joined(separator: "+")
    }

    public static func + (lhs: RulePrecision, rhs: RulePrecision) -> RulePrecision {
        var sum = lhs
        for (family, tally) in rhs.families {
            sum.families[family, default: Tally()].predicted += tally.predicted
            sum.families[family, default: Tally()].matched += tally.matched
            sum.families[family, default: Tally()].confidence += tally.confidence
        }
        return sum
    }
}
