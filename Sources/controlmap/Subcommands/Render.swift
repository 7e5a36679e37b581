import ArgumentParser
import Claims
import DataFiles
import Foundation
import GeometryCore
import Rendering
import Territory

extension ControlMap {
    /// `controlmap render --date D -o map.svg|map.png`: a snapshot as a map.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the snapshot of a day, or the diff of two days, as an SVG map or a PNG through rsvg-convert.")

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var source: ClaimsSourceOptions

        @Option(help: "The day (YYYY-MM-DD) of the snapshot to draw.")
        var date: Day?

        @Option(parsing: .upToNextOption, help: "Two days FROM TO (YYYY-MM-DD): draw what changed between them.")
        var diff: [Day] = []

        @Option(name: [.short, .long], help: "Output file, .svg or .png.")
        var output: String

        func validate() throws {
            guard output.hasSuffix(".svg") || output.hasSuffix(".png") else { throw ValidationError("the output must end in .svg or .png") }
            guard (date == nil) != diff.isEmpty else { throw ValidationError("give either --date D or --diff FROM TO") }
            if !diff.isEmpty {
                guard diff.count == 2, diff[0] < diff[1] else { throw ValidationError("--diff takes two days, FROM before TO") }
            }
        }

        func run() throws {
            try reportingFailures {
                let inputs = try BuildInputs(gazetteer, source)
                let map = try SnapshotMap(area: inputs.area)
                let svg: String
                if let date {
                    let snapshot = try inputs.builder.snapshot(inputs.timeline, on: date)
                    svg = try map.svg(snapshot, title: "Who held what in \(inputs.area.manifest.name) — \(date.iso)")
                    print(areaTable(snapshot))
                } else {
                    let before = try inputs.builder.snapshot(inputs.timeline, on: diff[0])
                    let after = try inputs.builder.snapshot(inputs.timeline, on: diff[1])
                    let change = try SnapshotDiff.between(before, after, timeline: inputs.timeline, builder: inputs.builder)
                    svg = try map.svg(change, title: "What changed in \(inputs.area.manifest.name), \(diff[0].iso) → \(diff[1].iso)")
                    print(change.table())
                }
                let url = URL(fileURLWithPath: output)
                if output.hasSuffix(".svg") {
                    try DataFile.writeAtomically(Data(svg.utf8), to: url)
                } else {
                    try writePNG(svg, to: url)
                }
            }
        }
    }
}

/// Converts SVG to PNG with `rsvg-convert` (Debian's librsvg2-bin), writing through a
/// temporary file so that a failed conversion leaves nothing behind.
func writePNG(_ svg: String, to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporarySVG = folder.appendingPathComponent(".\(url.lastPathComponent).svg.tmp")
    let temporaryPNG = folder.appendingPathComponent(".\(url.lastPathComponent).tmp")
    defer {
        try? FileManager.default.removeItem(at: temporarySVG)
        try? FileManager.default.removeItem(at: temporaryPNG)
    }
    try Data(svg.utf8).write(to: temporarySVG)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["rsvg-convert", "--format", "png", "--output", temporaryPNG.path, temporarySVG.path]
    let errors = Pipe()
    process.standardError = errors
    do { try process.run() } catch {
        throw DataFileError(file: url.path, reason: "cannot run rsvg-convert (install librsvg2-bin): \(error.localizedDescription)")
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        throw DataFileError(file: url.path, reason: "rsvg-convert failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
    }
    try DataFile.writeAtomically(try Data(contentsOf: temporaryPNG), to: url)
}
