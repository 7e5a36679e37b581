import Foundation
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
    /// The conflict's named periods ("during the Second Libyan Civil War"), from the area's `periods.tsv`.
    public let periods: NamedPeriods

    public init(gazetteer: Gazetteer, actors: ActorRegistry, periods: NamedPeriods = NamedPeriods()) {
        self.gazetteer = gazetteer
        self.actors = actors
        self.periods = periods
    }

    static let clauseOpeners: Set<String> = ["but", "while", "which", "who", "whom", "whose", "where", "although", "though",
                                             "whereas", "however", "when", "after", "before", "because", "since", "until"]
    static let clauseOpenerKeys: WordKeySet = WordKeySet(clauseOpeners.map { WordKey($0) })
    /// Conjunctions that open a clause even without a comma, when a subject follows.
    static let subordinators: Set<String> = ["after", "before", "when", "while", "until", "because", "since", "once", "whereas", "although"]
    static let subordinatorKeys: WordKeySet = WordKeySet(subordinators.map { WordKey($0) })
    static let relativeOpeners: Set<String> = ["which", "who", "whom", "whose", "that"]
    static let relativeOpenerWords = WordVocabulary(relativeOpeners)
    static let relativeOpenerKeys: WordKeySet = WordKeySet(["which", "who", "whom", "whose", "where"].map { WordKey($0) })
    /// Words after a comma that take a sentence back to the clause a relative clause
    /// interrupted: a date or the source of a capture ("…, which includes an airport, on
    /// Friday from the LNA"), or the main verb's auxiliary ("The LNA, which took Benghazi
    /// in July, is now fighting in Derna").
    static let clauseResumers: WordKeySet = WordKeySet(["on", "from", "at", "after", "during", "by", "before", "since",
                                                   "is", "are", "was", "were", "has", "have", "had", "now"].map { WordKey($0) })
    static let exceptionWords: Set<String> = ["except", "excluding", "apart", "besides", "save"]
    static let presentState: Set<String> = ["control", "controls", "hold", "holds", "still", "remains", "in"]

    /// Every assertion of an article, in the order of the text.
    public func extract(_ article: Article) -> [Assertion] {
        let body = article.body
        var (allWords, allPlaces) = gazetteer.analyze(body)
        let sentences = Sentences.split(body)
        // The words of each sentence; the first word of a sentence starts it, whatever the punctuation.
        var wordRanges: [Range<Int>] = []
        wordRanges.reserveCapacity(sentences.count)
        var wordCursor = 0
        for sentence in sentences {
            while wordCursor < allWords.count && allWords[wordCursor].utf8Range.lowerBound < sentence.utf8Range.lowerBound { wordCursor += 1 }
            var end = wordCursor
            while end < allWords.count && allWords[end].utf8Range.upperBound <= sentence.utf8Range.upperBound { end += 1 }
            if end > wordCursor { allWords[wordCursor].breakBefore = 2 }
            wordRanges.append(wordCursor..<end)
            wordCursor = end
        }
        // Actor names never run across a sentence's end, so they are found once for the article.
        let allActors = Self.withShortNames(actors.mentions(in: allWords), in: allWords, places: allPlaces)
        var actorCursor = 0
        // The title's actors and places are the text's topic: "the council" of an article on a
        // council, the battle's place for "It was fought between …", the airport of "Battle of
        // Tripoli Airport" for "the airport".
        var topicActors: [Actor] = []
        var topicPlaces: [Place] = []
        var placeArticle = false
        if let title = article.title, !title.isEmpty {
            let (titleWords, titlePlaces) = gazetteer.analyze(title)
            for mention in actors.mentions(in: titleWords) where !topicActors.contains(mention.actor) { topicActors.append(mention.actor) }
            // A battle is fought for towns and sites, not for a whole region ("2016–19 West Libya clashes").
            topicPlaces = titlePlaces.compactMap(\.resolution.place).filter { $0.scope == .map && ![.country, .region, .district].contains($0.kind) }
            // An article on a town ("Tarhuna"): "the city" is that town.
            placeArticle = titlePlaces.count == 1 && titlePlaces[0].utf8Range.count + 2 >= title.trimmingCharacters(in: .whitespaces).utf8.count
        }
        var namedFacilities = topicPlaces.filter(\.kind.isFacility)
        var characterOffsets = CharacterOffsets(body)
        var assertions: [Assertion] = []
        var anchor: DayInterval?
        var lastActors: [Actor] = []
        var recentActors: [Actor] = []
        var lastLeader: Actor?
        var lastActorParagraph = -1
        var lastPlaces: [Place] = []
        var lastPlacesParagraph = -10
        var placeCursor = 0
        // A dateline (a paragraph that is only a day, as in a dated list of news) is the day
        // the entries under it are written on: "now", "recently", "on Monday" count from it.
        var written = article.published
        // How often each actor was named so far, and in which order first: who "both sides" are.
        var timesNamed: [String: (count: Int, first: Int, actor: Actor)] = [:]
        var mainActors: [Actor] = []
        // Every actor the text names, most named first (counted when first needed).
        var textActors: [Actor]?
        func rankedTextActors() -> [Actor] {
            if let textActors { return textActors }
            var counts: [String: (count: Int, first: Int, actor: Actor)] = [:]
            for (order, mention) in allActors.enumerated() { counts[mention.actor.id, default: (0, order, mention.actor)].count += 1 }
            let ranked = counts.values.sorted { ($1.count, $0.first) < ($0.count, $1.first) }.map(\.actor)
            textActors = ranked
            return ranked
        }
        // Who attacked which place, and in which sentence: who took it when it "was overrun".
        var attackers: [String: (sentence: Int, actors: [Actor])] = [:]
        // The side of the latest attack told, and in which sentence.
        var lastAttack: (sentence: Int, actor: Actor)?
        var sentenceIndex = 0
        // The year that opened a sentence of this paragraph ("In 2016, …"): the year of the
        // months written alone after it.
        var narrative: (year: Int, paragraph: Int)?
        // An excerpt that opens mid-narrative ("… clashes on 1 October …", and "4 October 2017" a few lines on): the year
        // of its first full date, for the months written alone before the text dates anything.
        let leadingYear = Self.leadingNarrativeYear(allWords, published: article.published)
        // The span of the infobox "Date" row above and the line last read under it.
        var infobox: (span: DayInterval, line: Int)?
        // The time an "As of …" sentence set for its paragraph's states, and the paragraph.
        var statesAsOf: (interval: DayInterval, paragraph: Int)?
        for (sentencePosition, (sentence, wordRange)) in zip(sentences, wordRanges).enumerated() {
            if let day = Self.dateline(sentence, words: wordRange.count, published: article.published) {
                written = day
                anchor = .day(day)
                continue
            }
            // An infobox "Date" row ("Date 3 March 2017 – 14 March 2017") dates the undated summary lines after it.
            if let span = Self.infoboxDates(sentence, published: article.published) {
                anchor = span
                infobox = (span, sentence.paragraph)
                continue
            }
            // Each line of the infobox block under it is dated by the row, not by the line before
            // ("… defeated in the June 2014 elections." does not date "GNC forces take control of Tripoli").
            if let (span, line) = infobox {
                if sentence.paragraph > line + 1 {
                    infobox = nil
                } else if sentence.paragraph == line + 1 {
                    anchor = span
                    infobox = (span, sentence.paragraph)
                }
            }
            // A reference back reaches into the next paragraph, not further.
            if sentence.paragraph > lastActorParagraph + 1 { lastActors = []; lastLeader = nil; recentActors = [] }
            // Places, actors and words of this sentence, with offsets relative to it.
            let places = Self.slice(allPlaces, within: sentence.utf8Range, cursor: &placeCursor)
            while actorCursor < allActors.count && allActors[actorCursor].words.lowerBound < wordRange.lowerBound { actorCursor += 1 }
            var actorMentions: [ActorRegistry.Mention] = []
            while actorCursor < allActors.count && allActors[actorCursor].words.upperBound < wordRange.upperBound {
                var mention = allActors[actorCursor]
                mention.words = (mention.words.lowerBound - wordRange.lowerBound)...(mention.words.upperBound - wordRange.lowerBound)
                actorMentions.append(mention)
                actorCursor += 1
            }
            // "have seized a major airbase south of Tripoli … GNA has complete control of al-Watiya
            // airbase": an unnamed facility is the one of its kind the next sentence names (in the
            // same paragraph or the next; paragraphs count lines).
            var namedNext: [Place] = []
            if let next = sentencePosition + 1 < sentences.count ? sentences[sentencePosition + 1] : nil,
               next.paragraph <= sentence.paragraph + 2, Self.namesUnnamedFacility(allWords[wordRange]) {
                // The places are in text order: find the next sentence's first one by bisection.
                var low = placeCursor, high = allPlaces.count
                while low < high {
                    let middle = (low + high) / 2
                    if allPlaces[middle].utf8Range.lowerBound < next.utf8Range.lowerBound { low = middle + 1 } else { high = middle }
                }
                var index = low
                while index < allPlaces.count, allPlaces[index].utf8Range.lowerBound < next.utf8Range.upperBound {
                    if let place = allPlaces[index].resolution.place, place.kind.isFacility { namedNext.append(place) }
                    index += 1
                }
            }
            let analysis = SentenceAnalysis(sentence: sentence, words: SentenceWords(allWords, range: wordRange), actorMentions: actorMentions,
                                            places: places, published: written, anchor: anchor,
                                            lastActors: lastActors, lastPlaces: lastPlaces, gazetteer: gazetteer,
                                            topic: SentenceAnalysis.Topic(actors: topicActors, places: topicPlaces, facilities: namedFacilities, isPlaceArticle: placeArticle,
                                                                          reportedYear: article.reportedYear, isYearlyReport: article.isReport,
                                                                          narrativeYear: narrative.flatMap { $0.paragraph == sentence.paragraph ? $0.year : nil }
                                                                              ?? (anchor == nil ? leadingYear : nil),
                                                                          // ("Forces loyal to Libya's two rival governments continue to square off" in a
                                                                          // text's first sentence: the two sides the whole text names most.)
                                                                          mainActors: mainActors.count == 2 || allActors.isEmpty
                                                                              || !wordRange.contains(where: { SentenceAnalysis.sidePairKeys.contains(allWords[$0].word) })
                                                                              ? mainActors : Array(rankedTextActors().prefix(2)),
                                                                          recentAttackers: attackers.isEmpty ? [:] : attackers.mapValues(\.actors),
                                                                          lastAttacker: lastAttack.flatMap { sentenceIndex - $0.sentence <= 2 ? $0.actor : nil },
                                                                          facilitiesNamedNext: namedNext,
                                                                          placesSpokenOfJustNow: sentence.paragraph - lastPlacesParagraph <= 2,
                                                                          recentActors: recentActors,
                                                                          statesAsOf: statesAsOf.flatMap { $0.paragraph == sentence.paragraph ? $0.interval : nil },
                                                                          namedPeriod: periods.isEmpty || !wordRange.contains(where: { allWords[$0].word == SentenceAnalysis.duringKey })
                                                                              ? nil : periods.period(in: sentence.text, published: written)),
                                            actors: actors)
            analysis.lastLeader = lastLeader
            var claims = analysis.claims()
            if claims.contains(where: { $0.status == .captured }) {
                claims += Self.holderLosses(claims)
                let fromRival = Self.takenFromRival(allWords[wordRange])
                if fromRival || claims.contains(where: { $0.status == .captured && Self.isRetaking($0.rule) }) {
                    claims += Self.recaptureLosses(claims, rankedActors: rankedTextActors(), earlier: assertions, fromRival: fromRival)
                }
            }
            if claims.contains(where: { $0.status == .contested }) { claims += entryOpposition(claims, earlier: assertions) }
            sentenceIndex += 1
            if !attackers.isEmpty { attackers = attackers.filter { sentenceIndex - $0.value.sentence <= 3 } }
            // (Attacks by two sides in one sentence leave no one side whose strikes a later sentence refers to.)
            var sentenceAttacker: Actor?, oneAttacker = true
            for claim in claims where claim.status == .attacked && claim.confidence >= Assertion.suggestionBelow {
                var entry: (sentence: Int, actors: [Actor]) = attackers[claim.place.id].flatMap { $0.sentence == sentenceIndex ? $0 : nil } ?? (sentenceIndex, [])
                if !entry.actors.contains(claim.actor) { entry.actors.append(claim.actor) }
                attackers[claim.place.id] = entry
                if let known = sentenceAttacker { oneAttacker = oneAttacker && known == claim.actor } else { sentenceAttacker = claim.actor }
            }
            if let sentenceAttacker { lastAttack = oneAttacker ? (sentenceIndex, sentenceAttacker) : nil }
            for claim in claims {
                assertions.append(Assertion(article: article.id, actor: claim.actor, place: claim.place, status: claim.status,
                                            interval: claim.interval, exceptions: claim.exceptions, quote: sentence.text,
                                            offset: characterOffsets.characters(at: sentence.utf8Range.lowerBound),
                                            confidence: claim.confidence, rule: claim.rule))
            }
            if let dated = analysis.eventDate { anchor = dated }
            // "As of January 2020 …": the time of the paragraph's states told in the present.
            if analysis.words.count > 3, analysis.words[0].key == "as", analysis.words[1].key == "of",
               let opening = analysis.dates.first, opening.first == 2, opening.expression.interval.from <= article.published {
                statesAsOf = (opening.expression.interval, sentence.paragraph)
            }
            if let opening = analysis.dates.first, opening.first <= 1, opening.expression.kind == .explicit,
               opening.expression.interval.from.year == opening.expression.interval.to.year, Self.writesYear(opening.expression.text) {
                narrative = (opening.expression.interval.from.year, sentence.paragraph)
            }
            if !analysis.actorMentions.isEmpty {
                for mention in analysis.actorMentions {
                    let order = timesNamed.count
                    timesNamed[mention.actor.id, default: (0, order, mention.actor)].count += 1
                }
                // The two most named (the first named on a tie), in one pass rather than a sort.
                var best: (count: Int, first: Int, actor: Actor)?, second: (count: Int, first: Int, actor: Actor)?
                func before(_ a: (count: Int, first: Int, actor: Actor), _ b: (count: Int, first: Int, actor: Actor)?) -> Bool {
                    guard let b else { return true }
                    return a.count > b.count || a.count == b.count && a.first < b.first
                }
                for entry in timesNamed.values {
                    if before(entry, best) { second = best; best = entry } else if before(entry, second) { second = entry }
                }
                // (Appended, not mapped from an array literal made for each sentence: done for speed.)
                mainActors = []
                if let best { mainActors.append(best.actor) }
                if let second { mainActors.append(second.actor) }
            }
            if let leader = analysis.actorMentions.last(where: \.throughLeader) { lastLeader = leader.actor }
            // The actors of this sentence go first, the last named first; a short memory.
            // (An actor is in the memory once at most, so its one entry is looked up and removed: done for speed.)
            for mention in analysis.actorMentions {
                if let known = recentActors.firstIndex(where: { $0.id == mention.actor.id }) { recentActors.remove(at: known) }
                recentActors.insert(mention.actor, at: 0)
            }
            if recentActors.count > 8 { recentActors.removeLast(recentActors.count - 8) }
            if let actor = analysis.actorMentions.first?.actor {
                // (In one pass: a filter then a map made an array of mentions in between. Done for speed.)
                lastActors = []
                for mention in analysis.actorMentions where mention.actor == actor || !mention.throughLeader { lastActors.append(mention.actor) }
                lastActorParagraph = sentence.paragraph
            } else if let referred = analysis.referredActor {
                // "the council claimed …", then "it lost …": the actor referred to stays the one referred to.
                lastActors = [referred]
                lastActorParagraph = sentence.paragraph
            }
            // Places inside actors' names ("Tripoli Revolutionaries' Brigade") are not places named.
            // Landmarks ("near the oasis town of Sabha") are not what "the city" refers back to, when another place was named.
            // ("took the oil terminals of Es Sider and Ras Lanuf", then "since losing the terminals": a town the
            // sentence's claims read as its facility is that facility.)
            let claimedFacilities = claims.map(\.place).filter(\.kind.isFacility)
            // (In one pass: a map, a filter and a map made two arrays in between for every sentence.)
            var resolvedPlaces: [Place] = []
            for span in analysis.referablePlaces where span.place.scope == .map {
                let place = span.place
                resolvedPlaces.append(place.kind.isFacility ? place
                    : claimedFacilities.first { gazetteer.facility(of: [$0.kind], serving: place) == $0 } ?? place)
            }
            if !resolvedPlaces.isEmpty {
                lastPlaces = resolvedPlaces
                lastPlacesParagraph = sentence.paragraph
            } else if sentence.paragraph - lastPlacesParagraph <= 2, analysis.isSectionHeading {
                // ("launched airstrikes on Al-Watiya Air Base", a section heading "Airstrike", then "in the air base": a
                // heading of a few words does not part a sentence from the places before it.)
                lastPlacesParagraph = sentence.paragraph
            }
            namedFacilities += resolvedPlaces.filter(\.kind.isFacility)
        }
        return Self.inferCaptures(Self.deduplicated(assertions + partsOfTowns(assertions)))
    }

    /// The year of the first full date among a text's first 200 words ("4 October 2017": a month's name, perhaps a day,
    /// then a year no later than publication); nil when there is none.
    static func leadingNarrativeYear(_ words: [TextWord], published: Day) -> Int? {
        for index in words.indices.prefix(200) where index >= 1 {
            let key = words[index].key
            guard key.utf8.count == 4, let year = Int(key), (1900...published.year).contains(year) else { continue }
            // (A month's name or abbreviation, as the date parsers read it.)
            func isMonth(_ position: Int) -> Bool { DateWord.lookUp(words[position].word)?.month != nil }
            if isMonth(index - 1) || index >= 2 && words[index - 1].key.allSatisfy(\.isNumber) && isMonth(index - 2) {
                return year
            }
        }
        return nil
    }

    /// Names cut short after a side's full name was written: "the Shura Council" after "the
    /// Shura Council of Mujahideen in Derna", "the Defense Brigades" after "the Benghazi
    /// Defense Brigades". A run of two or more capitalized words (with "of" between) that
    /// no name matched, and that is written word for word inside an earlier mention of
    /// three or more words, names that mention's side; runs that are places are not names.
    static func withShortNames(_ mentions: [ActorRegistry.Mention], in words: [TextWord], places: [PlaceMention]) -> [ActorRegistry.Mention] {
        // The words of the full names written (most texts have none, and most capitals are in none).
        var fullNameWords = Set<WordKey>()
        for mention in mentions where mention.words.count >= 3 { for index in mention.words { fullNameWords.insert(words[index].word) } }
        guard !fullNameWords.isEmpty else { return mentions }
        var covered = [Bool](repeating: false, count: words.count)
        for mention in mentions { for index in mention.words { covered[index] = true } }
        var result: [ActorRegistry.Mention] = []
        var next = 0
        var placeCursor = 0
        var index = 0
        while index < words.count {
            // (A sentence's capitalized article is no part of a name.)
            guard words[index].capitalized, !covered[index], fullNameWords.contains(words[index].word), words[index].key != "the" else { index += 1; continue }
            var end = index
            while end + 1 < words.count, !covered[end + 1], words[end + 1].breakBefore == 0,
                  words[end + 1].capitalized || words[end + 1].key == "of" && end + 2 < words.count && words[end + 2].capitalized && !covered[end + 2] {
                end += 1
            }
            defer { index = end + 1 }
            guard end > index else { continue }
            let length = end - index + 1
            // The last full name written before the run that holds it word for word.
            while next < mentions.count, mentions[next].words.upperBound < index { next += 1 }
            let earlier = mentions[..<next].last { mention in
                guard mention.words.count > length else { return false }
                return (mention.words.lowerBound...(mention.words.upperBound + 1 - length)).contains { start in
                    (0..<length).allSatisfy { words[start + $0].word == words[index + $0].word }
                }
            }
            guard let earlier else { continue }
            let first = words[index].utf8Range.lowerBound, stop = words[end].utf8Range.upperBound
            while placeCursor < places.count, places[placeCursor].utf8Range.upperBound <= first { placeCursor += 1 }
            if placeCursor < places.count, places[placeCursor].utf8Range.lowerBound < stop { continue }
            result.append(ActorRegistry.Mention(actor: earlier.actor, words: index...end, throughLeader: false, approximate: true))
        }
        guard !result.isEmpty else { return mentions }
        return (mentions + result).sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// A quarter taken, held or lost is its town fought for: "the GNA seized Jizah" is the
    /// GNA contesting Sirte that day (``Gazetteer/town(around:)``); a quarter attacked is its
    /// town attacked ("launched a new attack on the Jizah neighbourhood").
    func partsOfTowns(_ assertions: [Assertion]) -> [Assertion] {
        assertions.compactMap { assertion in
            guard assertion.place.kind == .area, let town = gazetteer.town(around: assertion.place) else { return nil }
            var fight = assertion
            fight.place = town
            fight.status = assertion.status == .attacked ? .attacked : .contested
            fight.exceptions = []
            fight.confidence = assertion.confidence * 0.8
            fight.rule = assertion.rule + "+part of town"
            return fight
        }
    }

    /// The span of an infobox "Date" row flattened to a line ("Date 3 March 2017 – 14 March
    /// 2017", "Date 16 May 2014 – present"): from its first day to its last (publication for
    /// "present"); nil for any other line.
    static func infoboxDates(_ sentence: Sentence, published: Day) -> DayInterval? {
        var text = Substring(sentence.text)
        // "Date 3 March 2017", "Date: …", "Date\t…", "Dates …", or a mirror's "Date16 May 2014" run together.
        // (The first byte first: most sentences fail it, and `hasPrefix` compares characters at many times the cost.)
        guard sentence.text.utf8.first == UInt8(ascii: "D"), text.utf8.count <= 140, text.hasPrefix("Date") else { return nil }
        text = text.dropFirst(4)
        if text.hasPrefix("s") { text = text.dropFirst() }
        guard let next = text.first, !next.isLetter else { return nil }
        text = text.drop { $0 == ":" || $0 == " " || $0 == "\t" }
        // "– Present (2 years, 1 month, 2 weeks and 2 days)": the span's length, as a mirror prints it, says nothing more.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") { text = text[..<open] }
        text = text.drop { $0 == " " }
        while text.last == " " { text = text.dropLast() }
        let found = DateResolver.expressions(in: String(text), published: published, anchor: nil)
            .filter { $0.kind == .explicit && $0.interval.from <= published }
        guard let first = found.first, let last = found.last else { return nil }
        let lowered = text.lowercased()
        let open = lowered.hasSuffix("present") || lowered.hasSuffix("ongoing")
        return DayInterval(from: first.interval.from, to: open ? published : min(last.interval.to, published),
                           precision: found.map(\.interval.precision).max() ?? .day)
    }

    /// Whether words take something "from rival forces", "from its rivals", "from enemy forces".
    static func takenFromRival(_ words: ArraySlice<TextWord>) -> Bool {
        var index = words.startIndex
        while index + 1 < words.endIndex {
            if words[index].key == "from" {
                for offset in 1...2 where index + offset < words.endIndex && ["rival", "rivals", "enemy", "opposing"].contains(words[index + offset].key) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// Whether words hold an indefinite facility ("a major airbase", "an oil terminal").
    static func namesUnnamedFacility(_ words: ArraySlice<TextWord>) -> Bool {
        let a = Triggers.aWord, an = Triggers.anWord, facilityNouns = Triggers.facilityNounKeys
        var index = words.startIndex
        while index < words.endIndex {
            if words[index].word == a || words[index].word == an {
                for offset in 1...3 where index + offset < words.endIndex {
                    if facilityNouns.contains(words[index + offset].word) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// Whether a date's text writes its year in four digits ("In 2016", "On 4 October 2017").
    static func writesYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    /// The day a sentence states and nothing else ("2016-02-26", "Monday, 26 February 2016"),
    /// when it is a whole line of a few words and no later than publication; nil otherwise.
    static func dateline(_ sentence: Sentence, words: Int, published: Day) -> Day? {
        // Every day written out has a digit; most short lines have none and cost one scan.
        guard words <= 6, sentence.text.utf8.count <= 40, sentence.text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        // The text from its first letter or figure to its last. (Found by index from both ends:
        // dropping from a reversed view and reversing again costs a hundred times more.)
        let isWritten = { (character: Character) in character.isLetter || character.isNumber }
        guard let first = sentence.text.firstIndex(where: isWritten), let last = sentence.text.lastIndex(where: isWritten) else { return nil }
        let text = String(sentence.text[first...last])
        let found = DateResolver.expressions(in: text, published: published, anchor: nil)
        guard found.count == 1, let expression = found.first, expression.kind == .explicit, expression.interval.precision == .day,
              expression.interval.from <= published else { return nil }
        // Only a weekday and punctuation may stand beside the date.
        let rest = text.replacingOccurrences(of: expression.text, with: " ")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        guard rest.allSatisfy({ weekdays.contains($0) }) else { return nil }
        return expression.interval.from
    }

    /// The place mentions whose range lies in `window`, shifted to start from it; `cursor` moves
    /// forward through `mentions` (sorted by position) from one window to the next.
    /// (Written for place mentions, not for any item through a key path: the generic version's key-path reads
    /// cost more than the copies. Done for speed.)
    static func slice(_ mentions: [PlaceMention], within window: Range<Int>, cursor: inout Int) -> [PlaceMention] {
        while cursor < mentions.count && mentions[cursor].utf8Range.lowerBound < window.lowerBound { cursor += 1 }
        var result: [PlaceMention] = []
        var index = cursor
        while index < mentions.count && mentions[index].utf8Range.upperBound <= window.upperBound {
            var mention = mentions[index]
            let original = mention.utf8Range
            mention.utf8Range = (original.lowerBound - window.lowerBound)..<(original.upperBound - window.lowerBound)
            result.append(mention)
            index += 1
        }
        return result
    }

    /// A place retaken ("recaptured", "retook", "regained") was the other side's: when the
    /// sentence names no loser, the loser is the actor the text has named most other than
    /// the taker and its allies in the whole text (`rankedActors`: most named first), when the text said
    /// nothing earlier of another side at the place.
    ///
    /// A place taken "from rival forces" ("from its rivals", "from enemy forces") is lost by
    /// that same other side, whatever the text said of it before. A holder of the place
    /// the same sentence names ("Sirte was Da'esh's stronghold, but … regained the city")
    /// comes first.
    static func recaptureLosses(_ claims: [SentenceAnalysis.Claim], rankedActors: [Actor], earlier: [Assertion],
                                fromRival: Bool) -> [SentenceAnalysis.Claim] {
        guard rankedActors.count >= 2 else { return [] }
        var losses: [SentenceAnalysis.Claim] = []
        for claim in claims where claim.status == .captured && (fromRival || isRetaking(claim.rule)) {
            guard !claims.contains(where: { $0.status == .lost && $0.place.id == claim.place.id }) else { continue }
            // (A side taking the place in the same sentence, "GNA/GNC forces recaptured …", is no loser.)
            func opposes(_ actor: Actor) -> Bool {
                actor != claim.actor && !actor.isAllied(with: claim.actor, during: claim.interval)
                    && !claims.contains(where: { $0.status == .captured && $0.place.id == claim.place.id && $0.actor == actor })
            }
            // (The holder the sentence names lost it first: ``holderLosses(_:)``, run before.)
            // "Jadhran's forces seized the terminals before the LNA retook them": the side that took them by another verb of the sentence.
            if let taker = claims.first(where: { $0.status == .captured && $0.place.id == claim.place.id && $0.actor != claim.actor
                                               && $0.rule != claim.rule && !$0.actor.isAllied(with: claim.actor, during: claim.interval) }) {
                losses.append(loss(from: claim, of: taker.actor, confidence: min(claim.confidence, taker.confidence) * 0.8, rule: "+taker"))
                continue
            }
            // A place with a history in the text is left to it (``inferCaptures(_:)``); two sides each taking
            // places in one sentence ("Sirte was retaken by the GNA, and Benghazi by the LNA") are no one's other side.
            guard !claims.contains(where: { $0.status == .captured && $0.actor != claim.actor && !$0.actor.isAllied(with: claim.actor, during: claim.interval) }),
                  fromRival || !earlier.contains(where: { $0.place.id == claim.place.id && opposes($0.actor) }),
                  let other = rankedActors.first(where: opposes) else { continue }
            losses.append(loss(from: claim, of: other, confidence: claim.confidence * 0.7, rule: fromRival ? "+rival" : "+other side"))
        }
        return losses
    }

    /// "ISIL has held Sirte since 2015. … GNA forces moved into the Dular neighbourhood": a side entering a place
    /// (``Triggers/enteringPhrases``) that another side held, as the text last said, fights that side there: both
    /// contest the place (or the town of the quarter entered). Not when the sentence names another side at the place,
    /// nor for an ally, nor when the text said the holder lost it.
    func entryOpposition(_ claims: [SentenceAnalysis.Claim], earlier: [Assertion]) -> [SentenceAnalysis.Claim] {
        var fights: [SentenceAnalysis.Claim] = []
        for claim in claims where claim.status == .contested && Self.isEntry(claim.rule) {
            let town = claim.place.kind == .area ? gazetteer.town(around: claim.place) : nil
            let ids: Set<String> = Set([claim.place.id]).union(town.map { [$0.id] } ?? [])
            guard !claims.contains(where: { ids.contains($0.place.id) && $0.actor != claim.actor }),
                  let said = earlier.last(where: { ids.contains($0.place.id) && $0.actor != claim.actor && $0.status != .attacked
                      && !$0.actor.isAllied(with: claim.actor, during: claim.interval) }),
                  said.status != .lost,
                  !fights.contains(where: { $0.actor == said.actor && $0.place.id == said.place.id }) else { continue }
            var fight = claim
            fight.actor = said.actor
            fight.place = said.place
            fight.exceptions = []
            fight.confidence = claim.confidence * 0.8
            fight.rule = claim.rule + "+held there"
            fights.append(fight)
        }
        return fights
    }

    /// Whether a rule is a verb of entering (``Triggers/enteringPhrases``): "active:moved into", "active:entered+reference".
    static func isEntry(_ rule: String) -> Bool {
        guard rule.hasPrefix("active:") else { return false }
        return Triggers.enteringPhraseSet.contains(String(rule.dropFirst(7).prefix { $0 != "+" }))
    }

    /// "Tarhuna, the LNA's last stronghold in western Libya, fell to GNA forces", "Sirte was
    /// Da'esh's stronghold …, but a government-aligned operation regained the city": a place
    /// taken from a holder the sentence names is the holder's loss (an opposing side, with no
    /// loss of the place said already).
    static func holderLosses(_ claims: [SentenceAnalysis.Claim]) -> [SentenceAnalysis.Claim] {
        var losses: [SentenceAnalysis.Claim] = []
        for claim in claims where claim.status == .captured {
            guard !claims.contains(where: { $0.status == .lost && $0.place.id == claim.place.id }),
                  let holder = claims.first(where: { held in held.status == .controls && held.place.id == claim.place.id && held.actor != claim.actor
                      && !held.actor.isAllied(with: claim.actor, during: claim.interval)
                      && !claims.contains(where: { $0.status == .captured && $0.place.id == claim.place.id && $0.actor == held.actor }) }),
                  !losses.contains(where: { $0.actor == holder.actor && $0.place.id == claim.place.id })
            else { continue }
            losses.append(loss(from: claim, of: holder.actor, confidence: min(claim.confidence, holder.confidence) * 0.8, rule: "+holder"))
        }
        return losses
    }

    /// The loss a taking infers for another side: the taking's place and date, with the rule
    /// that inferred it after the taking's.
    static func loss(from claim: SentenceAnalysis.Claim, of actor: Actor, confidence: Double, rule: String) -> SentenceAnalysis.Claim {
        var loss = claim
        loss.actor = actor
        loss.status = .lost
        loss.exceptions = []
        loss.confidence = confidence
        loss.rule = claim.rule + rule
        return loss
    }

    /// Whether a rule's trigger word takes back what was lost ("active:recaptured").
    static func isRetaking(_ rule: String) -> Bool {
        // (A rule of ASCII bytes, as rules are, is read byte by byte: each byte is a character, and the string
        // comparisons of `hasPrefix` cost far more. Done for speed; any other rule is read as before.)
        if rule.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(rule.utf8)
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
            let trigger = bytes[(colon + 1)...].prefix { $0 != UInt8(ascii: "+") }
                .map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
            return retakingPrefixes.contains { trigger.starts(with: $0.utf8) }
        }
        guard let colon = rule.firstIndex(of: ":") else { return false }
        let trigger = rule[rule.index(after: colon)...].prefix { $0 != "+" }.lowercased()
        return retakingPrefixes.contains { trigger.hasPrefix($0) }
    }

    /// How a trigger that takes back what was lost begins (``isRetaking(_:)``).
    static let retakingPrefixes = ["recaptur", "retook", "retak", "regain", "reclaim", "reconquer", "won back", "took back", "taken back", "retake"]

    /// One claim per sentence, actor, place, status and interval: the most confident of
    /// the rules that found it. A claim that several sentences make is kept once for each,
    /// so that every sentence behind it is evidence (a news item's headline, lede and body).
    static func deduplicated(_ assertions: [Assertion]) -> [Assertion] {
        struct Key: Hashable {
            var actor: String, place: String, status: ClaimStatus, from: Day, to: Day, offset: Int

            /// Hashes the sentence and first day only, as one number; `==` still compares every field.
            /// (Claims of one sentence and day are few, and hashing the two ids of each claim cost
            /// more than sharing a bucket now and then; done for speed.)
            func hash(into hasher: inout Hasher) {
                hasher.combine(offset &* 1_000_003 &+ from.year &* 512 &+ from.month &* 32 &+ from.day)
            }
        }
        var seen: [Key: Int] = Dictionary(minimumCapacity: assertions.count)
        var kept: [Assertion] = []
        kept.reserveCapacity(assertions.count)
        for assertion in assertions {
            let key = Key(actor: assertion.actor.id, place: assertion.place.id, status: assertion.status,
                          from: assertion.interval.from, to: assertion.interval.to, offset: assertion.offset)
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
        // (Assertions are read in place and copied only when they are the ones sought: a copy retains
        // five strings and arrays, and these loops run over every pair.)
        for attackIndex in assertions.indices where assertions[attackIndex].status == .attacked {
            // (The fields read below, not a copy of the whole attack, which is copied only when a capture is inferred. Done for speed.)
            let placeID = assertions[attackIndex].place.id, actor = assertions[attackIndex].actor
            let interval = assertions[attackIndex].interval, offset = assertions[attackIndex].offset
            // (A side the loser lost the place to already, or an ally of its taker, took nothing: "With the support of
            // Turkish drones, GNA forces recaptured Sabratha".)
            let captured = assertions.contains { $0.status == .captured && $0.place.id == placeID
                && ($0.actor.id == actor.id || $0.actor.isAllied(with: actor, during: interval) || $0.offset == offset)
                && $0.interval.overlaps(interval) }
            guard !captured else { continue }
            if let loss = assertions.first(where: { $0.status == .lost && $0.place.id == placeID && $0.actor.id != actor.id
                && $0.interval.overlaps(interval) && abs($0.offset - offset) < 1500 }) {
                var capture = assertions[attackIndex]
                capture.status = .captured
                capture.confidence = min(capture.confidence, loss.confidence) * 0.8
                capture.rule = "inferred:attack then \(loss.actor.id) lost"
                result.append(capture)
            }
        }
        // Whoever the text last said held, took or fought for a place loses it when another takes it ("ISIL still
        // controlling around 10 buildings", then "Sirte was completely captured by pro-GNA militias"); not an ally.
        for captureIndex in assertions.indices where assertions[captureIndex].status == .captured {
            // (The fields read below, not a copy of the whole capture, which is copied only when a loss is inferred; the
            // place's id once, not at every pair. Done for speed.)
            let placeID = assertions[captureIndex].place.id, actor = assertions[captureIndex].actor
            let interval = assertions[captureIndex].interval, offset = assertions[captureIndex].offset
            // The earlier holder whose claim ends last (the first of those).
            var holderIndex: Int?
            for index in assertions.indices {
                guard assertions[index].status == .captured || assertions[index].status == .controls || assertions[index].status == .contested,
                      assertions[index].offset < offset,
                      assertions[index].interval.to <= interval.from, assertions[index].place.id == placeID,
                      assertions[index].actor.id != actor.id,
                      assertions[index].status != .contested || !assertions[index].actor.isAllied(with: actor, during: interval)
                else { continue }
                if holderIndex.map({ assertions[$0].interval.to < assertions[index].interval.to }) ?? true { holderIndex = index }
            }
            guard let holderIndex else { continue }
            let holderActor = assertions[holderIndex].actor
            // "The joint forces took Warshefana": a side taking the place in the same sentence loses nothing.
            guard !assertions.contains(where: { $0.status == .captured && $0.actor == holderActor && $0.offset == offset && $0.place.id == placeID })
            else { continue }
            let known = result.contains { $0.status == .lost && $0.actor.id == holderActor.id && $0.place.id == placeID
                && $0.interval.overlaps(interval) }
            guard !known else { continue }
            var loss = assertions[captureIndex]
            loss.actor = holderActor
            loss.status = .lost
            loss.exceptions = []
            loss.confidence = loss.confidence * 0.8
            loss.rule = "inferred:previous holder"
            result.append(loss)
        }
        // (The positions are sorted, then the claims copied once in their order: sorting the claims themselves
        // moved each one several times, and a move copies and destroys five strings and arrays. The same
        // comparisons give the same order.)
        let order = result.indices.sorted { a, b in
            (result[a].offset, result[a].actor.id, result[a].place.id) < (result[b].offset, result[b].actor.id, result[b].place.id)
        }
        return order.map { result[$0] }
    }
}

/// Character (Unicode scalar) offsets of UTF-8 offsets in a text, counted forward from
/// the last offset asked for (offsets are asked in increasing order; an earlier one
/// starts the count again from the beginning).
struct CharacterOffsets {
    private let bytes: [UInt8]
    private var position = 0
    private var scalars = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func characters(at utf8Offset: Int) -> Int {
        let target = min(max(utf8Offset, 0), bytes.count)
        if target < position { position = 0; scalars = 0 }
        var position = self.position, scalars = self.scalars
        bytes.withUnsafeBytes { raw in
            // Every byte but a continuation byte (10xxxxxx) opens a scalar. (Eight bytes at a time: a
            // continuation byte is one whose top bit is set and whose next bit is not; done for speed,
            // as the count walks the text up to its last claim.)
            while target - position >= 8 {
                let eight = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                let continuations = eight & ~(eight << 1) & 0x8080_8080_8080_8080
                scalars += 8 - continuations.nonzeroBitCount
                position += 8
            }
            while position < target {
                if raw[position] & 0xC0 != 0x80 { scalars += 1 }
                position += 1
            }
        }
        self.position = position
        self.scalars = scalars
        return scalars
    }
}
