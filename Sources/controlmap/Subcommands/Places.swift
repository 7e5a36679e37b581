import ArgumentParser
import Atlas
import DataFiles
import Foundation
import GeoJSON
import Places

extension ControlMap {
    /// The gazetteer: look names up, check the coverage of articles, export the places.
    struct PlacesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "places",
            abstract: "Look up, check and export the places of the gazetteer.",
            subcommands: [Lookup.self, Check.self, Export.self])
    }
}

extension ControlMap.PlacesCommand {
    /// `controlmap places lookup NAME`: ranked candidates, one per line.
    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the places a name may denote, best first: id, name, kind, score and why. Exit 1 when none.")

        @OptionGroup var gazetteer: GazetteerOptions

        @Argument(help: "A place name in any spelling, e.g. Dzhufra.")
        var name: String

        func run() throws {
            var found = true
            try reportingFailures {
                let places = try Gazetteer.load(folder: gazetteer.folder)
                let candidates = places.lookup(name)
                found = !candidates.isEmpty
                for candidate in candidates {
                    print([candidate.place.id, candidate.place.name, candidate.place.kind.displayName, candidate.explanation]
                        .joined(separator: "\t"))
                }
            }
            if !found {
                FileHandle.standardError.write(Data("controlmap: no place is named \"\(name)\"\n".utf8))
                throw ExitCode(1)
            }
        }
    }

    /// `controlmap places check FILE...`: a coverage report for articles.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report every place an article names: resolved, ambiguous, or unknown. Exit 1 when a mention is ambiguous or a place-like name is unknown.")

        @OptionGroup var gazetteer: GazetteerOptions

        @Flag(name: .long, help: "Also list every resolved mention.")
        var verbose = false

        @Argument(help: "Article text files.")
        var files: [String]

        func run() throws {
            var failing = 0
            try reportingFailures {
                let places = try Gazetteer.load(folder: gazetteer.folder)
                for file in files {
                    let text = try DataFile.readText(URL(fileURLWithPath: file))
                    let report = places.coverage(of: text)
                    let lines = LineIndex(text)
                    for mention in report.mentions {
                        let place = "\(file):\(lines.location(of: mention.utf8Range.lowerBound))"
                        switch mention.resolution {
                        case .resolved(let best, _) where verbose:
                            print("\(place): resolved \"\(mention.text)\" → \(best.place.id) \(best.place.name) (\(best.explanation))")
                        case .ambiguous(let candidates):
                            print("\(place): ambiguous \"\(mention.text)\": " + candidates.map { "\($0.place.id) \($0.place.name) (\($0.place.kind.displayName))" }.joined(separator: ", "))
                        default: break
                        }
                    }
                    for unknown in report.unknownNames where unknown.looksLikePlace || verbose {
                        let kind = unknown.looksLikePlace ? "unresolved place" : "unknown name"
                        print("\(file):\(lines.location(of: unknown.utf8Range.lowerBound)): \(kind) \"\(unknown.text)\"")
                    }
                    print("\(file): \(report.mentions.count) mentions, \(report.resolved.count) resolved, \(report.ambiguous.count) ambiguous, \(report.unresolved.count) unresolved; \(report.unknownNames.count - report.unresolved.count) other unknown capitalized names")
                    if !report.passes { failing += 1 }
                }
            }
            if failing > 0 { throw ExitCode(1) }
        }
    }

    /// `controlmap places export`: the gazetteer as GeoJSON points.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the places on the map as GeoJSON points with their names and kinds.")

        @OptionGroup var gazetteer: GazetteerOptions

        @Option(name: [.short, .long], help: "Output file; standard output when omitted.")
        var output: String?

        func run() throws {
            try reportingFailures {
                let places = try Gazetteer.load(folder: gazetteer.folder)
                let manifest = try AreaManifest.read(gazetteer.folder.appendingPathComponent("area.json"))
                let collection = places.pointCollection(attribution: manifest.attribution)
                if let output {
                    try GeoJSONWriter.write(collection, to: URL(fileURLWithPath: output))
                } else {
                    FileHandle.standardOutput.write(GeoJSONWriter.data(collection))
                }
            }
        }
    }
}

/// Line and column (both from 1) of UTF-8 offsets in a text.
struct LineIndex {
    private var lineStarts: [Int] = [0]
    private let utf8: [UInt8]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (offset, byte) in utf8.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
    }

    func location(of offset: Int) -> String {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = String(decoding: utf8[lineStarts[low]..<offset], as: UTF8.self).count + 1
        return "\(low + 1):\(column)"
    }
}
