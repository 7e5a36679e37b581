import Testing
@testable import Claims

/// One expected date expression: its text and what it resolves to.
struct ExpectedDate: Sendable, CustomStringConvertible {
    var text: String
    var from: String
    var to: String
    var precision: DatePrecision
    var kind: DateExpression.Kind

    var description: String { "\(text) \(from)/\(to) \(precision) \(kind)" }
}

/// One row of a resolver table: a sentence, its publication day, an optional anchor
/// ("2017-05-10" or "2017-05-10/2017-05-12", precision day) and every expression expected.
struct DateCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var published: String
    var anchor: String?
    var expected: [ExpectedDate]

    var testDescription: String { "\(sentence) [\(published)\(anchor.map { ", anchor \($0)" } ?? "")]" }

    /// Resolves the sentence and checks the expressions, in order, field by field, and
    /// that each `utf8Range` spans its `text` in the sentence.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let published = try #require(Day(iso: published))
        var anchorInterval: DayInterval?
        if let anchor {
            let parts = anchor.split(separator: "/").map(String.init)
            let from = try #require(Day(iso: parts[0])), to = try #require(Day(iso: parts.last!))
            anchorInterval = DayInterval(from: from, to: to, precision: .day)
        }
        let found = DateResolver.expressions(in: sentence, published: published, anchor: anchorInterval)
        let foundText = found.map { "\($0.text) \($0.interval.from)/\($0.interval.to) \($0.interval.precision) \($0.kind)" }
        #expect(foundText == expected.map(\.description), sourceLocation: sourceLocation)
        let bytes = Array(sentence.utf8)
        for expression in found {
            #expect(String(decoding: bytes[expression.utf8Range], as: UTF8.self) == expression.text, sourceLocation: sourceLocation)
        }
    }
}

/// A sentence with its expected expressions; published 2017-06-25 (a Sunday) unless given.
func when(_ sentence: String, published: String = "2017-06-25", anchor: String? = nil, _ expected: ExpectedDate...) -> DateCase {
    DateCase(sentence: sentence, published: published, anchor: anchor, expected: expected)
}

/// An expected expression spanning `from`…`to`.
func date(_ text: String, _ from: String, _ to: String, _ precision: DatePrecision, _ kind: DateExpression.Kind) -> ExpectedDate {
    ExpectedDate(text: text, from: from, to: to, precision: precision, kind: kind)
}

/// An expected expression of one day, precision day.
func date(_ text: String, _ day: String, _ kind: DateExpression.Kind) -> ExpectedDate {
    ExpectedDate(text: text, from: day, to: day, precision: .day, kind: kind)
}
