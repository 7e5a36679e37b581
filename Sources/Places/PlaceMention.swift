import Foundation

/// A place named in a text: where, as written, and what it resolves to.
public struct PlaceMention: Sendable, Hashable {
    /// The name as written, with an attached article ("al-Jufra").
    public var text: String
    /// UTF-8 byte offsets of the name in the text.
    public var utf8Range: Range<Int>
    /// The cue word that told the kind of place ("airbase", "town of"), if any.
    public var cue: String?
    public var resolution: Resolution
}

/// Words around names that tell what kind of place is meant.
enum PlaceCues {
    /// Words after a name: "Jufra airbase", "Es Sider terminal", "Jufra district".
    static let after: [String: Set<PlaceKind>] = [
        "airbase": [.airbase, .airport], "airbases": [.airbase, .airport], "airport": [.airport, .airbase],
        "airfield": [.airbase, .airport], "airstrip": [.airport, .airbase], "base": [.airbase],
        "terminal": [.oilTerminal, .port], "terminals": [.oilTerminal, .port], "port": [.port, .oilTerminal],
        "harbour": [.port, .oilTerminal], "harbor": [.port, .oilTerminal], "seaport": [.port], "refinery": [.oilTerminal],
        "oilfield": [.oilField], "field": [.oilField, .airport], "fields": [.oilField],
        "district": [.district], "province": [.district], "municipality": [.district], "governorate": [.district],
        "region": [.region, .district], "oasis": [.district, .area, .town, .village],
    ]

    /// The nouns of ``after`` and ``before``, packed: words that tell a kind of place, not a name.
    static let kindNounKeys: WordKeySet = WordKeySet((Array(after.keys) + Array(before.keys)).map { WordKey($0) })

    /// Nouns before "of", "in", "at" or "near" a name: "the town of Hun", "airbases in Jufra".
    static let before: [String: Set<PlaceKind>] = [
        "city": [.city, .town], "town": [.town, .city, .village], "towns": [.town, .city, .village],
        "village": [.village, .town], "villages": [.village, .town], "settlement": [.town, .village],
        "settlements": [.town, .village], "oasis": [.district, .area, .town, .village],
        "region": [.region, .district], "province": [.district],
        "port": [.port, .oilTerminal], "ports": [.oilTerminal, .port], "terminal": [.oilTerminal, .port], "terminals": [.oilTerminal, .port],
        "airbase": [.airbase, .airport], "airbases": [.airbase, .airport], "base": [.airbase], "bases": [.airbase],
        "airport": [.airport, .airbase], "field": [.oilField], "fields": [.oilField], "oilfield": [.oilField],
        "residents": [.town, .village, .city, .area], "inhabitants": [.town, .village, .city, .area],
        "outskirts": [.city, .town, .village, .area], "suburbs": [.city, .town, .area], "neighbourhood": [.area, .town, .village],
        "neighborhood": [.area, .town, .village], "district": [.district, .area],
    ]

    static let linking: Set<String> = ["of", "in", "at", "near"]

    /// Prepositions after which a capitalized word may be a place: enough to try the
    /// looser spellings of towns and larger places.
    static let placePrepositions: Set<String> = ["in", "near", "outside", "around", "towards", "toward", "into", "from", "at",
                                                 "via", "through", "across", "between"]

    /// Prepositions after which an unknown capitalized name is reported as a place the
    /// gazetteer lacks ("from" and "at" also precede people).
    static let strongPlacePrepositions: Set<String> = ["in", "near", "outside", "around", "towards", "toward", "into"]

