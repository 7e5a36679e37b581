import ArgumentParser
import Atlas
import Foundation

extension ControlMap {
    /// The country boundary, districts and regions with their areas in km², as GeoJSON.
    struct Basemap: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the area's boundary, districts and regions with their areas in km² and print a table.")

        @OptionGroup var gazetteer: GazetteerOptions

        @Option(name: [.short, .long], help: "Folder to write into; a subfolder named after the area is made in it.")
        var output: String = "Output"

        func run() throws {
            try reportingFailures {
                let area = try AreaOfInterest.load(folder: gazetteer.folder)
                let report = try Atlas.Basemap.measure(area)
                let folder = URL(fileURLWithPath: output, isDirectory: true).appendingPathComponent(area.manifest.id)
                let written = try Atlas.Basemap.write(report, attribution: area.manifest.attribution, to: folder)
                print(report.table())
                print("wrote " + written.map { "\(output)/\(area.manifest.id)/\($0.lastPathComponent)" }.joined(separator: ", "))
            }
        }
    }
}
