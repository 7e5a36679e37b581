import DataFiles
import Foundation
import Testing

@Suite(.serialized) struct PlacesCommandTests {
    let seedArticle = SharedData.seedArticle(besides: repositoryRoot)

    @Test func lookupPrintsRankedCandidates() throws {
        let run = try controlmap(["places", "lookup", "Dzhufra"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        let first = try #require(lines.first).split(separator: "\t").map(String.init)
        #expect(first[0] == "gn:2219944")
        #expect(first[2] == "district")
        #expect(first[3].hasPrefix("0.90 spelling variant"))
        #expect(lines.count >= 2)
    }

    @Test func lookupOfNothingExitsOne() throws {
        let run = try controlmap(["places", "lookup", "Xyzzyville"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("no place is named"))
    }

    @Test func checkPassesOnTheSeedArticle() throws {
        let run = try controlmap(["places", "check", seedArticle.path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("0 ambiguous, 0 unresolved"))
    }

    @Test func checkFailsOnAnUnknownPlace() throws {
        let folder = try temporaryFolder()
        let article = folder.appendingPathComponent("a.txt")
        try "Fighting broke out in Qwertyville and near Tripoli.\n".write(to: article, atomically: true, encoding: .utf8)
        let run = try controlmap(["places", "check", article.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("a.txt:1:23: unresolved place \"Qwertyville\""))
    }

    @Test func checkOfAMissingFileIsADataError() throws {
        let run = try controlmap(["places", "check", "/nonexistent/article.txt"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent/article.txt: file not found"))
    }

    @Test func exportWritesPointsAtomically() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("places.geojson")
        let run = try controlmap(["places", "export", "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("\"id\":\"oa:HL69\""))
        #expect(text.contains("\"kind\":\"airbase\""))
        #expect(!text.contains("cm:cairo"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["places.geojson"])
    }

    @Test func theCommittedPlacesAreUpToDate() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("places.geojson")
        #expect(try controlmap(["places", "export", "-o", output.path]).status == 0)
        let committed = try Data(contentsOf: repositoryRoot.appendingPathComponent("Output/libya/places.geojson"))
        #expect(try Data(contentsOf: output) == committed, "Output/libya/places.geojson is stale: run `make run`")
    }

    @Test func aBrokenGazetteerGivesFileAndLine() throws {
        let copy = try libyaCopy()
        let curated = copy.appendingPathComponent("curated.tsv")
        var text = try String(contentsOf: curated, encoding: .utf8)
        text += "cm:bad\tcastle\tBad\t\t30\t20\tmap\t\t\t\t\t\t\t\t\t\ttest\n"
        try text.write(to: curated, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let run = try controlmap(["places", "lookup", "Hun", "--gazetteer", copy.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("curated.tsv: line \(lines): unknown kind \"castle\""))
    }
}