    /// Capitalized words that start sentences or name things other than places; never
    /// matched as places by the fuzzy levels, and not reported as unknown places.
    static let commonWords: Set<String> = Set("""
        a an the and or but nor so yet for of in on at to from by with without about above after against along among \
        around as before behind below beneath beside between beyond despite during except inside into like near off \
        onto outside over past since through throughout toward towards under until up upon within is are was were be \
        been being am has have had do does did will would shall should can could may might must it its it's this that \
        these those he she they we you i me him her them us my his their our your who whom whose which what when where \
        why how there here then than now not no yes all any both each either neither every few many more most much other \
        some such only own same also even just still already again ever never very too quite rather almost perhaps \
        however although though while because if unless whether one two three four five six seven eight nine ten first \
        second third last next new old said says according meanwhile moreover furthermore nevertheless thus therefore \
        january february march april may june july august september october november december monday tuesday wednesday \
        thursday friday saturday sunday mr mrs ms dr gen general marshal colonel president prime minister army national \
        government forces force council brigade brigades battalion militia militias islamic islamist islamists state \
        people city town oil air base field port north south east west central eastern western southern northern libyan \
        arab arabic muslim brotherhood security revolutionary presidential house representatives parliament court \
        media news agency reuters television tv online photo video \
        major focus university college school room voice america american americans times post press report reports \
        department office institute international united nations committee commission mission support operation \
        operations command ministry interior defense defence navy guard police special bank company corporation \
        petroleum human rights world organization program affairs foreign senior captain commander spokesman \
        official officials analyst center centre hotel hospital shield dawn connection treasury sanctions muslims shia sunni egyptian egyptians christian christians coptic copts saiqa mashroa mashrou mashroua
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}

extension PlaceCues {
    static func keyed(_ table: [String: Set<PlaceKind>]) -> WordKeyTable<(word: String, kinds: Set<PlaceKind>)> {
        WordKeyTable(Dictionary(uniqueKeysWithValues: table.map { (WordKey($0.key), ($0.key, $0.value)) }))
    }
    static let afterKeys = keyed(after)
    static let beforeKeys = keyed(before)
    static let linkingKeys = WordKeySet(linking.map { WordKey($0) })
    static let placePrepositionKeys = WordKeySet(placePrepositions.map { WordKey($0) })
    /// Verbs of war right before a name ("captured Nofaliya", "shelled Qasr Bin Ghashir") or
    /// right after it ("Nofaliya fell"): the name is a place's, so a looser spelling of a
    /// village counts there too.
    static let warVerbsBefore: WordKeySet = WordKeySet(["captured", "seized", "recaptured", "retook", "stormed", "overran", "liberated",
                                                   "freed", "entered", "shelled", "bombed", "besieged", "attacked", "raided",
                                                   "capturing", "seizing", "recapturing", "retaking", "entering", "shelling"].map { WordKey($0) })
    static let warVerbsAfter: WordKeySet = WordKeySet(["fell", "falls"].map { WordKey($0) })
    static let strongPlacePrepositionKeys = WordKeySet(strongPlacePrepositions.map { WordKey($0) })
    static let commonWordKeys = WordKeySet(commonWords.map { WordKey($0) })
    static let oil = WordKey("oil"), air = WordKey("air"), and = WordKey("and"), or = WordKey("or")
    static let al = WordKey("al"), el = WordKey("el")
    /// Words that determine a noun of a kind of place standing in apposition before a name ("another airbase, Tamnihint").
    static let appositionDeterminers = WordKeySet(["a", "an", "the", "another", "its", "their", "his", "this", "that", "one"].map { WordKey($0) })
}

extension Gazetteer {
    /// Every place named in `text`, in order: longest names first ("Ras Lanuf" before
    /// "Ras"), resolved with the words around them and the other places the text names.
    ///
    /// Exact and spelling-variant names are found by walking ``SkeletonTrie`` word by
    /// word; a capitalized word that no name starts with is then tried at the looser
    /// levels (vowels, one letter, reordered consonants) for towns and larger places,
    /// or for any place when a cue word calls for its kind. A lowercase word counts only
    /// as a name of six or more letters that is not a common word.
    public func mentions(in text: String) -> [PlaceMention] {
        mentions(in: text, words: TextTokens(text))
    }

    /// The words of a text and the places it names, from one pass of tokenization.
    public func analyze(_ text: String) -> (words: [TextWord], places: [PlaceMention]) {
        let tokens = TextTokens(text)
        return (tokens.textWords, mentions(in: text, words: tokens))
    }

    func mentions(in text: String, words: TextTokens) -> [PlaceMention] {
        let found = findSpans(words)
        let utf8 = Array(text.utf8)
        func written(_ span: Span) -> String {
            String(decoding: utf8[words.tokens[span.first].start..<words.tokens[span.last].end], as: UTF8.self)
        }
        // First pass without the places nearby, then again with the sure ones.
        var resolutions = found.map { Disambiguation.decide(Disambiguation.rank($0.matches, context: $0.context)) }
        let sure = resolutions.enumerated().compactMap { index, resolution -> (Int, Place)? in
            guard case .resolved(let best, let alternatives) = resolution, alternatives.isEmpty || best.match.level == .exact,
                  best.place.scope == .map else { return nil }
            return (index, best.place)
        }
        for index in found.indices {
            guard case .ambiguous = resolutions[index] else { continue }
            var context = found[index].context
            context.nearby = sure.filter { $0.0 != index }.map(\.1.position)
            resolutions[index] = Disambiguation.decide(Disambiguation.rank(found[index].matches, context: context))
        }
        return found.indices.map { index in
            let span = found[index].span
            return PlaceMention(text: written(span),
                                utf8Range: words.tokens[span.first].start..<words.tokens[span.last].end,
                                cue: found[index].context.cue, resolution: resolutions[index])
        }
    }

    struct Span {
        var first: Int
        var last: Int
    }

    struct FoundName {
        var span: Span
        var matches: [NameMatch]
        var context: ResolutionContext
    }

    func findSpans(_ words: TextTokens) -> [FoundName] {
        let tokens = words.tokens
        var found: [FoundName] = []
        // The cue of the last name found and its last word, for the names of a list after it.
        // (Kept apart: the test at every word reads the word's position, not the set and string.)
        var listCue: (kinds: Set<PlaceKind>, cue: String?) = ([], nil)
        var listEnd: Int?
        // The names the trie spells from the current word (one array for all the words, emptied for each).
        var trieEnds: [(Int, Int)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.isArticle { index += 1; continue }
            // What the words before say: a cue noun, a list of places, a preposition of place.
            // (Asked only where a name may stand: most words never ask. Done for speed.)
            let previousEnd = listEnd, position = index
            let continuesList = { previousEnd.map { self.isListContinuation(from: $0, to: position, words) } ?? false }
            var span: Span?
            var matches: [NameMatch] = []
            trieMatches(from: index, words, into: &trieEnds)
            for (end, node) in trieEnds.reversed() {
                let candidate = Span(first: index, last: end)
                guard acceptable(candidate, words) else { continue }
                let found = levelled(candidate, entries: trie.entries(at: node), words)
                if !found.isEmpty {
                    span = candidate
                    matches = found
                    break
                }
            }
            let signal = { (span: Span) -> Bool in
                continuesList() || self.cueSite(for: span, words) != nil || self.followsPreposition(span.first, words)
            }
            if let current = span {
                // Exact names stand alone; looser ones name towns and larger places, or any
                // place where the text says a place stands here, or where a verb of war takes it.
                let placeLike = signal(current)
                    || current.first > 0 && PlaceCues.warVerbsBefore.contains(tokens[current.first - 1].word)
                    || current.last + 1 < tokens.count && tokens[current.last + 1].breakBefore == .none
                        && PlaceCues.warVerbsAfter.contains(tokens[current.last + 1].word)
                // (Removed in place, keeping the order: a filter made a new array for every name found. Done for speed.)
                matches.removeAll { !($0.level == .exact || placeLike || $0.kind.prominence >= PlaceKind.town.prominence) }
                // "Barak ash-Shaty": the words that follow may complete a looser match of the same place.
                if !matches.contains(where: { $0.level == .exact }), let longer = extended(current, matches: matches, words) {
                    span = longer.span
                    matches = longer.matches
                }
                if matches.isEmpty { span = nil }
            }
            if span == nil, token.capitalized, token.latin, !(token.allCaps && token.end - token.start <= 5),
               signal(Span(first: index, last: index)) {
                (span, matches) = fuzzy(at: index, words, listKinds: continuesList() ? listCue.kinds : [])
            }
            guard var span, !matches.isEmpty else { index += 1; continue }
            // The article written before the name belongs to it ("al-Jufra", "Al Jufra").
            if span.first > 0, tokens[span.first - 1].isArticle,
               tokens[span.first].hyphenBefore || [PlaceCues.al, PlaceCues.el].contains(tokens[span.first - 1].word) {
                span.first -= 1
            }
            var context = cueContext(for: span, words)
            if context.cueKinds.isEmpty, continuesList(), !listCue.kinds.isEmpty {
                context.cueKinds = listCue.kinds
                context.cue = listCue.cue
            }
            listCue = (context.cueKinds, context.cue)
            listEnd = span.last
            found.append(FoundName(span: span, matches: matches, context: context))
            index = span.last + 1
        }
        return found
    }

    /// Every run of words from `start` whose skeletons spell a name, shortest first: its
    /// last word and trie node, in `ends` (emptied first, its storage kept).
    private func trieMatches(from start: Int, _ words: TextTokens, into ends: inout [(Int, Int)]) {
        let tokens = words.tokens
        // (Emptied from the end: `removeAll(keepingCapacity:)` costs more than the walk; there are one or two at most words.)
        while !ends.isEmpty { ends.removeLast() }
        var node = SkeletonTrie.root
        var next = start
        var fed = 0
        // (The skeletons are read through one buffer: a slice of the array for each word would retain it.)
        words.skeletons.withUnsafeBufferPointer { skeletons in
            while next < tokens.count, fed < 8 {
                let current = tokens[next]
                if next > start && current.breakBefore != .none { break }
                if current.isArticle { next += 1; continue }
                let skeleton = UnsafeBufferPointer(rebasing: skeletons[Int(current.skeletonStart)..<Int(current.skeletonEnd)])
                guard let reached = trie.step(node, skeleton) else { break }
                node = reached
                fed += 1
                if trie.isTerminal(node) { ends.append((next, node)) }
                next += 1
            }
        }
    }

    /// A longer name over more words: up to three capitalized words or articles after
    /// `span`, at the vowels level or better, naming the same place or a town or larger
    /// ("Barak ash-Shaty" is Brak, not the village Barakah and the district ash-Shati).
    private func extended(_ span: Span, matches: [NameMatch], _ words: TextTokens) -> (span: Span, matches: [NameMatch])? {
        let tokens = words.tokens
        var ends: [Int] = []
        var position = span.last + 1
        while position < tokens.count, ends.count < 3, tokens[position].breakBefore == .none {
            if tokens[position].isArticle { position += 1; continue }
            guard tokens[position].capitalized || tokens[position - 1].isArticle else { break }
            ends.append(position)
            position += 1
        }
        let places = Set(matches.map(\.placeIndex))
        for end in ends.reversed() {
            let longer = Span(first: span.first, last: end)
            let found = looseMatches(text(of: longer, words), minimumLevel: .vowels)
                .filter { places.contains($0.placeIndex) || $0.kind.prominence >= PlaceKind.town.prominence }
            if !found.isEmpty { return (longer, found) }
        }
        return nil
    }

    /// ``NameIndex/matches(_:places:minimumLevel:)`` for a name of running text,
    /// remembered: the same capitalized words come back from article to article.
    private func looseMatches(_ name: String, minimumLevel: MatchLevel) -> [NameMatch] {
        let key = LooseMatchCache.Key(name: name, level: minimumLevel)
        if let known = looseMatches.value(for: key) { return known }
        let found = index.matches(name, places: table, minimumLevel: minimumLevel)
        looseMatches.store(found, for: key)
        return found
    }

    private func text(of span: Span, _ words: TextTokens) -> String {
        var name: [UInt8] = []
        for position in span.first...span.last {
            if position > span.first { name.append(0x20) }
            name.append(contentsOf: words.key(words.tokens[position]))
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// A trie match is taken unless it is a lone common word, or a lowercase word
    /// shorter than six letters (machine romanizations such as "fun" for Hun).
    private func acceptable(_ span: Span, _ words: TextTokens) -> Bool {
        let first = words.tokens[span.first]
        let common = PlaceCues.commonWordKeys.contains(first.word)
        if span.first == span.last {
            if common { return false }
            if !first.capitalized && first.latin && words.skeleton(first).count < 6 { return false }
        }
        // A common word opens a name only capitalized, or before a capitalized word:
        // "eastern Libya" is the region named "Eastern Libya"; "the city" is no name.
        // ("the “oil crescent” region": a name of several words, one of them no common word, may be written in lowercase.)
        if !first.capitalized && first.latin && common && !words.tokens[span.first + 1].capitalized
            && ((span.first + 1)...span.last).allSatisfy({ PlaceCues.commonWordKeys.contains(words.tokens[$0].word) }) { return false }
        return true
    }

    /// Names whose skeleton ended at the match: exact when the folded words agree too. A
    /// name of a different number of words counts only if every word of the text is
    /// capitalized ("Ben Ghazi" for Benghazi), or if the words run together spell it
    /// exactly and none is a common word ("airbase" for "air base", not "Tripoli is"
    /// for Tripolis).
    private func levelled(_ span: Span, entries: ArraySlice<Int32>, _ words: TextTokens) -> [NameMatch] {
        var wordCount = 0
        var allCapitalized = true
        var hasCommonWord = false
        var rules: SpellingRules = []
        let tokens = words.tokens
        let commonWords = PlaceCues.commonWordKeys
        for position in span.first...span.last where !tokens[position].isArticle {
            let token = tokens[position]
            wordCount += 1
            if !token.capitalized { allCapitalized = false }
            if commonWords.contains(token.word) { hasCommonWord = true }
            rules.formUnion(token.rules)
        }
        let acronym = span.first == span.last && tokens[span.first].allCaps && tokens[span.first].end - tokens[span.first].start <= 4
        // The best match of each place, kept in a short list (a name has few entries) rather than a dictionary.
        var best: [NameMatch] = []
        index.entries.withUnsafeBufferPointer { aliases in
            for id in entries {
                let entry = aliases.baseAddress! + Int(id)
                let runTogether = Self.spells(entry.pointee.joinedKeyBytes, span, separator: nil, words)
                guard entry.pointee.wordCount == wordCount || allCapitalized || (runTogether && !hasCommonWord) else { continue }
                let exact = runTogether || Self.spells(entry.pointee.keyBytes, span, separator: 0x20, words)
                // An acronym is spelled one way: "VOA" is not "UAE" with its vowels swapped.
                if !exact, acronym { continue }
                let level: MatchLevel = exact ? .exact : .spelling
                let differences = exact ? 0 : rules.symmetricDifference(entry.pointee.rules).rawValue.nonzeroBitCount
                let place = entry.pointee.place
                let existing = best.firstIndex { $0.placeIndex == place }
                if let existing {
                    let current = best[existing]
                    if current.level > level || (current.level == level && current.differences <= differences) { continue }
                }
                let match = NameMatch(table: table, placeIndex: place, matchedName: entry.pointee.name, level: level,
                                      differences: differences, queryRules: rules, matchedRules: entry.pointee.rules)
                if let existing { best[existing] = match } else { best.append(match) }
            }
        }
        if best.count > 1 { best.sort { $0.placeIndex < $1.placeIndex } }
        return best
    }

    /// Whether `bytes` are the folded words of `span` (articles left out), joined by `separator`
    /// or run together when it is nil: a name's key compared with the words of the text in place,
    /// without joining them into a new array for each name tried.
    private static func spells(_ bytes: [UInt8], _ span: Span, separator: UInt8?, _ words: TextTokens) -> Bool {
        bytes.withUnsafeBufferPointer { name in
            words.keys.withUnsafeBufferPointer { keys in
                var offset = 0
                var first = true
                for position in span.first...span.last where !words.tokens[position].isArticle {
                    if !first, let separator {
                        guard offset < name.count, name[offset] == separator else { return false }
                        offset += 1
                    }
                    first = false
                    let start = Int(words.tokens[position].keyStart), length = Int(words.tokens[position].keyEnd) - start
                    guard name.count - offset >= length else { return false }
                    for byte in 0..<length where name[offset + byte] != keys[start + byte] { return false }
                    offset += length
                }
                return offset == name.count
            }
        }
    }

    /// The looser levels for a capitalized word no name starts with, where the text says
    /// a place stands: up to three words, longest first; towns and larger places, or
    /// places of the kind a cue calls for.
    private func fuzzy(at start: Int, _ words: TextTokens, listKinds: Set<PlaceKind>) -> (Span?, [NameMatch]) {
        let tokens = words.tokens
        if PlaceCues.commonWordKeys.contains(tokens[start].word) { return (nil, []) }
        var ends: [Int] = []
        var position = start
        while position < tokens.count, ends.count < 3 {
            let token = tokens[position]
            if position > start && token.breakBefore != .none { break }
            if !token.isArticle {
                if position > start && !token.capitalized { break }
                ends.append(position)
            }
            position += 1
        }
        for end in ends.reversed() {
            let span = Span(first: start, last: end)
            let kinds = cueContext(for: span, words).cueKinds.union(listKinds)
            let matches = looseMatches(text(of: span, words), minimumLevel: .reordered)
                .filter { match in
                    guard match.level < .spelling else { return false }
                    if kinds.contains(match.kind) { return true }
                    return match.kind.prominence >= PlaceKind.town.prominence && !match.kind.isFacility
                }
            if !matches.isEmpty { return (span, matches) }
        }
        return (nil, [])
    }

    /// Whether a preposition of place stands right before the word ("in Zintan", "towards Beni Walid").
    func followsPreposition(_ position: Int, _ words: TextTokens, strong: Bool = false) -> Bool {
        var before = position - 1
        while before >= 0, words.tokens[before].isArticle, words.tokens[before + 1].breakBefore == .none { before -= 1 }
        guard before >= 0, words.tokens[before + 1].breakBefore == .none, !words.tokens[before + 1].hyphenBefore,
              !words.tokens[before].hyphenBefore else { return false }
        return (strong ? PlaceCues.strongPlacePrepositionKeys : PlaceCues.placePrepositionKeys).contains(words.tokens[before].word)
    }

    /// Where a cue word for a name stands (``cueSite(for:_:)``): the words alone, without
    /// the kinds and the text of the cue, which are made only for the names found
    /// (``cueContext(for:_:)``; done for speed: most words are tested for a cue).
    enum CueSite {
        /// A noun right after the name ("Jufra airbase", "Ras Lanuf oil terminal"): its position.
        case after(Int)
        /// A determined noun and a comma right before the name ("another airbase, Tamnihint"): the noun's position.
        case apposition(Int)
        /// A noun and "of/in/at/near" right before the name ("the town of Hun"): the noun's position.
        case linked(Int)
    }

    /// Cue words right after the name, or a cue noun with "of/in/at/near" right before it.
    func cueSite(for span: Span, _ words: TextTokens) -> CueSite? {
        let tokens = words.tokens
        var after = span.last + 1
        if after < tokens.count, tokens[after].breakBefore == .none {
            var word = tokens[after].word
            if word == PlaceCues.oil || word == PlaceCues.air, after + 1 < tokens.count, tokens[after + 1].breakBefore == .none {
                after += 1
                word = tokens[after].word
            }
            if PlaceCues.afterKeys.contains(word) { return .after(after) }
        }
        let linker = span.first - 1
        // Apposition: "another airbase, Tamnihint", "a key town, Gharyan" — the noun determined, as a place is named
        // (not "the contact group on intra-Libyan settlement, Lev Dengov").
        if linker >= 0, tokens[span.first].breakBefore == .list, PlaceCues.beforeKeys.contains(tokens[linker].word),
           (max(0, linker - 3)..<linker).contains(where: { determiner in PlaceCues.appositionDeterminers.contains(tokens[determiner].word)
               && ((determiner + 1)...linker).allSatisfy { tokens[$0].breakBefore == .none } }) {
            return .apposition(linker)
        }
        // ("the Salameh district of Benghazi": the noun after a name is that name's, and Benghazi is the city.)
        if linker >= 1, tokens[span.first].breakBefore == .none, PlaceCues.linkingKeys.contains(tokens[linker].word),
           tokens[linker].breakBefore == .none, PlaceCues.beforeKeys.contains(tokens[linker - 1].word),
           !(linker >= 2 && tokens[linker - 2].capitalized && !tokens[linker - 2].isArticle && tokens[linker - 1].breakBefore == .none) {
            return .linked(linker - 1)
        }
        return nil
    }

    /// The kinds of place the cue words of ``cueSite(for:_:)`` call for, and the cue as written ("airbase", "town of").
    func cueContext(for span: Span, _ words: TextTokens) -> ResolutionContext {
        let tokens = words.tokens
        switch cueSite(for: span, words) {
        case .after(let noun)?:
            let cue = PlaceCues.afterKeys[tokens[noun].word]!
            return ResolutionContext(cueKinds: cue.kinds, cue: cue.word)
        case .apposition(let noun)?:
            let cue = PlaceCues.beforeKeys[tokens[noun].word]!
            return ResolutionContext(cueKinds: cue.kinds, cue: cue.word)
        case .linked(let noun)?:
            let cue = PlaceCues.beforeKeys[tokens[noun].word]!
            let link = String(decoding: words.key(tokens[noun + 1]), as: UTF8.self)
            return ResolutionContext(cueKinds: cue.kinds, cue: "\(cue.word) \(link)")
        case nil:
            return ResolutionContext()
        }
    }

    /// Whether only commas, "and", "or" and articles stand between two names of a list.
    private func isListContinuation(from last: Int, to first: Int, _ words: TextTokens) -> Bool {
        guard first > last, first - last <= 3 else { return false }
        for position in (last + 1)..<first {
            let word = words.tokens[position].word
            if words.tokens[position].breakBefore == .sentence { return false }
            if !(word == PlaceCues.and || word == PlaceCues.or || words.tokens[position].isArticle) { return false }
        }
        return words.tokens[first].breakBefore != .sentence
    }
}

/// Results of looser-level name lookups by name and level, shared between threads
/// behind a lock; emptied when it reaches ``capacity`` entries so that memory stays
/// bounded on any corpus. Lookups are pure, so the cache never changes a result.
final class LooseMatchCache: @unchecked Sendable {
    struct Key: Hashable {
        var name: String
        var level: MatchLevel
    }

    static let capacity = 50_000
    private let lock = NSLock()
    private var entries: [Key: [NameMatch]] = [:]

    func value(for key: Key) -> [NameMatch]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ matches: [NameMatch], for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = matches
    }
}
