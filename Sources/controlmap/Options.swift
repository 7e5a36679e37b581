import ArgumentParser
import Claims
import Foundation

/// Where the area of interest's gazetteer folder is (the one holding `area.json`).
struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: "The gazetteer folder of the area of interest (holds area.json).")
    var gazetteer: String = "Gazetteer/libya"

    var folder: URL { URL(fileURLWithPath: gazetteer, isDirectory: true) }
}

/// Article files, and the publication day of those without metadata.
struct ArticleFiles: ParsableArguments {
    @Option(help: "Publication day (YYYY-MM-DD) for files without metadata.")
    var published: Day?

    @Argument(help: "Article files.")
    var files: [String]
}
