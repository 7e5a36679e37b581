import Claims
import Foundation
import Places
import SeededRandom
import Testing

/// Laws every extraction keeps, whatever the text: checked over articles recombined at
/// random (seeded) from the real sentences of the evaluation texts, the way the benchmark
/// builds its corpus — which is where a rule that indexes past a sentence's words shows.
@Suite struct ExtractorLawTests {
    @Test func recombinedRealSentencesKeepTheLaws() throws {
        let folder = repositoryRoot.appendingPathComponent("Articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let sentences = try names.flatMap { name in
            try Article.read(folder.appendingPathComponent(name), published: nil).body
                .split(whereSeparator: \.isNewline).flatMap { $0.components(separatedBy: ". ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
        }
        #expect(sentences.count > 300)
        var random = SplitMix64(state: 11)
        var total = 0
        for index in 0..<400 {
            let length = 1 + Int(random.next() % 12)
            // Sentences joined in prose, or one per line as in a dated list.
            let separator = index % 3 == 0 ? "\n" : ". "
            let body = (0..<length).map { _ in random.pick(sentences) }.joined(separator: separator)
            let published = Day(ordinal: Day(year: 2014, month: 1, day: 1)!.ordinal + Int(random.next() % 2600))
            let article = Article(id: "law-\(index)", file: "law", published: published, body: body)
            for assertion in extractor.extract(article) {
                total += 1
                #expect(assertion.interval.from <= assertion.interval.to)
                #expect(assertion.interval.from <= published, "\(assertion.quote)")
                #expect(assertion.confidence > 0 && assertion.confidence <= 1)
                #expect(assertion.offset >= 0 && assertion.offset <= body.unicodeScalars.count)
                #expect(body.contains(assertion.quote))
            }
        }
        #expect(total > 100)
    }
}
