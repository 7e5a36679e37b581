import Places

/// One sentence read for claims: its words, the actors and places it names, its dates,
/// and the triggers that tie them. A class: its rules read it in many closures, which
/// would otherwise copy every array it holds.
final class SentenceAnalysis {
    struct Claim {
        var actor: Actor
        var place: Place
        var status: ClaimStatus
        var interval: DayInterval
        var exceptions: [Place]
        var confidence: Double
        var rule: String
    }

    /// A place mention with the words it covers.
    struct PlaceSpan {
        /// The match score of the name (1 for an exact name, lower for looser spellings).
        var mentionScore: Double
        var place: Place
        var first: Int
        var last: Int
    }

    struct DateSpan {
        var expression: DateExpression
        var first: Int
    }

    /// What the text is about: the actors of its title, the towns and sites it names (not
    /// its regions), and the facilities named so far (the title's first).
    struct Topic {
        var actors: [Actor] = []
        var places: [Place] = []
        var facilities: [Place] = []
        /// The title is a town's name: an article on the town.
        var isPlaceArticle = false
        /// The year the text reports on, from its title (``Article/reportedYear``).
        var reportedYear: Int?
        /// The text is a report on that year (``Article/isReport``), not a narrative of it.
        var isYearlyReport = false
        /// The year that opened a sentence earlier in the paragraph ("In 2016, …"): the
        /// year of its later months written alone ("In December").
        var narrativeYear: Int?
        /// The two actors the text has named most so far, most named first: who "both
        /// sides" and "the two armies" are.
        var mainActors: [Actor] = []
        /// Who attacked each place (by id) in the last few sentences: who took it when a
        /// later sentence says only that it "was overrun".
        var recentAttackers: [String: [Actor]] = [:]
        /// The side of the text's latest attack, in this sentence's last three ("Egyptian warplanes struck Derna. The
        /// strikes also hit Sirte": the strikes referred back are that side's wherever they fell).
        var lastAttacker: Actor?
        /// The facilities the next sentence names, when this one speaks of one without its
        /// name ("seized a major airbase"); empty otherwise.
        var facilitiesNamedNext: [Place] = []
        /// The last places named were named in this paragraph or the one before.
        var placesSpokenOfJustNow = false
        /// The actors named in this paragraph and the one before, the last named first: "the
        /// jihadists" means the last of them described so.
        var recentActors: [Actor] = []
        /// The time an earlier sentence of the paragraph set for the states it tells ("As of January 2020 the House of
        /// Representatives controls …"): the time of its present-tense states with no date of their own.
        var statesAsOf: DayInterval?
        /// The named period the sentence places its events in ("during the Second Libyan Civil War", ``NamedPeriods``).
        var namedPeriod: DayInterval?
    }

    /// The places a later "the city" or "the town" may refer to: those named other than as
    /// landmarks ("located near the oasis town of Sabha"), unless all were landmarks.
    var referablePlaces: [PlaceSpan] {
        // (Filtered only when some place is left out: most sentences keep all, and a filter makes a new array. Done for speed.)
        let places = places.contains(where: { isOrigin($0) }) ? places.filter { !isOrigin($0) } : places
        guard places.count > 1 else { return places }
        let landmarks = places.reduce(0) { $0 + (isLandmark($1, after: -1) ? 1 : 0) }
        return landmarks == 0 || landmarks == places.count ? places : places.filter { !isLandmark($0, after: -1) }
    }

