import Foundation
import Places
import Testing

/// The article the project started from: every place it names must resolve.
@Suite struct SeedArticleTests {
    @Test func everyMentionResolves() throws {
        let text = try String(contentsOf: seedArticle, encoding: .utf8)
        let report = libya.coverage(of: text)
        #expect(report.passes)
        #expect(report.ambiguous.isEmpty, "\(report.ambiguous.map(\.text))")
        #expect(report.unresolved.isEmpty, "\(report.unresolved.map(\.text))")
        var resolved: [String: Set<String>] = [:]
        for mention in report.mentions {
            if let id = mention.resolution.place?.id { resolved[mention.text, default: []].insert(id) }
        }
        let expected: [String: String] = [
            "Dzhufra area": "gn:2219944", "Jufr": "gn:2219944", "Tinkhamenta": "oa:HL66", "Tamnihint": "oa:HL66",
            "Hun": "gn:2216645", "Sokna": "gn:2210627", "Waddan": "gn:2209055", "Huna": "gn:2216645", "Waddana": "gn:2209055",
            "Ras- Lanufe": "gn:2212984", "Sidre": "cm:es-sider-terminal", "Sidr": "cm:es-sider-terminal", "Dern": "gn:87205",
            "Bregi": "gn:2215210", "Ajabiya": "gn:89113", "Barak ash-Shaty": "gn:2218478", "Misurati": "gn:2214846",
            "misorat": "gn:2214846", "Sebha": "gn:2212775", "Beni Walid": "gn:2218840", "Virrshifann": "cm:warshefana",
            "Minya": "cm:minya", "Baida": "gn:89055", "Cyrenaica": "cm:cyrenaica", "Fezzan": "cm:fezzan",
        ]
        for (text, id) in expected {
            #expect(resolved[text] == [id], "\(text): \(resolved[text] ?? [])")
        }
    }
}

/// Every article of the repository: every place it names resolves.
@Suite struct ProjectArticlesTests {
    @Test func everyMentionInEveryArticleResolves() throws {
        let folder = repositoryRoot.appendingPathComponent("Articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 7)
        var mentions = 0
        for name in names {
            let report = libya.coverage(of: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            #expect(report.passes, "\(name): ambiguous \(report.ambiguous.map(\.text)), unresolved \(report.unresolved.map(\.text))")
            // Every text names some place (a report's summary may name only "Libya" and "the east":
            // usdos-religious-freedom-report-2019-libya), and the texts name many between them.
            #expect(report.mentions.count >= 1, "\(name)")
            mentions += report.mentions.count
        }
        #expect(mentions >= 10 * names.count, "\(mentions) place mentions in \(names.count) texts")
    }
}
