// `make bench`: ControlMap's benchmarks against peers measured in the same run, as one table.
//
//   controlmap-bench [--megabytes N]     run every benchmark and print the table
//   controlmap-bench measure-places NAMES CORPUS   (internal) measure ControlMap alone, print JSON
//
// Each measurement runs in a process of its own so that its peak memory is its own.
import Atlas
import Claims
import Foundation
import GeoJSON
import GeometryCore
import Places
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
}

/// A deterministic pseudo-random sequence (SplitMix64), so every run reads the same corpus.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
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
    let seed = repository.deletingLastPathComponent().appendingPathComponent("shared/articles/jihadists-in-libya-retreat-2017-06.txt")
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
    let extractor = Extractor(gazetteer: gazetteer, actors: actors)
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

/// Synthetic places inside the real boundary: 5 actors, a holder for each place on the
/// first day, then on each of `dates` days 0.5% of the places pass to another actor.
/// Writes the same data in projected metres for the peers, and measures ControlMap:
/// the cells (build) and a snapshot per date (labels, unions, areas, GeoJSON geometry).
func measureTerritory(places count: Int, dates: Int, dataFile: URL) throws -> Measurement {
    let area = try AreaOfInterest.load(folder: repository.appendingPathComponent("Gazetteer/libya"))
    let geos = try GEOSContext()
    let proj = try PROJContext()
    let boundary = try geos.geometry(area.boundary.geometry)
    let envelope = try boundary.envelope()!
    let projection = try Projection.equalArea(around: envelope, context: proj)
    let prepared = try PreparedGeometry(boundary)
    var random = SplitMix64(state: UInt64(count))
    var positions: [Position] = []
    while positions.count < count {
        let x = envelope.minX + Double(random.next() % 1_000_000) / 1_000_000 * envelope.width
        let y = envelope.minY + Double(random.next() % 1_000_000) / 1_000_000 * envelope.height
        if try prepared.contains(geos.point(XY(x, y))) { positions.append(Position(longitude: x, latitude: y)) }
    }
    let kinds: [PlaceKind] = (0..<count).map { _ in let r = random.next() % 100; return r < 2 ? .city : r < 12 ? .town : .village }
    let method = TerritoryMethod.standard
    let actorIDs = ["lna", "gna", "isil", "bdb", "tebu"]
    let registry = try ActorRegistry.load(repository.appendingPathComponent("Gazetteer/libya/actors.tsv"))
    let places = (0..<count).map { Place(id: "s\($0)", kind: kinds[$0], name: "site \($0)", position: positions[$0]) }
    var holders = (0..<count).map { _ in Int(random.next() % 5) }
    let day0 = Day(year: 2016, month: 1, day: 1)!
    var claims = places.indices.map { index in
        Assertion(article: "bench", actor: registry.actor(id: actorIDs[holders[index]])!, place: places[index], status: .controls,
                  interval: .day(day0), exceptions: [], quote: "", offset: 0, confidence: 1, rule: "bench")
    }
    var changes: [[[Int]]] = []
    for date in 1...dates {
        var today: [[Int]] = []
        for _ in 0..<max(1, count / 200) {
            let index = Int(random.next() % UInt64(count))
            let holder = (holders[index] + 1 + Int(random.next() % 4)) % 5
            holders[index] = holder
            today.append([index, holder])
            claims.append(Assertion(article: "bench", actor: registry.actor(id: actorIDs[holder])!, place: places[index], status: .captured,
                                    interval: .day(day0.adding(days: date)), exceptions: [], quote: "", offset: 0, confidence: 1, rule: "bench"))
        }
        changes.append(today)
    }
    // The peers' data: projected boundary, sites, radii, holders, changes.
    let ring = try projection.forward(boundary.densified(maxSegmentLength: 0.01)).geoJSON()
    guard case .polygon(let rings) = ring else { throw NSError(domain: "bench", code: 2) }
    let sites = try projection.forward(positions.map(XY.init))
    var initial = claims.prefix(count).map { claim in actorIDs.firstIndex(of: claim.actor.id)! }
    initial = Array(initial)
    let data: JSONValue = .object([
        "boundary": .array(rings[0].map { .array([.number($0.longitude), .number($0.latitude)]) }),
        "sites": .array(sites.map { .array([.number($0.x), .number($0.y)]) }),
        "radius_m": .array(kinds.map { .number(method.radius(for: $0)! * 1000) }),
        "holders0": .array(initial.map { .number(Double($0)) }),
        "changes": .array(changes.map { .array($0.map { .array($0.map { .number(Double($0)) }) }) }),
        "actors": .number(5),
    ])
    try JSONText.serialize(data).write(to: dataFile)

    let started = now()
    let builder = try TerritoryBuilder(area: area, places: places, method: method)
    let built = now() - started
    let timeline = ControlTimeline(assertions: claims, gazetteer: try Gazetteer.load(folder: repository.appendingPathComponent("Gazetteer/libya")),
                                   actors: registry)
    let t0 = now()
    var total = 0.0
    for date in 1...dates {
        let snapshot = try builder.snapshot(timeline, on: day0.adding(days: date))
        total = snapshot.territories.reduce(0) { $0 + $1.areaKm2 }
    }
    let seconds = now() - t0
    return Measurement(tool: "controlmap (Swift)", seconds: seconds, megabytes: total, matches: dates, peak_mb: peakMegabytes(), build_seconds: built)
}