    let sentence: Sentence
    let words: SentenceWords
    let topic: Topic
    /// Where the triggers of a state ("controlled by", "held") end: a "since" right after one dates that state.
    var stateTriggerEnds: [Int] = []
    /// Triggers whose claims found no place (``findPlaces(_:)``), in order: what ``coOccurrenceClaims(_:)`` may suggest from.
    var unplacedTriggers: [Occurrence] = []
    /// Whether ``isRefused(_:)`` refused a trigger of the sentence (set by ``claimsOf(_:nextTrigger:previousTrigger:)``).
    var refusesATrigger = false
    /// The actor a word of this sentence referred back to ("the council", "they"), once a claim used it.
    var referredActor: Actor?
    let places: [PlaceSpan]
    /// Towns written inside an actor's name ("the Tripoli government", "the Tobruk-based
    /// House of Representatives"): its seat when the name is a government's.
    let placesInNames: [PlaceSpan]
    /// "rival administrations based in Tripoli and the eastern city of Tobruk": each town of the list and the government
    /// the actors file seats there on the sentence's date ("Tripoli-based government", dated) (``rivalSeatClaims()``).
    var rivalSeats: [(span: PlaceSpan, actor: Actor)] = []
    let actorMentions: [ActorRegistry.Mention]
    let dates: [DateSpan]
    let published: Day
    let anchor: DayInterval?
    let lastActors: [Actor]
    /// The force of the last person named (a leader, "Haftar"), for "his" and "he".
    var lastLeader: Actor?
    let lastPlaces: [Place]
    let gazetteer: Gazetteer
    /// Where each word's clause starts.
    let clauseStart: [Int]
    /// The word lists of ``SentenceCues`` that have a word in the sentence.
    let cues: SentenceCues

    /// The event date this sentence sets for the sentences after it: a date written out, or
    /// counted from another event, or a day counted from publication ("yesterday"); vague
    /// words such as "recently" date their own sentence but not the ones after it; a season
    /// ("the spring of 2016") sets its year, three months being too narrow a guess for what follows.
    var eventDate: DayInterval? {
        guard let span = dates.first(where: { span in
            // "the first time in three years" is no day after publication that events could be counted from.
            guard span.expression.interval.from <= published else { return false }
            switch span.expression.kind {
            case .explicit, .relativeToEvent, .season: return true
            case .relativeToPublication: return span.expression.interval.precision == .day
            case .since: return false
            }
        }) else { return nil }
        return span.expression.kind == .season ? .year(span.expression.interval.from.year) : span.expression.interval
    }

