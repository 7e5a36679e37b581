import ArgumentParser
import Atlas
import Claims
import DataFiles
import Foundation
import GeoJSON
import Places
import Territory
import Timeline

/// Where the claims come from: the reviewed claims file, plus articles extracted on the fly.
struct ClaimsSourceOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "The reviewed claims file (rows not rejected are used, but pending suggestions below confidence 0.3).")
    var claims: String = "Review/claims.tsv"

    @Option(name: .long, help: "An article to extract claims from as well (repeatable).")
    var article: [String] = []

    @Option(help: "Publication day (YYYY-MM-DD) for articles without metadata.")
    var published: Day?

    @Flag(name: .long, help: "Give each place its whole Voronoi cell instead of cutting it to a radius.")
    var fullCoverage = false

    @Option(name: .long, help: ArgumentHelp("The radius of a kind of place's cell, in km (repeatable), e.g. town=30.",
                                            discussion: "Kinds: \(TerritoryMethod.standard.radiusKm.keys.sorted().map { "\($0.rawValue) (\(Int(TerritoryMethod.standard.radiusKm[$0]!)))" }.joined(separator: ", ")).",
                                            valueName: "kind=km"))
    var radius: [String] = []

    /// The territory method these options ask for: the standard radii, with the ones given changed.
    func method() throws -> TerritoryMethod {
        var method = TerritoryMethod.standard
        method.fullCoverage = fullCoverage
        for setting in radius {
            let parts = setting.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let kind = PlaceKind(rawValue: parts[0]), method.radiusKm[kind] != nil else {
                let kinds = method.radiusKm.keys.sorted().map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--radius \(setting): expected kind=km with a kind among \(kinds)")
            }
            guard let km = Double(parts[1]), km.isFinite, km > 0, km <= 1000 else {
                throw ValidationError("--radius \(setting): the radius must be a number of km above 0 and at most 1000")
            }
            method.radiusKm[kind] = km
        }
        return method
    }
}

/// Everything a snapshot needs, loaded once.
struct BuildInputs {
    let area: AreaOfInterest
    let timeline: ControlTimeline
    let builder: TerritoryBuilder
    /// FNV-1a (64 bit) of the claims as CSV and the method: same inputs, same hash.
    let inputsHash: String

    init(_ gazetteer: GazetteerOptions, _ source: ClaimsSourceOptions) throws {
        let extractor = try makeExtractor(gazetteer)
        let url = URL(fileURLWithPath: source.claims)
        var assertions = try ReviewFile.assertions(ReviewFile.read(url), file: url.path, gazetteer: extractor.gazetteer, actors: extractor.actors)
        for file in source.article {
            assertions += extractor.extract(try Article.read(URL(fileURLWithPath: file), published: source.published)).filter(\.isMapped)
        }
        area = try AreaOfInterest.load(folder: gazetteer.folder)
        timeline = ControlTimeline(assertions: assertions, gazetteer: extractor.gazetteer, actors: extractor.actors)
        builder = try TerritoryBuilder(area: area, gazetteer: extractor.gazetteer, method: source.method())
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (AssertionTable.csv(timeline.assertions) + "\(builder.method.parameters)").utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        inputsHash = String(hash, radix: 16)
    }

    /// A snapshot for every day on which some place's state changes, in date order, with a
    /// progress count on standard error when it is a terminal.
    func distinctSnapshots() throws -> [Snapshot] {
        var result: [Snapshot] = []
        let days = timeline.changeDays
        let terminal = isatty(STDERR_FILENO) != 0
        func signature(_ snapshot: Snapshot) -> [String] {
            snapshot.places.map { "\($0.place.id)|\($0.condition.rawValue)|\($0.holder?.id ?? "")" }
        }
        for (index, day) in days.enumerated() {
            if terminal { FileHandle.standardError.write(Data(progressBar(index + 1, of: days.count, what: "snapshots").utf8)) }
            let snapshot = try builder.snapshot(timeline, on: day)
            let same = result.last.map { signature($0) == signature(snapshot) } ?? snapshot.places.isEmpty
            if !same { result.append(snapshot) }
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        return result
    }

    func write(_ snapshot: Snapshot, to url: URL) throws {
        try GeoJSONWriter.write(snapshot.featureCollection(inputsHash: inputsHash, attribution: area.manifest.attribution), to: url)
    }
}

/// A progress bar redrawn in place on a terminal: `\r[#######-------]  45% 12/27 snapshots`.
func progressBar(_ done: Int, of total: Int, what: String, width: Int = 30) -> String {
    let filled = total > 0 ? done * width / total : width
    let percent = total > 0 ? done * 100 / total : 100
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    return "\r[\(bar)] \(String(repeating: " ", count: 3 - String(percent).count))\(percent)% \(done)/\(total) \(what)"
}

/// "who held how much": one line per actor.
func areaTable(_ snapshot: Snapshot) -> String {
    var lines = ["\(snapshot.day.iso)  actor                                   km²   places"]
    for territory in snapshot.territories.sorted(by: { $0.areaKm2 > $1.areaKm2 }) {
        lines.append("            " + (territory.actor?.name ?? territory.label).padding(toLength: 32, withPad: " ", startingAt: 0)
                     + String(format: " %12.1f %8d", territory.areaKm2, territory.placeCount))
    }
    for other in [snapshot.contested, snapshot.changing].compactMap({ $0 }) {
        lines.append("            " + other.label.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: " %12.1f %8d", other.areaKm2, other.placeCount))
    }
    lines.append("            " + "(unattributed)".padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: " %12.1f", snapshot.unattributedKm2))
    return lines.joined(separator: "\n")
}

