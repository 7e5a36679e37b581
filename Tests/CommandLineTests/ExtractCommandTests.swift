import Foundation
import Testing

@Suite(.serialized) struct ExtractCommandTests {
    @Test func badFilesAreReportedAndTheOthersStillProcessed() throws {
        let folder = try temporaryFolder()
        let good = folder.appendingPathComponent("good.txt")
        try "---\npublished: 2017-05-20\n---\nOn May 18, the LNA captured Hun.\n".write(to: good, atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let undated = folder.appendingPathComponent("undated.txt")
        try "---\npublished: yesterday\n---\nThe GNA took Sirte.\n".write(to: undated, atomically: true, encoding: .utf8)
        let run = try controlmap(["extract", good.path, empty.path, undated.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("empty.txt: empty file"))
        #expect(run.stderr.contains("undated.txt: line 2: published \"yesterday\" is not a date"))
        let rows = run.stdout.split(separator: "\n")
        #expect(rows.first == "article,actor,actor_name,place,geonames_id,place_name,status,date_from,date_to,precision,except,quote,offset,confidence,rule")
        #expect(rows.count == 2)
        #expect(rows.last?.hasPrefix("good,lna,Libyan National Army,gn:2216645,2216645,Hūn,captured,2017-05-18,2017-05-18,day,") == true)
    }

    @Test func jsonLinesAndABareTextWithItsDate() throws {
        let folder = try temporaryFolder()
        let bare = folder.appendingPathComponent("bare.txt")
        try "Yesterday, Misratan forces seized Sirte from ISIL.\n".write(to: bare, atomically: true, encoding: .utf8)
        let run = try controlmap(["extract", "--format", "jsonl", "--published", "2016-12-06", bare.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(lines.count == 2)
        #expect(lines.contains { $0["actor"] as? String == "misrata" && $0["status"] as? String == "captured" && $0["date_from"] as? String == "2016-12-05" })
        #expect(lines.contains { $0["actor"] as? String == "isil" && $0["status"] as? String == "lost" })
    }
}
