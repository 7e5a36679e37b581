import DataFiles
import Foundation
import Places

/// A side of the conflict: an army, a government, a militia, a foreign air force.
public struct Actor: Sendable, Hashable, Identifiable {
    /// A span of time during which an actor fought on another's side.
    public struct Alliance: Sendable, Hashable {
        public var actor: String
        public var from: Day
        public var to: Day
    }

    /// The actor's fields, in the order they are compared and hashed.
    private struct Fields: Sendable, Hashable {
        var id: String
        var name: String
        var color: String
        var aliases: [String]
        var leaders: [String]
        var sidesWith: [Alliance]
        var describedAs: [String]
    }

    /// The fields behind one immutable reference: an actor is copied into every mention,
    /// claim and assertion, and a copy costs one retain instead of six.
    private final class Box: Sendable {
        let fields: Fields
        let isGovernment: Bool
        let nameWords: Set<String>
        init(_ fields: Fields) {
            self.fields = fields
            let words = fields.name.lowercased().split(separator: " ")
            let name = fields.name.lowercased()
            isGovernment = words.contains { ["government", "congress", "parliament", "representatives", "cabinet"].contains($0) }
                || name.contains("council of state") || name.contains("presidential council")
            nameWords = Set(([fields.name] + fields.aliases).flatMap { $0.lowercased().split(separator: " ").map(String.init) })
        }
    }

    private let box: Box

    public var id: String { box.fields.id }
    public var name: String { box.fields.name }
    /// Map colour, `#rrggbb`.
    public var color: String { box.fields.color }
    public var aliases: [String] { box.fields.aliases }
    /// People who lead or speak for the actor: their names stand for it ("Haftar" → LNA).
    public var leaders: [String] { box.fields.leaders }
    public var sidesWith: [Alliance] { box.fields.sidesWith }
    /// Common nouns a text may describe the actor by when it refers back to it unnamed
    /// ("the jihadists", "the army"), lowercased.
    public var describedAs: [String] { box.fields.describedAs }

    public init(id: String, name: String, color: String, aliases: [String], leaders: [String], sidesWith: [Alliance],
                describedAs: [String] = []) {
        box = Box(Fields(id: id, name: name, color: color, aliases: aliases, leaders: leaders, sidesWith: sidesWith,
                         describedAs: describedAs.map { $0.lowercased() }))
    }

    /// Whether either actor fought on the other's side at some time of `interval`
    /// (alliances are written on one side only: "turkey-af sides with gna").
    public func isAllied(with other: Actor, during interval: DayInterval) -> Bool {
        func sides(_ a: Actor, _ b: Actor) -> Bool {
            a.sidesWith.contains { $0.actor == b.id && $0.from <= interval.to && interval.from <= $0.to }
        }
        return sides(self, other) || sides(other, self)
    }

    /// Whether the actor is a government or an assembly by its name ("Government of National
    /// Accord", "House of Representatives", "General National Congress"): named with a city
    /// ("the government in Tobruk"), it sits there.
    public var isGovernment: Bool { box.isGovernment }

    /// Every word of the actor's name and aliases, lowercased: "the council" may refer to an
    /// actor with "Council" in a name.
    public var nameWords: Set<String> { box.nameWords }

    public static func == (lhs: Actor, rhs: Actor) -> Bool { lhs.box.fields == rhs.box.fields }

    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
}

/// Every actor of a conflict, with a matcher for their names in running text.
public struct ActorRegistry: Sendable {
    /// The registry's tables behind one immutable reference: the registry is copied into
    /// each sentence's analysis, and a copy then costs one retain instead of one per table
    /// (done for speed).
    final class Storage: Sendable {
        let actors: [Actor]
        let byID: [String: Int]
        /// Folded word sequences of every name, keyed by their first word; `dated` indexes
        /// ``datedNames`` for a name that meant different actors at different times.
        let phrases: WordKeyTable<[(words: [String], packed: [WordKey], actor: Int, isLeader: Bool, acronym: Bool, dated: Int)]>
        /// For each name written with dates (`Tripoli government@2014-08-25..2016-03-29`), who it
        /// meant over which days, in the order of the file.
        let datedNames: [[(actor: Int, from: Day, to: Day)]]
        /// Skeletons of single-word leader and actor names, for transliterations ("Khaftar", "Haftaru"),
        /// packed; a skeleton of more than 16 letters is kept to compare.
        let skeletons: WordKeyTable<[(skeleton: String, actor: Int, isLeader: Bool)]>
        /// Consonant skeletons (four or more consonants) of the same, for vowel variants ("Hoftar", "Huftar").
        let consonants: WordKeyTable<[(consonants: String, actor: Int, isLeader: Bool)]>
        /// Names of several words that open with a capitalized word, keyed by that word's skeleton, longest first
        /// (``SpelledPhrase``): "Bunyan al-Marsus" for "Bunyan al-Marsous".
        let spelledPhrases: WordKeyTable<[SpelledPhrase]>

