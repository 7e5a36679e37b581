/// How closely a name matched, from the strictest level down.
public enum MatchLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// Consonants the same but in another order ("Tinkhamenta" for "Tamanhint").
    case reordered = 1
    /// One letter added, dropped or changed in the skeleton ("Ajabiya" for "Ajdabiya").
    case oneLetter
    /// Same consonants, other vowels ("Misurati" for "Misrata").
    case vowels
    /// Same skeleton: transliteration variants ("Dzhufra" for "Jufra").
    case spelling
    /// Same key: case, diacritics, punctuation and the article aside.
    case exact

    /// The score reported for a match at this level.
    public var score: Double {
        switch self {
        case .exact: return 1.0
        case .spelling: return 0.9
        case .vowels: return 0.8
        case .oneLetter: return 0.7
        case .reordered: return 0.6
        }
    }

    public static func < (lhs: MatchLevel, rhs: MatchLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One name of one place, folded at every level.
struct AliasEntry: Sendable {
    var place: Int32
    var name: String
    var key: String
    /// The key's UTF-8 bytes, with and without its spaces, and its number of words.
    var keyBytes: [UInt8]
    var joinedKeyBytes: [UInt8]
    var wordCount: Int
    var skeleton: [UInt8]
    var rules: SpellingRules
    var consonants: [UInt8]
    /// Latin or Arabic script, not weak, not a short alias: usable in running text.
    var inText: Bool
    /// A machine romanization: ranks below other names of its level.
    var weak: Bool
}

/// The records of a gazetteer, shared by reference by every match made against them.
final class PlaceTable: Sendable {
    let places: [Place]
    init(_ places: [Place]) { self.places = places }
}

/// A place that a name matched, at the best level any of its names reached.
public struct NameMatch: Sendable, Hashable {
    let table: PlaceTable
    /// The place's position in the gazetteer (sorted by id).
    let placeIndex: Int32
    public var place: Place { table.places[Int(placeIndex)] }
    var kind: PlaceKind { table.places[Int(placeIndex)].kind }
    /// The place's name that matched.
    public var matchedName: String
    public var level: MatchLevel
    /// How many spelling rules one name needed and the other did not: among matches of
    /// one level, fewer is closer ("Bregi" is closer to "Brega" than to "Brak").
    public var differences: Int
    /// The spelling rules the searched name and the matched name needed.
    var queryRules: SpellingRules
    var matchedRules: SpellingRules

    /// Why the names count as the same, e.g. "spelling variant (dzh/dj/zh→j, final vowel)".
    public var reason: String { NameIndex.reason(level, queryRules: queryRules, entryRules: matchedRules) }

    public static func == (lhs: NameMatch, rhs: NameMatch) -> Bool {
        lhs.place == rhs.place && lhs.matchedName == rhs.matchedName && lhs.level == rhs.level
            && lhs.differences == rhs.differences && lhs.queryRules == rhs.queryRules && lhs.matchedRules == rhs.matchedRules
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(place.id)
        hasher.combine(matchedName)
        hasher.combine(level)
    }
}

/// Indexes of every name of every place at every folding level.
struct NameIndex: Sendable {
    var entries: [AliasEntry] = []
    var byKey: [String: [Int32]] = [:]
    var bySkeleton: [[UInt8]: [Int32]] = [:]
    var byConsonants: [[UInt8]: [Int32]] = [:]
    /// Each skeleton of at least 5 letters, and every form of it with one letter deleted.
    var byDeletion: [[UInt8]: [Int32]] = [:]
    /// First and last consonant, then the others sorted.
    var byReordered: [[UInt8]: [Int32]] = [:]

    static let minimumConsonants = 3
    /// Shorter aliases ("Ben" among Benghazi's names) are matched in running text only
    /// when they are the place's preferred name ("Hun").
    static let minimumTextAliasLength = 4
    static let minimumFuzzyLength = 5

    /// A short alias a curator added by hand (`curated.tsv`, "Jizah", "Sabah") is meant for
    /// running text, as the generated short aliases ("Ben" for Benghazi) are not.
    init(places: [Place]) {
        for (placeIndex, place) in places.enumerated() {
            var seen: Set<String> = []
            for name in place.allNames {
                let key = NameFolding.key(name)
                guard !key.isEmpty, seen.insert(key).inserted else { continue }
                let (skeleton, rules) = NameFolding.skeleton(name)
                let skeletonBytes = Array(skeleton.utf8)
                let firstScalar = key.unicodeScalars.first!.value
                let latin = firstScalar < 0x80
                let arabic = (0x0600...0x06FF).contains(firstScalar)
                let preferred = name == place.name || name == place.arabicName
                // All-lowercase Latin aliases are machine romanizations ("brek", "su te", "fun").
                let weak = latin && !preferred && !name.unicodeScalars.contains { $0.properties.isUppercase }
                let keyBytes = Array(key.utf8)
                let entry = AliasEntry(place: Int32(placeIndex), name: name, key: key, keyBytes: keyBytes,
                                       joinedKeyBytes: keyBytes.filter { $0 != 0x20 },
                                       wordCount: keyBytes.filter { $0 == 0x20 }.count + 1,
                                       skeleton: skeletonBytes, rules: rules,
                                       consonants: latin ? NameFolding.consonants(of: skeletonBytes) : skeletonBytes,
                                       inText: (latin || arabic) && !weak
                                           && (skeletonBytes.count >= Self.minimumTextAliasLength || preferred || place.curatedAliases.contains(name)),
                                       weak: weak)
                let id = Int32(entries.count)
                entries.append(entry)
                byKey[key, default: []].append(id)
                bySkeleton[skeletonBytes, default: []].append(id)
                guard latin else { continue }
                if entry.consonants.count >= Self.minimumConsonants { byConsonants[entry.consonants, default: []].append(id) }
                if skeletonBytes.count >= Self.minimumFuzzyLength {
                    for variant in Set([skeletonBytes] + Self.deletions(of: skeletonBytes)) {
                        byDeletion[variant, default: []].append(id)
                    }
                }
                if entry.consonants.count >= Self.minimumFuzzyLength {
                    byReordered[Self.reorderKey(entry.consonants), default: []].append(id)
                }
            }
        }
    }

    static func deletions(of word: [UInt8]) -> [[UInt8]] {
        word.indices.map { index in
            var copy = word
            copy.remove(at: index)
            return copy
        }
    }

    static func reorderKey(_ consonants: [UInt8]) -> [UInt8] {
        [consonants.first!, consonants.last!] + consonants.dropFirst().dropLast().sorted()
    }

    /// True when two words differ by exactly one insertion, deletion, substitution or
    /// transposition of neighbours.
    static func differByOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a == b { return false }
        if abs(a.count - b.count) > 1 { return false }
        if a.count == b.count {
            let differences = a.indices.filter { a[$0] != b[$0] }
            if differences.count == 1 { return true }
            if differences.count == 2, differences[1] == differences[0] + 1 {
                let i = differences[0]
                return a[i] == b[i + 1] && a[i + 1] == b[i]
            }
            return false
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return Array(long[(i + 1)...]) == Array(short[i...])
    }

    /// Every place any name of which matches `name` at `minimumLevel` or better, each
    /// at its best level, in index order.
    func matches(_ name: String, places: PlaceTable, minimumLevel: MatchLevel = .reordered) -> [NameMatch] {
        let key = NameFolding.key(name)
        guard !key.isEmpty else { return [] }
        let (skeletonText, rules) = NameFolding.skeleton(name)
        let skeleton = Array(skeletonText.utf8)
        let latin = key.unicodeScalars.first!.value < 0x80
        let consonants = latin ? NameFolding.consonants(of: skeleton) : skeleton

        var best: [Int32: (entry: Int32, level: MatchLevel, differences: Int)] = [:]
        func offer(_ ids: [Int32]?, _ level: MatchLevel, where accept: (AliasEntry) -> Bool = { _ in true }) {
            guard level >= minimumLevel else { return }
            for id in ids ?? [] {
                let entry = entries[Int(id)]
                guard accept(entry) else { continue }
                let differences = (level == .exact ? 0 : rules.symmetricDifference(entry.rules).rawValue.nonzeroBitCount)
                    + (entry.weak ? 2 : 0)
                if let current = best[entry.place],
                   current.level > level || (current.level == level && current.differences <= differences) { continue }
                best[entry.place] = (id, level, differences)
            }
        }
        offer(byKey[key], .exact)
        offer(bySkeleton[skeleton], .spelling)
        if latin {
            if consonants.count >= Self.minimumConsonants { offer(byConsonants[consonants], .vowels) }
            if skeleton.count >= Self.minimumFuzzyLength {
                var probes = Self.deletions(of: skeleton)
                probes.append(skeleton)
                for probe in Set(probes) {
                    offer(byDeletion[probe], .oneLetter) { Self.differByOneEdit($0.skeleton, skeleton) }
                }
            }
            if consonants.count >= Self.minimumFuzzyLength {
                offer(byReordered[Self.reorderKey(consonants)], .reordered)
            }
        }
        return best.keys.sorted().map { placeIndex in
            let (entryID, level, differences) = best[placeIndex]!
            let entry = entries[Int(entryID)]
            return NameMatch(table: places, placeIndex: placeIndex, matchedName: entry.name, level: level, differences: differences,
                             queryRules: rules, matchedRules: entry.rules)
        }
    }

    static func reason(_ level: MatchLevel, queryRules: SpellingRules, entryRules: SpellingRules) -> String {
        let different = queryRules.symmetricDifference(entryRules)
        let rules = different.isEmpty ? queryRules.intersection(entryRules) : different
        let detail = rules.isEmpty ? "" : " (\(rules.explanation))"
        switch level {
        case .exact: return "same name"
        case .spelling: return "spelling variant\(detail)"
        case .vowels: return "same consonants, other vowels"
        case .oneLetter: return "one letter differs"
        case .reordered: return "same consonants in another order"
        }
    }
}
