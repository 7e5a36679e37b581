import Claims
import DataFiles
import Foundation
import Places
import Testing

/// Suggestions: a sentence whose trigger no rule could place, naming one place, gives a claim
/// below ``Assertion/suggestionBelow``; the review file lists it and the builder leaves it out
/// until an analyst accepts it.
@Suite struct SuggestionTests {
    func extract(_ text: String, published: Day) -> [Assertion] {
        extractor.extract(try! Article.parse(text, file: "t.txt", id: "t", published: published))
    }

    @Test func anUnplacedTriggerBesideOnePlaceIsASuggestion() {
        let found = extract("Members of Ansar al-Sharia were involved in the September 11, 2012, attacks against the U.S. Special Mission and Annex in Benghazi.",
                            published: Day(iso: "2014-01-13")!)
        #expect(found.count == 1)
        guard let claim = found.first else { return }
        #expect(claim.actor.id == "ansar-al-sharia" && claim.status == .attacked && claim.place.id == "gn:88319")
        #expect(claim.interval.from.iso == "2012-09-11" && claim.interval.to.iso == "2012-09-11")
        #expect(claim.rule.hasPrefix("co-occurrence:") && claim.confidence < Assertion.suggestionBelow && !claim.isMapped)
    }

    /// No suggestion where the rules refuse a trigger, where two places could be meant, or for a
    /// purpose; a taking past a side named between it and the place is only a fight.
    @Test func noGuessWhereTheRulesDeclined() {
        let published = Day(iso: "2016-08-10")!
        #expect(extract("ISIL could seize Tarhunah, after heavy fighting.", published: published).isEmpty)
        #expect(extract("Smoke rose over Benghazi and over Derna after government warplanes attacked militia bases.", published: published).isEmpty)
        #expect(extract("To attack Tripoli, Haftar needs new strong allies.", published: published).isEmpty)
        let driven = extract("GNA forces pushed ISIL back into Sirte on Monday.", published: published)
        #expect(driven.allSatisfy { $0.status == .contested && !$0.isMapped }, "\(driven)")
    }

    @Test func theBuilderLeavesPendingSuggestionsOut() throws {
        let found = extract("Members of Ansar al-Sharia were involved in the September 11, 2012, attacks against the U.S. Special Mission and Annex in Benghazi. "
                            + "The LNA captured Sirte on May 18.", published: Day(iso: "2014-06-01")!)
        #expect(found.count == 2)
        var rows = ReviewFile.merge([], extracted: found)
        let mapped = try ReviewFile.assertions(rows, file: "claims.tsv", gazetteer: extractor.gazetteer, actors: extractor.actors)
        #expect(mapped.map(\.actor.id) == ["lna"])
        // Accepted by an analyst, the suggestion is mapped.
        let index = try #require(rows.firstIndex { $0.fields["actor"] == "ansar-al-sharia" })
        rows[index].decision = .accepted
        let accepted = try ReviewFile.assertions(rows, file: "claims.tsv", gazetteer: extractor.gazetteer, actors: extractor.actors)
        #expect(Set(accepted.map(\.actor.id)) == ["lna", "ansar-al-sharia"])
    }

    /// A pending suggestion is left off the map, but checked like every row: a bad one is reported.
    @Test func aBadSuggestionRowIsReportedNotSkipped() throws {
        let found = extract("Members of Ansar al-Sharia were involved in the September 11, 2012, attacks against the U.S. Special Mission and Annex in Benghazi.",
                            published: Day(iso: "2014-01-13")!)
        var rows = ReviewFile.merge([], extracted: found)
        #expect(rows.count == 1)
        rows[0].fields["actor"] = "no-such-actor"
        #expect(throws: DataFileError.self) {
            try ReviewFile.assertions(rows, file: "claims.tsv", gazetteer: extractor.gazetteer, actors: extractor.actors)
        }
    }
}
