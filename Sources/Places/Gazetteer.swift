import DataFiles
import Foundation
import GeoJSON

/// Every place of an area of interest with every name it goes by, indexed for lookup
/// of single names and for finding places in running text.
public struct Gazetteer: Sendable {
    /// Everything the gazetteer holds, behind one reference: a copy of a gazetteer (each
    /// extractor and sentence analysis keeps one) costs one retain, not one per table.
    private final class Storage: Sendable {
        let table: PlaceTable
        let index: NameIndex
        let trie: SkeletonTrie
        let positionOfID: [String: Int]
        let looseMatches = LooseMatchCache()
        let facilities = FacilityCache()
        let facilityNames = FacilityNameCache()
        let resolutions = ResolutionCache()
        let facilityPositions: [Int]
        let townPositions: [Int]
        let capital: Place?
        let country: Place?

        init(places: [Place]) {
            let sorted = places.sorted { $0.id < $1.id }
            table = PlaceTable(sorted)
            positionOfID = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1.id, $0) })
            index = NameIndex(places: sorted)
            trie = SkeletonTrie(index: index)
            facilityPositions = sorted.indices.filter { sorted[$0].kind.isFacility && sorted[$0].scope == .map }
            townPositions = sorted.indices.filter { [.city, .town].contains(sorted[$0].kind) && sorted[$0].scope == .map }
            capital = sorted.filter { $0.kind == .city && $0.scope == .map }.max { ($0.population ?? 0, $1.id) < ($1.population ?? 0, $0.id) }
            country = sorted.first { $0.kind == .country && $0.scope == .map }
        }
    }

    private let storage: Storage

    /// Sorted by id.
    public var places: [Place] { storage.table.places }
    var table: PlaceTable { storage.table }
    /// Read in place (the tables are not copied, nor retained one by one, on each use in the hot loops).
    var index: NameIndex { _read { yield storage.index } }
    var trie: SkeletonTrie { _read { yield storage.trie } }
    private var positionOfID: [String: Int] { storage.positionOfID }
    /// The looser-level lookups of running text already made, shared by every copy.
    var looseMatches: LooseMatchCache { storage.looseMatches }
    /// Facilities already found for a kind and a town, shared by every copy.
    var facilities: FacilityCache { storage.facilities }
    /// Positions of the facilities on the map, for ``facility(of:serving:)``.
    private var facilityPositions: [Int] { storage.facilityPositions }
    /// The capital of the area, taken to be its most populous city on the map (Tripoli
    /// for Libya); what "the capital" means in a text.
    public var capital: Place? { storage.capital }

    /// The country the area lies in: what "the country" means in a text.
    public var country: Place? { storage.country }

    /// Loads `places.tsv` and `curated.tsv` from a gazetteer folder.
    /// - Throws: ``DataFileError`` with the file, the line and the reason for a malformed
    ///   record, a duplicate id, coordinates out of range or an unknown kind.
    public static func load(folder: URL) throws -> Gazetteer {
        Gazetteer(places: try GazetteerFile.load(folder: folder))
    }

    /// A gazetteer over records already checked (ids must be unique).
    public init(places: [Place]) {
        storage = Storage(places: places)
    }

    /// The facility of one of `kinds` that serves a town: within 40 km of it, one whose
    /// name carries the town's name first, then the nearest; nil when none.
    public func facility(of kinds: Set<PlaceKind>, serving town: Place) -> Place? {
        let key = FacilityCache.Key(kinds: kinds, town: town.id)
        if let known = facilities.value(for: key) { return known.map { table.places[$0] } }
        let found = nearestFacility(of: kinds, serving: town)
        facilities.store(found, for: key)
        return found.map { table.places[$0] }
    }

    /// The city or town a quarter lies in, for a quarter named with its town ("Al-Jizah
    /// al-Bahriyah (Sirte)", "Arada (Tripoli)"): the nearest within 12 km; nil for
    /// anything else.
    public func town(around place: Place) -> Place? {
        guard place.kind == .area, place.scope == .map, place.name.hasSuffix(")") else { return nil }
        let key = FacilityCache.Key(kinds: [.city, .town], town: place.id)
        if let known = facilities.value(for: key) { return known.map { table.places[$0] } }
        var best: (km: Double, id: String, position: Int)?
        for position in storage.townPositions where table.places[position].id != place.id {
            let town = table.places[position]
            let km = Disambiguation.distanceKm(town.position, place.position)
            guard km <= 12 else { continue }
            if best.map({ (km, town.id) < ($0.km, $0.id) }) ?? true { best = (km, town.id, position) }
        }
        facilities.store(best?.position, for: key)
        return best.map { table.places[$0.position] }
    }

    private func nearestFacility(of kinds: Set<PlaceKind>, serving town: Place) -> Int? {
        let townKey = Substring(NameFolding.key(town.name))
        var best: (named: Int, scheduled: Int, km: Double, id: String, position: Int)?
        for position in facilityPositions where kinds.contains(table.places[position].kind) {
            let place = table.places[position]
            let km = Disambiguation.distanceKm(place.position, town.position)
            guard km <= 40 else { continue }
            let named = storage.facilityNames.words(at: position, of: place).contains { $0.contains(townKey) } ? 0 : 1
            // "Benghazi's airport" is Benina (IATA BEN), not the aviation club's strip nearer town: an airport with
            // an IATA code (scheduled flights) is the town's airport before any other of the same name.
            let scheduled = place.hasScheduledFlights ? 0 : 1
            if best.map({ (named, scheduled, km, place.id) < ($0.named, $0.scheduled, $0.km, $0.id) }) ?? true {
                best = (named, scheduled, km, place.id, position)
            }
        }
        return best?.position
    }

    /// The record with this id, or with this id folded into it.
    public func place(id: String) -> Place? {
        if let position = positionOfID[id] { return places[position] }
        return places.first { $0.mergedIDs.contains(id) }
    }

    /// Every place a name may denote, best first: by match level, then by how likely a
    /// bare mention means that kind of place, then by population. No context is used.
    public func lookup(_ name: String) -> [Candidate] {
        Disambiguation.rank(index.matches(name, places: table), context: ResolutionContext())
    }

    /// The place a name denotes in a context, or the candidates it leaves open.
    ///
    /// A name resolved without context is remembered (``ResolutionCache``): sentences ask
    /// for the same few region names ("eastern libya") again and again.
    public func resolve(_ name: String, context: ResolutionContext = ResolutionContext()) -> Resolution {
        let contextFree = context.cueKinds.isEmpty && context.cue == nil && context.nearby.isEmpty
        if contextFree, let known = storage.resolutions.value(for: name) { return known }
        let resolution = Disambiguation.decide(Disambiguation.rank(index.matches(name, places: table), context: context))
        if contextFree { storage.resolutions.store(resolution, for: name) }
        return resolution
    }
}

