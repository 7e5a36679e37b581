import Claims
import DataFiles
import Foundation
import Testing

@Suite struct ArticleTests {
    func write(_ text: String, _ name: String = "a.txt") throws -> URL {
        let url = try temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func frontMatterAndHeaderBlocks() throws {
        let yaml = try Article.read(write("---\ntitle: \"Battle\"\nsource: Wikipedia\npublished: 2016-12-31\nlanguage: en\n---\nThe LNA captured Sirte.\n"))
        #expect(yaml.title == "Battle")
        #expect(yaml.published == Day(year: 2016, month: 12, day: 31))
        #expect(yaml.body == "The LNA captured Sirte.\n")
        #expect(yaml.bodyLine == 7)
        let header = try Article.read(write("title: Report\npublished: 2017-06-25\n\nHaftar took Hun.\n"))
        #expect(header.title == "Report")
        #expect(header.body.contains("Haftar took Hun."))
    }

    @Test func bareTextTakesThePublishedDateGiven() throws {
        let url = try write("Forces entered Waddan: a report.\n")
        let article = try Article.read(url, published: Day(year: 2017, month: 6, day: 1))
        #expect(article.published.iso == "2017-06-01")
        #expect(article.body.hasPrefix("Forces entered Waddan"))
        let error = try #require(throws: DataFileError.self) { try Article.read(url) }
        #expect(error.reason.contains("no published date"))
    }

    @Test func badInputNamesTheFileAndReason() throws {
        #expect(try #require(throws: DataFileError.self) { try Article.read(write("")) }.reason == "empty file")
        #expect(try #require(throws: DataFileError.self) { try Article.read(write("  \n\n")) }.reason == "empty file")
        let binary = try temporaryFolder().appendingPathComponent("b.bin")
        try Data([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]).write(to: binary)
        #expect(try #require(throws: DataFileError.self) { try Article.read(binary) }.reason.contains("binary"))
        let latin1 = try temporaryFolder().appendingPathComponent("l.txt")
        try Data([0x42, 0x65, 0x6E, 0x67, 0x68, 0xE2, 0x7A, 0x69]).write(to: latin1)
        #expect(try #require(throws: DataFileError.self) { try Article.read(latin1) }.reason.contains("UTF-8"))
        let malformed = try #require(throws: DataFileError.self) {
            try Article.read(write("---\ntitle: x\npublished: 25 June 2017\n---\nText.\n"))
        }
        #expect(malformed.location == .line(3))
        #expect(malformed.reason.contains("YYYY-MM-DD"))
        let invalid = try #require(throws: DataFileError.self) { try Article.read(write("---\npublished: 2017-02-30\n---\nText.\n")) }
        #expect(invalid.reason.contains("2017-02-30"))
        let unclosed = try #require(throws: DataFileError.self) { try Article.read(write("---\npublished: 2017-02-03\nText.\n")) }
        #expect(unclosed.reason.contains("never closed"))
    }
}