func run(_ arguments: [String]) throws -> Measurement {
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
    return try JSONDecoder().decode(Measurement.self, from: data)
}

func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
func lpad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "measure-territory", arguments.count == 4, let count = Int(arguments[1]), let dates = Int(arguments[2]) {
        let measurement = try measureTerritory(places: count, dates: dates, dataFile: URL(fileURLWithPath: arguments[3]))
        print(String(decoding: try JSONEncoder().encode(measurement), as: UTF8.self))
        exit(0)
    }
    if arguments.first == "measure-extraction", arguments.count == 2, let count = Int(arguments[1]) {
        print(String(decoding: try JSONEncoder().encode(try measureExtraction(count: count)), as: UTF8.self))
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
    // Territories at three scales; the peers run on the same data, each in its own process.
    var territoryScales: [(Int, Int)] = [(1_000, 20), (30_000, 2)]
    if let index = arguments.firstIndex(of: "--territory"), index + 1 < arguments.count {
        territoryScales = arguments[index + 1].split(separator: ",").compactMap { item in
            let parts = item.split(separator: "x").compactMap { Int($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
    for (count, dates) in territoryScales {
        let dataFile = work.appendingPathComponent("territory-\(count).json")
        let ours = try run([CommandLine.arguments[0], "measure-territory", String(count), String(dates), dataFile.path])
        let peers = try ["shapely", "geopandas"].filter { $0 == "shapely" || count <= 30_000 }.map {
            try run(["python3", repository.appendingPathComponent("bench/territory_peer.py").path, dataFile.path, $0])
        }
        let job = dates == 1 ? "snapshot, \(count) places" : "\(dates)-date timeline, \(count) places"
        for measurement in [ours] + peers {
            let ratio = measurement.seconds > 0 ? measurement.seconds / ours.seconds : 0
            print([pad(job, 34), pad(measurement.tool, 24), lpad("", 8), lpad(String(format: "%.2f", measurement.seconds), 9),
                   lpad(String(format: "%.2f", measurement.build_seconds), 8), lpad(String(format: "%.0f", measurement.peak_mb), 8),
                   lpad("", 10), lpad(measurement.tool.hasPrefix("controlmap") ? "1.00×" : String(format: "%.2f×", ratio), 9)].joined(separator: " "))
        }
    }
    print("territories: seconds for the dates after the cells are built (\"index s\" is the build); the ratio is the peer's time over ControlMap's (above 1: ControlMap is faster).")
    print("matches: ControlMap counts resolved mentions (longest name, disambiguated); the peer counts every name occurrence on word boundaries, overlapping ones included.")
} catch {
    FileHandle.standardError.write(Data("controlmap-bench: \(error)\n".utf8))
    exit(1)
}
