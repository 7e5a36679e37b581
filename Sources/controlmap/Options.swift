import ArgumentParser
import Foundation

/// Where the area of interest's gazetteer folder is (the one holding `area.json`).
struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: "The gazetteer folder of the area of interest (holds area.json).")
    var gazetteer: String = "Gazetteer/libya"

    var folder: URL { URL(fileURLWithPath: gazetteer, isDirectory: true) }
}
