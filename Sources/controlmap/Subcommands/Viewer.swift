import ArgumentParser
import Claims
import DataFiles
import Foundation
import Rendering

extension ControlMap {
    /// `controlmap viewer -o FILE.html`: the timeline in one self-contained web page.
    struct Viewer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML file that plays the timeline and shows the evidence behind every colour.")

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var source: ClaimsSourceOptions

        @Option(help: "Folder of articles whose metadata gives the sources' links.")
        var articles: String = "Articles"

        @Option(name: [.short, .long], help: "Output file.")
        var output: String = "Output/libya/viewer.html"

        func run() throws {
            try reportingFailures {
                let inputs = try BuildInputs(gazetteer, source)
                var urls: [String: String] = [:]
                let folder = URL(fileURLWithPath: articles, isDirectory: true)
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".txt") {
                    if let article = try? Article.read(folder.appendingPathComponent(name)), let url = article.url { urls[article.id] = url }
                }
                let viewer = TimelineViewer(map: try SnapshotMap(area: inputs.area))
                let html = try viewer.html(try inputs.distinctSnapshots(), title: "Who held what in \(inputs.area.manifest.name)", urls: urls)
                try DataFile.writeAtomically(Data(html.utf8), to: URL(fileURLWithPath: output))
                print("wrote \(output)")
            }
        }
    }
}