/// What the text around a name says about the place it means.
public struct ResolutionContext: Sendable, Hashable {
    /// Kinds a cue word calls for ("airbase" → airbase, airport), empty when none.
    public var cueKinds: Set<PlaceKind>
    /// The cue word as written, for the reason.
    public var cue: String?
    /// Places resolved without doubt elsewhere in the same text.
    public var nearby: [Position]

    public init(cueKinds: Set<PlaceKind> = [], cue: String? = nil, nearby: [Position] = []) {
        self.cueKinds = cueKinds
        self.cue = cue
        self.nearby = nearby
    }
}

/// One place a name may denote, with the weight that ranks it and why.
public struct Candidate: Sendable, Hashable {
    public var match: NameMatch
    public var place: Place { match.place }
    /// Higher is likelier; comparable only among the candidates of one name.
    public var weight: Double
    /// The cue word that called for this place's kind, if one did.
    var cueMatched: String?
    /// A facility that no cue called for.
    var facilityWithoutCue: Bool
    /// Within reach of places named without doubt elsewhere in the text.
    var nearOthers: Bool

    /// What raised or lowered the weight: "the text says 'airbase'", "a facility: needs a
    /// word such as 'airbase' to be meant", "near other places in the text".
    public var notes: [String] {
        var notes = [place.kind.displayName]
        if let cueMatched { notes.append("the text says '\(cueMatched)'") }
        if facilityWithoutCue { notes.append("a facility: needs a word such as '\(Disambiguation.cueWord(for: place.kind))' to be meant") }
        if nearOthers { notes.append("near other places in the text") }
        return notes
    }

    /// The score and why, for a line of output: "0.90 spelling variant (dzh/dj/zh→j); district".
    public var explanation: String {
        let extra = notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")
        return String(format: "%.2f ", match.level.score) + match.reason + extra
    }
}

/// The outcome of resolving a name.
public enum Resolution: Sendable, Hashable {
    /// One place, and the others the name could have meant.
    case resolved(Candidate, alternatives: [Candidate])
    /// Several places fit equally well; the context does not decide.
    case ambiguous([Candidate])
    /// No place has this name.
    case unknown

    public var place: Place? {
        if case .resolved(let candidate, _) = self { return candidate.place }
        return nil
    }
}

extension Gazetteer {
    /// The level-1 keys of every name that running text is matched against, sorted and
    /// unique: what a peer matcher needs to find the same names.
    public var textNameKeys: [String] {
        Array(Set(index.entries.filter(\.inText).map(\.key))).sorted()
    }
}

/// The resolution of each name looked up without context, behind a lock; emptied when it
/// reaches ``capacity`` entries so that memory stays bounded. Resolving is pure, so the
/// cache never changes a result.
final class ResolutionCache: @unchecked Sendable {
    static let capacity = 10_000
    private let lock = NSLock()
    private var entries: [String: Resolution] = [:]

    func value(for name: String) -> Resolution? {
        lock.lock()
        defer { lock.unlock() }
        return entries[name]
    }

    func store(_ resolution: Resolution, for name: String) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[name] = resolution
    }
}

/// The folded words of each facility's name and of each of its aliases (``NameFolding/key(_:)``
/// split at spaces), by the facility's position, behind a lock: folded when a facility is
/// first weighed for a town rather than again for each town (folding the Arabic aliases costs
/// thousands of instructions a name). Folding is pure, so the cache never changes a result;
/// facilities are finite, so it stays bounded.
final class FacilityNameCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int: [[Substring]]] = [:]

    func words(at position: Int, of place: Place) -> [[Substring]] {
        lock.lock()
        defer { lock.unlock() }
        if let known = entries[position] { return known }
        let folded = ([place.name] + place.aliases).map { NameFolding.key($0).split(separator: " ") }
        entries[position] = folded
        return folded
    }
}

/// The facility found for each kind set and town (its position, or none), behind a lock;
/// towns are few, so it stays small. Lookups are pure: the cache never changes a result.
final class FacilityCache: @unchecked Sendable {
    struct Key: Hashable {
        var kinds: Set<PlaceKind>
        var town: String
    }

    private let lock = NSLock()
    private var entries: [Key: Int?] = [:]

    func value(for key: Key) -> Int?? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ position: Int?, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = position
    }
}