    /// - words: the sentence's words; `actorMentions`: the actors they name, by word index in the sentence;
    ///   `mentions`: its places, with UTF-8 offsets in the sentence.
    init(sentence: Sentence, words: SentenceWords, actorMentions: [ActorRegistry.Mention], places mentions: [PlaceMention],
         published: Day, anchor: DayInterval?, lastActors: [Actor], lastPlaces: [Place], gazetteer: Gazetteer, topic: Topic = Topic(),
         actors registry: ActorRegistry? = nil) {
        self.gazetteer = gazetteer
        self.topic = topic
        self.sentence = sentence
        self.published = published
        self.anchor = anchor
        self.lastActors = lastActors
        self.lastPlaces = lastPlaces
        self.words = words
        let base = sentence.utf8Range.lowerBound
        func wordIndex(atByte offset: Int) -> Int {
            var low = 0, high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle].utf8Range.upperBound - base <= offset { low = middle + 1 } else { high = middle }
            }
            return min(low, max(words.count - 1, 0))
        }
        // A name that is part of an actor's name ("Haitham al-Tajouri", "Misurati militia") is not a place here.
        var inNames: [PlaceSpan] = []
        var placeSpans: [PlaceSpan] = mentions.compactMap { mention in
            // (The resolved candidate is taken out once, for its place and its score: ``Resolution/place`` and
            // ``PlaceMention/score`` each copied it. Done for speed.)
            guard case .resolved(let best, _) = mention.resolution, !words.isEmpty else { return nil }
            let place = best.place
            let span = PlaceSpan(mentionScore: best.match.level.score, place: place, first: wordIndex(atByte: mention.utf8Range.lowerBound),
                                 last: wordIndex(atByte: mention.utf8Range.upperBound - 1))
            let insideActor = actorMentions.contains { $0.words.overlaps(span.first...span.last) }
            // "the Benghazi Defence and Misratan Brigades", "the Derna Protection Force": a
            // place before the head noun of a force's name names the force, not a place.
            let namesForce = span.last + 1 < words.count && words[span.last + 1].capitalized
                && words[span.last + 1].breakBefore == 0 && Triggers.forceNameNounWords.contains(words, span.last + 1)
            if insideActor, [.city, .town].contains(place.kind) { inNames.append(span) }
            // ("HoR established its parliament in Tobruk, which is controlled by Haftar's forces": a name that ends "in" a
            // town, "parliament in Tobruk", still names the town.)
            let seatInName = insideActor && span.first >= 1 && words[span.first - 1].key == "in"
                && actorMentions.contains { $0.words.contains(span.first) && $0.words.upperBound == span.last && $0.words.contains(span.first - 1) }
            return insideActor && !seatInName || namesForce ? nil : span
        }
        // The lists read below that have a word in the sentence (most have none), found in one pass: one look-up per word in
        // one table instead of a pass with a look-up in each list. (A plain loop, not a closure per word: done for speed.)
        // (A word of ASCII letters only has no figure: its key is not read, for speed.)
        // (Every date expression has a figure or a head word of the date vocabulary: most sentences have neither, and the
        // words' packed keys tell it without tokenizing the sentence again.)
        let cueTable = Self.sentenceCueTable
        var cues: SentenceCues = []
        var hasFigure = false
        for index in 0..<words.count {
            // (The inlined probe first: most words are in no list, and the subscript is a call.)
            if cueTable.contains(words[index].word), let found = cueTable[words[index].word] { cues.formUnion(found) }
            if !hasFigure, !words[index].asciiLetters, words[index].key.utf8.first.map({ (0x30...0x39).contains($0) }) == true { hasFigure = true }
        }
        self.cues = cues
        // (A nickname's cue is rare: the words are checked by packed key before any place is.)
        if cues.contains(.nicknameCue) {
            placeSpans.removeAll { Self.isQuotedNickname($0, at: words[$0.first].utf8Range.lowerBound - base, in: sentence.text, words: words) }
        }
        self.placesInNames = inNames
        // "eastern and southern Libya": the direction before "and" names a region too, when
        // the gazetteer knows it with the rest of the name ("Eastern Libya").
        for span in placeSpans where span.place.kind == .region && span.first >= 2 && span.last > span.first
            && Self.directionAdjectives.contains(words[span.first].key) && ["and", "or"].contains(words[span.first - 1].key) {
            var other = span.first - 2
            // "eastern, central and southern Libya"
            while other >= 0, Self.directionAdjectives.contains(words[other].key) {
                let name = ([words[other].key] + (span.first + 1...span.last).map { words[$0].key }).joined(separator: " ")
                if let place = gazetteer.resolve(name).place, place.kind == .region, !placeSpans.contains(where: { $0.first == other }) {
                    placeSpans.append(PlaceSpan(mentionScore: span.mentionScore, place: place, first: other, last: other))
                }
                guard other >= 2, words[other].breakBefore == 1 || ["and", "or"].contains(words[other - 1].key) else { break }
                other -= words[other].breakBefore == 1 ? 1 : 2
            }
        }
        // "the eastern part of Libya", "the southern parts of the country": the region the
        // gazetteer names "Eastern Libya" (the country itself only locates).
        let directionAdjectiveKeys = Self.directionAdjectiveKeys  // (fetched once, not at every word)
        // ("Some areas of the country, including the eastern part, …": a part that ends its phrase, after the country was
        // named in the sentence, is that part of the country.)
        if cues.contains(.directionAdjective) {
            for index in words.indices where index + 1 < words.count && directionAdjectiveKeys.contains(words[index].word)
                && ["part", "parts"].contains(words[index + 1].key) {
                let ofCountry = index + 3 < words.count && words[index + 2].key == "of"
                let country = ofCountry
                    ? placeSpans.first { $0.first == index + 3 && $0.place.kind == .country }?.place
                        ?? (words[index + 3].key == "the" && index + 4 < words.count && words[index + 4].key == "country" ? gazetteer.country : nil)
                    : index >= 1 && words[index - 1].key == "the" && (index + 2 == words.count || words[index + 2].breakBefore >= 1)
                        && (placeSpans.contains { $0.place.kind == .country && $0.last < index }
                            || (1..<index).contains { words[$0].key == "country" && words[$0 - 1].key == "the" }) ? gazetteer.country : nil
                guard let country, let place = gazetteer.resolve(words[index].key + " " + country.name).place, place.kind == .region,
                      ofCountry || !placeSpans.contains(where: { $0.first <= index + 1 && $0.last >= index }) else { continue }
                if ofCountry { placeSpans.removeAll { $0.first == index + 3 } }
                placeSpans.append(PlaceSpan(mentionScore: ofCountry ? 1 : 0.9, place: place, first: index, last: index + 1))
            }
        }
        // "took under control the airbase Al-Jufra" (a translation): a facility's noun before a
        // town's or district's name is that town's facility of the kind.
        for (position, span) in placeSpans.enumerated() where span.first >= 1 && [.city, .town, .village, .district].contains(span.place.kind) {
            let noun = words[span.first - 1]
            guard Triggers.facilityNounKeys.contains(noun.word), words[span.first].breakBefore == 0,
                  let kinds = Triggers.placeAnaphora[noun.key], kinds.allSatisfy(\.isFacility),
                  span.first < 2 || !["of", "in", "near"].contains(words[span.first - 2].key),
                  let facility = gazetteer.facility(of: kinds, serving: span.place) else { continue }
            placeSpans[position] = PlaceSpan(mentionScore: span.mentionScore * 0.9, place: facility, first: span.first - 1, last: span.last)
        }
        // "the Tripoli government controls the west": a point of the compass alone, ending its
        // phrase, is that part of the country, as is "the east of the country" or "the west of
        // Libya" ("the west of the city", "the south western districts", "from three directions
        // -- the west, south and east" are not).
        let theKey = Self.theKey, compassNounKeys = Self.compassNounKeys
        if let country = gazetteer.country, cues.contains(.compassNoun) {
            // The words after the compass noun that name the country: "of the country", "of Libya" (0 when none).
            // (The country's key is made here, for the few compass nouns, not for every sentence.)
            func countryWords(after noun: Int) -> Int {
                guard noun + 2 < words.count, words[noun + 1].key == "of", words[noun + 1].breakBefore == 0 else { return 0 }
                if words[noun + 2].key == country.name.lowercased() { return 2 }
                return noun + 3 < words.count && words[noun + 2].key == "the" && words[noun + 3].key == "country" ? 3 : 0
            }
            for index in words.indices where index > 0 && index + 1 < words.count && words[index].word == theKey
                && words[index].breakBefore == 0 && words[index - 1].key != "from" {
                // "the oil-producing south", "the restive south": an epithet may stand between.
                var noun = index + 1
                if noun + 2 < words.count, words[noun + 1].hyphenBefore, !words[noun].capitalized, compassNounKeys.contains(words[noun + 2].word) {
                    noun += 2
                } else if noun + 1 < words.count, Self.compassEpithetKeys.contains(words[noun].word), compassNounKeys.contains(words[noun + 1].word) {
                    noun += 1
                }
                guard compassNounKeys.contains(words[noun].word), words[noun].breakBefore == 0,
                      !(noun + 1 < words.count && compassNounKeys.contains(words[noun + 1].word)),
                      !(max(0, index - 3)..<index).contains(where: { ["directions", "sides", "fronts", "flanks"].contains(words[$0].key) }) else { continue }
                let ofCountry = countryWords(after: noun)
                let after = noun + 1 + ofCountry
                guard after == words.count || words[after].breakBefore > 0 || Self.afterCompassNoun.contains(words[after].key) else { continue }
                guard let place = gazetteer.resolve(words[noun].key + "ern " + country.name).place, place.kind == .region else { continue }
                // ("of Libya": the country's name is part of the region's.)
                if ofCountry > 0 { placeSpans.removeAll { $0.place.kind == .country && $0.first > noun && $0.last <= noun + ofCountry } }
                guard !placeSpans.contains(where: { $0.first <= noun + ofCountry && $0.last >= index }) else { continue }
                placeSpans.append(PlaceSpan(mentionScore: 0.9, place: place, first: index, last: noun + ofCountry))
            }
        }
        placeSpans.sort { $0.first < $1.first }
        self.places = placeSpans
        // "the February 17th Martyrs Brigade", "the 17 February Revolution": a date inside a name.
        // (Dates are looked for only where a word has a figure or is a head word of the date vocabulary: see `cues`.)
        let mayHaveDate = hasFigure || cues.contains(.dateHead)
        let expressions = mayHaveDate ? DateResolver.expressions(in: sentence.text, words: words, wordOffset: base, published: published, anchor: anchor,
                                                                 reportedYear: topic.reportedYear, narrativeYear: topic.narrativeYear) : []
        let found = expressions.compactMap { expression -> (DateSpan, Int)? in
            let first = wordIndex(atByte: expression.utf8Range.lowerBound)
            let last = wordIndex(atByte: expression.utf8Range.upperBound - 1)
            let named = (words[first].key == "the" || first > 0 && words[first - 1].key == "the") && last + 1 < words.count
                && words[last + 1].capitalized && words[last + 1].breakBefore == 0
            return named ? nil : (DateSpan(expression: expression, first: first), last)
        }
        // "from 7 May 2018 until 12 February 2019", "between May 18 and May 20": one span
        // from the first day of the one to the last day of the other.
        var spans: [DateSpan] = []
        var index = 0
        while index < found.count {
            let (span, last) = found[index]
            let opener = span.first > 0 && Self.fromOrBetweenKeys.contains(words[span.first - 1].word) ? span.first - 1
                : Self.fromOrBetweenKeys.contains(words[span.first].word) ? span.first : -1
            // "in May and July 2014": months joined by "and" are one span of fighting or holding.
            let joinedMonths = index + 1 < found.count && last + 2 == found[index + 1].0.first && last + 1 < words.count
                && words[last + 1].key == "and" && span.expression.interval.precision == .month
                && found[index + 1].0.expression.interval.precision == .month
            if index + 1 < found.count, opener >= 0 || joinedMonths, last + 1 < words.count,
               [last + 1, last + 2].contains(found[index + 1].0.first),
               joinedMonths || (words[opener].key == "between" ? ["and"] : ["until", "till", "to", "through"]).contains(words[last + 1].key) {
                let start = span.expression.interval, end = found[index + 1].0.expression.interval
                if end.to >= start.from {
                    var merged = span
                    merged.expression.interval = DayInterval(from: start.from, to: end.to, precision: max(start.precision, end.precision))
                    spans.append(merged)
                    index += 2
                    continue
                }
            }
            spans.append(span)
            index += 1
        }
        self.dates = spans
        // A name that meant different actors over time ("the Tripoli government") means the
        // one of the sentence's first date, else of the last event dated, else of publication.
        // "the U.S.-backed GNA", "Turkish-supported forces": a backer named in an adjective is no side.
        // "anti-Haftar forces", "Counter-ISIL Efforts": a name after "anti-" or "counter-" names the other side.
        // "CAIRO, EGYPT - A Libyan Army spokesman …": the country of a dateline is where the story was filed, no side.
        let dateline = Self.datelineEnd(words: words)
        func isSide(_ mention: ActorRegistry.Mention) -> Bool {
            let next = mention.words.upperBound + 1
            let first = mention.words.lowerBound
            return first >= dateline
                // "the U.S. embassy evacuated Tripoli", "the U.S. Department of the Treasury": a country's civilian office, no force.
                && !(next < words.count && Self.civilianOfficeKeys.contains(words[next].word))
                && !(next < words.count && words[next].hyphenBefore && Triggers.supportWordKeys.contains(words[next].word))
                && !(first > 0 && words[first].hyphenBefore && ["anti", "counter"].contains(words[first - 1].key))
                // "Forces opposed to Haftar", "Haftar's rivals": the side named is the one they fight, not them.
                && !(first >= 2 && words[first - 1].key == "to" && ["opposed", "hostile", "opposition"].contains(words[first - 2].key))
                && !(next < words.count && Self.rivalNounKeys.contains(words[next].word))
        }
        // (Most sentences keep every mention: the array is copied only when one is dropped, rather than filtered into a
        // new array for every sentence. Done for speed.)
        var actorMentions = actorMentions
        if actorMentions.contains(where: { !isSide($0) }) { actorMentions.removeAll { !isSide($0) } }
        // "Fighters from Misrata", "militias from the western city of Misrata": a town's fighters
        // are the force the actors file names after the town ("Misrata militias"), when it has one.
        if let registry {
            // The force the actors file names after a town ("Misrata militias"), if any.
            func townForce(_ span: PlaceSpan) -> Actor? {
                let town = (span.first...span.last).map { words[$0].key }.joined(separator: " ")
                return registry.mentions(in: NameFolding.textWords(town + " militias")).first { $0.words.lowerBound == 0 }?.actor
            }
            // Where the last town a force was named after ends: "Militias from Misrata and Zintan" names two forces.
            var lastOriginEnd: Int?
            for span in placeSpans where [.city, .town].contains(span.place.kind) {
                if let end = lastOriginEnd, span.first == end + 2, words[end + 1].key == "and" || words[end + 1].key == "or",
                   !actorMentions.contains(where: { $0.words.contains(span.first) }), let force = townForce(span) {
                    actorMentions.append(ActorRegistry.Mention(actor: force, words: span.first...span.last, throughLeader: false, approximate: true))
                    lastOriginEnd = span.last
                    continue
                }
                // ("the militias of Misrata": "of" after a force's noun is no title of the town.)
                let first = span.first >= 2 && words[span.first - 1].word == Self.ofKey && Self.originForceNounWords.contains(words, span.first - 2)
                    ? span.first : Self.titleStart(of: span, in: words)
                // "Misrata-based militias": the same force, named by its base.
                // ("Misrata-based Islamist militias": an adjective or two may stand before the noun.)
                // ("Misrata-led forces", "Zintan-aligned brigades": the same.)
                let basedNoun = span.last + 2 < words.count && Self.basedNounKeys.contains(words[span.last + 1].word)
                    && words[span.last + 1].hyphenBefore
                    ? ((span.last + 2)..<min(words.count, span.last + 5)).first(where: { Self.originForceNouns.contains(words[$0].key) }) : nil
                let based = basedNoun.map { noun in ((span.last + 2)...noun).allSatisfy { words[$0].breakBefore == 0 } } ?? false
                let forceWord = based ? basedNoun! : first - 2
                // ("the militias of Misrata", as translations write it.)
                guard based || first >= 2 && ["from", "of"].contains(words[first - 1].key) && Self.originForceNouns.contains(words[first - 2].key),
                      !actorMentions.contains(where: { $0.words.contains(forceWord) || based && $0.words.contains(span.last + 1) }) else { continue }
                guard let force = townForce(span) else { continue }
                // ("seized by Misrata-based Islamist militias": the force's name runs from "based" to its noun.)
                let nameStart = based ? span.last + 1 : forceWord
                actorMentions.append(ActorRegistry.Mention(actor: force, words: nameStart...forceWord, throughLeader: false, approximate: true))
                if !based { lastOriginEnd = span.last }
            }
            // "GNA forces fought the militants in Sirte", "drove the Islamist fighters out of Ganfouda": a noun a recent
            // actor is described by (`described_as`), after "the" and perhaps an adjective, names that actor.
            // (The determiner first: a cheap test that most words fail.)
            if cues.contains(.actorAnaphora), topic.recentActors.contains(where: { !$0.describedAs.isEmpty }) {
                let theKey = Self.theKey, anaphoraKeys = Triggers.actorAnaphoraKeys
                for index in 1..<max(1, words.count) {
                    let determiner = words[index - 1].word == theKey
                        || index >= 2 && words[index - 2].word == theKey && words[index - 1].capitalized && words[index].breakBefore == 0
                    guard determiner, anaphoraKeys.contains(words[index].word) else { continue }
                    let key = words[index].key
                    guard let actor = topic.recentActors.first(where: { $0.describedAs.contains(key) }),
                          !actorMentions.contains(where: { $0.words.contains(index) || $0.words.upperBound == index - 1 }) else { continue }
                    actorMentions.append(ActorRegistry.Mention(actor: actor, words: index...index, throughLeader: false, approximate: true))
                }
            }
            actorMentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        }
        // The middle of a long span: "during the year" 2016 is mostly the GNA's year.
        func middle(_ interval: DayInterval) -> Day { Day(ordinal: (interval.from.ordinal + interval.to.ordinal) / 2) }
        let sentenceDay = (spans.first(where: { $0.expression.kind != .since })?.expression.interval ?? anchor).map(middle) ?? published
        if let registry, actorMentions.contains(where: { $0.dated >= 0 }) {
            self.actorMentions = actorMentions.map { registry.resolved($0, on: sentenceDay) }
        } else {
            self.actorMentions = actorMentions
        }
        // (Packed keys first: the scan runs over every word of every sentence.)
        // (A plain loop, not a closure per word: done for speed.)
        let rivalNounKeys = Self.rivalGovernmentNounKeys
        var rivalNoun: Int?
        if registry != nil, cues.contains(.rivalGovernmentNoun) {
            for index in 1..<max(1, words.count) where rivalNounKeys.contains(words[index].word)
                && (max(0, index - 2)..<index).contains(where: { Self.rivalWords.contains(words[$0].key) }) {
                rivalNoun = index
                break
            }
        }
        if let registry, let noun = rivalNoun {
            // The towns after the noun and a word of a seat ("based in", "one in Tripoli and the other in Tobruk").
            // ("… based in Tripoli and the eastern city of Tobruk": a town listed after a seat's town.)
            for span in placeSpans where span.first > noun && span.first - noun <= 16 && [.city, .town].contains(span.place.kind)
                && ((max(noun, span.first - 6)..<span.first).contains(where: { ["based", "in", "seated", "headquartered"].contains(words[$0].key) })
                    || rivalSeats.last.map({ ((($0.span.last + 1)..<span.first).contains { words[$0].key == "and" }) }) == true) {
                let town = (span.first...span.last).map { words[$0].key }.joined(separator: " ")
                guard let mention = registry.mentions(in: NameFolding.textWords(town + "-based government")).first(where: { $0.words.lowerBound == 0 }),
                      mention.actor.isGovernment else { continue }
                let seated = registry.resolved(mention, on: sentenceDay).actor
                if !rivalSeats.contains(where: { $0.actor == seated }) { rivalSeats.append((span, seated)) }
            }
            if rivalSeats.count < 2 { rivalSeats = [] }
        }
        // (Written in place, once per word: neither filled first nor appended to, each of which is a call with its own checks.)
        let mentionsFound = self.actorMentions
        self.clauseStart = [Int](unsafeUninitializedCapacity: words.count) { starts, written in
            var current = 0
            // The clause a relative clause between commas interrupts: "took Es Sider, which also
            // includes an airport, on Friday from the LNA" goes on after the second comma.
            var interrupted: Int?
            // (The keys and tables read at every word, fetched once: each static is a guarded global.)
            let clauseOpenerKeys = Extractor.clauseOpenerKeys, subordinatorKeys = Extractor.subordinatorKeys, andKey = Self.andKey
            for index in 0..<words.count {
                if let resumed = interrupted, words[index].breakBefore == 1, Extractor.clauseResumers.contains(words[index].word) {
                    current = resumed
                    interrupted = nil
                }
                if index > 0, words[index].breakBefore >= 1, clauseOpenerKeys.contains(words[index].word) {
                    interrupted = words[index].breakBefore == 1 && Extractor.relativeOpenerKeys.contains(words[index].word) ? current : nil
                    current = index
                }
                // "Turkey sends troops after the LNA captures Sirte": a conjunction before a subject opens a clause, comma or not.
                if index > 0, index + 1 < words.count, subordinatorKeys.contains(words[index].word),
                   words[index + 1].key == "the" || words[index + 1].capitalized && words[index + 1].breakBefore == 0
                       || Triggers.actorPronouns.contains(words[index + 1].key) {
                    current = index
                }
                // "Result: GNA victory; LNA forces withdraw from Gharyan": a semicolon before a side parts clauses.
                // (Only before a side: "; 10 in Nofaliya and 2 in Ben Jawad" goes on with the clause before.)
                if words[index].semicolonBefore,
                   mentionsFound.contains(where: { $0.words.lowerBound == index || $0.words.lowerBound == index + 1 && words[index].word == Self.theKey }) {
                    current = index
                }
                // "… to blunt the LNA's advance, and Haftar's forces withdrew": a comma, "and", then a side opens a clause of its own.
                // ("…, and the al-Sarraj government has moved into ministries": an article may stand before the name.)
                // ("between the LNA, led by Khalifa Haftar, and ISIL in Sirte": the comma closes a description of the first side.)
                if index > 0, words[index].breakBefore == 1, words[index].word == andKey,
                   !(max(1, index - 7)..<index).contains(where: { opener in
                       words[opener].breakBefore == 1 && Self.descriptionOpeners.contains(words[opener].key)
                           && mentionsFound.contains { $0.words.upperBound == opener - 1 }
                           && ((opener + 1)..<index).allSatisfy { words[$0].breakBefore == 0 } }),
                   mentionsFound.contains(where: { $0.words.lowerBound == index + 1 || $0.words.lowerBound == index + 2 && words[index + 1].word == Self.theKey
                       || $0.words.lowerBound == index + 3 && words[index + 1].word == Self.theKey && ["al", "el"].contains(words[index + 2].key) }) {
                    current = index
                }
                starts[index] = current
            }
            written = words.count
        }
    }

    /// Whether a name stands in quotes after "known as", "nicknamed", "dubbed" or "alias": what someone is called
    /// ("the operative Noureddine Chouchane, also known as \"Sabir\""), not a place ("the district known as Sabri" is one).
    static func isQuotedNickname(_ span: PlaceSpan, at offset: Int, in text: String, words: SentenceWords) -> Bool {
        guard span.first >= 1, offset >= 1 else { return false }
        let before = words[span.first - 1].key
        guard ["nicknamed", "dubbed", "alias", "aka", "codenamed"].contains(before)
                || before == "as" && span.first >= 2 && words[span.first - 2].key == "known" else { return false }
        // A straight quote, or the last byte of a curly one (U+201C, U+2018: E2 80 9C, E2 80 98).
        let byte = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offset - 1)]
        return byte == 0x22 || byte == 0x27 || byte == 0x9C || byte == 0x98
    }

    /// A headline: a line of capitalized words with no full stop ("Sirte Liberated From
    /// Islamic State"), where a participle after its subject is a passive.
    lazy var isHeadline: Bool = {
        guard !endsAsProse, words.count >= 3, words.count <= 14 else { return false }
        let capitalized = words.reduce(0) { $0 + ($1.capitalized ? 1 : 0) }
        return capitalized * 10 >= words.count * 6
    }()

    /// A section heading: a line of a few words, the first capitalized, with no sentence's end ("Airstrike", "History").
    var isSectionHeading: Bool {
        words.count > 0 && words.count <= 4 && !endsAsProse && words[0].capitalized
    }

    /// Whether the sentence ends as a sentence of prose or a clause does (a full stop, a question or exclamation mark,
    /// a closing quote, a colon, a semicolon or a comma); a heading ends with none of them.
    var endsAsProse: Bool {
        guard let last = sentence.text.last else { return false }
        return ".!?\"”:;,".contains(last)
    }

    /// Whether the sentence has an opening bracket at all (most have none).
    /// (Scanned over the string's own bytes: walking `utf8` generically costs several times more per byte.)
    lazy var hasBrackets: Bool = sentence.text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "(")) }
        ?? sentence.text.utf8.contains(UInt8(ascii: "("))

    /// Whether each word stands inside round brackets.
    lazy var inBrackets: [Bool] = {
        let base = sentence.utf8Range.lowerBound
        let bytes = Array(sentence.text.utf8)
        var result = [Bool](repeating: false, count: words.count)
        var depth = 0, position = 0
        for index in 0..<words.count {
            let start = words[index].utf8Range.lowerBound - base
            while position < min(start, bytes.count) {
                if bytes[position] == UInt8(ascii: "(") { depth += 1 } else if bytes[position] == UInt8(ascii: ")") { depth = max(0, depth - 1) }
                position += 1
            }
            result[index] = depth > 0
            position = max(position, words[index].utf8Range.upperBound - base)
        }
        return result
    }()

}

extension PlaceMention {
    /// The match score of the name (1 for an exact name, lower for looser spellings).
    var score: Double {
        if case .resolved(let best, _) = resolution { return best.match.level.score }
        return 0.5
    }
}

/// The words of one sentence: a window on the article's words, indexed from 0, read in
/// place rather than copied.
struct SentenceWords: RandomAccessCollection {
    private let all: [TextWord]
    private let base: Int
    let count: Int

    init(_ all: [TextWord], range: Range<Int>) {
        self.all = all
        self.base = range.lowerBound
        self.count = range.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> TextWord {
        _read { yield all[base + position] }
    }
}
