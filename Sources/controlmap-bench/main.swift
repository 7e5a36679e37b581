// `make bench`: ControlMap's benchmarks against peers measured in the same run, as one table.
//
//   controlmap-bench [--megabytes N]     run every benchmark and print the table
//   controlmap-bench measure-places NAMES CORPUS   (internal) measure ControlMap alone, print JSON
//   controlmap-bench dump-extraction N   the assertions of the N generated articles of the extraction benchmark, as JSON lines
//
// Each measurement runs in a process of its own so that its peak memory is its own.
import Atlas
import Claims
import DataFiles
import Foundation
import GeoJSON
import GeometryCore
import Places
import SeededRandom
import Territory
import Timeline

let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let work = repository.appendingPathComponent("bench-work")

func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

struct Measurement: Codable {
    var tool: String
    var seconds: Double
    var megabytes: Double
    var matches: Int
    var peak_mb: Double
    var build_seconds: Double
    /// Territories: seconds for the first date alone (a snapshot is the build plus this).
    var first_seconds: Double? = nil
}

/// News-like text: sentences of ordinary words with place names in the spellings the
/// gazetteer knows, one name in about twelve words, paragraphs of about 4 KB.
func writeCorpus(_ url: URL, megabytes: Int, gazetteer: Gazetteer) throws {
    var random = SplitMix64(state: 42)
    let names = gazetteer.places.filter { $0.scope == .map }.flatMap { place in
        place.allNames.filter { name in name.unicodeScalars.allSatisfy { $0.value < 0x250 || (0x0600...0x06FF).contains($0.value) } }
    }
    let verbs = ["captured", "entered", "shelled", "held", "lost", "retook", "advanced towards", "withdrew from", "besieged", "reached"]
    let actors = ["The Libyan National Army", "Forces loyal to the government", "Local militias", "The brigade", "Armed groups", "Tribal fighters"]
    let filler = ["after heavy fighting", "on Monday", "according to local sources", "late on Thursday", "earlier this month",
                  "despite air strikes", "with little resistance", "as talks stalled", "the ministry said", "witnesses reported"]
    var text = ""
    text.reserveCapacity(megabytes * 1_000_000 + 10_000)
    var paragraph = 0
    while text.utf8.count < megabytes * 1_000_000 {
        text += "\(random.pick(actors)) \(random.pick(verbs)) \(random.pick(names)) \(random.pick(filler)), "
        text += "while units near \(random.pick(names)) and \(random.pick(names)) \(random.pick(filler)). "
        paragraph += 1
        if paragraph % 20 == 0 { text += "\n\n" }
    }
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

func measurePlaces(corpus: URL) throws -> Measurement {
    let started = now()
    let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let built = now() - started
    let text = try String(contentsOf: corpus, encoding: .utf8)
    let documents = text.components(separatedBy: "\n\n")
    let t0 = now()
    var matches = 0
    for document in documents { matches += gazetteer.mentions(in: document).count }
    let seconds = now() - t0
    return Measurement(tool: "controlmap (Swift)", seconds: seconds, megabytes: Double(text.utf8.count) / 1e6,
                       matches: matches, peak_mb: peakMegabytes(), build_seconds: built)
}

/// Sentences of the repository's articles (and the seed article beside the repository,
/// when present), recombined into `count` articles of 12–30 sentences with publication
/// days spread over 2014–2020.
func recombinedArticles(count: Int) throws -> [Article] {
    var texts: [String] = []
    let articles = repository.appendingPathComponent("Articles")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: articles.path))?.sorted() ?? [] where name.hasSuffix(".txt") {
        texts.append(try Article.read(articles.appendingPathComponent(name), published: Day(year: 2017, month: 6, day: 25)).body)
    }
    let seed = SharedData.seedArticle(besides: repository)
    if let text = try? String(contentsOf: seed, encoding: .utf8) { texts.append(text) }
    let sentences = texts.flatMap { text in
        text.split(whereSeparator: \.isNewline).flatMap { $0.components(separatedBy: ". ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 30 }
    }
    guard !sentences.isEmpty else { throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "no article sentences to recombine"]) }
    var random = SplitMix64(state: 7)
    let start = Day(year: 2014, month: 6, day: 1)!.ordinal
    return (0..<count).map { index in
        let length = 12 + Int(random.next() % 19)
        let body = (0..<length).map { _ in random.pick(sentences) }.joined(separator: ". ") + "."
        return Article(id: "bench-\(index)", file: "bench", published: Day(ordinal: start + Int(random.next() % 2400)), body: body)
    }
}