        init(actors: [Actor], byID: [String: Int],
             phrases: WordKeyTable<[(words: [String], packed: [WordKey], actor: Int, isLeader: Bool, acronym: Bool, dated: Int)]>,
             datedNames: [[(actor: Int, from: Day, to: Day)]], skeletons: WordKeyTable<[(skeleton: String, actor: Int, isLeader: Bool)]>,
             consonants: WordKeyTable<[(consonants: String, actor: Int, isLeader: Bool)]>, spelledPhrases: WordKeyTable<[SpelledPhrase]>) {
            self.actors = actors
            self.byID = byID
            self.phrases = phrases
            self.datedNames = datedNames
            self.skeletons = skeletons
            self.consonants = consonants
            self.spelledPhrases = spelledPhrases
        }
    }

    let storage: Storage

    public var actors: [Actor] { storage.actors }

    static let columns = ["id", "name", "color", "aliases", "leaders", "sides_with", "described_as", "note"]

    /// Reads `actors.tsv`.
    /// - Throws: ``DataFileError`` with the line for a malformed row, a duplicate id, a bad
    ///   colour, an alliance with an unknown actor or a bad date.
    public static func load(_ url: URL) throws -> ActorRegistry {
        let file = url.path
        let rows = try TabularFile.rows(of: url, columns: columns).map { (line: $0.line, fields: $0.fields) }
        var actors: [Actor] = []
        var seen: Set<String> = []
        for (line, row) in rows {
            func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(line), reason: reason) }
            let id = row["id"] ?? ""
            guard !id.isEmpty else { throw fail("actor without an id") }
            guard seen.insert(id).inserted else { throw fail("duplicate actor id \(id)") }
            guard let name = row["name"], !name.isEmpty else { throw fail("actor \(id) without a name") }
            let color = row["color"] ?? ""
            guard color.count == 7, color.first == "#", color.dropFirst().allSatisfy(\.isHexDigit) else {
                throw fail("colour \"\(color)\" is not of the form #rrggbb")
            }
            func list(_ key: String) -> [String] {
                (row[key] ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let alliances = try list("sides_with").map { text -> Actor.Alliance in
                let parts = text.split(separator: "@")
                let days = parts.count == 2 ? parts[1].components(separatedBy: "..") : []
                guard parts.count == 2, days.count == 2, let from = Day(iso: days[0]), let to = Day(iso: days[1]), from <= to else {
                    throw fail("alliance \"\(text)\" is not of the form actor@YYYY-MM-DD..YYYY-MM-DD")
                }
                return Actor.Alliance(actor: String(parts[0]), from: from, to: to)
            }
            // "Tripoli government@2014-08-25..2016-03-29": a name this actor bore over those days only.
            for alias in list("aliases") + list("leaders") where alias.contains("@") {
                guard NameSpan(alias) != nil else {
                    throw fail("name \"\(alias)\" is not of the form name@YYYY-MM-DD..YYYY-MM-DD")
                }
            }
            // "jihadists|militants": single lowercase words, as a reference back is written.
            let described = list("described_as")
            if let bad = described.first(where: { $0.contains(" ") || $0 != $0.lowercased() }) {
                throw fail("description \"\(bad)\" is not one lowercase word")
            }
            actors.append(Actor(id: id, name: name, color: color, aliases: list("aliases"), leaders: list("leaders"), sidesWith: alliances,
                                describedAs: described))
        }
        let ids = Set(actors.map(\.id))
        for (index, actor) in actors.enumerated() {
            for alliance in actor.sidesWith where !ids.contains(alliance.actor) {
                throw DataFileError(file: file, location: .line(rows[index].line), reason: "alliance with unknown actor \(alliance.actor)")
            }
        }
        return ActorRegistry(actors: actors)
    }

