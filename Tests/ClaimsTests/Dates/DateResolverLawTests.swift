import SeededRandom
import Testing
@testable import Claims

/// Laws every resolution obeys, on sentences stitched at random (with a fixed seed) from
/// date words, numbers, punctuation and filler.
@Suite struct DateResolverLawTests {
    static let pieces = [
        "on", "in", "at", "the", "since", "ever", "May", "may", "March", "march", "June", "Dec.", "Sept", "18", "3rd",
        "14th", "of", "2016", "2017", "-", "–", ",", ".", "last", "this", "next", "year", "month", "week", "day",
        "days", "weeks", "ago", "later", "earlier", "before", "after", "a", "few", "two", "ten", "about", "and",
        "half", "little", "end", "beginning", "early", "late", "mid", "middle", "Thursday", "yesterday", "today",
        "eve", "then", "same", "following", "previous", "within", "recently", "other", "LNA", "Sirte", "1,200",
        "2017-03-14", "29", "February", "31", "April", "first", "second", "’s", "«", "مايو", "  ",
    ]


    @Test func resolutionsAreOrderedDisjointAndWellFormed() {
        var generator = SplitMix64(state: 2017)
        let published = Day(iso: "2017-06-25")!
        let anchors: [DayInterval?] = [nil, .day(Day(iso: "2017-05-10")!),
                                       DayInterval(from: Day(iso: "2016-12-30")!, to: Day(iso: "2017-01-02")!, precision: .week)]
        var found = 0
        for _ in 0..<3000 {
            let sentence = (0..<(1 + generator.below(14))).map { _ in Self.pieces[generator.below(Self.pieces.count)] }.joined(separator: " ")
            let anchor = anchors[generator.below(anchors.count)]
            let expressions = DateResolver.expressions(in: sentence, published: published, anchor: anchor)
            found += expressions.count
            let bytes = Array(sentence.utf8)
            var last = 0
            for expression in expressions {
                #expect(expression.utf8Range.lowerBound >= last, "\(sentence)")
                #expect(!expression.utf8Range.isEmpty && expression.utf8Range.upperBound <= bytes.count)
                #expect(String(decoding: bytes[expression.utf8Range], as: UTF8.self) == expression.text)
                #expect(expression.interval.from <= expression.interval.to)
                if expression.kind == .since { #expect(expression.interval.to == published, "\(sentence)") }
                last = expression.utf8Range.upperBound
            }
            // Nothing relative to an event without something to count from.
            if anchor == nil, expressions.first?.kind == .relativeToEvent {
                Issue.record("\(sentence): \(expressions[0].text) has no anchor")
            }
        }
        #expect(found > 1000)
    }

    @Test func emptyAndPunctuationOnlySentences() {
        let published = Day(iso: "2017-06-25")!
        for sentence in ["", " ", ".", "—", "2017-", "-03-14", "May", "the", "since", "in a", "«»", "\u{00A0}May 18"] {
            let expressions = DateResolver.expressions(in: sentence, published: published, anchor: .day(published))
            #expect(expressions.count <= 1, "\(sentence)")
        }
        #expect(DateResolver.expressions(in: "\u{00A0}May 18", published: published, anchor: nil).first?.text == "May 18")
    }
}