func measureExtraction(count: Int) throws -> Measurement {
    let started = now()
    let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let actors = try ActorRegistry.load(repository.appendingPathComponent("Gazetteer/libya/actors.tsv"))
    let extractor = Extractor(gazetteer: gazetteer, actors: actors, periods: try NamedPeriods.load(repository.appendingPathComponent("Gazetteer/libya/periods.tsv")))
    let built = now() - started
    let articles = try recombinedArticles(count: count)
    let bytes = articles.reduce(0) { $0 + $1.body.utf8.count }
    let t0 = now()
    var assertions = 0
    for article in articles { assertions += extractor.extract(article).count }
    let seconds = now() - t0
    return Measurement(tool: "controlmap (Swift)", seconds: seconds, megabytes: Double(bytes) / 1e6, matches: assertions,
                       peak_mb: peakMegabytes(), build_seconds: built)
}

/// The places, holders and changes of one territory benchmark: the Libya gazetteer's
/// places with a cell ("libya") or `count` synthetic places inside the real boundary
/// (2% cities, 10% towns, the rest villages); 5 actors, a holder for each place on the
/// first day, then on each of `dates` days 0.5% of the places pass to another actor.
/// Deterministic, so that ControlMap and the peers work on the same data.
struct TerritoryCase {
    var places: [Place]
    var initial: [Int]
    var changes: [[(place: Int, holder: Int)]]
    static let actorIDs = ["lna", "gna", "isil", "bdb", "tebu"]
    static let firstDay = Day(year: 2016, month: 1, day: 1)!

    init(scale: String, dates: Int, area: AreaOfInterest, method: TerritoryMethod) throws {
        if scale == "libya" {
            let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
            places = gazetteer.places.filter { $0.scope == .map && method.radius(for: $0.kind) != nil }
        } else {
            guard let count = Int(scale), count > 1 else { throw NSError(domain: "bench", code: 3, userInfo: [NSLocalizedDescriptionKey: "scale must be libya or a number of places, not \(scale)"]) }
            let geos = try GEOSContext()
            let boundary = try geos.geometry(area.boundary.geometry)
            let envelope = try boundary.envelope()!
            let prepared = try PreparedGeometry(boundary)
            var random = SplitMix64(state: UInt64(count))
            var positions: [Position] = []
            while positions.count < count {
                let x = envelope.minX + Double(random.next() % 1_000_000) / 1_000_000 * envelope.width
                let y = envelope.minY + Double(random.next() % 1_000_000) / 1_000_000 * envelope.height
                if try prepared.contains(geos.point(XY(x, y))) { positions.append(Position(longitude: x, latitude: y)) }
            }
            places = positions.indices.map { index in
                let r = random.next() % 100
                return Place(id: "s\(index)", kind: r < 2 ? .city : r < 12 ? .town : .village, name: "site \(index)", position: positions[index])
            }
        }
        let count = places.count
        var random = SplitMix64(state: UInt64(count) &+ 1)
        var holders = (0..<count).map { _ in Int(random.next() % 5) }
        initial = holders
        changes = (0..<dates).map { _ in
            (0..<max(1, count / 200)).map { _ in
                let index = random.below(count)
                holders[index] = (holders[index] + 1 + Int(random.next() % 4)) % 5
                return (index, holders[index])
            }
        }
    }

    /// The claims that say the same: every place controlled on the first day, then captures.
    func claims(_ registry: ActorRegistry) -> [Assertion] {
        let actors = Self.actorIDs.map { registry.actor(id: $0)! }
        var claims = places.indices.map { index in
            Assertion(article: "bench", actor: actors[initial[index]], place: places[index], status: .controls,
                      interval: .day(Self.firstDay), exceptions: [], quote: "", offset: 0, confidence: 1, rule: "bench")
        }
        for (date, today) in changes.enumerated() {
            for change in today {
                claims.append(Assertion(article: "bench", actor: actors[change.holder], place: places[change.place], status: .captured,
                                        interval: .day(Self.firstDay.adding(days: date + 1)), exceptions: [], quote: "", offset: 0, confidence: 1, rule: "bench"))
            }
        }
        return claims
    }

