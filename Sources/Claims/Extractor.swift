import Places

/// Turns articles into dated actor–place assertions, sentence by sentence, by rules a
/// reader can check: a trigger word sets the status and where actor and places stand
/// (``Triggers``); lists of places, the source of a capture ("seized from"), passives,
/// exceptions ("all Cyrenaica except Derna") and references back to the last actor named
/// in the paragraph are followed; hypotheses, plans, conditions, negations, denials,
/// opinions and accusations are refused.
///
/// Dates come from the sentence (``DateResolver``): an event takes the date written
/// nearest its trigger, a state takes a "since" date; a sentence without a date takes the
/// date of the last event the text dated; a state in the present tense holds as of
/// publication; an undated event is placed in the month before publication, with a lower
/// confidence.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    public let actors: ActorRegistry

    public init(gazetteer: Gazetteer, actors: ActorRegistry) {
        self.gazetteer = gazetteer
        self.actors = actors
    }

    static let clauseOpeners: Set<String> = ["but", "while", "which", "who", "whom", "whose", "where", "although", "though",
                                             "whereas", "however", "when", "after", "before", "because", "since", "until"]
    static let relativeOpeners: Set<String> = ["which", "who", "whom", "whose", "that"]
    static let exceptionWords: Set<String> = ["except", "excluding", "apart", "besides", "save"]
    static let presentState: Set<String> = ["control", "controls", "hold", "holds", "still", "remains", "in"]

    /// Every assertion of an article, in the order of the text.
    public func extract(_ article: Article) -> [Assertion] {
        let body = article.body
        let (allWords, allPlaces) = gazetteer.analyze(body)
        var wordCursor = 0
        let sentences = Sentences.split(body)
        let characterOffsets = CharacterOffsets(body)
        var assertions: [Assertion] = []
        var anchor: DayInterval?
        var lastActors: [Actor] = []
        var lastActorParagraph = -1
        var lastPlaces: [PlaceMention] = []
        var placeCursor = 0
        for sentence in sentences {
            // A reference back reaches into the next paragraph, not further.
            if sentence.paragraph > lastActorParagraph + 1 { lastActors = [] }
            // Places and words of this sentence, with offsets relative to it.
            let places = Self.slice(allPlaces, within: sentence.utf8Range, cursor: &placeCursor, range: \.utf8Range)
            var words = Self.slice(allWords, within: sentence.utf8Range, cursor: &wordCursor, range: \.utf8Range)
            if !words.isEmpty { words[0].breakBefore = 2 }
            let analysis = SentenceAnalysis(sentence: sentence, words: words, places: places, extractor: self, published: article.published,
                                            anchor: anchor, lastActors: lastActors, lastPlaces: lastPlaces)
            for claim in analysis.claims() {
                assertions.append(Assertion(article: article.id, actor: claim.actor, place: claim.place, status: claim.status,
                                            interval: claim.interval, exceptions: claim.exceptions, quote: sentence.text,
                                            offset: characterOffsets.characters(at: sentence.utf8Range.lowerBound),
                                            confidence: claim.confidence, rule: claim.rule))
            }
            if let dated = analysis.eventDate { anchor = dated }
            if let actor = analysis.actorMentions.first?.actor {
                lastActors = analysis.actorMentions.filter { $0.actor == actor || !$0.throughLeader }.map(\.actor)
                lastActorParagraph = sentence.paragraph
            }
            let resolvedPlaces = places.filter { $0.resolution.place?.scope == .map }
            if !resolvedPlaces.isEmpty { lastPlaces = resolvedPlaces }
        }
        return Self.inferCaptures(Self.deduplicated(assertions))
    }

    /// The items whose range lies in `window`, shifted to start from it; `cursor` moves
    /// forward through `items` (sorted by position) from one window to the next.
    static func slice<Item>(_ items: [Item], within window: Range<Int>, cursor: inout Int,
                            range: WritableKeyPath<Item, Range<Int>>) -> [Item] {
        while cursor < items.count && items[cursor][keyPath: range].lowerBound < window.lowerBound { cursor += 1 }
        var result: [Item] = []
        var index = cursor
        while index < items.count && items[index][keyPath: range].upperBound <= window.upperBound {
            var item = items[index]
            let original = item[keyPath: range]
            item[keyPath: range] = (original.lowerBound - window.lowerBound)..<(original.upperBound - window.lowerBound)
            result.append(item)
            index += 1
        }
        return result
    }

    /// One claim per actor, place, status and interval: the most confident.
    static func deduplicated(_ assertions: [Assertion]) -> [Assertion] {
        var seen: [String: Int] = [:]
        var kept: [Assertion] = []
        for assertion in assertions {
            let key = "\(assertion.actor.id)|\(assertion.place.id)|\(assertion.status.rawValue)|\(assertion.interval.from)|\(assertion.interval.to)"
            if let index = seen[key] {
                if assertion.confidence > kept[index].confidence { kept[index] = assertion }
                continue
            }
            seen[key] = kept.count
            kept.append(assertion)
        }
        return kept
    }

    /// An attack on a place followed by its defender's loss of it, in the same or the
    /// next sentences over the same days, is a capture by the attacker; and a capture is
    /// a loss for whoever the text last said held or took the place.
    static func inferCaptures(_ assertions: [Assertion]) -> [Assertion] {
        var result = assertions
        for attack in assertions where attack.status == .attacked {
            let captured = assertions.contains { $0.status == .captured && $0.place.id == attack.place.id && $0.actor.id == attack.actor.id
                && $0.interval.overlaps(attack.interval) }
            guard !captured else { continue }
            if let loss = assertions.first(where: { $0.status == .lost && $0.place.id == attack.place.id && $0.actor.id != attack.actor.id
                && $0.interval.overlaps(attack.interval) && abs($0.offset - attack.offset) < 1500 }) {
                var capture = attack
                capture.status = .captured
                capture.confidence = min(attack.confidence, loss.confidence) * 0.8
                capture.rule = "inferred:attack then \(loss.actor.id) lost"
                result.append(capture)
            }
        }
        // Whoever the text last said held or took a place loses it when another takes it.
        for capture in assertions where capture.status == .captured {
            let earlier = assertions.filter { ($0.status == .captured || $0.status == .controls) && $0.place.id == capture.place.id
                && $0.actor.id != capture.actor.id && $0.interval.to <= capture.interval.from && $0.offset < capture.offset }
            guard let holder = earlier.max(by: { $0.interval.to < $1.interval.to }) else { continue }
            let known = result.contains { $0.status == .lost && $0.actor.id == holder.actor.id && $0.place.id == capture.place.id
                && $0.interval.overlaps(capture.interval) }
            guard !known else { continue }
            var loss = capture
            loss.actor = holder.actor
            loss.status = .lost
            loss.exceptions = []
            loss.confidence = capture.confidence * 0.8
            loss.rule = "inferred:previous holder"
            result.append(loss)
        }
        return result.sorted { ($0.offset, $0.actor.id, $0.place.id) < ($1.offset, $1.actor.id, $1.place.id) }
    }
}

/// Character (Unicode scalar) offsets of UTF-8 offsets in a text.
struct CharacterOffsets {
    private var scalarsBefore: [Int32]

    init(_ text: String) {
        var table = [Int32](repeating: 0, count: text.utf8.count + 1)
        var count: Int32 = 0
        var index = 0
        for byte in text.utf8 {
            table[index] = count
            if byte & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        table[index] = count
        scalarsBefore = table
    }

    func characters(at utf8Offset: Int) -> Int { Int(scalarsBefore[min(utf8Offset, scalarsBefore.count - 1)]) }
}
