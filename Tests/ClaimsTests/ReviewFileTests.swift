import Claims
import DataFiles
import Foundation
import Testing

@Suite struct ReviewFileTests {
    let text = "The LNA captured Sirte on May 18. The GNA captured Hun on May 20."

    func extract(_ text: String) -> [Assertion] {
        extractor.extract(try! Article.parse(text, file: "t.txt", id: "t", published: seedPublished))
    }

    @Test func reExtractionKeepsEveryHumanDecision() throws {
        let url = try temporaryFolder().appendingPathComponent("claims.tsv")
        let first = extract(text)
        #expect(first.count == 2)
        try ReviewFile.write(ReviewFile.merge([], extracted: first), to: url)
        var rows = try ReviewFile.read(url)
        #expect(rows.allSatisfy { $0.decision == .pending })
        // The analyst rejects one claim, corrects the other, and adds one.
        rows[0].decision = .rejected
        rows[1].decision = .corrected
        rows[1].fields["date_from"] = "2017-05-19"
        rows[1].fields["date_to"] = "2017-05-19"
        var added = rows[1]
        added.key = "analyst-1"
        added.decision = .added
        added.fields["place"] = "gn:2209055"
        added.fields["quote"] = "Local sources, 21 May 2017"
        try ReviewFile.write(rows + [added], to: url)

        let merged = ReviewFile.merge(try ReviewFile.read(url), extracted: extract(text))
        #expect(merged.count == 3)
        #expect(merged.first { $0.key == rows[0].key }?.decision == .rejected)
        #expect(merged.first { $0.key == rows[1].key }?.fields["date_from"] == "2017-05-19")
        #expect(merged.first { $0.key == "analyst-1" }?.decision == .added)
        // A pending claim the extractor no longer finds is dropped; reviewed ones stay.
        let shrunk = ReviewFile.merge(merged, extracted: [])
        #expect(shrunk.count == 3)
        let pendingOnly = ReviewFile.merge(ReviewFile.merge([], extracted: first), extracted: [])
        #expect(pendingOnly.isEmpty)
        #expect(ReviewFile.text(merged) == ReviewFile.text(ReviewFile.merge(merged, extracted: extract(text))))
    }

    @Test func aBadRowGivesTheLine() throws {
        let url = try temporaryFolder().appendingPathComponent("claims.tsv")
        try ReviewFile.write(ReviewFile.merge([], extracted: extract(text)), to: url)
        var content = try String(contentsOf: url, encoding: .utf8)
        content = content.replacingOccurrences(of: "\tpending\t", with: "\tmaybe\t")
        try content.write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try ReviewFile.read(url) }
        #expect(error.location == .line(4))
        #expect(error.reason.contains("unknown decision \"maybe\""))
    }
}