    /// The peers' data: the boundary, sites (equal-area metres), radii, holders, changes.
    func write(to file: URL, area: AreaOfInterest, method: TerritoryMethod) throws {
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundary = try geos.geometry(area.boundary.geometry)
        let projection = try Projection.equalArea(around: try boundary.envelope()!, context: proj)
        guard case .polygon(let rings) = try projection.forward(boundary.densified(maxSegmentLength: 0.01)).geoJSON() else {
            throw NSError(domain: "bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "the boundary is not one polygon"])
        }
        let sites = try projection.forward(places.map { XY($0.position) })
        let data: JSONValue = .object([
            "boundary": .array(rings[0].map { .array([.number($0.longitude), .number($0.latitude)]) }),
            "sites": .array(sites.map { .array([.number($0.x), .number($0.y)]) }),
            "radius_m": .array(places.map { .number(method.radius(for: $0.kind)! * 1000) }),
            "holders0": .array(initial.map { .number(Double($0)) }),
            "changes": .array(changes.map { .array($0.map { .array([.number(Double($0.place)), .number(Double($0.holder))]) }) }),
            "actors": .number(5),
        ])
        try JSONText.serialize(data).write(to: file)
    }
}

/// ControlMap on a territory case: the cells (build), then a snapshot for each date
/// (states, labels, land as longitude/latitude MultiPolygons, areas).
func measureTerritory(scale: String, dates: Int) throws -> Measurement {
    let area = try AreaOfInterest.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let registry = try ActorRegistry.load(repository.appendingPathComponent("Gazetteer/libya/actors.tsv"))
    let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let bench = try TerritoryCase(scale: scale, dates: dates, area: area, method: .standard)
    let timeline = ControlTimeline(assertions: bench.claims(registry), gazetteer: gazetteer, actors: registry)
    let started = now()
    let builder = try TerritoryBuilder(area: area, places: bench.places, method: .standard)
    let built = now() - started
    let t0 = now()
    var first = 0.0
    var total = 0.0
    for date in 1...dates {
        let snapshot = try builder.snapshot(timeline, on: TerritoryCase.firstDay.adding(days: date))
        total = snapshot.territories.reduce(0) { $0 + $1.areaKm2 }
        if date == 1 { first = now() - t0 }
    }
    let seconds = now() - t0
    return Measurement(tool: "controlmap (Swift)", seconds: seconds, megabytes: total, matches: dates, peak_mb: peakMegabytes(),
                       build_seconds: built, first_seconds: first)
}

/// The GEOS operations a snapshot needs, called one after another with nothing else:
/// the Voronoi cells and their faces as `TerritoryBuilder` makes them (``CellFaces``:
/// cells rounded to the 1 m grid and tested, the others cut and noded, polygonized,
/// matched), then for the date the coverage union of each actor's faces and its area
/// (where ControlMap traces its face mesh instead).
func measureBareGEOS(scale: String) throws -> Measurement {
    let area = try AreaOfInterest.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let method = TerritoryMethod.standard
    let bench = try TerritoryCase(scale: scale, dates: 1, area: area, method: method)
    let geos = try GEOSContext()
    let proj = try PROJContext()
    let lonLat = try geos.geometry(area.boundary.geometry)
    let projection = try Projection.equalArea(around: try lonLat.envelope()!, context: proj)
    let boundary = try projection.forward(lonLat.densified(maxSegmentLength: 0.01))
    let sites = try projection.forward(bench.places.map { XY($0.position) })
    let started = now()
    let diagram = try geos.voronoiDiagram(sites: sites, extent: try boundary.envelope()!.expanded(by: 200_000))
    var siteOfCell = [Int](repeating: -1, count: diagram.cells.count)
    for (site, cell) in diagram.cellOfSite.enumerated() where siteOfCell[cell] < 0 { siteOfCell[cell] = site }
    let faces = try CellFaces.build(cells: diagram.cells, sites: siteOfCell.map { sites[$0] },
                                    radii: siteOfCell.map { method.radius(for: bench.places[$0].kind)! * 1000 }, boundary: boundary, in: geos)
    var facesOfActor = [[Geometry]](repeating: [], count: 5)
    for (cell, own) in faces.facesOfCell.enumerated() {
        facesOfActor[bench.initial[siteOfCell[cell]]].append(contentsOf: own.map { faces.faces[$0] })
    }
    var total = 0.0
    for group in facesOfActor { total += try geos.collection(.multiPolygon, of: group).coverageUnion(tolerance: 1e-6).area() / 1e6 }
    let seconds = now() - started
    return Measurement(tool: "bare GEOS (same calls)", seconds: seconds, megabytes: total, matches: 1, peak_mb: peakMegabytes(),
                       build_seconds: seconds, first_seconds: 0)
}

@discardableResult
func run(_ arguments: [String], decode: Bool = true) throws -> Measurement {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "bench", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: "\(arguments.joined(separator: " ")) failed"])
    }
    if !decode { return Measurement(tool: "", seconds: 0, megabytes: 0, matches: 0, peak_mb: 0, build_seconds: 0) }
    return try JSONDecoder().decode(Measurement.self, from: data)
}

