import DataFiles
import Foundation
import Testing

@Suite(.serialized) struct TimelineCommandTests {
    let seedArticle = SharedData.seedArticle(besides: repositoryRoot)

    /// The daily timeline is rebuilt by `make run` and not committed; its last snapshot is,
    /// as `Output/libya/latest.geojson`. A fresh timeline of the committed claims must end on
    /// the same bytes, and its index must list exactly the snapshots written, in date order.
    @Test func theCommittedLatestSnapshotIsTheTimelinesLastDay() throws {
        let folder = try temporaryFolder().appendingPathComponent("timeline")
        let run = try controlmap(["timeline", "-o", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".geojson") }.sorted()
        let last = try #require(written.last)
        #expect(try Data(contentsOf: folder.appendingPathComponent(last))
                    == Data(contentsOf: repositoryRoot.appendingPathComponent("Output/libya/latest.geojson")),
                "Output/libya/latest.geojson is stale (the timeline now ends with \(last)): run `make run`")
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json"))) as? [String: Any]
        let files = (index?["snapshots"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files == written)
    }

    /// The same claims give the same bytes: a timeline written twice into one folder is
    /// unchanged, and a snapshot of an older day drops out when the claims no longer make it.
    @Test func aTimelineRebuildsToTheSameBytes() throws {
        let folder = try temporaryFolder().appendingPathComponent("timeline")
        let empty = try temporaryFolder().appendingPathComponent("claims.tsv")
        let arguments = ["timeline", "-o", folder.path, "--claims", empty.path, "--article", seedArticle.path, "--published", "2017-06-25"]
        #expect(try controlmap(arguments).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let first = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        try Data("{}".utf8).write(to: folder.appendingPathComponent("1999-01-01.geojson"))
        #expect(try controlmap(arguments).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names)
        #expect(try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) } == first)
        #expect(names.count >= 3, "\(names)")
    }

    @Test func snapshotAndDiffOfTheSeedArticle() throws {
        let empty = try temporaryFolder().appendingPathComponent("claims.tsv")
        let snapshot = try controlmap(["snapshot", "--date", "2017-06-25", "--claims", empty.path, "--article", seedArticle.path,
                                       "--published", "2017-06-25"])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(snapshot.stdout.contains("\"date\":\"2017-06-25\""))
        #expect(snapshot.stdout.contains("\"fill\":\"#c0392b\""))
        let diff = try controlmap(["diff", "2017-03-01", "2017-06-25", "--claims", empty.path, "--article", seedArticle.path,
                                   "--published", "2017-06-25"])
        #expect(diff.status == 0, "\(diff.stderr)")
        for name in ["Hūn", "Waddān", "Sūknah", "Al Jufra Air Base"] { #expect(diff.stdout.contains("\(name) ["), "\(name)") }
        #expect(diff.stdout.contains("→ lna"))
    }

    /// `--radius kind=km` changes the method recorded in the snapshot and the land a
    /// place's cell gets; a kind without a cell or a radius that is not a positive
    /// number is refused with the setting named.
    @Test func radiiAreConfigurablePerKind() throws {
        let empty = try temporaryFolder().appendingPathComponent("claims.tsv")
        let base = ["snapshot", "--date", "2017-06-25", "--claims", empty.path, "--article", seedArticle.path, "--published", "2017-06-25"]
        let standard = try controlmap(base)
        let wider = try controlmap(base + ["--radius", "town=60", "--radius", "airbase=30"])
        #expect(standard.status == 0 && wider.status == 0, "\(wider.stderr)")
        #expect(wider.stdout.contains("\"town\":60") && wider.stdout.contains("\"airbase\":30"))
        func lnaKm2(_ geojson: String) throws -> Double {
            let table = geojson.components(separatedBy: "\"actor\":\"lna\"")[1]
            let value = table.components(separatedBy: "\"area_km2\":")[1].prefix { "0123456789.".contains($0) }
            return try #require(Double(value))
        }
        #expect(try lnaKm2(wider.stdout) > lnaKm2(standard.stdout) * 1.2)
        for bad in ["hamlet=3", "town=-3", "town", "city=abc"] {
            let refused = try controlmap(base + ["--radius", bad])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("--radius \(bad)"), "\(refused.stderr)")
        }
    }

    @Test func aClaimWithAnUnknownPlaceGivesFileAndLine() throws {
        let claims = try temporaryFolder().appendingPathComponent("claims.tsv")
        let header = "key\tdecision\tarticle\tactor\tactor_name\tplace\tgeonames_id\tplace_name\tstatus\tdate_from\tdate_to\tprecision\texcept\tquote\toffset\tconfidence\trule\tnote"
        try (header + "\nk1\tadded\tnotes\tlna\tLNA\tgn:999999999\t\tNowhere\tcaptured\t2017-01-01\t2017-01-02\tday\t\tq\t0\t1\tanalyst\t\n")
            .write(to: claims, atomically: true, encoding: .utf8)
        let run = try controlmap(["snapshot", "--date", "2017-06-25", "--claims", claims.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("claims.tsv: line 2: unknown place \"gn:999999999\""))
        let inverted = header + "\nk1\tadded\tnotes\tlna\tLNA\tgn:2216645\t\tHun\tcaptured\t2017-03-02\t2017-01-02\tday\t\tq\t0\t1\tanalyst\t\n"
        try inverted.write(to: claims, atomically: true, encoding: .utf8)
        let second = try controlmap(["snapshot", "--date", "2017-06-25", "--claims", claims.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("line 2"))
    }
}
