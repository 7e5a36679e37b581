import DataFiles
import Foundation
import Testing

/// The viewer in a real browser: headless Chromium opens it from a file, the slider moves
/// from 2017-03-01 to 2017-06-25, Hun turns to the LNA's colour, a click on Hun shows its
/// quote, and the console stays silent.
@Suite(.serialized) struct ViewerBrowserTests {
    let seedArticle = SharedData.seedArticle(besides: repositoryRoot)

    func chromium(_ url: String) throws -> (dom: String, log: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
                             "--virtual-time-budget=3000", "--dump-dom", url]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "chromium failed (install Debian's chromium): \(String(decoding: log, as: UTF8.self).suffix(500))")
        return (String(decoding: dom, as: UTF8.self), String(decoding: log, as: UTF8.self))
    }

    @Test func theSliderPlaysTheChangesAndAClickShowsTheQuote() throws {
        let folder = try temporaryFolder()
        let viewer = folder.appendingPathComponent("viewer.html")
        let empty = folder.appendingPathComponent("claims.tsv")
        let run = try controlmap(["viewer", "--claims", empty.path, "--article", seedArticle.path, "--published", "2017-06-25", "-o", viewer.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: viewer, encoding: .utf8)
        let again = folder.appendingPathComponent("again.html")
        #expect(try controlmap(["viewer", "--claims", empty.path, "--article", seedArticle.path, "--published", "2017-06-25", "-o", again.path]).status == 0)
        #expect(try Data(contentsOf: again) == Data(contentsOf: viewer), "the same claims give the same viewer bytes")
        #expect(!html.contains("<script src") && !html.contains("<link "), "the viewer must not load anything")

        let lnaHun = "fill=\"#c0392b\" stroke=\"#fff\" stroke-width=\"0.8\" class=\"place\" data-place=\"gn:2216645\""
        let before = try chromium(viewer.absoluteString + "?date=2017-03-01")
        #expect(before.dom.contains("<span id=\"date\">2016-12-01</span>"))
        #expect(!before.dom.contains(lnaHun), "Hun is not the LNA's before the capture")

        let after = try chromium(viewer.absoluteString + "?date=2017-03-01&to=2017-06-25&select=gn:2216645")
        let visited = try #require(after.dom.firstMatch(of: #/data-visited="([^"]*)"/#)).output.1
        #expect(visited.split(separator: " ").count == 2, "the slider moved once: \(visited)")
        #expect(visited.hasSuffix("2017-06-25"))
        #expect(after.dom.contains(lnaHun), "Hun is drawn in the LNA's colour")
        #expect(after.dom.contains("<b>Hūn</b>"))
        #expect(after.dom.contains("Having captured the airbases in Jufra"))
        #expect(!after.log.contains(":CONSOLE"), "console: \(after.log.split(separator: "\n").filter { $0.contains(":CONSOLE") })")
        #expect(!before.log.contains(":CONSOLE"))
    }

    @Test func anEmptyTimelineIsAClearError() throws {
        let folder = try temporaryFolder()
        let run = try controlmap(["viewer", "--claims", folder.appendingPathComponent("none.tsv").path, "-o", folder.appendingPathComponent("v.html").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the timeline is empty"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("v.html").path))
    }
}