func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
func lpad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "measure-territory", arguments.count == 3, let dates = Int(arguments[2]) {
        print(String(decoding: try JSONEncoder().encode(try measureTerritory(scale: arguments[1], dates: dates)), as: UTF8.self))
        exit(0)
    }
    if arguments.first == "measure-geos", arguments.count == 2 {
        print(String(decoding: try JSONEncoder().encode(try measureBareGEOS(scale: arguments[1])), as: UTF8.self))
        exit(0)
    }
    if arguments.first == "write-territory-data", arguments.count == 4, let dates = Int(arguments[2]) {
        let area = try AreaOfInterest.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
        try TerritoryCase(scale: arguments[1], dates: dates, area: area, method: .standard).write(to: URL(fileURLWithPath: arguments[3]), area: area, method: .standard)
        exit(0)
    }
    if arguments.first == "measure-extraction", arguments.count == 2, let count = Int(arguments[1]) {
        print(String(decoding: try JSONEncoder().encode(try measureExtraction(count: count)), as: UTF8.self))
        exit(0)
    }
    if arguments.first == "dump-extraction", arguments.count == 2, let count = Int(arguments[1]) {
        // The assertions of the generated articles as JSON lines, to check that a faster extractor says the same.
        let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
        let actors = try ActorRegistry.load(repository.appendingPathComponent("Gazetteer/libya/actors.tsv"))
        let extractor = Extractor(gazetteer: gazetteer, actors: actors, periods: try NamedPeriods.load(repository.appendingPathComponent("Gazetteer/libya/periods.tsv")))
        for article in try recombinedArticles(count: count) {
            FileHandle.standardOutput.write(Data(AssertionTable.jsonLines(extractor.extract(article)).utf8))
        }
        exit(0)
    }
    if arguments.first == "measure-places", arguments.count == 3 {
        let measurement = try measurePlaces(corpus: URL(fileURLWithPath: arguments[2]))
        print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
        exit(0)
    }
    var megabytes = 50
    if let index = arguments.firstIndex(of: "--megabytes"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
        megabytes = value
    }
    let gazetteer = try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let corpus = work.appendingPathComponent("corpus-\(megabytes)MB.txt")
    let names = work.appendingPathComponent("names.txt")
    if !FileManager.default.fileExists(atPath: corpus.path) {
        FileHandle.standardError.write(Data("writing a \(megabytes) MB corpus to \(corpus.path)…\n".utf8))
        try writeCorpus(corpus, megabytes: megabytes, gazetteer: gazetteer)
    }
    try (gazetteer.textNameKeys.joined(separator: "\n") + "\n").write(to: names, atomically: true, encoding: .utf8)

    let ours = try run([CommandLine.arguments[0], "measure-places", names.path, corpus.path])
    let peer = try run(["python3", repository.appendingPathComponent("bench/places_peer.py").path, names.path, corpus.path])

    let header = [pad("benchmark", 34), pad("tool", 24), lpad("MB/s", 8), lpad("seconds", 9), lpad("index s", 8),
                  lpad("peak MB", 8), lpad("matches", 10), lpad("vs peer", 9)]
    print(header.joined(separator: " "))
    for measurement in [ours, peer] {
        let rate = measurement.megabytes / measurement.seconds
        let ratio = (measurement.megabytes / measurement.seconds) / (peer.megabytes / peer.seconds)
        print([pad("find places in \(Int(measurement.megabytes.rounded())) MB of text", 34), pad(measurement.tool, 24),
               lpad(String(format: "%.1f", rate), 8), lpad(String(format: "%.2f", measurement.seconds), 9),
               lpad(String(format: "%.2f", measurement.build_seconds), 8), lpad(String(format: "%.0f", measurement.peak_mb), 8),
               lpad("\(measurement.matches)", 10), lpad(String(format: "%.2f×", ratio), 9)].joined(separator: " "))
    }
    let articlesCount = 10_000
    let extraction = try run([CommandLine.arguments[0], "measure-extraction", String(articlesCount)])
    let perSecond = Double(articlesCount) / extraction.seconds
    print([pad("extract claims from \(articlesCount) articles", 34), pad(extraction.tool, 24),
           lpad(String(format: "%.1f", extraction.megabytes / extraction.seconds), 8), lpad(String(format: "%.2f", extraction.seconds), 9),
           lpad(String(format: "%.2f", extraction.build_seconds), 8), lpad(String(format: "%.0f", extraction.peak_mb), 8),
           lpad("\(extraction.matches)", 10), lpad(String(format: "%.2f×", perSecond / 2000), 9)].joined(separator: " "))
    print(String(format: "extraction: %.0f articles/s on one core; its ratio is against the goal of 2,000 articles/s (no peer extractor runs here).", perSecond))
    // Territories at three scales; each tool runs in its own process on the same data.
    // A snapshot is the build plus the first date; the timeline the build plus every date.
    // Peers too slow for every date measure the first `n` and are scaled to all of them (marked ~).
    var territoryScales: [(scale: String, dates: Int)] = [("libya", 100), ("30000", 100), ("200000", 100)]
    if let index = arguments.firstIndex(of: "--territory"), index + 1 < arguments.count {
        territoryScales = arguments[index + 1].split(separator: ",").compactMap { item in
            let parts = item.split(separator: "x")
            return parts.count == 2 ? (String(parts[0]), Int(parts[1]) ?? 100) : nil
        }
    }
    for (scale, dates) in territoryScales {
        let dataFile = work.appendingPathComponent("territory-\(scale)-\(dates).json")
        try run([CommandLine.arguments[0], "write-territory-data", scale, String(dates), dataFile.path], decode: false)
        let ours = try run([CommandLine.arguments[0], "measure-territory", scale, String(dates)])
        let bare = try run([CommandLine.arguments[0], "measure-geos", scale])
        let count = scale == "libya" ? "the Libya gazetteer's" : scale
        // Peers: shapely 2 and geopandas; the dates of the slower ones measured within a few minutes.
        var peers: [(Measurement, Int)] = []
        for mode in ["shapely", "geopandas"] {
            let size = Int(scale) ?? 1_000
            let measured = mode == "geopandas" ? (size > 30_000 ? 2 : size > 5_000 ? 10 : dates) : (size > 30_000 ? 10 : dates)
            peers.append((try run(["python3", repository.appendingPathComponent("bench/territory_peer.py").path, dataFile.path, mode, String(measured)]), measured))
        }
        let ourSnapshot = ours.build_seconds + (ours.first_seconds ?? 0)
        let ourTimeline = ours.build_seconds + ours.seconds
        func row(_ job: String, _ tool: String, _ seconds: Double, _ prefix: String, _ peak: Double, _ ratio: String) {
            print([pad(job, 34), pad(tool, 24), lpad("", 8), lpad(prefix + String(format: "%.2f", seconds), 9), lpad("", 8),
                   lpad(String(format: "%.0f", peak), 8), lpad("", 10), lpad(ratio, 9)].joined(separator: " "))
        }
        let snapshotJob = "snapshot, \(count) places"
        row(snapshotJob, ours.tool, ourSnapshot, "", ours.peak_mb, "1.00×")
        row(snapshotJob, bare.tool, bare.seconds, "", bare.peak_mb, String(format: "%.2f×", bare.seconds / ourSnapshot))
        for (peer, _) in peers {
            let snapshot = peer.build_seconds + (peer.first_seconds ?? 0)
            row(snapshotJob, peer.tool, snapshot, "", peer.peak_mb, String(format: "%.2f×", snapshot / ourSnapshot))
        }
        let timelineJob = "\(dates)-date timeline, \(count) places"
        row(timelineJob, ours.tool, ourTimeline, "", ours.peak_mb, "1.00×")
        for (peer, measured) in peers {
            let timeline = peer.build_seconds + peer.seconds * Double(dates) / Double(measured)
            row(timelineJob, peer.tool, timeline, measured < dates ? "~" : "", peer.peak_mb, String(format: "%.2f×", timeline / ourTimeline))
        }
    }
    print("territories: a snapshot is the cells plus one date, a timeline the cells plus every date; vs peer is the peer's time over ControlMap's (above 1: ControlMap is faster);")
    print("  bare GEOS runs the GEOS calls a snapshot needs and nothing else (below 1: ControlMap's time beyond them); ~ scales a peer's per-date time measured on its first dates (10, or 2 for geopandas at 200,000 places).")
    print("matches: ControlMap counts resolved mentions (longest name, disambiguated); the peer counts every name occurrence on word boundaries, overlapping ones included.")
} catch {
    FileHandle.standardError.write(Data("controlmap-bench: \(error)\n".utf8))
    exit(1)
}