    public init(actors: [Actor]) {
        var phrases: [WordKey: [(words: [String], packed: [WordKey], actor: Int, isLeader: Bool, acronym: Bool, dated: Int)]] = [:]
        var datedNames: [[(actor: Int, from: Day, to: Day)]] = []
        var datedIndex: [[String]: Int] = [:]
        var skeletons: [WordKey: [(skeleton: String, actor: Int, isLeader: Bool)]] = [:]
        var consonants: [WordKey: [(consonants: String, actor: Int, isLeader: Bool)]] = [:]
        var spelledPhrases: [WordKey: [SpelledPhrase]] = [:]
        for (index, actor) in actors.enumerated() {
            let names = [(actor.name, false)] + actor.aliases.map { ($0, false) } + actor.leaders.map { ($0, true) }
            for (written, isLeader) in names {
                let span = NameSpan(written)
                let name = span?.name ?? written
                let words = NameFolding.textWords(name)
                guard let first = words.first else { continue }
                let keys = words.map(\.key)
                let acronym = words.count == 1 && first.allCaps && name.count <= 5
                if let span {
                    // One phrase for the name; its actors by date in the table.
                    if let known = datedIndex[keys] {
                        datedNames[known].append((index, span.from, span.to))
                        continue
                    }
                    datedIndex[keys] = datedNames.count
                    datedNames.append([(index, span.from, span.to)])
                }
                phrases[first.word, default: []].append((keys, words.map(\.word), index, isLeader, acronym, span == nil ? -1 : datedNames.count - 1))
                if let phrase = SpelledPhrase(words, actor: index, isLeader: isLeader, dated: span == nil ? -1 : datedNames.count - 1) {
                    spelledPhrases[WordKey(first.skeleton), default: []].append(phrase)
                }
                // Single-word names ("Haftar", "Sarraj") also by their spelling skeleton; the
                // last word of a longer name is often a common given name ("Hamid"), so not it.
                if let last = words.last, last.capitalized, !acronym, last.key.count >= 5, words.count == 1 {
                    skeletons[WordKey(last.skeleton), default: []].append((last.skeleton, index, isLeader))
                    let bare = NameFolding.consonants(ofSkeleton: last.skeleton)
                    if bare.count >= 4 { consonants[WordKey(bare), default: []].append((bare, index, isLeader)) }
                }
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.words.count > $1.words.count } }
        for key in spelledPhrases.keys { spelledPhrases[key]!.sort { $0.forms.count > $1.forms.count } }
        storage = Storage(actors: actors, byID: Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) }),
                          phrases: WordKeyTable(phrases), datedNames: datedNames, skeletons: WordKeyTable(skeletons),
                          consonants: WordKeyTable(consonants), spelledPhrases: WordKeyTable(spelledPhrases))
    }

    public func actor(id: String) -> Actor? { storage.byID[id].map { storage.actors[$0] } }

    /// A name of an actor found in text.
    public struct Mention: Sendable, Hashable {
        public var actor: Actor
        /// Indexes of the first and last word in the word list.
        public var words: ClosedRange<Int>
        /// Named through a leader or spokesman ("Haftar").
        public var throughLeader: Bool
        /// Matched by spelling rules rather than exactly ("Khaftar").
        public var approximate: Bool
        /// For a name that meant different actors at different times, its row in the
        /// registry's table of dated names; -1 otherwise.
        var dated: Int = -1
    }

    /// The mention with the actor its name meant on `day`: "the Tripoli government" is the
    /// GNS before 30 March 2016 and the GNA after. A day outside every span gives the
    /// nearest span's actor.
    public func resolved(_ mention: Mention, on day: Day) -> Mention {
        guard mention.dated >= 0 else { return mention }
        let spans = storage.datedNames[mention.dated]
        func distance(_ span: (actor: Int, from: Day, to: Day)) -> Int {
            day < span.from ? span.from.ordinal - day.ordinal : day > span.to ? day.ordinal - span.to.ordinal : 0
        }
        guard let best = spans.min(by: { distance($0) < distance($1) }) else { return mention }
        var result = mention
        result.actor = storage.actors[best.actor]
        return result
    }

    /// Where a force loyal to a person begins, when the words before the person say so:
    /// "forces loyal to", "troops allied with", "fighters aligned with" (nil otherwise).
    static func forceLoyalTo(before index: Int, in words: [TextWord]) -> Int? {
        guard index >= 3, ["to", "with"].contains(words[index - 1].key), SentenceAnalysis.allegianceWords.contains(words[index - 2].key),
              SentenceAnalysis.forceNouns.contains(words[index - 3].key),
              words[index - 2].breakBefore == 0, words[index - 1].breakBefore == 0, words[index].breakBefore == 0 else { return nil }
        return index - 3
    }

    /// Every actor named in a list of words, longest names first, in order.
    public func mentions(in words: [TextWord]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        // (Fetched once: a static of another module is a guarded global, read at every candidate word.)
        let tooLong = WordKey.tooLong
        while index < words.count {
            // (The word's fields are read in place: a copy of it would retain its strings.)
            let packed = words[index].word
            var matched = false
            // (The phrases are read in place, by position: a copy of one would retain its two arrays.)
            // (The inlined probe first: most words open no name, and the subscript is a call.)
            if storage.phrases.contains(packed), let candidates = storage.phrases[packed] {
                for candidate in candidates.indices {
                    let length = candidates[candidate].words.count
                    let end = index + length - 1
                    guard end < words.count, packed != tooLong || candidates[candidate].words[0] == words[index].key else { continue }
                    if candidates[candidate].acronym && !words[index].allCaps { continue }
                    var ok = true
                    // A full stop inside a name breaks it, except after an initial ("U.S.").
                    // (Words are compared packed; a word too long to pack, as a string.)
                    for offset in 1..<max(1, length) where (candidates[candidate].packed[offset] == tooLong
                                                                ? words[index + offset].key != candidates[candidate].words[offset]
                                                                : words[index + offset].word != candidates[candidate].packed[offset])
                        || words[index + offset].breakBefore == 2 && words[index + offset - 1].key.count > 1 {
                        ok = false
                        break
                    }
                    guard ok else { continue }
                    // Lowercase single words ("wagner", "dignity") count only when capitalized in the text.
                    if length == 1 && !words[index].capitalized && !words[index].allCaps { continue }
                    let phrase = candidates[candidate]
                    found.append(Mention(actor: storage.actors[phrase.actor], words: index...end, throughLeader: phrase.isLeader, approximate: false,
                                         dated: phrase.dated))
                    index = end + 1
                    matched = true
                    break
                }
            }
            if matched {
                // "forces loyal to Khalifa Haftar", "troops allied with Haftar": the force, not the man.
                // (Not over the name before: "LNA forces loyal to Haftar" is one force already named.)
                if let last = found.last, last.throughLeader, let start = Self.forceLoyalTo(before: last.words.lowerBound, in: words),
                   found.count < 2 || found[found.count - 2].words.upperBound < start {
                    found[found.count - 1].words = start...last.words.upperBound
                    found[found.count - 1].throughLeader = false
                }
                continue
            }
            // "Bunyan al-Marsus", "Shoura Council of Benghazi Revolutionaries": a name of several words in another spelling.
            // (The skeleton's key serves both look-ups below.)
            // (Packed when the text was tokenized: ``TextWord/skeletonWord``.)
            let skeletonKey = words[index].capitalized && !words[index].skeleton.isEmpty ? words[index].skeletonWord : nil
            if let skeletonKey, let spelled = spelledMention(at: index, opening: skeletonKey, in: words) {
                found.append(spelled)
                index = spelled.words.upperBound + 1
                continue
            }
            // (A word of ASCII letters has as many letters as bytes; counting the scalars of others costs far more.)
            if let skeletonKey, words[index].key.utf8.count >= 5, words[index].asciiLetters || words[index].key.unicodeScalars.count >= 5 {
                let skeleton = words[index].skeleton  // (the one field read: a copy of the word would retain both its strings)
                // (The inlined probes first, here and below: most words are in neither table, and the subscript is a call.)
                var hits = (storage.skeletons.contains(skeletonKey) ? storage.skeletons[skeletonKey] ?? [] : [])
                    .filter { $0.skeleton == skeleton }.map { ($0.actor, $0.isLeader) }
                if hits.isEmpty {
                    let bare = skeletonKey == .tooLong ? WordKey(consonantsOf: skeleton) : skeletonKey.consonantsOfSkeleton
                    if storage.consonants.contains(bare), let found = storage.consonants[bare] {
                        let written = NameFolding.consonants(ofSkeleton: skeleton)
                        hits = found.filter { $0.consonants == written }.map { ($0.actor, $0.isLeader) }
                    }
                }
                if let hit = hits.first, hits.allSatisfy({ $0.0 == hit.0 }) {
                    found.append(Mention(actor: storage.actors[hit.0], words: index...index, throughLeader: hit.1, approximate: true))
                }
            }
            index += 1
        }
        return found
    }
}

/// A name written with the span of days it was borne: `Tripoli government@2014-08-25..2016-03-29`.
struct NameSpan {
    var name: String
    var from: Day
    var to: Day

    /// Nil when the text has no `@` or its days are malformed.
    init?(_ text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let days = parts[1].components(separatedBy: "..")
        guard days.count == 2, let from = Day(iso: days[0]), let to = Day(iso: days[1]), from <= to else { return nil }
        name = parts[0].trimmingCharacters(in: .whitespaces)
        self.from = from
        self.to = to
    }
}
