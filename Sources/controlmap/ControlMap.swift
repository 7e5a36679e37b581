import ArgumentParser

/// `controlmap`: news articles about a war become dated, sourced maps of who held what.
@main
struct ControlMap: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controlmap",
        abstract: "Turn news articles about a war into dated, sourced maps of who held what.",
        discussion: """
            Exit codes: 0 success, 1 nothing found, 2 bad input data, 3 a GEOS or PROJ failure, \
            64 bad command-line usage.
            """,
        subcommands: [Basemap.self, PlacesCommand.self, Extract.self, ClaimsCommand.self, Eval.self, SnapshotCommand.self, TimelineCommand.self, DiffCommand.self, Render.self, Viewer.self]
    )
}