extension ControlMap {
    /// `controlmap snapshot --date D`: who held what on one day, as GeoJSON.
    struct SnapshotCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "snapshot",
            abstract: "Write the snapshot of one day: places with their holder, one territory per actor, as GeoJSON.")

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var source: ClaimsSourceOptions

        @Option(help: "The day (YYYY-MM-DD).")
        var date: Day

        @Option(name: [.short, .long], help: "Output file; standard output when omitted.")
        var output: String?

        func run() throws {
            try reportingFailures {
                let inputs = try BuildInputs(gazetteer, source)
                let snapshot = try inputs.builder.snapshot(inputs.timeline, on: date)
                if let output {
                    try inputs.write(snapshot, to: URL(fileURLWithPath: output))
                    print(areaTable(snapshot))
                } else {
                    FileHandle.standardOutput.write(GeoJSONWriter.data(snapshot.featureCollection(inputsHash: inputs.inputsHash,
                                                                                                   attribution: inputs.area.manifest.attribution)))
                }
            }
        }
    }

    /// `controlmap timeline -o DIR`: a snapshot for every day on which something changed.
    struct TimelineCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "timeline",
            abstract: "Write a snapshot for every day on which something changed, and index.json listing days, areas and files.")

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var source: ClaimsSourceOptions

        @Option(name: [.short, .long], help: "Output folder.")
        var output: String = "Output/libya/timeline"

        func run() throws {
            try reportingFailures {
                let inputs = try BuildInputs(gazetteer, source)
                let folder = URL(fileURLWithPath: output, isDirectory: true)
                var entries: [JSONValue] = []
                var written: Set<String> = []
                let snapshots = try inputs.distinctSnapshots()
                for snapshot in snapshots {
                    let name = "\(snapshot.day.iso).geojson"
                    try inputs.write(snapshot, to: folder.appendingPathComponent(name))
                    written.insert(name)
                    entries.append(.object([
                        "date": .string(snapshot.day.iso), "file": .string(name),
                        "areas_km2": .object(Dictionary(uniqueKeysWithValues: snapshot.territories.map { ($0.label, JSONValue.number(($0.areaKm2 * 10).rounded() / 10)) })),
                        "contested_km2": .number(((snapshot.contested?.areaKm2 ?? 0) * 10).rounded() / 10),
                        "places": .number(Double(snapshot.places.count)),
                    ]))
                }
                let previous = snapshots.last
                // Remove snapshots of an earlier run that this one no longer makes.
                for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                where name.hasSuffix(".geojson") && !written.contains(name) {
                    try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                }
                let index: JSONValue = .object(["inputs_sha": .string(inputs.inputsHash), "snapshots": .array(entries),
                                                "method": inputs.builder.method.parameters])
                try DataFile.writeAtomically(JSONText.serialize(index) + Data("\n".utf8), to: folder.appendingPathComponent("index.json"))
                if let last = previous { print(areaTable(last)) }
                print("wrote \(entries.count) snapshots and index.json to \(output)")
            }
        }

    }

    /// `controlmap diff FROM TO`: what changed between two days.
    struct DiffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "diff",
            abstract: "Show the places that changed hands, each actor's area on both days and the land gained and lost.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv, md, geojson }

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var source: ClaimsSourceOptions

        @Argument(help: "The first day (YYYY-MM-DD).") var from: Day
        @Argument(help: "The second day (YYYY-MM-DD).") var to: Day

        @Option(help: "table, json, csv, md or geojson.")
        var format: Format = .table

        func validate() throws {
            guard from < to else { throw ValidationError("FROM must be before TO") }
        }

        func run() throws {
            try reportingFailures {
                let inputs = try BuildInputs(gazetteer, source)
                let before = try inputs.builder.snapshot(inputs.timeline, on: from)
                let after = try inputs.builder.snapshot(inputs.timeline, on: to)
                let diff = try SnapshotDiff.between(before, after, timeline: inputs.timeline, builder: inputs.builder)
                switch format {
                case .table: print(diff.table())
                case .geojson: FileHandle.standardOutput.write(GeoJSONWriter.data(diff.featureCollection()))
                case .json:
                    let rows: [JSONValue] = diff.changes.map { change in
                        .object(["place": .string(change.place.id), "name": .string(change.place.name), "from": .string(change.fromLabel),
                                 "to": .string(change.toLabel), "quotes": .array(change.after.evidence.map { .string($0.quote) })])
                    }
                    let transfers: JSONValue = .object(diff.transfers.mapValues { .object($0.mapValues { .number(($0 * 10).rounded() / 10) }) })
                    FileHandle.standardOutput.write(JSONText.serialize(.object(["from": .string(from.iso), "to": .string(to.iso),
                                                                                "changes": .array(rows), "transfers_km2": transfers])) + Data("\n".utf8))
                case .csv, .md:
                    let header = ["place", "name", "from", "to", "quote"]
                    let rows = diff.changes.map { [$0.place.id, $0.place.name, $0.fromLabel, $0.toLabel, $0.after.evidence.last?.quote ?? ""] }
                    if format == .csv {
                        print(([header] + rows).map { $0.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") }.joined(separator: "\n"))
                    } else {
                        print("| " + header.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count))
                        for row in rows { print("| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |") }
                    }
                }
            }
        }
    }
}
