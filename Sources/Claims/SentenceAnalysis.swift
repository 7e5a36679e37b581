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
        /// The facilities the next sentence names, when this one speaks of one without its
        /// name ("seized a major airbase"); empty otherwise.
        var facilitiesNamedNext: [Place] = []
        /// The last places named were named in this paragraph or the one before.
        var placesSpokenOfJustNow = false
        /// The actors named in this paragraph and the one before, the last named first: "the
        /// jihadists" means the last of them described so.
        var recentActors: [Actor] = []
    }

    /// The places a later "the city" or "the town" may refer to: those named other than as
    /// landmarks ("located near the oasis town of Sabha"), unless all were landmarks.
    var referablePlaces: [PlaceSpan] {
        let places = places.filter { !isOrigin($0) }
        guard places.count > 1 else { return places }
        let named = places.filter { !isLandmark($0, after: -1) }
        return named.isEmpty ? places : named
    }

    let sentence: Sentence
    let words: SentenceWords
    let topic: Topic
    /// Where the triggers of a state ("controlled by", "held") end: a "since" right after one dates that state.
    private var stateTriggerEnds: [Int] = []
    /// The actor a word of this sentence referred back to ("the council", "they"), once a claim used it.
    private(set) var referredActor: Actor?
    let places: [PlaceSpan]
    /// Towns written inside an actor's name ("the Tripoli government", "the Tobruk-based
    /// House of Representatives"): its seat when the name is a government's.
    let placesInNames: [PlaceSpan]
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

    /// The event date this sentence sets for the sentences after it: a date written out, or
    /// counted from another event, or a day counted from publication ("yesterday"); vague
    /// words such as "recently" date their own sentence but not the ones after it.
    var eventDate: DayInterval? {
        dates.first { span in
            // "the first time in three years" is no day after publication that events could be counted from.
            guard span.expression.interval.from <= published else { return false }
            switch span.expression.kind {
            case .explicit, .relativeToEvent: return true
            case .relativeToPublication: return span.expression.interval.precision == .day
            case .since: return false
            }
        }?.expression.interval
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
            guard let place = mention.resolution.place, !words.isEmpty else { return nil }
            let span = PlaceSpan(mentionScore: mention.score, place: place, first: wordIndex(atByte: mention.utf8Range.lowerBound),
                                 last: wordIndex(atByte: mention.utf8Range.upperBound - 1))
            let insideActor = actorMentions.contains { $0.words.overlaps(span.first...span.last) }
            // "the Benghazi Defence and Misratan Brigades", "the Derna Protection Force": a
            // place before the head noun of a force's name names the force, not a place.
            let namesForce = span.last + 1 < words.count && words[span.last + 1].capitalized
                && words[span.last + 1].breakBefore == 0 && Triggers.forceNameNouns.contains(words[span.last + 1].key)
            if insideActor, [.city, .town].contains(place.kind) { inNames.append(span) }
            return insideActor || namesForce ? nil : span
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
        for index in words.indices where index + 3 < words.count && Self.directionAdjectiveKeys.contains(words[index].word)
            && ["part", "parts"].contains(words[index + 1].key) && words[index + 2].key == "of" {
            let country = placeSpans.first { $0.first == index + 3 && $0.place.kind == .country }?.place
                ?? (words[index + 3].key == "the" && index + 4 < words.count && words[index + 4].key == "country" ? gazetteer.country : nil)
            guard let country, let place = gazetteer.resolve(words[index].key + " " + country.name).place, place.kind == .region else { continue }
            placeSpans.removeAll { $0.first == index + 3 }
            placeSpans.append(PlaceSpan(mentionScore: 1, place: place, first: index, last: index + 1))
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
        // phrase, is that part of the country ("the west of the city", "the south western
        // districts", "from three directions -- the west, south and east" are not).
        let theKey = Self.theKey, compassNounKeys = Self.compassNounKeys
        if let country = gazetteer.country {
            for index in words.indices where index > 0 && index + 1 < words.count && words[index].word == theKey
                && words[index].breakBefore == 0 && words[index - 1].key != "from"
                && compassNounKeys.contains(words[index + 1].word) && words[index + 1].breakBefore == 0
                && (index + 2 == words.count || words[index + 2].breakBefore > 0 || Self.afterCompassNoun.contains(words[index + 2].key))
                && !(index + 2 < words.count && compassNounKeys.contains(words[index + 2].word))
                && !(max(0, index - 3)..<index).contains(where: { ["directions", "sides", "fronts", "flanks"].contains(words[$0].key) }) {
                guard let place = gazetteer.resolve(words[index + 1].key + "ern " + country.name).place, place.kind == .region,
                      !placeSpans.contains(where: { $0.first <= index + 1 && $0.last >= index }) else { continue }
                placeSpans.append(PlaceSpan(mentionScore: 0.9, place: place, first: index, last: index + 1))
            }
        }
        placeSpans.sort { $0.first < $1.first }
        self.places = placeSpans
        // "the February 17th Martyrs Brigade", "the 17 February Revolution": a date inside a name.
        // (Every date expression has a figure or a head word of the date vocabulary: most sentences have neither, and the
        // words' packed keys tell it without tokenizing the sentence again.)
        let headKeys = DateResolver.headWordKeys
        let mayHaveDate = (0..<words.count).contains { index in
            headKeys.contains(words[index].word) || words[index].key.utf8.first.map { (0x30...0x39).contains($0) } == true
        }
        let found = (mayHaveDate ? DateResolver.expressions(in: sentence.text, published: published, anchor: anchor, reportedYear: topic.reportedYear,
                                                            narrativeYear: topic.narrativeYear) : []).compactMap { expression -> (DateSpan, Int)? in
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
            let opener = span.first > 0 && ["from", "between"].contains(words[span.first - 1].key) ? span.first - 1
                : ["from", "between"].contains(words[span.first].key) ? span.first : -1
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
        var actorMentions = actorMentions.filter { mention in
            let next = mention.words.upperBound + 1
            let first = mention.words.lowerBound
            return first >= dateline
                // "the U.S. embassy evacuated Tripoli", "the U.S. Department of the Treasury": a country's civilian office, no force.
                && !(next < words.count && Self.civilianOfficeKeys.contains(words[next].word))
                && !(next < words.count && words[next].hyphenBefore && Triggers.supportWords.contains(words[next].key))
                && !(first > 0 && words[first].hyphenBefore && ["anti", "counter"].contains(words[first - 1].key))
        }
        // "Fighters from Misrata", "militias from the western city of Misrata": a town's fighters
        // are the force the actors file names after the town ("Misrata militias"), when it has one.
        if let registry {
            for span in placeSpans where [.city, .town].contains(span.place.kind) {
                // ("the militias of Misrata": "of" after a force's noun is no title of the town.)
                let first = span.first >= 2 && words[span.first - 1].key == "of" && Self.originForceNouns.contains(words[span.first - 2].key)
                    ? span.first : Self.titleStart(of: span, in: words)
                // "Misrata-based militias": the same force, named by its base.
                // ("Misrata-based Islamist militias": an adjective or two may stand before the noun.)
                // ("Misrata-led forces", "Zintan-aligned brigades": the same.)
                let basedNoun = span.last + 2 < words.count && ["based", "led", "aligned", "affiliated"].contains(words[span.last + 1].key)
                    && words[span.last + 1].hyphenBefore
                    ? ((span.last + 2)..<min(words.count, span.last + 5)).first(where: { Self.originForceNouns.contains(words[$0].key) }) : nil
                let based = basedNoun.map { noun in ((span.last + 2)...noun).allSatisfy { words[$0].breakBefore == 0 } } ?? false
                let forceWord = based ? basedNoun! : first - 2
                // ("the militias of Misrata", as translations write it.)
                guard based || first >= 2 && ["from", "of"].contains(words[first - 1].key) && Self.originForceNouns.contains(words[first - 2].key),
                      !actorMentions.contains(where: { $0.words.contains(forceWord) || based && $0.words.contains(span.last + 1) }) else { continue }
                let town = (span.first...span.last).map { words[$0].key }.joined(separator: " ")
                let named = registry.mentions(in: NameFolding.textWords(town + " militias")).first { $0.words.lowerBound == 0 }
                guard let named else { continue }
                // ("seized by Misrata-based Islamist militias": the force's name runs from "based" to its noun.)
                let nameStart = based ? span.last + 1 : forceWord
                actorMentions.append(ActorRegistry.Mention(actor: named.actor, words: nameStart...forceWord, throughLeader: false, approximate: true))
            }
            // "GNA forces fought the militants in Sirte", "drove the Islamist fighters out of Ganfouda": a noun a recent
            // actor is described by (`described_as`), after "the" and perhaps an adjective, names that actor.
            // (The determiner first: a cheap test that most words fail.)
            if topic.recentActors.contains(where: { !$0.describedAs.isEmpty }) {
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
        if let registry, actorMentions.contains(where: { $0.dated >= 0 }) {
            // The middle of a long span: "during the year" 2016 is mostly the GNA's year.
            func middle(_ interval: DayInterval) -> Day { Day(ordinal: (interval.from.ordinal + interval.to.ordinal) / 2) }
            let day = (spans.first(where: { $0.expression.kind != .since })?.expression.interval ?? anchor).map(middle) ?? published
            self.actorMentions = actorMentions.map { registry.resolved($0, on: day) }
        } else {
            self.actorMentions = actorMentions
        }
        var starts: [Int] = []
        var current = 0
        // The clause a relative clause between commas interrupts: "took Es Sider, which also
        // includes an airport, on Friday from the LNA" goes on after the second comma.
        var interrupted: Int?
        starts.reserveCapacity(words.count)
        let clauseOpenerKeys = Extractor.clauseOpenerKeys
        let mentionsFound = self.actorMentions
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
            if index > 0, index + 1 < words.count, Extractor.subordinatorKeys.contains(words[index].word),
               words[index + 1].key == "the" || words[index + 1].capitalized && words[index + 1].breakBefore == 0
                   || Triggers.actorPronouns.contains(words[index + 1].key) {
                current = index
            }
            // "Result: GNA victory; LNA forces withdraw from Gharyan": a semicolon before a side parts clauses.
            // (Only before a side: "; 10 in Nofaliya and 2 in Ben Jawad" goes on with the clause before.)
            if words[index].semicolonBefore,
               self.actorMentions.contains(where: { $0.words.lowerBound == index || $0.words.lowerBound == index + 1 && words[index].word == Self.theKey }) {
                current = index
            }
            // "… to blunt the LNA's advance, and Haftar's forces withdrew": a comma, "and", then a side opens a clause of its own.
            // ("…, and the al-Sarraj government has moved into ministries": an article may stand before the name.)
            // ("between the LNA, led by Khalifa Haftar, and ISIL in Sirte": the comma closes a description of the first side.)
            if index > 0, words[index].breakBefore == 1, words[index].word == Self.andKey,
               !(max(1, index - 7)..<index).contains(where: { opener in
                   words[opener].breakBefore == 1 && Self.descriptionOpeners.contains(words[opener].key)
                       && mentionsFound.contains { $0.words.upperBound == opener - 1 }
                       && ((opener + 1)..<index).allSatisfy { words[$0].breakBefore == 0 } }),
               self.actorMentions.contains(where: { $0.words.lowerBound == index + 1 || $0.words.lowerBound == index + 2 && words[index + 1].word == Self.theKey
                   || $0.words.lowerBound == index + 3 && words[index + 1].word == Self.theKey && ["al", "el"].contains(words[index + 2].key) }) {
                current = index
            }
            starts.append(current)
        }
        self.clauseStart = starts
    }

    // MARK: - Triggers

    struct Occurrence {
        var trigger: Trigger
        var first: Int
        var last: Int
    }

    func occurrences() -> [Occurrence] {
        // An infobox row "Headquarters: Derna (2014–18), Sirte (2015–16)" in an article on an armed group.
        if words.count >= 2, words[0].word == Triggers.headquartersWord, !topic.actors.isEmpty, !places.isEmpty {
            return [Occurrence(trigger: Triggers.headquartersRow, first: 0, last: 0)]
        }
        var covered = [Bool](repeating: false, count: words.count)
        for span in places { for index in span.first...span.last { covered[index] = true } }
        for mention in actorMentions { for index in mention.words { covered[index] = true } }
        var found: [Occurrence] = []
        var index = 0
        // The keys and tables read at every word, fetched once (each static is a guarded global).
        let under = Triggers.under, toKey = Self.toKey, asKey = Self.asKey, theKey = Self.theKey, inKey = Triggers.inWord, based = Triggers.based
        let copulaKeys = Triggers.copulaKeys, seatNounKeys = Triggers.seatNounKeys, byFirstWord = Triggers.byFirstWord
        let degreeWordKeys = Triggers.degreeWordKeys, targetNounKeys = Triggers.targetNounKeys, nounLikeVerbKeys = Triggers.nounLikeVerbKeys
        let notTaking = Triggers.notTaking, shareAdjectives = Self.shareAdjectives, partKey = Self.partKey, roleKey = Self.roleKey
        while index < words.count {
            // "under GNA control": "under", the actor (after "the" perhaps), then "control" or "rule".
            let word = words[index].word
            let isCopula = copulaKeys.contains(word)
            if word == under, !covered[index],
               let actor = actorMentions.first(where: { $0.words.lowerBound == index + 1
                   || ($0.words.lowerBound == index + 2 && words[index + 1].key == "the") }),
               actor.words.upperBound + 1 < words.count, ["control", "rule"].contains(words[actor.words.upperBound + 1].key) {
                found.append(Occurrence(trigger: Triggers.underActorControl, first: index, last: index))
                index = actor.words.upperBound + 2
                continue
            }
            // "Sirte returned to LNA control", "the town reverted to GNA control": a change of hands.
            if word == toKey, !covered[index], index > 0, Self.returnVerbs.contains(words[index - 1].key),
               let actor = actorMentions.first(where: { $0.words.lowerBound == index + 1
                   || ($0.words.lowerBound == index + 2 && words[index + 1].key == "the") }),
               actor.words.upperBound + 1 < words.count, ["control", "rule", "hands"].contains(words[actor.words.upperBound + 1].key) {
                found.append(Occurrence(trigger: Triggers.toActorControl, first: index, last: index))
                index = actor.words.upperBound + 2
                continue
            }
            // "Gharyan back in GNA hands", "remained in LNA hands": the side named between.
            if word == inKey, !covered[index], let actor = actorMentions.first(where: { $0.words.lowerBound == index + 1 }),
               actor.words.upperBound + 1 < words.count, words[actor.words.upperBound + 1].key == "hands" {
                let back = index > 0 && Self.returnVerbs.contains(words[index - 1].key)
                found.append(Occurrence(trigger: back ? Triggers.backInActorHands : Triggers.inActorHands, first: index, last: index))
                index = actor.words.upperBound + 2
                continue
            }
            // "Ghrarat was now under their control": the side the pronoun stands for.
            if word == under, !covered[index], index + 2 < words.count, ["their", "its", "his"].contains(words[index + 1].key),
               ["control", "rule"].contains(words[index + 2].key) {
                found.append(Occurrence(trigger: Triggers.underActorControl, first: index, last: index))
                index += 3
                continue
            }
            // "Sirte was ISIS's center of governance": a place, a copula, the actor, a noun of a seat.
            // ("Sirte is now LNA territory": an adverb may stand after the copula.)
            // ("Gharyan had been the LNA's main supply base since April": "had been", and a few adjectives before the noun.)
            let perfectCopula = word == Self.beenKey && index >= 2 && ["had", "has", "have"].contains(words[index - 1].key)
                && places.contains(where: { $0.last == index - 2 })
            let after = (isCopula || perfectCopula) && index + 1 < words.count && Self.stateAdverbs.contains(words[index + 1].key) ? index + 1 : index
            // ("Sirte remains a key LNA stronghold", "the last ISIS stronghold": an article and adjectives before the side.)
            if isCopula && index > 0 && places.contains(where: { $0.last == index - 1 }) || perfectCopula,
               let actor = actorMentions.first(where: { $0.words.lowerBound == after + 1
                   || ($0.words.lowerBound == after + 2 && ["the", "a", "an"].contains(words[after + 1].key))
                   || ($0.words.lowerBound <= after + 4 && $0.words.lowerBound > after + 2 && ["the", "a", "an"].contains(words[after + 1].key)
                       && ((after + 2)..<$0.words.lowerBound).allSatisfy { words[$0].breakBefore == 0 && !words[$0].capitalized && !covered[$0] }) }),
               let seat = ((actor.words.upperBound + 1)..<min(words.count, actor.words.upperBound + 4)).first(where: { seatNounKeys.contains(words[$0].word) }),
               ((actor.words.upperBound + 1)..<seat).allSatisfy({ words[$0].breakBefore == 0 && !words[$0].capitalized && !covered[$0] }) {
                found.append(Occurrence(trigger: Triggers.seatOfActor, first: index, last: index))
                index = seat + 1
                continue
            }
            // "Gharyan has served as the LNA's main forward base": a place, "served as", the actor, a few adjectives, a noun of a seat.
            if word == asKey, index >= 2, ["served", "serves", "serving", "acted", "acts", "functioned", "functions"].contains(words[index - 1].key),
               // ("Gharyan, which had served as the LNA's forward operating base": through the relative pronoun.)
               let placeEnd = [index - 2, index - 3, index - 4].first(where: { end in end >= 0 && places.contains(where: { $0.last == end }) }),
               placeEnd == index - 2 || ["has", "had", "have"].contains(words[index - 2].key)
                   && (placeEnd == index - 3 || ["which", "that"].contains(words[index - 3].key)),
               let actor = actorMentions.first(where: { $0.words.lowerBound == index + 1
                   || ($0.words.lowerBound == index + 2 && ["the", "a", "an"].contains(words[index + 1].key)) }),
               let seat = ((actor.words.upperBound + 1)..<min(words.count, actor.words.upperBound + 4)).first(where: { Triggers.seatNounKeys.contains(words[$0].word) }),
               ((actor.words.upperBound + 1)..<seat).allSatisfy({ words[$0].breakBefore == 0 && !words[$0].capitalized }) {
                found.append(Occurrence(trigger: Triggers.seatOfActor, first: index, last: index))
                index = seat + 1
                continue
            }
            // "Tarhuna, the LNA's last stronghold in western Libya": a place, a comma, then the actor's seat in apposition.
            // ("Sirte, the group's stronghold": the side referred to.)
            // ("Misrata, a GNA stronghold, was shelled": the indefinite article too.)
            if word == theKey || word == Self.aKey || word == Self.anKey, index > 0, words[index].breakBefore == 1, places.contains(where: { $0.last == index - 1 }),
               let owner = actorMentions.first(where: { $0.words.lowerBound == index + 1 })?.words.upperBound
                   ?? (index + 1 < words.count && isActorReference(at: index + 1) && isPossessive(index + 1) ? index + 1 : nil),
               let seat = ((owner + 1)..<min(words.count, owner + 4)).first(where: { Triggers.seatNounKeys.contains(words[$0].word) }),
               ((owner + 1)..<seat).allSatisfy({ words[$0].breakBefore == 0 && !words[$0].capitalized }) {
                found.append(Occurrence(trigger: Triggers.seatOfActor, first: index, last: index))
                index = seat + 1
                continue
            }
            // "Tripoli is the seat of the GNA": a place, a copula, a noun of a seat, "of", the actor.
            if isCopula, index > 0, places.contains(where: { $0.last == index - 1 }), index + 3 < words.count,
               ["the", "a", "an"].contains(words[index + 1].key), Triggers.seatNounKeys.contains(words[index + 2].word), words[index + 3].key == "of",
               actorMentions.contains(where: { $0.words.lowerBound == index + 4 || ($0.words.lowerBound == index + 5 && words[index + 4].key == "the") }) {
                found.append(Occurrence(trigger: Triggers.seatOfActor, first: index, last: index + 3))
                index += 4
                continue
            }
            // "the internationally recognized government in Tobruk", "the General National
            // Congress in Tripoli": a government named with its city sits there.
            // ("… opposes the GNA, in Tripoli": a comma parts them.)
            // ("The LNA clashed with the GNA in Ajdabiya": a side fought in a town is there to fight, not seated there.)
            if word == inKey, index > 0, !covered[index], words[index].breakBefore == 0,
               let government = actorMentions.first(where: { $0.words.upperBound == index - 1 }), government.actor.isGovernment,
               !found.contains(where: { ($0.trigger.status == .contested || $0.trigger.status == .attacked) && clauseStart[$0.first] == clauseStart[index] }),
               // ("the United Nations-backed Government of National Accord in Tripoli": a government's full name.)
               Triggers.governmentNouns.contains(words[index - 1].key) || government.words.count == 1 && words[index - 1].allCaps
                   || government.words.count >= 3 && government.words.contains(where: { Triggers.governmentNouns.contains(words[$0].key) }),
               places.contains(where: { ($0.first == index + 1 || $0.first == index + 2 && words[index + 1].key == "the")
                   && [.city, .town, .village].contains($0.place.kind) }) {
                found.append(Occurrence(trigger: Triggers.governmentIn, first: index, last: index))
                index += 1
                continue
            }
            // "ISIS's stronghold in Sirte", "the LNA stronghold of Benghazi": the actor, a noun of a seat, "in" or "of", the place.
            if seatNounKeys.contains(word), !covered[index], index > 0,
               actorMentions.contains(where: { $0.words.upperBound == index - 1 }) || ["its", "their"].contains(words[index - 1].key)
                   || index > 1 && ["its", "their"].contains(words[index - 2].key) && !covered[index - 1]
                   || seatOwnerReference(before: index) != nil,
               index + 2 < words.count,
               ["in", "of", "at"].contains(words[index + 1].key), places.contains(where: { $0.first == index + 2 || ($0.first == index + 3 && words[index + 2].key == "the") }) {
                // "the removal of ISIS from its stronghold in Sirte": a seat lost, not held.
                let owner = actorMentions.first(where: { $0.words.upperBound == index - 1 })?.words.lowerBound ?? (words[index - 1].key == "its" || words[index - 1].key == "their" ? index - 1 : index - 2)
                let from = owner > 0 && words[owner - 1].key == "from" ? owner - 1 : owner > 1 && words[owner - 1].key == "the" && words[owner - 2].key == "from" ? owner - 2 : -1
                if from > 0, (max(0, from - 4)..<from).contains(where: { Triggers.removalWords.contains(words[$0].key) }) {
                    index += 2
                    continue
                }
                found.append(Occurrence(trigger: Triggers.actorSeat, first: index, last: index + 1))
                index += 2
                continue
            }
            // "the Tripoli-based GNA": the place, "-based", then the actor.
            // ("The Tobruk-based, internationally recognized government": other adjectives may come between.)
            if word == based, words[index].hyphenBefore, places.contains(where: { $0.last == index - 1 }),
               actorMentions.contains(where: { $0.words.lowerBound == index + 1 && words[index + 1].breakBefore == 0
                   || $0.words.lowerBound > index && $0.words.lowerBound <= index + 3 && words[index + 1].breakBefore == 1
                      && ((index + 2)..<max(index + 2, $0.words.upperBound + 1)).allSatisfy { words[$0].breakBefore == 0 } }) {
                found.append(Occurrence(trigger: Triggers.placeBasedActor, first: index, last: index))
                index += 1
                continue
            }
            // "U.S. airstrikes in Sirte": a side whose name ends in a noun of striking ("U.S. airstrikes") strikes the place after it.
            let strikesNamed = covered[index] && Triggers.strikeNounKeys.contains(word)
                && actorMentions.contains(where: { $0.words.upperBound == index && $0.words.count >= 2 })
            guard !covered[index] || strikesNamed, let candidates = byFirstWord[word] else { index += 1; continue }
            // "airstrikes on LNA targets": a noun after an actor's name, not a verb; so is
            // "targets in the city" (a verb takes its object first).
            // ("Elected government bases itself in Tobruk": a verb.)
            if targetNounKeys.contains(word), actorMentions.contains(where: { $0.words.upperBound == index - 1 }),
               !(index + 1 < words.count && ["itself", "themselves"].contains(words[index + 1].key))
                || index + 1 < words.count && ["in", "near", "around", "inside", "across"].contains(words[index + 1].key) && targetNounKeys.contains(word) {
                index += 1
                continue
            }
            // "car bombs", "artillery shells": nouns, unless a force's name stands right before.
            if nounLikeVerbKeys.contains(word), !actorMentions.contains(where: { $0.words.upperBound == index - 1 }) {
                index += 1
                continue
            }
            var matched: Occurrence?
            for trigger in candidates {
                guard trigger.matches(words[index], at: 0) else { continue }
                // "Sirte, which they captured from IS": with no auxiliary before it, "captured from" is the
                // active verb whose object came before, not the passive "was captured from" (a shorter trigger serves).
                if trigger.voice == .passive, trigger.status == .lost, trigger.words.count == 2, trigger.words[1] == "from",
                   !hasPassiveAuxiliary(before: index), !(index > 0 && places.contains(where: { $0.last == index - 1 }) && isPossessive(index - 1)) { continue }
                // Words of degree may stand inside: "took full control of".
                var position = index
                var ok = true
                for offset in 1..<max(1, trigger.words.count) {
                    position += 1
                    while position < words.count, !trigger.matches(words[position], at: offset), degreeWordKeys.contains(words[position].word),
                          words[position].breakBefore == 0 { position += 1 }
                    guard position < words.count else { ok = false; break }
                    let word = words[position]
                    if !trigger.matches(word, at: offset) || word.breakBefore >= 2 || covered[position] { ok = false; break }
                }
                // "took place", "took part": not a taking.
                if ok, trigger.words.count == 1, trigger.status == .captured, position + 1 < words.count,
                   notTaking.contains(words[position + 1].key) { ok = false }
                // "took the most active part", "took an active role": a share, not a taking.
                if ok, trigger.words.count == 1, trigger.status == .captured, position + 2 < words.count, shareAdjectives.contains(words[position + 1].word),
                   let share = ((position + 2)..<min(words.count, position + 5)).first(where: { !shareAdjectives.contains(words[$0].word) }),
                   words[share].word == partKey || words[share].word == roleKey { ok = false }
                if ok { matched = Occurrence(trigger: trigger, first: index, last: position); break }
                // "handed Sirte over to the GNA", "took the town of Gharyan back": a particle after the place it governs.
                if trigger.words.count == 2, trigger.words[1] == "over" || trigger.words[1] == "back",
                   let span = places.first(where: { $0.first == index + 1 || $0.first > index + 1 && $0.first <= index + 5
                       && ((index + 1)..<$0.first).allSatisfy { words[$0].breakBefore == 0 && !words[$0].capitalized && !covered[$0] } }),
                   span.last + 1 < words.count, words[span.last + 1].key == trigger.words[1], words[span.last + 1].breakBefore == 0 {
                    matched = Occurrence(trigger: trigger, first: index, last: index)
                    break
                }
            }
            // "seizes control of", "wrests full control over": a verb of taking with "control of" is one trigger.
            if var occurrence = matched, occurrence.trigger.status == .captured, occurrence.trigger.voice == .active {
                var position = occurrence.last + 1
                while position < words.count, Triggers.degreeWords.contains(words[position].key) { position += 1 }
                if position + 1 < words.count, words[position].key == "control", ["of", "over"].contains(words[position + 1].key) {
                    occurrence.last = position + 1
                    matched = occurrence
                }
            }
            // "the GNA's loss of control over", "ceded control of Ras Lanuf to the LNA", "was stripped of
            // control of Sirte": control given up is a loss; "lacks control of", "without control of": none.
            if var occurrence = matched, occurrence.trigger.words.first == "control" {
                var back = occurrence.first - 1
                while back >= 0, occurrence.first - back <= 3, ["its", "their", "his", "the", "of", "full", "complete", "effective", "overall"].contains(words[back].key)
                        || words[back].key == "over" && back > 0 && ["handed", "hands", "handing"].contains(words[back - 1].key) { back -= 1 }
                if back >= 0, Triggers.controlLossWords.contains(words[back].key) {
                    occurrence.trigger = Triggers.lostControl
                    occurrence.first = back
                    matched = occurrence
                } else if back >= 0, ["lacks", "lack", "lacked", "lacking", "without", "no", "little"].contains(words[back].key) {
                    index = occurrence.last + 1
                    continue
                } else if back >= 0, Self.partialControlWords.contains(words[back].key), occurrence.trigger.status == .controls {
                    // "exercised limited control over Tripoli": a partial hold, fought for.
                    occurrence.trigger.status = .contested
                    matched = occurrence
                } else if back >= 0, Self.controlGainWords.contains(words[back].key), occurrence.trigger.status == .controls {
                    // "The LNA extended its control to the Sharara oil field": control won.
                    occurrence.trigger.status = .captured
                    matched = occurrence
                }
            }
            if let occurrence = matched {
                // "the lost positions", "a held town": an adjective, not a claim.
                let before = occurrence.first > 0 ? words[occurrence.first - 1].key : ""
                let verbal = occurrence.trigger.voice == .active || occurrence.trigger.voice == .subjectLoses
                let adjective = verbal && ["the", "a", "an"].contains(before) && occurrence.trigger.words.count == 1
                if !adjective {
                    found.append(occurrence)
                } else if occurrence.trigger.progressive, occurrence.trigger.status == .contested {
                    // "The fighting began 14 March, between …": a noun of fighting, not a verb.
                    var noun = occurrence
                    noun.trigger.voice = .nominal
                    found.append(noun)
                }
                index = occurrence.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: - Claims

    func claims() -> [Claim] {
        let triggers = occurrences()
        stateTriggerEnds = triggers.filter { $0.trigger.status == .controls }.map(\.last)
        var claims: [Claim] = []
        for (position, occurrence) in triggers.enumerated() {
            let nextTrigger = position + 1 < triggers.count ? triggers[position + 1].first : words.count
            let previousTrigger = position > 0 ? triggers[position - 1].last : -1
            let found = claimsOf(occurrence, nextTrigger: nextTrigger, previousTrigger: previousTrigger)
            claims += found
            if !found.isEmpty { claims += gappedClaims(after: occurrence, until: nextTrigger, told: found) }
        }
        return claims + seatsInNames() + attackReferredBack(after: claims)
    }

    /// "ISIL took Sirte in 2015, the LNA Benghazi in 2017": a clause after a comma that names
    /// a side and then places, with no verb of its own, says the verb before again of them.
    private func gappedClaims(after occurrence: Occurrence, until nextTrigger: Int, told: [Claim]) -> [Claim] {
        let trigger = occurrence.trigger
        guard let model = told.first(where: { $0.status == trigger.status }) else { return [] }
        // "Sirte was retaken by the GNA, and Benghazi by the LNA": a place, "by", a side.
        if trigger.voice == .passive || trigger.voice == .active && trigger.status == .captured && hasPassiveAuxiliary(before: occurrence.first) {
            var claims: [Claim] = []
            for span in places where span.first > occurrence.last && span.first < nextTrigger && span.first >= 2
                && words[span.first].breakBefore == 0 && words[span.first - 1].key == "and" && words[span.first - 1].breakBefore == 1
                && span.last + 2 < words.count && words[span.last + 1].key == "by" {
                guard let side = actorMentions.first(where: { $0.words.lowerBound == span.last + 2 || $0.words.lowerBound == span.last + 3 && words[span.last + 2].key == "the" }),
                      !told.contains(where: { $0.actor == side.actor }) else { continue }
                // Dated by a date of its own clause ("…, and Benghazi by the LNA in July 2017"), else as the verb's.
                let clauseEnd = ((side.words.upperBound + 1)..<words.count).first(where: { words[$0].breakBefore >= 1 }) ?? words.count
                let interval = dates.first(where: { $0.first > span.first && $0.first < clauseEnd && $0.expression.interval.from <= published })?.expression.interval
                    ?? model.interval
                claims.append(Claim(actor: side.actor, place: span.place, status: model.status, interval: interval, exceptions: [],
                                    confidence: model.confidence * 0.8, rule: trigger.name + "+gapped"))
            }
            return claims
        }
        guard trigger.voice == .active || trigger.voice == .subjectLoses else { return [] }
        var claims: [Claim] = []
        var position = occurrence.last + 1
        while position < nextTrigger {
            defer { position += 1 }
            guard words[position].breakBefore == 1 else { continue }
            var start = position
            if words[start].key == "and" || words[start].key == "while" { start += 1 }
            if start < words.count, words[start].key == "the" { start += 1 }
            guard let side = actorMentions.first(where: { $0.words.lowerBound == start }), !isSupporter(side),
                  let first = places.first(where: { $0.first == side.words.upperBound + 1 && !isLandmark($0, after: side.words.upperBound) }),
                  !told.contains(where: { $0.actor == side.actor }) else { continue }
            // The places of the gapped clause, up to its end: "the LNA Benghazi and Tobruk".
            let end = ((first.last + 1)..<min(words.count, nextTrigger)).first(where: { words[$0].breakBefore >= 1 && !Self.listConnectors.contains(words[$0].key) })
                ?? min(words.count, nextTrigger)
            let named = places.filter { $0.first >= first.first && $0.last < end && !isLandmark($0, after: side.words.upperBound) && $0.place.scope == .map }
            let gap = side.words.lowerBound..<end
            let interval = dates.first(where: { gap.contains($0.first) && $0.expression.interval.from <= published })?.expression.interval ?? model.interval
            for span in named where ![.country].contains(span.place.kind) {
                claims.append(Claim(actor: side.actor, place: span.place, status: trigger.status, interval: interval, exceptions: [],
                                    confidence: model.confidence * 0.8, rule: trigger.name + "+gapped"))
            }
            position = end - 1
        }
        return claims
    }

    /// "An airstrike hit Tajoura on 2 July. The strike was carried out by the LNA.": an attack
    /// the sentence refers back to ("the strike", "the attack") and ascribes to a side after
    /// "carried out by", "conducted by" or "launched by" is that side's attack on the one
    /// place the text just spoke of (or the one this sentence names).
    private func attackReferredBack(after claims: [Claim]) -> [Claim] {
        // (Every form below names an attack: most sentences have no such noun and are done with in one pass.)
        guard claims.isEmpty, words.count >= 4, (0..<words.count).contains(where: { Self.attackNounKeys.contains(words[$0].word) }) else { return [] }
        let attacker: Actor
        let occurrence: Occurrence
        // ("According to a BBC report, the drone strike was conducted by …": the noun after a determiner and a modifier.)
        if let by = (2..<(words.count - 1)).first(where: { words[$0].word == Self.byKey
               && ["out", "conducted", "launched", "perpetrated", "carried", "mounted", "executed"].contains(words[$0 - 1].key) }),
           let noun = (max(1, by - 7)..<by).first(where: { position in Self.attackNounKeys.contains(words[position].word)
               && (Self.attackDeterminers.contains(words[position - 1].key)
                   || position >= 2 && Self.attackDeterminers.contains(words[position - 2].key) && Self.attackModifiers.contains(words[position - 1].key)) }),
           ((noun + 1)..<by).contains(where: { Triggers.passiveAuxiliaries.contains(words[$0].key) }),
           let named = actorMentions.first(where: { $0.words.lowerBound > by && $0.words.lowerBound <= by + 3 }) {
            attacker = named.actor
            occurrence = Occurrence(trigger: Triggers.attackReferredBack, first: noun, last: by)
        } else if let (named, verb, noun) = attackOwned() {
            // "ISIL claimed responsibility for the attack", "The LNA, which reportedly committed the strike, …".
            attacker = named.actor
            occurrence = Occurrence(trigger: Triggers.attackReferredBack, first: verb, last: noun)
        } else if let (named, first, last) = casualtiesOfAttack() {
            // "In the Hadhba neighborhood, five civilians were killed by LNA bombings": only a place the sentence names.
            guard places.contains(where: { $0.place.scope == .map && ![.region, .country].contains($0.place.kind) && !isLandmark($0, after: -1) })
            else { return [] }
            attacker = named.actor
            occurrence = Occurrence(trigger: Triggers.attackReferredBack, first: first, last: last)
        } else if let noun = [1, 2].first(where: { $0 < words.count && Self.attackNounKeys.contains(words[$0].word)
                      && ($0 == 1 || Self.attackModifiers.contains(words[1].key)) }),
                  words[0].word == Self.theKey,
                  let verb = ((noun + 1)..<min(words.count, noun + 5)).first(where: { Self.strikeResultWords.contains(words[$0].key) }),
                  !actorMentions.contains(where: { $0.words.lowerBound < verb }),
                  let only = lastActors.first, lastActors.allSatisfy({ $0.id == only.id }),
                  places.contains(where: { $0.place.scope == .map && ![.region, .country].contains($0.place.kind) && !isLandmark($0, after: -1) }) {
            // "Egypt bombed Derna. The air strikes had killed 64 ISIL militants in Derna and Sirte": the strikes of the side
            // just named, on the places this sentence names.
            attacker = only
            occurrence = Occurrence(trigger: Triggers.attackReferredBack, first: noun, last: verb)
        } else {
            return []
        }
        let named = places.filter { $0.place.scope == .map && ![.region, .country].contains($0.place.kind) && !isLandmark($0, after: -1) }.map(\.place)
        // Else the place just spoken of, else the one place of an article's title ("Zliten truck bombing").
        let titlePlaces = topic.places.filter { ![.region, .country, .district].contains($0.kind) }
        let targets = !named.isEmpty ? named
            : topic.placesSpokenOfJustNow && lastPlaces.count == 1 && ![.region, .country, .district].contains(lastPlaces[0].kind) ? lastPlaces
            : titlePlaces.count == 1 ? titlePlaces : []
        guard !targets.isEmpty else { return [] }
        let (interval, dateFactor) = date(for: occurrence)
        return targets.map { place in
            Claim(actor: attacker, place: place, status: .attacked, interval: interval, exceptions: [],
                  confidence: Triggers.attackReferredBack.strength * dateFactor * (named.isEmpty ? 0.8 : 1), rule: Triggers.attackReferredBack.name)
        }
    }

    /// A side that owns an attack referred back to: "ISIL claimed responsibility for the attack",
    /// "The LNA, which reportedly committed the strike", "X carried out the bombing"; the side, the
    /// verb's first word and the attack's noun. Not when denied or negated ("denied responsibility
    /// for the attack", "did not carry out the strike").
    private func attackOwned() -> (ActorRegistry.Mention, Int, Int)? {
        guard let noun = (2..<words.count).first(where: { Self.attackNounKeys.contains(words[$0].word)
                  && Self.attackDeterminers.contains(words[$0 - 1].key) }) else { return nil }
        let article = noun - 1
        var verb: Int?
        if article >= 3, words[article - 1].key == "for", words[article - 2].key == "responsibility",
           ["claimed", "claims", "claiming", "claim", "took", "takes", "accepted", "admitted"].contains(words[article - 3].key) {
            verb = article - 3
        } else if ["committed", "conducted", "perpetrated", "executed", "mounted", "commits", "conducts"].contains(words[article - 1].key) {
            verb = article - 1
        } else if article >= 2, words[article - 1].key == "out", ["carried", "carries"].contains(words[article - 2].key) {
            verb = article - 2
        }
        guard let verb, !(max(0, verb - 3)..<verb).contains(where: { ["not", "never", "no", "denied", "denies", "deny"].contains(words[$0].key) }),
              let side = actorMentions.last(where: { $0.words.upperBound < verb && !isSupporter($0) }),
              // Only a relative pronoun and adverbs or auxiliaries between: "The LNA, which reportedly committed the strike".
              // ("a province of ISIL in Libya claimed responsibility": a side located in a country.)
              ((side.words.upperBound + 1)..<verb).allSatisfy({ position in
                  (Self.ownerGapWords.contains(words[position].key)
                      || places.contains(where: { $0.first <= position && position <= $0.last || $0.first == position + 1 && words[position].key == "in" }))
                      && (words[position].breakBefore == 0 || position == side.words.upperBound + 1 && ["which", "who"].contains(words[position].key)) })
        else { return nil }
        return (side, verb, noun)
    }

    /// "five civilians were killed by LNA bombings", "were killed in U.S. airstrikes": the side whose attack killed;
    /// the side, the verb and the attack's last word.
    private func casualtiesOfAttack() -> (ActorRegistry.Mention, Int, Int)? {
        for verb in 0..<(words.count - 2) where Self.casualtyVerbKeys.contains(words[verb].word) && ["by", "in"].contains(words[verb + 1].key) {
            var start = verb + 2
            if ["the", "an", "a"].contains(words[start].key) { start += 1 }
            guard let side = actorMentions.first(where: { $0.words.lowerBound == start }), !isSupporter(side) else { continue }
            // "U.S. airstrikes" (the noun inside the name), "LNA bombings", "LNA air strikes".
            if Self.attackNounKeys.contains(words[side.words.upperBound].word) { return (side, verb, side.words.upperBound) }
            var noun = side.words.upperBound + 1
            if noun < words.count, Self.attackModifiers.contains(words[noun].key) { noun += 1 }
            if noun < words.count, Self.attackNounKeys.contains(words[noun].word) { return (side, verb, noun) }
        }
        return nil
    }

    /// Whether a side's name is followed by a noun of targets ("LNA positions"), after its
    /// abbreviation perhaps ("Islamic State of Iraq and the Levant (ISIL) positions").
    private func namesTargets(_ mention: ActorRegistry.Mention) -> Bool {
        var next = mention.words.upperBound + 1
        if let abbreviation = actorMentions.first(where: { $0.words.lowerBound == next && $0.actor == mention.actor }) { next = abbreviation.words.upperBound + 1 }
        // ("an offensive against the GNA headquarters and Libyan capital of Tripoli": a side's seat is a target too.)
        return next < words.count && (Triggers.targetNouns.contains(words[next].key) || words[next].key == "headquarters")
    }

    /// What strikes do to a place: "The air strikes had killed 64 militants in Derna".
    static let strikeResultWords: Set<String> = ["killed", "hit", "struck", "targeted", "destroyed", "damaged", "wounded", "pounded", "levelled", "leveled"]
    static let casualtyVerbKeys: Set<WordKey> = Set(["killed", "wounded", "injured", "died", "killing", "wounding"].map { WordKey($0) })
    static let attackDeterminers: Set<String> = ["the", "this", "that", "these", "those"]
    static let attackModifiers: Set<String> = ["air", "drone", "missile", "rocket", "artillery", "suicide", "truck", "car"]

    static let ownerGapWords: Set<String> = ["which", "who", "reportedly", "allegedly", "has", "have", "had", "also", "later", "then", "quickly"]

    /// Nouns of an attack a sentence may open with, referring back: "The strike was carried out by …".
    static let attackNounKeys: Set<WordKey> = Set(attackNouns.map { WordKey($0) })
    static let attackNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "bombing", "bombings",
                                           "raid", "raids", "shelling", "assault", "bombardment", "offensive", "ambush"]

    /// "the U.N.-supported Tripoli government", "Libya's Tripoli-based government": a
    /// government named after its town sits there, as the text is written (a seat described).
    private func seatsInNames() -> [Claim] {
        guard !placesInNames.isEmpty else { return [] }
        var claims: [Claim] = []
        for span in placesInNames {
            // The town before the government's noun ("Tripoli government"); "parliament in Tobruk" is the seat rule's own.
            guard let mention = actorMentions.first(where: { $0.words.contains(span.first) }),
                  ((span.last + 1)..<max(span.last + 1, mention.words.upperBound + 1)).contains(where: { Triggers.governmentNouns.contains(words[$0].key) || words[$0].key == "based" }),
                  !isRefused(Occurrence(trigger: Triggers.placeBasedActor, first: mention.words.lowerBound, last: mention.words.upperBound))
            else { continue }
            // Dated by the sentence when it has a date, else as the text is written.
            let (interval, dateFactor) = dates.isEmpty ? (DayInterval.day(published), 0.9)
                : date(for: Occurrence(trigger: Triggers.placeBasedActor, first: mention.words.lowerBound, last: mention.words.upperBound))
            claims.append(Claim(actor: mention.actor, place: span.place, status: .controls, interval: interval, exceptions: [],
                                confidence: Triggers.placeBasedActor.strength * dateFactor * span.mentionScore, rule: "seat in name"))
        }
        return claims
    }

    /// Where the clause of a word ends: past a relative clause between commas that
    /// interrupts it, when the clause goes on after it.
    private func clauseEnd(after index: Int) -> Int {
        var end = index + 1
        while end < words.count && clauseStart[end] <= index { end += 1 }
        var resumed = end
        while resumed < words.count {
            if clauseStart[resumed] <= index { end = resumed + 1 }
            resumed += 1
        }
        return end
    }

    private func isRefused(_ occurrence: Occurrence) -> Bool {
        // A purpose, not an event: "a campaign to recapture Derna", "an operation to seize
        // the airport", "sent reinforcements to retake Sirte". An infinitive reports an
        // event only after a verb of doing it: "managed to regain", "went on to take".
        if occurrence.first >= 2, words[occurrence.first - 1].key == "to",
           !Triggers.accomplishedInfinitive.contains(words[occurrence.first - 2].key), !launchesOperation(occurrence),
           !nearlyTakes(occurrence) {
            return true
        }
        // "recaptured all lost positions": "lost" after a determiner is an adjective.
        if occurrence.trigger.words == ["lost"], occurrence.first >= 1,
           ["all", "the", "its", "their", "his", "recently"].contains(words[occurrence.first - 1].key) { return true }
        // "operations to help the GNA capture Sirte": a purpose too.
        if let (_, help) = helpedActor(before: occurrence), help >= 1, words[help - 1].key == "to" { return true }
        let start = max(clauseStart[occurrence.first], occurrence.first - 8)
        let launched = launchesOperation(occurrence)
        lazy var nearly = nearlyTakes(occurrence)
        let refusalKeys = Triggers.refusalKeys
        for index in start..<occurrence.first {
            let word = words[index]
            // (Packed keys first: most words are no refusal.)
            if refusalKeys.contains(word.word) {
                if word.word == Self.mayKey && word.capitalized { continue }  // the month
                // "launched an attempt to seize Tripoli": the attempt is the operation launched.
                if launched, Triggers.operationNouns.contains(word.key) || ["aim", "aims", "goal", "objective", "intention", "purpose"].contains(word.key) { continue }
                // "in an attempt to seize Tripoli", "attempted to storm the base": an attempt is an attack (``nearlyTakes(_:)``).
                if index == occurrence.first - 2, Triggers.attemptWords.contains(word.key), nearly { continue }
                // "the so-called Libyan National Army": a name, not a call.
                if word.word == Self.calledKey, word.hyphenBefore { continue }
                return true
            }
            // "fell short of taking Tripoli", "stopped short of".
            if word.word == Self.shortKey, index + 1 < occurrence.first, words[index + 1].key == "of", index > 0, ["fell", "falls", "stopped", "stops", "fall", "stop"].contains(words[index - 1].key) { return true }
        }
        // "Reports that the LNA captured Gharyan were false": a report the sentence calls untrue.
        // (Packed keys: the scan runs for every trigger.)
        let thatKey = Self.thatKey, reportNounKeys = Self.reportNounKeys
        if occurrence.first >= 2, (1..<occurrence.first).contains(where: { words[$0].word == thatKey && reportNounKeys.contains(words[$0 - 1].word) }),
           let verdict = ((occurrence.last + 1)..<words.count).first(where: { Self.untrueKeys.contains(words[$0].word) }),
           verdict >= 1, ["is", "was", "are", "were", "proved", "proven", "be", "been"].contains(words[verdict - 1].key) {
            return true
        }
        // "Several HoR sessions were held in Tripoli", "talks were held in Tunis": a meeting held, not a place.
        if occurrence.trigger.words == ["held"], occurrence.first >= 2, Triggers.passiveAuxiliaries.contains(words[occurrence.first - 1].key),
           (max(0, occurrence.first - 4)..<(occurrence.first - 1)).contains(where: { Self.meetingNouns.contains(words[$0].key) }) { return true }
        // "our fight against ISIL": a speaker's cause, not a fight at a place.
        if occurrence.trigger.voice == .nominal, occurrence.first > 0, ["our", "my"].contains(words[occurrence.first - 1].key) { return true }
        // "The capture of Gharyan would be a major blow to Haftar": a noun of taking whose
        // clause goes on with a modal is a hypothesis.
        if occurrence.trigger.voice == .nominal || occurrence.trigger.voice == .nominalLoss {
            let clauseEnd = ((occurrence.last + 1)..<words.count).first(where: { words[$0].breakBefore >= 1 }) ?? words.count
            if ((occurrence.last + 1)..<min(clauseEnd, occurrence.last + 10)).contains(where: {
                ["would", "could", "might", "will"].contains(words[$0].key) || words[$0].key == "may" && !words[$0].capitalized }) {
                return true
            }
        }
        return false
    }

    /// Whether a trigger stands in a relative clause ("…, which controls …").
    private func relativeClause(of occurrence: Occurrence) -> Bool {
        Extractor.relativeOpeners.contains(words[clauseStart[occurrence.first]].key)
    }

    /// A word in the possessive referring back to the side that holds a seat: "the group's
    /// stronghold", "the terror group's main stronghold" (one lowercase adjective between).
    private func seatOwnerReference(before seat: Int) -> Int? {
        for position in [seat - 1, seat - 2] where position > 0 {
            if position == seat - 2, words[seat - 1].capitalized || words[seat - 1].breakBefore > 0 { return nil }
            if words[position].breakBefore == 0 || position == seat - 1, !Triggers.actorPronouns.contains(words[position].key),
               isActorReference(at: position), isPossessive(position) {
                return position
            }
        }
        return nil
    }

    /// Whether an actor's name describes a place after it as its own: "the Islamic State
    /// stronghold of Sirte", "the ISIL-held city of Sirte", "an LNA-controlled airbase".
    private func describesHeldPlace(_ mention: ActorRegistry.Mention) -> Bool {
        let next = mention.words.upperBound + 1
        guard next < words.count, words[next].breakBefore == 0 else { return false }
        if words[next].hyphenBefore { return ["held", "controlled", "occupied", "run"].contains(words[next].key) }
        return Triggers.seatNounKeys.contains(words[next].word) && next + 1 < words.count && ["of", "in"].contains(words[next + 1].key)
    }

    /// Whether an actor's name is followed by where it is: "Islamic State in Sirte", "ISIL
    /// fighters at the airport".
    private func isLocated(_ mention: ActorRegistry.Mention) -> Bool {
        var after = mention.words.upperBound + 1
        while after < words.count, Triggers.targetNouns.contains(words[after].key) || Self.forceObjectNouns.contains(words[after].key) { after += 1 }
        guard after < words.count, ["in", "at", "inside"].contains(words[after].key) else { return false }
        return places.contains { $0.first > after && $0.first <= after + 4 }
    }

    /// The side that reports what the trigger says, named before the verb of saying: "A
    /// spokesman for the LNA said the city fell", "the GNA announced that Sirte had been liberated".
    private func reporter(before occurrence: Occurrence) -> Actor? {
        guard let say = (0..<occurrence.first).last(where: { Triggers.reporting.contains(words[$0].key) }) else { return nil }
        return actorMentions.last(where: { $0.words.upperBound < say && say - $0.words.upperBound <= 4 && !isSupporter($0) })?.actor
    }

    /// Whether words are a force's description before its side's name: force nouns, "of",
    /// allegiance words and hyphened descriptions ("fighters of the self-styled", "militias
    /// allied with the UN-backed").
    private func isForcePhrase(_ range: Range<Int>) -> Bool {
        range.allSatisfy { position in
            words[position].breakBefore == 0
                && (Self.forceOfWords.contains(words[position].key) || Self.forceNouns.contains(words[position].key)
                    || words[position].hyphenBefore || position + 1 < words.count && words[position + 1].hyphenBefore)
        }
    }

    /// The side a capture was fought against, named after it: "captured the port after
    /// heavy fighting with ISIL", "took the town following clashes against the LNA".
    private func defender(after position: Int, before end: Int) -> ActorRegistry.Mention? {
        guard let fight = ((position + 1)..<end).first(where: { Triggers.fightingNouns.contains(words[$0].key) }),
              fight >= 1, ((max(position + 1, fight - 3))..<fight).contains(where: { ["after", "following", "amid"].contains(words[$0].key) }),
              fight + 1 < end, ["with", "against"].contains(words[fight + 1].key) else { return nil }
        return actorMentions.first { $0.words.lowerBound > fight + 1 && $0.words.lowerBound <= fight + 4 && !isSupporter($0) }
    }

    /// The side helped to do what the trigger says ("U.S. airstrikes helped the GNA capture
    /// Sirte": the GNA took it) and where the word of help stands.
    private func helpedActor(before occurrence: Occurrence) -> (ActorRegistry.Mention, Int)? {
        guard let mention = actorMentions.last(where: { $0.words.upperBound < occurrence.first && occurrence.first - $0.words.upperBound <= 2 }),
              ((mention.words.upperBound + 1)..<occurrence.first).allSatisfy({ Triggers.genericForceNouns.contains(words[$0].key) }) else { return nil }
        var help = mention.words.lowerBound - 1
        if help >= 0, words[help].key == "the" { help -= 1 }
        guard help >= 0, ["help", "helped", "helping", "helps", "assist", "assisted", "assisting", "enable", "enabled", "enabling"].contains(words[help].key)
        else { return nil }
        return (mention, help)
    }

    /// Whether a taking is close, not done: "close to taking control of Sirte", "on the verge
    /// of capturing Derna" — an attack on the place.
    private func nearlyTakes(_ occurrence: Occurrence) -> Bool {
        guard occurrence.trigger.status == .captured, occurrence.first >= 2 else { return false }
        let (second, last) = (words[occurrence.first - 2].key, words[occurrence.first - 1].key)
        if last == "to", ["close", "closer", "near", "nearer"].contains(second) { return true }
        // "have been fighting to retake Sirte", "the fight to recapture Derna", "pushing to take Tripoli".
        if last == "to", ["fighting", "battling", "fight", "fights", "fought", "battle", "struggling", "struggle", "pushing", "push",
                          "advancing", "moving", "racing", "scrambling"].contains(second) { return true }
        // "forces who have been trying to take Tripoli", "in an attempt to seize": an attempt is an attack.
        if last == "to", Triggers.attemptWords.contains(second) { return true }
        return last == "of" && ["verge", "brink", "cusp", "edge"].contains(second)
    }

    /// Whether a verb of taking is the aim of an operation launched: "launched an offensive
    /// to take Sabha", "began an operation to seize the airport" — an attack on the place.
    /// The side that owns the effort an infinitive of taking is the purpose of: "the GNA's
    /// efforts to liberate Sirte", "an LNA campaign to capture Derna" (nil otherwise).
    private func effortOwner(before occurrence: Occurrence) -> Actor? {
        guard occurrence.first >= 3, words[occurrence.first - 1].key == "to",
              let noun = (max(0, occurrence.first - 4)..<(occurrence.first - 1)).last(where: { Triggers.operationNouns.contains(words[$0].key) || words[$0].key == "efforts" }),
              let owner = actorMentions.last(where: { $0.words.upperBound < noun && noun - $0.words.upperBound <= 2
                  && (isPossessive($0.words.upperBound) || noun - $0.words.upperBound == 1) && !isSupporter($0) }),
              ((owner.words.upperBound + 1)..<noun).allSatisfy({ words[$0].breakBefore == 0 && !words[$0].capitalized }) else { return nil }
        return owner.actor
    }

    private func launchesOperation(_ occurrence: Occurrence) -> Bool {
        guard occurrence.first >= 3, words[occurrence.first - 1].key == "to" else { return false }
        // An operation a side owns is under way: "the LNA's campaign to capture Derna".
        if effortOwner(before: occurrence) != nil { return true }
        let nounWindow = max(0, occurrence.first - 5)..<(occurrence.first - 1)
        if let noun = nounWindow.reversed().first(where: { Triggers.operationNouns.contains(words[$0].key) }),
           (max(0, noun - 5)..<noun).contains(where: { Triggers.launchVerbs.contains(words[$0].key) }) {
            return true
        }
        // "a military offensive in Libya launched by the forces of the GNA, to take Sirte": the
        // verb of launching after the noun, the purpose after its agent.
        let wide = max(0, occurrence.first - 16)..<(occurrence.first - 1)
        guard let launch = wide.reversed().first(where: { Triggers.launchVerbs.contains(words[$0].key) }),
              launch + 1 < words.count, words[launch + 1].key == "by" else { return false }
        return (max(0, launch - 4)..<launch).contains { Triggers.operationNouns.contains(words[$0].key) }
    }

    /// Places after a trigger: the first within its reach, then those joined to it as a
    /// list ("Hun, Sokna, Waddan and others", "Jufra and Tinkhamenta, as well as the
    /// settlements of Hun"); places after "except" are exceptions.
    /// - driving: the trigger drives a side out ("pushed Haftar's fighters from Gharyan"): a place after "from" is what they lost, not where they come from.
    private func governedPlaces(after occurrence: Occurrence, until limit: Int, driving: Bool = false) -> (places: [PlaceSpan], exceptions: [PlaceSpan]) {
        // Landmarks are not objects: "locations near Sirte", "10 kilometers south of Sirte".
        let candidates = places.filter { $0.first > occurrence.last && $0.first < limit && (driving && isOrigin($0) || !isLandmark($0, after: occurrence.last))
            && !($0.last + 1 < words.count && words[$0.last + 1].hyphenBefore && words[$0.last + 1].key == "based") }
        guard let first = candidates.first else { return ([], []) }
        // "attacks the Libyan oil port of Sidra": articles, names and nouns of a place's kind do not count.
        let between = (occurrence.last + 1)..<first.first
        let distance = between.filter { position in
            let word = words[position]
            return !(Self.listConnectors.contains(word.key) || Triggers.placeAnaphora[word.key] != nil || word.capitalized
                || ["a", "an", "key", "strategic", "important", "coastal", "nearby", "main", "southern", "northern", "eastern",
                    "western", "central"].contains(word.key))
        }.count + 1
        // "took control of numerous government buildings … in the city of Derna": a part reaches further.
        let partReach = between.prefix(6).contains { Triggers.partitives.contains(words[$0].key) } ? 16 : 0
        guard distance <= max(occurrence.trigger.reach, partReach) || first.first - occurrence.last <= occurrence.trigger.reach else { return ([], []) }
        var objects = [first]
        var exceptions: [PlaceSpan] = []
        var inException = false
        var includedFrom: Int?
        for candidate in candidates.dropFirst() {
            // "Tarhuna, 65 km southeast of Tripoli, and Gharyan": the list goes on after a place's description.
            var gapStart = objects.last!.last + 1
            if let described = places.first(where: { $0.first > gapStart && $0.last < candidate.first && describesPlaceBefore($0) }) {
                gapStart = described.last + 1
            }
            let gap = gapStart..<candidate.first
            let gapWords = gap.map { words[$0].key }
            // "the Tuareg stronghold of Sabha, in Western Libya": a region after "in" locates.
            if [.region, .country, .district].contains(candidate.place.kind), gapWords.contains("in") { break }
            if gapWords.contains(where: { Extractor.exceptionWords.contains($0) }) { inException = true }
            // "oil ports in the Oil Crescent, including Ras Lanuf, Es Sider": the places named inside.
            let including = !inException && includedFrom == nil && gapWords.contains(where: { Self.inclusionWords.contains($0) })
            let joined = gapWords.allSatisfy { Self.listConnectors.contains($0) || Extractor.exceptionWords.contains($0) || $0.allSatisfy(\.isNumber)
                || (including && Self.inclusionWords.contains($0)) }
            guard joined || inException || Self.isLooseListGap(gap, in: words) else { break }
            if including { includedFrom = objects.count }
            if inException { exceptions.append(candidate) } else { objects.append(candidate) }
        }
        // "the Benghazi districts of Hawari and Sidi Ferej": the town locates its districts.
        if objects.count >= 2, objects[1].first - objects[0].last == 3,
           Self.partNouns.contains(words[objects[0].last + 1].key), words[objects[0].last + 2].key == "of" {
            objects.removeFirst()
        }
        // The container of places listed as included is where they lie, not an object ("oil
        // ports in the Oil Crescent, including Ras Lanuf"); a container taken itself is one
        // ("captured all of western Libya, including the capital Tripoli").
        if let includedFrom {
            let containers = objects[..<includedFrom].filter { span in
                [.country, .region, .district, .area].contains(span.place.kind)
                    && (max(0, span.first - 2)..<span.first).contains { ["in", "at", "across", "throughout"].contains(words[$0].key) }
            }
            if containers.count == includedFrom { objects.removeFirst(includedFrom) }
        }
        return (objects, exceptions)
    }

    /// A gap between two places of a list that holds a part or the tail of an item ("ISIL
    /// takes over the city of Derna and later part of the Sabha countryside, the Al Maborok
    /// oil field, the radio station in Sirte"): after a comma or "and", at most two plain
    /// lowercase nouns (no verb forms, no names) besides the list's own words.
    static func isLooseListGap(_ gap: Range<Int>, in words: SentenceWords) -> Bool {
        guard !gap.isEmpty, gap.contains(where: { words[$0].breakBefore == 1 || words[$0].key == "and" }) || words[gap.upperBound].breakBefore == 1
        else { return false }
        var loose = 0
        for index in gap where !(listConnectors.contains(words[index].key) || Triggers.partitives.contains(words[index].key)) {
            let key = words[index].key
            if words[index].capitalized || key.hasSuffix("ing") || key.hasSuffix("ed") || key.allSatisfy(\.isNumber) || words[index].breakBefore == 2 { return false }
            loose += 1
            if loose > 2 { return false }
        }
        return true
    }

    /// "Both sides", "the two armies", "the warring militias", "neither side": the two
    /// actors the text has named most, when the sentence says so and names no side itself.
    private func bothSides() -> [Actor]? {
        guard topic.mainActors.count == 2 else { return nil }
        for index in words.indices.dropLast() {
            let (first, second) = (words[index].key, words[index + 1].key)
            let pair = (["both", "two", "neither", "either", "warring", "rival"].contains(first)
                        && Self.sideNouns.contains(second))
                || (first == "each" && second == "other")
            // "clashes between rival militias in Tripoli" in a report on the LNA and Derna: warring
            // or rival militias are the two main actors only when the text has just named them.
            if pair, ["warring", "rival"].contains(first), ["militias", "groups", "factions"].contains(second),
               !topic.mainActors.allSatisfy({ lastActors.contains($0) }) { return nil }
            if pair { return topic.mainActors }
        }
        return nil
    }

    /// Adverbs between a copula and what the place is: "Sirte is now LNA territory".
    static let stateAdverbs: Set<String> = ["now", "still", "again", "once", "effectively", "firmly", "largely", "long", "then"]

    /// Verbs of driving a side out: the place after "to" is where it went.
    static let drivingWords: Set<String> = ["pushed", "pushing", "driven", "drove", "drive", "driving", "forced", "chased", "beat", "beaten"]

    /// Verbs of joining an operation: "joined the LNA's offensive on Tripoli".
    static let joinWords: Set<String> = ["joined", "joins", "joining", "join"]

    /// Words between a verb and a seat noun it takes: "lost its last stronghold of Sirte".
    static let seatModifiers: Set<String> = ["its", "their", "his", "the", "a", "last", "main", "key", "former", "remaining", "final",
                                             "major", "principal", "biggest", "largest", "strongest"]

    /// Verbs of entering a place: a fight there, or a taking when "unopposed".
    static let entryWords: Set<String> = ["entered", "enter", "entering", "moved", "rolled", "swept", "marched"]

    /// Conjunctions before a participle whose subject is the sentence's: "since losing the oil terminals".
    static let participleSubordinators: Set<String> = ["since", "after", "before", "upon", "while", "despite", "following", "when"]

    /// Words between "took" and "part" or "role" in a share taken: "took the most active part".
    static let shareAdjectives: Set<WordKey> = Set(["the", "a", "an", "most", "more", "active", "major", "leading", "key", "prominent",
                                                    "important", "direct", "little", "no", "big", "large", "central", "decisive"].map { WordKey($0) })
    static let partKey = WordKey("part"), roleKey = WordKey("role")

    static let sideNouns: Set<String> = ["sides", "side", "armies", "forces", "militias", "factions", "parties", "camps", "governments",
                                         "administrations", "coalitions", "groups"]

    /// Whether what a verb of attack or fighting takes is a force or its positions ("attacked
    /// Islamist militia bases", "fought battles against Ansar al-Sharia"), not a place.
    private func objectIsForce(after occurrence: Occurrence) -> Bool {
        let window = (occurrence.last + 1)..<min(words.count, occurrence.last + 6)
        if actorMentions.contains(where: { window.contains($0.words.lowerBound) }) { return true }
        return window.contains { Triggers.targetNouns.contains(words[$0].key) || Self.forceObjectNouns.contains(words[$0].key) }
    }

    static let forceObjectNouns: Set<String> = ["bases", "camps", "militias", "militia", "gunmen", "jihadists", "insurgents", "rebels",
                                                "extremists", "islamists", "loyalists", "fighters", "militants"]

    /// The one town, site or quarter a sentence places things in ("over Benghazi", "in
    /// Sirte"), when it names just one so: not a landmark, an origin or a region.
    private func siteOfSentence() -> Place? {
        var found: Place?
        for span in places where ![.region, .country, .district].contains(span.place.kind) && span.place.scope == .map
            && !isLandmark(span, after: -1) && !isOrigin(span) {
            let first = Self.titleStart(of: span, in: words)
            guard first > 0, ["in", "at", "over", "inside", "around"].contains(words[first - 1].key) else { continue }
            if let found, found.id != span.place.id { return nil }
            found = span.place
        }
        return found
    }

    /// Plural nouns for the parts of a town: "the Benghazi districts of Hawari".
    static let partNouns: Set<String> = ["districts", "neighbourhoods", "neighborhoods", "quarters", "suburbs", "areas"]

    static let inclusionWords: Set<String> = ["including", "includes", "included", "among", "them", "such", "as", "notably", "namely"]

    /// Whether a place after a trigger is a landmark ("near Sirte", "10 kilometers south of
    /// Sirte") rather than an object; "in the west of Sirte" is inside it.
    /// A direction is a locator only before "of" ("south of Sirte", not "south western Benghazi").
    private func isLandmark(_ span: PlaceSpan, after trigger: Int) -> Bool {
        // "near the city of Sirte": the noun naming the place's kind is part of its name here.
        var first = span.first
        while first - 1 > trigger, Self.landmarkNameWordKeys.contains(words[first - 1].word),
              span.first - first < 4 { first -= 1 }
        if isOrigin(span) { return true }
        // "roads leading to Derna", "the road to Sirte": a way, not the place.
        if first >= 2, words[first - 1].key == "to", ["leading", "road", "roads", "route", "routes", "highway", "way"].contains(words[first - 2].key) { return true }
        let locatorKeys = Triggers.locatorKeys, directionKeys = Triggers.directionKeys
        return (max(trigger + 1, first - 3)..<first).contains { position in
            locatorKeys.contains(words[position].word)
                && !(directionKeys.contains(words[position].word) && words[position + 1].key != "of")
                && !(position >= 2 && words[position - 1].key == "the" && words[position - 2].key == "in")
        }
    }

    /// Whether a place stands in an apposition that describes the place before it: after a
    /// comma right behind that place, an article, a figure or a word of direction opens a
    /// description that names it with "of" or "in" ("Sabha, the main city of the south",
    /// "Gharyan, 80 km south of Tripoli"); a list ("Hun, Sokna and the town of Waddan") is none.
    func describesPlaceBefore(_ span: PlaceSpan) -> Bool {
        guard let head = places.last(where: { $0.last < span.first }), head.last + 1 < span.first,
              span.first - head.last <= 9 else { return false }
        // "Ajdabiya, the town of Tarhouna and Bani Walid": a town's own title is a list's next item.
        if [.city, .town, .village].contains(span.place.kind), span.first >= 2, words[span.first - 1].key == "of",
           Self.townTitleNouns.contains(words[span.first - 2].key) { return false }
        let opening = head.last + 1
        guard words[opening].breakBefore == 1, !words[opening].semicolonBefore, !words[opening].capitalized || words[opening].key == "the" else { return false }
        let key = words[opening].key
        guard ["the", "a", "an", "some", "about", "around", "roughly", "nearly", "just"].contains(key) || Triggers.directions.contains(key)
                || key.utf8.first.map({ (48...57).contains($0) }) == true else { return false }
        let gap = opening..<span.first
        return gap.dropFirst().allSatisfy { words[$0].breakBefore == 0 }
            && gap.contains { ["of", "in"].contains(words[$0].key) }
            && !gap.contains { ["and", "or", "well", "along", "plus"].contains(words[$0].key) }
    }

    /// The towns named in a range of words as the surroundings of a fight or a strike (``isSurroundings(_:)``).
    private func surroundingTowns(in range: Range<Int>) -> [PlaceSpan] {
        guard !range.isEmpty else { return [] }
        // ("fought for control of Gharyan, south of Tripoli": a description of the town before, not where the fight is.)
        return places.filter { range.contains($0.first) && isSurroundings($0) && !describesPlaceBefore($0) }
    }

    /// Whether a landmark is the surroundings of a town, where a fight for it goes on
    /// ("south of Tripoli", "outside Sirte", "near Benghazi", "the outskirts of Derna"),
    /// not a distance away from it ("70 kilometers east of Sirte").
    private func isSurroundings(_ span: PlaceSpan) -> Bool {
        guard [.city, .town, .village].contains(span.place.kind) else { return false }
        let first = span.first
        let before = max(0, first - 6)..<first
        if before.contains(where: { ["kilometres", "kilometers", "km", "miles", "far"].contains(words[$0].key) }) { return false }
        return before.contains { position in
            ["outside", "near", "around"].contains(words[position].key)
                || position + 1 < first && words[position + 1].key == "of"
                    && (Triggers.directions.contains(words[position].key) || ["outskirts", "suburbs", "edge", "edges", "gates"].contains(words[position].key))
        }
    }

    /// The first word after a dateline ("CAIRO, EGYPT - ", "WASHINGTON, Aug. 2, 2016 — "): a sentence that opens with a
    /// word in capitals, then words with capitals or figures, then a dash between clauses; 0 when there is none.
    static func datelineEnd(words: SentenceWords) -> Int {
        guard words.count > 2, words[0].allCaps, words[0].key.utf8.count > 2 else { return 0 }
        for index in 1..<min(words.count, 7) {
            if words[index].dashBefore { return index }
            guard words[index].capitalized || words[index].key.utf8.first.map({ (48...57).contains($0) }) == true else { return 0 }
        }
        return 0
    }

    /// Whether a word is written with the English possessive ("Tripoli's", "Tripoli’s").
    func isPossessive(_ index: Int) -> Bool {
        let end = words[index].utf8Range.upperBound - sentence.utf8Range.lowerBound
        var text = sentence.text
        return text.withUTF8 { bytes in
            func byte(_ offset: Int) -> UInt8 { offset >= 0 && offset < bytes.count ? bytes[offset] : 0 }
            // The word's range may end before or after the possessive; "'" or the last byte of "’" (E2 80 99) before the "s".
            let inside = byte(end - 1) | 0x20 == UInt8(ascii: "s") && (byte(end - 2) == UInt8(ascii: "'") || byte(end - 2) == 0x99)
            let after = byte(end) == UInt8(ascii: "'") && byte(end + 1) | 0x20 == UInt8(ascii: "s")
                || byte(end) == 0xE2 && byte(end + 1) == 0x80 && byte(end + 2) == 0x99 && byte(end + 3) | 0x20 == UInt8(ascii: "s")
            return inside || after
        }
    }

    /// Whether a place is where a force comes from, not where it fights: "militias from
    /// Tripoli", "the 7th Brigade, originating from the town of Tarhuna".
    func isOrigin(_ span: PlaceSpan) -> Bool {
        let first = Self.titleStart(of: span, in: words)
        // The later items of a list of origins: "elders from Zintan and Zawia".
        if first >= 2, words[first - 1].key == "and" || words[first - 1].key == "or" || words[first].breakBefore == 1,
           let previous = places.last(where: { $0.last < span.first && $0.last >= first - 2 }), previous.first < span.first {
            return isOrigin(previous)
        }
        guard first >= 2, words[first - 1].key == "from" else { return false }
        let before = words[first - 2].key
        // ("withdrew its forces from Sirte": a side's own forces taken out of a place, no origin.)
        if Triggers.genericForceNouns.contains(before), first >= 4, ["its", "their", "his"].contains(words[first - 3].key),
           Triggers.removalWords.contains(words[first - 4].key) || ["pulled", "pulls", "withdraws", "withdrawing", "withdrawn", "moved", "evacuated"].contains(words[first - 4].key) {
            return false
        }
        return Triggers.originWords.contains(before) || Triggers.genericForceNouns.contains(before)
            || Self.peopleFrom.contains(before)
    }

    /// People named by where they come from: "elders from Zintan and Zawia", "migrants
    /// from the city" — a place of origin, neither fought for nor what "the city" refers to.
    static let peopleFrom: Set<String> = ["militia", "militias", "brigade", "brigades", "men", "tribesmen", "elders", "residents",
                                          "people", "delegation", "delegations", "representatives", "migrants", "civilians",
                                          "families", "notables", "dignitaries", "militiamen", "volunteers", "reinforcements"]

    /// Nouns of fighters named by their town: "fighters from Misrata".
    static let originForceNouns: Set<String> = ["fighters", "militias", "militia", "forces", "brigades", "troops", "militiamen", "units"]

    /// Adjectives of direction that open a region's name ("Eastern Libya").
    static let directionAdjectives: Set<String> = ["eastern", "western", "southern", "northern", "central", "northeastern",
                                                   "northwestern", "southeastern", "southwestern"]
    /// ``directionAdjectives`` packed, tested at every word.
    static let directionAdjectiveKeys: Set<WordKey> = Set(directionAdjectives.map { WordKey($0) })
    /// Words that give a force's side: "militias loyal to the GNA", "groups allied with Haftar".
    static let allegianceWords: Set<String> = ["loyal", "allied", "aligned", "affiliated"]
    /// Words that may follow "the west" as a part of the country: a conjunction or a date.
    static let afterCompassNoun: Set<String> = ["and", "but", "while", "whereas", "during", "since", "until", "by", "in", "on", "after", "before", "as"]
    static let asKey = WordKey("as")
    static let mayKey = WordKey("may"), calledKey = WordKey("called"), shortKey = WordKey("short")
    static let toKey = WordKey("to")
    /// Words of a change of hands before "to X control" or "in X hands": "returned to LNA control",
    /// "reverted to", "passed to", "back in GNA hands", "fell into LNA hands".
    static let returnVerbs: Set<String> = ["returned", "returns", "return", "reverted", "reverts", "passed", "passes", "back", "came", "comes",
                                           "fell", "falls"]
    static let compassNounKeys: Set<WordKey> = Set(["west", "east", "south", "north"].map { WordKey($0) })
    static let theKey = WordKey("the")
    static let andKey = WordKey("and")
    static let aKey = WordKey("a")
    static let anKey = WordKey("an")
    static let beenKey = WordKey("been")
    static let partialControlWords: Set<String> = ["limited", "partial", "nominal", "tenuous", "loose", "weak", "fragile", "shaky"]
    /// Words between a verb of fighting and the side fought, around a force's noun: "fought
    /// forces of the GNA", "clashed with troops loyal to Haftar", "units allied with the LNA".
    static let forceOfWords: Set<String> = ["the", "against", "with", "of", "loyal", "to", "allied", "aligned", "its", "their", "rival", "enemy"]
    static let thatKey = WordKey("that")
    /// Nouns of a report that a sentence may call untrue ("Reports that … were false").
    static let reportNounKeys: Set<WordKey> = Set(["reports", "report", "claims", "claim", "rumours", "rumors", "allegations"].map { WordKey($0) })
    static let untrueKeys: Set<WordKey> = Set(["false", "untrue", "unfounded", "baseless", "fabricated", "inaccurate", "denied", "incorrect"].map { WordKey($0) })
    /// Nouns of a town's title ("the town of Tarhouna", "the oasis city of Sabha").
    static let townTitleNouns: Set<String> = ["town", "city", "village", "oasis", "settlement", "port", "capital"]
    /// Participles that open a description of a side between commas ("the LNA, led by Khalifa Haftar,").
    static let descriptionOpeners: Set<String> = ["led", "backed", "headed", "commanded", "loyal", "allied", "aligned", "based", "supported", "which", "who"]
    /// A force's nouns before the side it belongs to ("militias allied with the GNA").
    static let forceNouns: Set<String> = Triggers.genericForceNouns.union(["militias", "militia", "brigades", "militiamen", "loyalists", "elements", "members"])
    static let controlGainWords: Set<String> = ["extended", "extends", "extending", "imposed", "imposes"]
    static let shrinkingWords: Set<String> = ["reduced", "reducing", "reduce", "reduces", "shrunk", "shrank", "shrinking", "cut", "squeezed"]
    static let byKey = WordKey("by")
    /// Nouns of meetings and events that are "held" somewhere.
    static let meetingNouns: Set<String> = ["session", "sessions", "talks", "meeting", "meetings", "conference", "conferences", "elections",
                                            "election", "rally", "rallies", "summit", "negotiations", "hearing", "hearings", "vote", "ceremony"]
    /// Nouns after a country's name that make it a civilian office, not a force ("the U.S. embassy").
    static let civilianOfficeKeys: Set<WordKey> = Set(["embassy", "embassies", "consulate", "ambassador", "envoy", "diplomats", "diplomatic",
                                                       "department", "treasury", "congress", "senate", "lawmakers"].map { WordKey($0) })
    /// Nouns of a government's body, not its forces ("the Presidency Council entered Tripoli").
    static let governmentBodyNouns: Set<String> = Triggers.governmentNouns.union(["council", "presidency", "ministers", "prime", "premier", "house"])
    /// Verbs of an attempt in the simple present ("as army forces try to retake Tripoli").
    static let presentAttemptWords: Set<String> = ["try", "tries", "seek", "seeks", "attempt", "attempts", "aim", "aims", "strive", "strives"]
    /// Their participles, present after "is" or "are" ("are trying to dislodge").
    static let attemptParticiples: Set<String> = ["trying", "seeking", "attempting", "aiming", "striving"]
    /// Nouns of a force that stand for a side no name tells ("the Islamist militias controlling the city").
    static let unnamedForceNouns: Set<String> = Triggers.genericForceNouns.union(["militias", "militia", "groups", "coalition", "gunmen"])

    /// Words that may stand before a place's name as part of it, packed: "near the city of Sirte".
    static let landmarkNameWordKeys: Set<WordKey> = Set(["the", "city", "town", "village", "of", "coastal", "oasis"].map { WordKey($0) })
    /// Where a place's name starts with the words of its title before it ("from the western
    /// city of Misrata": at "the"), at most four words back.
    static func titleStart(of span: PlaceSpan, in words: SentenceWords) -> Int {
        var first = span.first
        while first > 0, originNameWordKeys.contains(words[first - 1].word), span.first - first < 4 { first -= 1 }
        return first
    }

    static let originNameWordKeys: Set<WordKey> = Set(["the", "city", "town", "village", "of", "western", "eastern", "northern", "southern",
                                                        "central", "coastal", "nearby", "port", "desert"].map { WordKey($0) })
    /// Words that put a state in the present: "militias now control Tripoli", "Sirte is held by".
    static let presentWordKeys: Set<WordKey> = Set(["now", "currently", "still", "remains", "is", "are"].map { WordKey($0) })

    static let listConnectors: Set<String> = ["and", "or", "as", "well", "the", "of", "along", "together", "with", "settlements", "settlement", "towns", "town", "capital", "later",
                                              "villages", "village", "cities", "city", "airbases", "airbase", "bases", "base", "air",
                                              "its", "their", "in", "at", "also", "other", "others", "then", "oil", "terminals",
                                              "terminal", "ports", "port", "fields", "field", "facilities", "both", "for", "enclave",
                                              "islamist", "several", "quarters", "parts", "areas", "area", "district", "districts",
                                              "region", "regions", "nearby", "neighbouring", "neighboring",
                                              // Arabic articles written apart from the name ("Es Sider", "Ez Zawiya").
                                              "al", "el", "es", "ez", "esh", "ash", "ad", "ed", "ar", "er", "az", "at", "an", "en"]

    private func claimsOf(_ occurrence: Occurrence, nextTrigger: Int, previousTrigger: Int) -> [Claim] {
        if occurrence.trigger.words == Triggers.headquartersRow.words { return headquartersClaims() }
        guard !isRefused(occurrence) else { return [] }
        let trigger = occurrence.trigger
        // "withdrew to Sirte", "retreated towards Jufra": where they went, not what they lost.
        var afterTrigger = occurrence.last + 1
        if afterTrigger < words.count, words[afterTrigger].key == "back" { afterTrigger += 1 }
        // ("Ghawil fled to Misrata", "evacuated to Tobruk": any verb of leaving; "lost Sirte to ISIL" names the taker after its place.)
        let leaving = trigger.bare || trigger.voice == .subjectLoses && !["from", "of"].contains(trigger.words.last!)
            && !["lost", "lose", "loses", "losing", "ceded", "relinquished", "gave", "surrendered"].contains(trigger.words[0])
        if leaving, afterTrigger < words.count,
           ["to", "towards", "toward", "into", "inside", "within"].contains(words[afterTrigger].key) { return [] }
        let clause = clauseStart[occurrence.first]
        let end = clauseEnd(after: occurrence.last)
        let relative = Extractor.relativeOpeners.contains(words[clause].key)
        let previousClause = clause > 0 ? clauseStart[clause - 1] : clause
        // "Sirte, which it seized in 2014": the place right before a relative clause is its object.
        var antecedent = relative && clause > 0 ? places.last { $0.last == clause - 1 } : nil
        // "Gharyan, a town 100 km south of Tripoli, which they captured": not the landmark of an apposition, its head.
        if let landmark = antecedent, isLandmark(landmark, after: -1),
           let head = places.last(where: { $0.last < landmark.first && landmark.first - $0.last <= 12 && !isLandmark($0, after: -1) }) {
            antecedent = head
        }
        // "ISIL was expelled from Derna", "Sirte was taken on Monday by the LNA": a verb of
        // taking after a passive auxiliary tells what the subject suffered.
        // ("were advancing on Gharyan" is progressive, not passive.)
        let participle = !trigger.progressive
        let passiveReading = trigger.voice == .active && trigger.status == .captured && participle && hasPassiveAuxiliary(before: occurrence.first)
        // "Derna has been encircled by the LNA": the place before suffered the attack of the actor after "by".
        let passiveAttack = trigger.voice == .active && trigger.status == .attacked && participle && hasPassiveAuxiliary(before: occurrence.first)
        // "Sirte had been liberated from Islamic State": only after an auxiliary.
        // ("Sirte's liberation from ISIL": a noun after a place in the possessive needs none.)
        // ("The GNA declared Sirte free of ISIL": a place between a verb of declaring and "free of".)
        let declaredFree = trigger.words == ["free", "of"] && places.contains(where: { span in span.last == occurrence.first - 1
            && span.first > 0 && ["declared", "declares", "declaring", "pronounced", "proclaimed"].contains(words[Self.titleStart(of: span, in: words) - 1].key) })
        if trigger.words == ["free", "of"], !declaredFree { return [] }
        if trigger.voice == .passive, trigger.status == .lost, !hasPassiveAuxiliary(before: occurrence.first), !declaredFree,
           !(occurrence.first > 0 && places.contains(where: { $0.last == occurrence.first - 1 }) && isPossessive(occurrence.first - 1)) { return [] }

        // "ISIL's defeat in Sirte": a noun of loss counts after the possessive of the side that suffered it.
        if trigger.voice == .subjectLoses, Triggers.ownedLossNouns.contains(trigger.words[0]),
           !(occurrence.first > 0 && isPossessive(occurrence.first - 1) && actorMentions.contains(where: { $0.words.upperBound == occurrence.first - 1 })) {
            return []
        }
        // The places the trigger governs.
        var objects: [PlaceSpan] = []
        var exceptions: [PlaceSpan] = []
        var usedLastPlaces = false
        // An actor right after a trigger of fighting, followed by "in" and a place, is the
        // other side ("an offensive against the Islamic State in Sirte"); after a verb of
        // taking, followed by "from" or "out of", the side driven out ("drove ISIL from Derna").
        var opponent: ActorRegistry.Mention?
        var displaced: ActorRegistry.Mention?
        // The last word of the other side's name, with its abbreviation and a description between commas.
        var otherEnd: Int?
        var topicPlacesUsed = false
        var partOfTown = false
        var seatOfSubject = false
        // ("pushed the UN-backed Government of National Accord out of Sirte": hyphened words describe the side.)
        let hyphened = { (index: Int) in self.words[index].hyphenBefore || index + 1 < self.words.count && self.words[index + 1].hyphenBefore }
        if let next = actorMentions.first(where: { $0.words.lowerBound > occurrence.last }),
           next.words.lowerBound <= occurrence.last + 5
            && ((occurrence.last + 1)..<next.words.lowerBound).allSatisfy({ ["the", "against", "on", "with", "its", "their", "back"].contains(words[$0].key)
               || hyphened($0) && $0 > occurrence.last + 1
               // "fought battles against Ansar al-Sharia", "fought fierce battles with ISIL".
               || trigger.status == .contested && Triggers.foughtObjectWords.contains(words[$0].key) && words[next.words.lowerBound - 1].key != words[$0].key })
            // "fought forces of the GNA in Gharyan", "clashed with troops loyal to Haftar in Sirte": a force of the side.
            // ("drove militias allied with the GNA out of Sirte": the side driven out.)
            || (trigger.status != .controls && trigger.voice == .active) && next.words.lowerBound <= occurrence.last + 7
            && ((occurrence.last + 1)..<next.words.lowerBound).contains(where: { Self.forceNouns.contains(words[$0].key) })
            && isForcePhrase((occurrence.last + 1)..<next.words.lowerBound)
            // "fought battles against the Islamist group Ansar al Shariah": the side after "against" and its description.
            || trigger.status == .contested && next.words.lowerBound <= occurrence.last + 7
            && ((occurrence.last + 1)...(occurrence.last + 3)).contains(where: { $0 < next.words.lowerBound && ["against", "with"].contains(words[$0].key) })
            && ((occurrence.last + 1)...next.words.lowerBound).allSatisfy({ words[$0].breakBefore == 0 }) {
            // "fighting ISIL militants in Benghazi": the force's noun belongs to its name.
            var after = next.words.upperBound + 1
            // "the Government of National Accord (GNA) out of Sirte": the side's abbreviation after its name.
            if let abbreviation = actorMentions.first(where: { $0.words.lowerBound == after && $0.actor == next.actor }) { after = abbreviation.words.upperBound + 1 }
            // "drove the LNA, led by Khalifa Haftar, out of Tarhuna": a description between commas.
            if after < words.count, words[after].breakBefore == 1, Self.descriptionOpeners.contains(words[after].key),
               let close = ((after + 1)..<min(words.count, after + 8)).first(where: { words[$0].breakBefore > 0 }), words[close].breakBefore == 1 {
                after = close
            }
            while after < words.count, Triggers.targetNouns.contains(words[after].key) { after += 1 }
            let followedBy = { (keys: Set<String>) in after < self.words.count && keys.contains(self.words[after].key) }
            let explicit = ((occurrence.last + 1)..<next.words.lowerBound).contains { ["against", "with"].contains(words[$0].key) }
            // ("battled the GNA for Gharyan", "fought ISIL for control of Sirte": what they fought for.)
            if [.attacked, .contested].contains(trigger.status), followedBy(["in", "at", "inside", "within"]) || trigger.status == .contested && followedBy(["for", "over"]),
               // ("in the mountain town of Gharyan": the place's description before its name.)
               places.contains(where: { $0.first > after && $0.first <= after + 6
                   && ((after + 1)..<$0.first).allSatisfy { self.words[$0].breakBefore == 0 && !self.words[$0].capitalized } }) {
                opponent = next
                otherEnd = after - 1
            } else if trigger.status == .contested, explicit {
                // "fighting against Islamic State fighters; 10 in Nofaliya and 2 in Ben Jawad": the other side.
                opponent = next
                otherEnd = after - 1
            } else if trigger.status == .captured, trigger.voice == .active, !passiveReading, followedBy(["from", "out"]) {
                displaced = next
                otherEnd = after - 1
            } else if trigger.status == .captured, trigger.voice == .active, !passiveReading, Triggers.defeatWords.contains(trigger.words[0]),
                      followedBy(["in", "at"]) {
                // "The Shura Council defeats ISIL in Derna": the side defeated loses the place.
                displaced = next
            }
        }
        // A state nested in the object ("the last buildings held by ISIS in Sirte") names
        // who held the place taken; the trigger's objects run on past it.
        var nestedHolder: ActorRegistry.Mention?
        var limit = nextTrigger
        if trigger.status == .captured, trigger.voice == .active, nextTrigger < words.count,
           let nested = actorMentions.first(where: { $0.words.lowerBound > nextTrigger && $0.words.lowerBound <= nextTrigger + 4 }),
           nextTrigger > 0, ["held", "controlled", "occupied"].contains(words[nextTrigger].key),
           nested.words.upperBound + 1 < words.count, ["in", "at"].contains(words[nested.words.upperBound + 1].key) {
            nestedHolder = nested
            limit = end
        }
        // "the Islamic State-held port city of Sirte": a holder written into an adjective
        // before the place does not end the trigger's objects; it held them.
        // "ISIL lost its last stronghold of Sirte", "captured the group's main base at Jufra": a seat after the verb is its object.
        if trigger.voice == .active || trigger.voice == .subjectLoses, trigger.status != .controls, nextTrigger < words.count, nextTrigger > occurrence.last + 1,
           Triggers.seatNounKeys.contains(words[nextTrigger].word),
           ((occurrence.last + 1)..<nextTrigger).allSatisfy({ words[$0].breakBefore == 0 && (Self.seatModifiers.contains(words[$0].key) || isPossessive($0)) }) {
            limit = end
        }
        // "repelled an LNA attack on Tripoli airport": the place of the attack repelled is the one held.
        if trigger.status == .controls, trigger.voice == .active, Triggers.repelWords.contains(trigger.words[0]), nextTrigger < words.count,
           Triggers.operationNouns.contains(words[nextTrigger].key),
           (occurrence.last + 1..<nextTrigger).allSatisfy({ words[$0].breakBefore == 0 }) {
            limit = end
        }
        // ("advanced into the Islamic State stronghold of Sirte": a fight there, the holder not driven out.)
        if trigger.voice == .active || trigger.voice == .nominal, nestedHolder == nil, nextTrigger > 0, nextTrigger < words.count,
           let holder = actorMentions.first(where: { $0.words.upperBound == nextTrigger - 1 && $0.words.lowerBound <= occurrence.last + 3 }),
           describesHeldPlace(holder) {
            if trigger.status == .captured, trigger.voice == .active { nestedHolder = holder }
            limit = end
        }
        // "airstrikes in support of GNA forces fighting Islamic State in Sirte": the fight of the side supported
        // is where the strikes go.
        if trigger.status == .attacked, nextTrigger < words.count, nextTrigger >= occurrence.last + 3,
           ((occurrence.last + 1)..<nextTrigger).contains(where: { words[$0].key == "support" && $0 + 1 < words.count && words[$0 + 1].key == "of" }) {
            limit = end
        }
        // "An air strike by the LNA on Tajoura": the attacker named after "by", before the target.
        let nominalAttacker = trigger.voice == .nominal && trigger.words.last == "by"
            ? actorMentions.first(where: { $0.words.lowerBound > occurrence.last && $0.words.lowerBound <= occurrence.last + 2 }) : nil
        if trigger.voice == .nominal, trigger.words.last == "by", nominalAttacker == nil { return [] }
        // The first actor after the trigger ends its objects, unless it belongs to them ("strikes on LNA targets").
        if otherEnd == nil, let other = displaced ?? opponent { otherEnd = other.words.upperBound }
        let launchedName = trigger.launches
        let firstActorAfter = actorMentions.first { mention in
            mention.words.lowerBound > occurrence.last
                // "launched Operation Dignity against …": the operation's name, not another side.
                && !(launchedName && mention.words.lowerBound <= occurrence.last + 2)
                // "airstrikes in support of GNA forces fighting IS in Sirte": the side supported.
                && !(mention.words.lowerBound >= 2 && words[mention.words.lowerBound - 1].key == "of" && words[mention.words.lowerBound - 2].key == "support")
                && mention.words != opponent?.words && mention.words != displaced?.words && mention.words.lowerBound > otherEnd ?? -1
                && mention.words != nestedHolder?.words
                && mention.words != nominalAttacker?.words
                && !namesTargets(mention)
                // "advanced into the Islamic State stronghold of Sirte", "the ISIL-held city of Sirte": the holder describes the place.
                && !describesHeldPlace(mention)
                // "repelled the LNA's assault on Tripoli", "fended off an ISIL attack on the port": the attacker of the place after.
                && !(trigger.status == .controls && mention.words.upperBound + 1 < words.count
                     && Triggers.operationNouns.contains(words[mention.words.upperBound + 1].key))
                // "airstrikes in support of GNA forces fighting Islamic State in Sirte": a side located at a place is
                // where the attack goes, not the end of its objects.
                && !([.attacked, .contested].contains(trigger.status) && isLocated(mention))
        }?.words.lowerBound ?? words.count
        switch trigger.voice {
        case .active, .subjectLoses:
            // After the other side or the side driven out, the places are counted from its
            // name: "fighting the Islamic State in Sirte", "drove the Islamic State out of Derna".
            var reachFrom = occurrence
            if let otherEnd { reachFrom.last = otherEnd }
            // ("fled the town of Bani Walid": the town is named after all.)
            if trigger.bare, !(occurrence.last + 1 < words.count && words[occurrence.last + 1].key == "of"
                               && places.contains(where: { $0.first == occurrence.last + 2 })) {
                // "ISIL captured the air base when Libya Dawn forces withdrew": the places named before.
                objects = places.filter { $0.last < occurrence.first && !isLandmark($0, after: -1) }
            } else {
                (objects, exceptions) = governedPlaces(after: reachFrom, until: min(end, limit, firstActorAfter), driving: displaced != nil)
            }
            if objects.isEmpty, let antecedent, !places.contains(where: { $0.first > occurrence.last && $0.first < end }) {
                objects = [antecedent]
            }
            if objects.isEmpty, passiveReading || passiveAttack {
                objects = places.filter { $0.first >= clause && $0.last < occurrence.first }
            }
            // "fighting outside Sirte", "battling south of Tripoli": a fight in a town's surroundings is for the town;
            // so is an attack ("drones struck LNA supply lines near Tarhuna").
            if objects.isEmpty, trigger.status == .contested || trigger.status == .attacked, !trigger.bare {
                objects = surroundingTowns(in: (occurrence.last + 1)..<min(end, occurrence.last + 10))
            }
            // "The fighting began 14 March 2015, between …" in an article on a battle: the title's place.
            if objects.isEmpty, trigger.status == .contested, !topic.places.isEmpty,
               !places.contains(where: { $0.place.kind != .country && !isOrigin($0) }),
               (clause...occurrence.last).contains(where: { Triggers.battleNouns.contains(words[$0].key) }) {
                topicPlacesUsed = true
            }
        case .nominalLoss:
            // The places after "from", after the actor the noun names.
            if let from = ((occurrence.last + 1)..<end).first(where: { words[$0].key == "from" }) {
                objects = places.filter { $0.first > from && $0.first <= from + 6 && $0.first < end }
            }
        case .nominal where trigger.status == .contested:
            // "clashes erupted between the GNA and the GNS in Tripoli": the place may follow the sides.
            let window = occurrence.last..<min(end, nextTrigger)
            // ("fighting broke out between Haftar's forces and forces loyal to the Government of National Accord in
            // the oasis city of Sabha": long names of the sides; the place is counted from the last of them.)
            let lastSide = actorMentions.last { window.contains($0.words.lowerBound) && $0.words.lowerBound - occurrence.last <= 16 }?.words.upperBound ?? occurrence.last
            objects = places.filter { window.contains($0.first) && ($0.first - occurrence.last <= 16 || $0.first - lastSide <= 8)
                && !isLandmark($0, after: occurrence.last) }
            // "Ten people are dead in Benghazi as a result of fighting between …": the place before, in its clause.
            if objects.isEmpty {
                objects = places.filter { $0.first >= clause && $0.last < occurrence.first && $0.place.kind != .country
                    && !isLandmark($0, after: clause - 1) && $0.first > 0 && ["in", "at", "inside"].contains(words[$0.first - 1].key) }
            }
            // "Fighting between the two armies has been centered in the suburbs south of Tripoli": the town's surroundings.
            if objects.isEmpty {
                objects = surroundingTowns(in: window.lowerBound..<min(window.upperBound, occurrence.last + 17))
            }
            // "in the Sirte District in Libya": the country only locates the places fought for.
            if objects.contains(where: { $0.place.kind != .country }) { objects = objects.filter { $0.place.kind != .country } }
            // "It was fought in July and August 2014 between …" in an article on a battle: the title's place.
            if objects.isEmpty, !topic.places.isEmpty,
               !places.contains(where: { $0.place.kind != .country && !isOrigin($0) }),
               (clause...occurrence.last).contains(where: { Triggers.battleNouns.contains(words[$0].key) }) {
                topicPlacesUsed = true
            }
        case .nominal:
            var reachFrom = occurrence
            if let opponent { reachFrom.last = opponent.words.upperBound }
            if let attacker = nominalAttacker { reachFrom.last = attacker.words.upperBound }
            (objects, exceptions) = governedPlaces(after: reachFrom, until: min(end, limit, firstActorAfter))
            // "a precision airstrike near Sirte": strikes in a town's surroundings are on the town.
            if objects.isEmpty, trigger.status == .attacked {
                objects = surroundingTowns(in: (occurrence.last + 1)..<min(end, occurrence.last + 8))
            }
            // "launched strikes against Islamic State targets Tuesday as Libyan forces advanced inside the group's stronghold
            // of Sirte": strikes on targets with no place of their own are on the one town the sentence names.
            if objects.isEmpty, trigger.status == .attacked,
               ((occurrence.last + 1)..<min(words.count, occurrence.last + 7)).contains(where: { Triggers.targetNouns.contains(words[$0].key) }) {
                let towns = places.filter { [.city, .town, .village].contains($0.place.kind) && !isLandmark($0, after: -1) }
                if let town = towns.first, towns.allSatisfy({ $0.place.id == town.place.id }) { objects = [town] }
            }
            // "Egypt carries out airstrikes in February 2015" in an article on a campaign: the title's place.
            if objects.isEmpty, trigger.status == .attacked, !topic.places.isEmpty,
               !places.contains(where: { $0.place.kind != .country }) {
                topicPlacesUsed = true
            }
        case .passive:
            let windowStart = relative || clause == occurrence.first ? previousClause : clause
            let window = places.filter { $0.first >= windowStart && $0.last < occurrence.first }
            let lastActorBefore = actorMentions.last { $0.words.upperBound < occurrence.first && $0.words.lowerBound >= windowStart }
            if let actor = lastActorBefore {
                // "Tarhuna, the LNA's last stronghold in western Libya, fell to GNA forces": a side named in an apposition
                // is not the sayer of the sentence; the place before it is the subject.
                let appositionOf = window.last(where: { span in span.last + 1 < actor.words.lowerBound + 1 && span.last < actor.words.lowerBound
                    && words[span.last + 1].breakBefore == 1 && ((span.last + 1)..<actor.words.lowerBound).allSatisfy { words[$0].key == "the" } })
                    ?? window.last(where: { $0.last + 1 == actor.words.lowerBound && words[actor.words.lowerBound].breakBefore == 1 })
                if let subject = appositionOf {
                    objects = window.filter { $0.last <= subject.last }
                } else {
                    objects = window.filter { $0.first > actor.words.upperBound }
                    if objects.isEmpty { objects = window.filter { $0.last < actor.words.lowerBound } }
                }
            } else {
                objects = window
            }
        }
        // "pushed the LNA back to Sirte", "was driven back towards Jufra": where a side is driven to is not what it lost.
        if trigger.status == .captured, Self.drivingWords.contains(trigger.words[0]) {
            objects = objects.filter { span in
                let first = Self.titleStart(of: span, in: words)
                return !(first > 0 && ["to", "towards", "toward"].contains(words[first - 1].key))
            }
        }
        // "Tripoli's Abu Sleem district": the town in the possessive locates the place after it.
        objects = objects.filter { span in !(self.places.contains { $0.first == span.last + 1 } && isPossessive(span.last)) }
        // "launched Operation Dignity against groups in Benghazi", "launched airstrikes on Derna": what an operation
        // is launched at comes after "against", "on" or "at" ("It was launched by the BDB on 3 March, and …" names none).
        if trigger.launches, passiveAttack {
            // "an attack was launched by X against the Brak al-Shati Airbase": the place after "against".
            objects = self.places.filter { $0.first > occurrence.last && $0.first < end && !isLandmark($0, after: occurrence.last) }
        }
        if trigger.launches {
            objects = objects.filter { span in
                span.first > occurrence.last
                    && ((occurrence.last + 1)..<span.first).contains { ["against", "on", "at", "targeting"].contains(words[$0].key) && !isDateWord($0 + 1)
                        // "launched Operation Dignity in Benghazi", "launched an offensive in Sirte": the operation's place.
                        || words[$0].key == "in" && $0 - occurrence.last <= 4 && ((occurrence.last + 1)..<$0).contains { Triggers.operationNouns.contains(words[$0].key) } }
            }
        }
        // "the HoR in Tobruk, and the Tripoli-based GNC": the place written before "-based" is the seat.
        if trigger.words == Triggers.placeBasedActor.words, trigger.voice == .passive {
            objects = self.places.filter { $0.last == occurrence.first - 1 }
        }
        // "Wershiffana district in western Libya", "Sirte in central Libya": a region right after a place, after "in", locates it.
        if objects.count > 1 {
            objects = objects.filter { span in
                !([.region, .country].contains(span.place.kind) && span.first >= 2
                  && objects.contains { other in other.last < span.first && span.first - other.last <= 4
                      && ((other.last + 1)..<span.first).contains { words[$0].key == "in" } })
            }
        }
        // Descriptors are not objects: "the capital of Cyrenaica", places outside the map.
        objects = objects.filter { span in
            let before = span.first >= 2 ? (words[span.first - 2].key, words[span.first - 1].key) : ("", "")
            return !(before.0 == "capital" && before.1 == "of") && span.place.scope == .map
        }
        // "Sabha, the main city of the south,", "Gharyan, south of Tripoli,", "Sirte, 450 km east of Tripoli,":
        // a place in an apposition describes the place before it.
        if objects.count > 1 { objects = objects.filter { !describesPlaceBefore($0) } }
        // "The GNC, based in western Libya": a seat is a town or a site; a region named as one only locates.
        if trigger.status == .controls, trigger.words.contains(where: { Triggers.seatWords.contains($0) }) {
            objects = objects.filter { ![.region, .district, .country].contains($0.place.kind) }
        }
        // A whole country is never taken or held by one side here: "control much of Libya's territory",
        // "has controlled eastern Libya" (a region, above); the country only locates.
        objects = objects.filter { $0.place.kind != .country }
        if trigger.strength < 0.7 { objects = objects.filter { ![.region, .country].contains($0.place.kind) } }
        // "ISIS's center of governance in Libya": a seat is in a country, not the country;
        // "Tarhuna, the last LNA stronghold in western Libya": the town in apposition is the seat.
        if trigger.words == ["seat"] {
            objects = objects.filter { $0.place.kind != .country }
            if trigger.voice == .active, objects.allSatisfy({ [.region, .district].contains($0.place.kind) }) {
                if let comma = (max(0, occurrence.first - 6)..<occurrence.first).last(where: { words[$0].breakBefore == 1 && words[$0].key == "the" }),
                   let town = self.places.last(where: { $0.last == comma - 1 }) {
                    objects = [town]
                } else if (max(0, occurrence.first - 5)..<occurrence.first).contains(where: { ["became", "becomes", "remained", "remains"].contains(words[$0].key) }) {
                    // "The city fell to the LNA and became the LNA's stronghold in western Libya": the subject is the seat.
                    objects = []
                    seatOfSubject = true
                }
            }
        }
        var places = topicPlacesUsed ? topic.places : objects.flatMap { facilitiesNamed(after: $0) ?? [$0.place] }
        // "captured Hun and its airport": the town's facility of that kind too.
        if !topicPlacesUsed {
            for span in objects where [.city, .town, .village].contains(span.place.kind) && span.last + 3 < words.count
                && words[span.last + 1].key == "and" && ["its", "their"].contains(words[span.last + 2].key) {
                var noun = span.last + 3
                if Triggers.placeAdjectives.contains(words[noun].key), noun + 1 < words.count { noun += 1 }
                if let kinds = Triggers.placeAnaphora[words[noun].key], kinds.allSatisfy(\.isFacility),
                   let facility = gazetteer.facility(of: kinds, serving: span.place), !places.contains(facility) {
                    places.append(facility)
                }
            }
        }
        if topicPlacesUsed { usedLastPlaces = true }
        // "seized key oil ports …, including Ras Lanuf and Brega": the towns named stand for
        // their facilities of the kind the object's noun names.
        // The nearest such noun before each place decides ("the airbases in Jufra, as well as the settlements of Hun").
        if trigger.voice == .active || trigger.voice == .nominal || trigger.voice == .subjectLoses, places.count == objects.count {
            for (index, span) in objects.enumerated() where span.first > occurrence.last && [.city, .town, .village].contains(span.place.kind) {
                // "the port in the city of Sirte": "city of" is the town's own title, not the noun of the object;
                // in "the port city of Sirte" the head noun is "city".
                guard let noun = ((occurrence.last + 1)..<span.first).reversed().first(where: { Triggers.placeAnaphora[words[$0].key] != nil
                          && !(words[$0 + 1].key == "of" && $0 + 2 == span.first && $0 >= 2 && words[$0 - 1].key == "the"
                               && ["in", "at"].contains(words[$0 - 2].key)) }),
                      Triggers.placeAnaphora[words[noun + 1].key] == nil,
                      let kinds = Triggers.placeAnaphora[words[noun].key], kinds.allSatisfy(\.isFacility),
                      // Only places and list words between: not "the bases of certain Benghazi militias".
                      ((noun + 1)..<span.first).allSatisfy({ position in
                          Self.listConnectors.contains(words[position].key) || Self.inclusionWords.contains(words[position].key)
                              || self.places.contains { $0.first <= position && position <= $0.last }
                      }),
                      let facility = gazetteer.facility(of: kinds, serving: span.place) else { continue }
                places[index] = facility
            }
            if let facilities = headFacilities(of: objects) {
                for (index, span) in objects.enumerated() where places[index] == span.place { places[index] = facilities[index] }
            }
        }
        // "The airport, along with the village of Qasr bin Ghashir, was retaken": a subject that
        // refers back to a place, joined to the places named, suffered the same.
        if passiveReading || trigger.voice == .passive, let first = objects.first, first.first > clause + 1,
           (clause..<first.first).contains(where: { ["with", "and"].contains(words[$0].key) }),
           let referred = referredPlaces(in: clause..<min(first.first, clause + 3)) {
            places = referred.filter { place in !places.contains(place) } + places
        }
        if seatOfSubject, let subject = self.places.first(where: { $0.last < occurrence.first && ![.region, .country].contains($0.place.kind) })?.place
            ?? referredPlaces(in: 0..<occurrence.first)?.first {
            places = [subject]
            usedLastPlaces = true
        }
        // "captured Sirte and held it for a week", "Brigade 50, which had been controlling it for years": "it"
        // right after a verb of taking, holding or losing is the place named last, in this sentence or the one before.
        if places.isEmpty, trigger.voice == .active || trigger.voice == .subjectLoses, !passiveReading, trigger.status != .attacked,
           occurrence.last + 1 < words.count, words[occurrence.last + 1].key == "it",
           let place = self.places.last(where: { $0.last < occurrence.first && $0.place.scope == .map && ![.region, .country].contains($0.place.kind)
                                                  && !isLandmark($0, after: -1) })?.place
                // ("had bombed the airport in an attempt to recapture it": the place a noun of this sentence referred to.)
                ?? referredPlaces(in: 0..<occurrence.first)?.first
                ?? lastPlaces.first(where: { ![.region, .country].contains($0.kind) }) {
            places = [place]
            usedLastPlaces = true
        }
        // "seized the Ras Lanuf and Es Sider terminals before the LNA retook them": "them" after a verb of taking,
        // holding or losing is the places named before it in the sentence, else the last ones named.
        if places.isEmpty, trigger.voice == .active || trigger.voice == .subjectLoses, !passiveReading, trigger.status != .attacked,
           occurrence.last + 1 < words.count, words[occurrence.last + 1].key == "them" {
            let named = self.places.filter { $0.last < occurrence.first && $0.place.scope == .map && ![.region, .country].contains($0.place.kind)
                && !isLandmark($0, after: -1) && !isOrigin($0) }
            places = named.count >= 2 ? headFacilities(of: named) ?? named.map(\.place)
                : named.isEmpty ? lastPlaces.filter { ![.region, .country].contains($0.kind) } : []
            usedLastPlaces = !places.isEmpty
        }
        // "On 5 June, it was captured by the GNA": "it" is the place the text spoke of.
        if places.isEmpty, passiveReading || passiveAttack || trigger.voice == .passive, occurrence.first >= 2,
           (max(0, occurrence.first - 4)..<occurrence.first).contains(where: { words[$0].key == "it" }),
           let place = (topic.isPlaceArticle ? topic.places : []).first ?? lastPlaces.first(where: { ![.region, .country].contains($0.kind) }) {
            places = [place]
            usedLastPlaces = true
        }
        if places.isEmpty {
            // "the town", "the airport", "the capital": after the trigger, or before a passive one.
            let before = max(clause, occurrence.first - 4)..<occurrence.first
            let reach = trigger.voice == .passive ? before : (occurrence.last + 1)..<min(end, occurrence.last + 8)
            // "Many fighters in those cities were driven out": the subject names the places.
            if let referred = referredPlaces(in: reach) ?? (passiveReading ? referredPlaces(in: before) : nil) {
                places = referred
                usedLastPlaces = !places.isEmpty
            } else if [.captured, .attacked, .contested].contains(trigger.status) && (trigger.voice == .active || trigger.voice == .nominal) && !passiveReading
                        && !self.places.contains(where: { $0.first > occurrence.last && $0.first < end })
                        && ((occurrence.last + 1)..<min(end, occurrence.last + 6)).contains(where: { Triggers.partitives.contains(words[$0].key) })
                        // "militants remaining in a few dozen properties still controlled by ISIL": a part held, the town fought for.
                        || trigger.status == .controls && trigger.voice == .passive && self.places.isEmpty
                        && before.contains(where: { Triggers.partitives.contains(words[$0].key) }),
                      let town = (self.places.filter { $0.last < occurrence.first && !isLandmark($0, after: -1) }.map(\.place)
                                  + (trigger.status == .captured ? topic.places + lastPlaces : topic.places)).first(where: { [.city, .town].contains($0.kind) }) {
                // ("the Presidential Guard revolted in Tripoli and … took over the building of the High Council of State": the town named before.)
                // "GNA forces secured areas in the 700 neighbourhood": a part of the town the text is about, fought for;
                // in an article on a battle for a town, "launched an attack on the Jizah neighbourhood", "advanced across
                // two streets": an attack or a fight there.
                places = [town]
                usedLastPlaces = true
                // ("had taken the last districts held by the group": all that was left, the town taken.)
                let lastOfIt = ((occurrence.last + 1)..<min(end, occurrence.last + 6)).contains { ["last", "remaining"].contains(words[$0].key) }
                partOfTown = (trigger.status == .captured || trigger.status == .controls) && !lastOfIt
            } else if !lastPlaces.isEmpty, trigger.voice == .subjectLoses,
                      trigger.bare || trigger.words.last == "retreat" || trigger.words.last == "withdraw" {
                places = lastPlaces
                usedLastPlaces = true
            }
        }
        // "smoke rising over Benghazi after government warplanes attacked Islamist militia
        // bases": an attack or a fight whose object is a force or its positions, with no place
        // after it, happens at the one town or site the sentence places things in.
        if places.isEmpty, trigger.voice == .active, [.attacked, .contested].contains(trigger.status), !trigger.launches,
           objectIsForce(after: occurrence), let site = siteOfSentence() {
            places = [site]
            usedLastPlaces = true
        }
        // "In July and September they clashed with the LNA", "Then, fighting occurred between Sarraj loyalists and Ghawil
        // forces": a fight in a sentence that names no place is in the one place the text just spoke of.
        // ("The fighting spread to other areas of Tripoli": fighting that spreads is fighting, whoever's.)
        let fightSpreads = trigger.status == .attacked && trigger.voice == .active && occurrence.first >= 1
            && (max(clause, occurrence.first - 3)..<occurrence.first).contains { Triggers.fightingNouns.contains(words[$0].key) }
            && !actorMentions.contains { $0.words.lowerBound >= clause && $0.words.upperBound < occurrence.first }
        // (Strikes and attacks are not carried so: "conducted five strikes Monday" more often hits targets elsewhere.)
        if places.isEmpty, trigger.status == .contested, topic.placesSpokenOfJustNow,
           lastPlaces.count == 1, let place = lastPlaces.first, ![.region, .country, .district].contains(place.kind),
           !self.places.contains(where: { $0.place.kind != .country }), referredPlaces(in: clause..<end) == nil {
            places = [place]
            usedLastPlaces = true
        }
        guard !places.isEmpty else { return [] }

        // The actors.
        var agents: [Actor] = []
        var actorFactor = 1.0
        var ruleSuffix = ""
        var losers: [Actor] = []
        switch trigger.voice {
        case .active, .subjectLoses:
            var window = relative && antecedent == nil ? previousClause..<clause : clause..<occurrence.first
            // "ISIL captured the air base when Libya Dawn forces withdrew": the actor after the
            // trigger before, when one stands there.
            // But "GNA repelled the LNA offensive and advanced towards Sirte": a verb after "and"
            // shares the subject of the verb before it.
            let sharesSubject = occurrence.first >= 1 && words[occurrence.first - 1].key == "and"
                && actorMentions.contains(where: { $0.words.upperBound < previousTrigger && $0.words.lowerBound >= window.lowerBound })
            if previousTrigger >= window.lowerBound, previousTrigger < occurrence.first, !sharesSubject,
               actorMentions.contains(where: { $0.words.lowerBound > previousTrigger && $0.words.upperBound < occurrence.first }) {
                window = (previousTrigger + 1)..<occurrence.first
            } else if sharesSubject, previousTrigger >= window.lowerBound {
                window = window.lowerBound..<previousTrigger
            }
            // "the GNA declared that Haftar's forces had gained control": the actor follows the "that".
            if let that = window.reversed().first(where: { words[$0].key == "that" && $0 > 0 && Triggers.reporting.contains(words[$0 - 1].key) }) {
                window = (that + 1)..<window.upperBound
            } else if let say = window.reversed().first(where: { Triggers.reporting.contains(words[$0].key) }),
                      actorMentions.contains(where: { $0.words.lowerBound > say && $0.words.upperBound < occurrence.first }) {
                // "Speaker Aguila Saleh said the LNA captured Gharyan": the speaker is not the side that acted.
                window = (say + 1)..<window.upperBound
            }
            // "With the support of Turkish drones, GNA forces seized …": a supporter is no side.
            agents = coordinated(actorMentions.filter { window.contains($0.words.lowerBound) && !isSupporter($0) })
            // "the House of Representatives (HoR), which relocated to Tobruk": the side right before the relative pronoun.
            if relative, antecedent == nil, clause > 0, ["which", "who"].contains(words[clause].key),
               // ("the House of Representatives (HoR), which": its abbreviation may come between.)
               var named = actorMentions.last(where: { $0.words.upperBound == clause - 1
                   || $0.words.upperBound == clause - 2 && words[clause - 1].capitalized && words[clause - 1].key.utf8.count <= 5 }) {
                // (The abbreviation in brackets is the name before it: ask that name whether it is a supporter.)
                if let full = actorMentions.last(where: { $0.words.upperBound == named.words.lowerBound - 1 && $0.actor == named.actor }) { named = full }
                if !isSupporter(named) { agents = [named.actor] }
            }
            // "U.S. airstrikes helped the GNA capture Sirte": the side helped does it.
            if let (helped, _) = helpedActor(before: occurrence) { agents = [helped.actor] }
            // "with all pro-GNC forces withdrawing", "GNA forces fighting Islamic State": a participle's subject is the force right before it.
            if let subject = actorMentions.last(where: { $0.words.upperBound < occurrence.first && occurrence.first - $0.words.upperBound <= 2 }),
               trigger.progressive, words[occurrence.first].breakBefore == 0,
               ((subject.words.upperBound + 1)..<occurrence.first).allSatisfy({ Triggers.genericForceNouns.contains(words[$0].key) }),
               !agents.isEmpty {
                agents = [subject.actor]
            }
            // "to rise up against the Islamist militias controlling the city": a participle right after a force no name
            // tells is that force's; the sentence's subject did not do it.
            if trigger.progressive, occurrence.first > 0, words[occurrence.first].breakBefore == 0,
               Self.unnamedForceNouns.contains(words[occurrence.first - 1].key),
               !actorMentions.contains(where: { $0.words.upperBound >= occurrence.first - 3 && $0.words.upperBound < occurrence.first }) {
                agents = []
            }
            // "the terror group's stronghold of Sirte": the side the possessive refers to.
            if trigger.words == ["seat"], !actorMentions.contains(where: { $0.words.upperBound == occurrence.first - 1 }),
               let reference = seatOwnerReference(before: occurrence.first), let actor = referredActor(by: reference) {
                agents = [actor]
                actorFactor = 0.8
                ruleSuffix = "+reference"
                referredActor = actor
            }
            // "the government in Tobruk": the government named right before.
            if trigger.describesSeat, trigger.voice == .active,
               let government = actorMentions.first(where: { $0.words.upperBound == occurrence.first - 1 }) {
                agents = [government.actor]
            }
            // "The group has been carrying out airstrikes on BDB positions since losing the oil terminals": a participle
            // after a conjunction has the sentence's subject, not the name nearest before it.
            if trigger.progressive, occurrence.first > 2, Self.participleSubordinators.contains(words[occurrence.first - 1].key),
               words[occurrence.first - 1].breakBefore == 0 {
                if let subject = actorMentions.first(where: { $0.words.lowerBound <= 2 && $0.words.upperBound < occurrence.first - 1 && !isSupporter($0) }) {
                    agents = [subject.actor]
                } else if let reference = (0..<3).first(where: { isActorReference(at: $0) }), let actor = referredActor(by: reference) {
                    agents = [actor]
                    actorFactor = 0.8
                    ruleSuffix = "+reference"
                    referredActor = actor
                }
            }
            // "After capturing Sirte, the GNA …", "Despite losing control of Derna on 28 June, the Derna Protection Force …":
            // an opening participle's subject is the main clause's.
            // ("In early May, after capturing Bani Walid, the LNA …", "Late on Sunday, having lost Sirte, …": after an opening adverbial.)
            let opener = occurrence.first - 1
            let opensClause = opener >= 0 && (opener <= 1 || words[opener].breakBefore == 1 && !words[opener].semicolonBefore)
            let openingParticiple = opensClause && (trigger.progressive
                && ["after", "despite", "before", "since", "upon", "while", "following", "on", "by", "having"].contains(words[opener].key)
                || words[opener].key == "having")
            if agents.isEmpty, ["having", "after"].contains(words.first?.key ?? "") || openingParticiple {
                let afterObjects = objects.last?.last ?? occurrence.last
                if let actor = actorMentions.first(where: { $0.words.lowerBound > afterObjects }) { agents = [actor.actor] }
            }
            if agents.isEmpty, let reference = (window.lowerBound..<occurrence.first).first(where: { isActorReference(at: $0) }) {
                // "Sirte, which it seized": the actor of the clause the relative one hangs on, else the last one named.
                let hanging = antecedent != nil ? coordinated(actorMentions.filter { (previousClause..<clause).contains($0.words.lowerBound) }) : []
                if !hanging.isEmpty {
                    agents = hanging
                    ruleSuffix = "+relative"
                } else if reference > 0, ["joint", "combined", "allied", "coalition"].contains(words[reference - 1].key) {
                    // "The joint forces announced complete control over Wershiffana": all the sides just named together
                    // (no one side when fewer were named: not the group just said to be the enemy).
                    if lastActors.count >= 2 {
                        agents = unique(lastActors)
                        actorFactor = 0.8
                        ruleSuffix = "+reference"
                    }
                } else if let actor = referredActor(by: reference) {
                    agents = [actor]
                    actorFactor = 0.8
                    ruleSuffix = "+reference"
                    referredActor = actor
                }
            }
            if fightSpreads, agents.isEmpty {
                agents = bothSides() ?? (lastActors.count >= 2 ? unique(lastActors) : [])
                actorFactor = 0.8
                ruleSuffix = "+fighting"
            }
            if passiveReading {
                // The subject suffered: it loses the places; the actor after "by" takes them.
                // "with ISIL being expelled from the city": the subject is the name right before the auxiliary.
                if let subject = actorMentions.last(where: { $0.words.upperBound < occurrence.first && occurrence.first - $0.words.upperBound <= 3 }) {
                    losers = [subject.actor]
                } else if (window.lowerBound..<occurrence.first).contains(where: { Triggers.reporting.contains(words[$0].key) }) {
                    // "A spokesman for the LNA said the city has been liberated": the side speaking did not suffer it.
                    losers = []
                } else {
                    losers = agents
                }
                agents = byActor(after: occurrence.last, before: end).map { [$0] } ?? []
                ruleSuffix += "+passive"
                // "The base was completely overrun": taken by whoever the text just said attacked it.
                if agents.isEmpty, losers.isEmpty, let attackers = places.lazy.compactMap({ self.topic.recentAttackers[$0.id] }).first {
                    agents = attackers
                    actorFactor = 0.8
                    ruleSuffix += "+attacker"
                }
                // "The LNA announced that Sirte had been totally liberated": who announces a liberation made it.
                if agents.isEmpty, losers.isEmpty, let reporter = reporter(before: occurrence) {
                    agents = [reporter]
                    actorFactor = 0.8
                    ruleSuffix += "+reporter"
                }
            }
            if passiveAttack {
                agents = byActor(after: occurrence.last, before: end).map { [$0] } ?? []
                ruleSuffix += "+passive"
            }
            if let opponent, trigger.status == .contested, !agents.contains(opponent.actor) { agents.append(opponent.actor) }
            // "Fighting was confined to Hawari": with no side before it, the sides are those
            // the sentence names, or those the text just named.
            if agents.isEmpty, losers.isEmpty, trigger.status == .contested {
                // ("Backed by U.S. airstrikes, fighters scored victories in Sirte": a backer is no side.)
                agents = unique(actorMentions.filter { $0.words.lowerBound >= clause && $0.words.lowerBound < end && !isSupporter($0) }.map(\.actor))
                if agents.isEmpty, let sides = bothSides() {
                    agents = sides
                    actorFactor = 0.8
                    ruleSuffix = "+both sides"
                }
                if agents.isEmpty, lastActors.count >= 2 {
                    agents = unique(lastActors)
                    actorFactor = 0.8
                    ruleSuffix = "+reference"
                }
            }
            // "supports the GNA's efforts to liberate Sirte", "backs the LNA's campaign to capture Derna": the side whose
            // effort it is, not who supports it.
            if let owner = effortOwner(before: occurrence) { agents = [owner] }
        case .nominalLoss:
            if let actor = actorMentions.first(where: { $0.words.lowerBound > occurrence.last && $0.words.lowerBound <= occurrence.last + 3 }) {
                agents = [actor.actor]
            }
        case .passive:
            // "under the control of armed groups allied with the GNA": the side a force is loyal to.
            let allegiance = (occurrence.last + 1)..<min(words.count - 1, occurrence.last + 6)
            let reach = allegiance.contains(where: { Self.allegianceWords.contains(words[$0].key) && ["to", "with"].contains(words[$0 + 1].key) }) ? 9 : 4
            // "militias backed by Turkey": a backer is no holder.
            // ("captured by fighters of the self-styled Libyan National Army": a force of the side, described.)
            if let actor = actorMentions.first(where: { $0.words.lowerBound > occurrence.last && !isSupporter($0)
                && ($0.words.lowerBound <= occurrence.last + reach
                    || $0.words.lowerBound <= occurrence.last + 8 && isForcePhrase((occurrence.last + 1)..<$0.words.lowerBound)) }) {
                // "LNA-aligned forces, including the Kaniyat militia": the list goes on past the comma.
                var listEnd = end
                if let including = ((actor.words.upperBound + 1)..<min(words.count, actor.words.upperBound + 4)).first(where: { words[$0].key == "including" }),
                   let part = actorMentions.first(where: { $0.words.lowerBound > including && $0.words.lowerBound <= including + 2 }) {
                    listEnd = max(end, part.words.upperBound + 1)
                }
                agents = coordinated(actorMentions.filter { $0.words.lowerBound >= actor.words.lowerBound && $0.words.lowerBound < listEnd })
            } else if trigger.words == ["seat"],
                      let reference = ((occurrence.last + 1)..<min(words.count, occurrence.last + 3)).first(where: { isActorReference(at: $0) && isPossessive($0) }),
                      let actor = referredActor(by: reference) {
                // "Sirte, the group's stronghold": the side referred to.
                agents = [actor]
                actorFactor = 0.8
                ruleSuffix = "+reference"
                referredActor = actor
            } else if trigger.words == Triggers.underActorControl.words, occurrence.last + 1 < words.count,
                      isActorReference(at: occurrence.last + 1), let actor = referredActor(by: occurrence.last + 1) {
                // "under their control": the side referred to.
                agents = [actor]
                actorFactor = 0.8
                ruleSuffix = "+reference"
                referredActor = actor
            } else if trigger.status == .captured, let reporter = reporter(before: occurrence) {
                // "A spokesman for the LNA said the city fell within hours": who reports a fall made it.
                agents = [reporter]
                actorFactor = 0.8
                ruleSuffix = "+reporter"
            }
        case .nominal:
            // ("the liberation of Tarhuna, 65 km southeast of Tripoli, from ISIL": after the last place's description.)
            var afterObjects = objects.last?.last ?? occurrence.last
            if let last = objects.last,
               let described = self.places.first(where: { $0.first > last.last && $0.first <= last.last + 9 && describesPlaceBefore($0) }) {
                afterObjects = described.last
            }
            if let attacker = nominalAttacker {
                agents = [attacker.actor]
            } else if trigger.words == ["fall", "of"] {
                // "the fall of Sirte to ISIL": the taker follows "to" or "by"; any other side of the sentence is not it
                // ("Following the fall of the airport, the House of Representatives relocated to Tobruk").
                if let taker = actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound <= afterObjects + 3
                    && ["to", "by"].contains(wordBefore($0.words.lowerBound, skipping: "the")) }) {
                    agents = [taker.actor]
                }
            } else if trigger.status != .contested, afterObjects + 1 < words.count, words[afterObjects + 1].key == "by",
               let byActor = actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound <= afterObjects + 3 }) {
                agents = [byActor.actor]
            } else if trigger.status == .contested {
                // The sides named in the trigger's clause ("clashes between the LNA and militias in Sabha,
                // although the airport stayed under the control of the GNA"), else in the sentence;
                // supporters are no side ("(supported by the LROR and Misrata Brigades)").
                let sides = actorMentions.filter { !isSupporter($0) }
                agents = unique(sides.filter { $0.words.lowerBound >= clause && $0.words.lowerBound < end }.map(\.actor))
                // ("relocated to Tobruk after fighting broke out in Tripoli and Benghazi": a fight told as the time of another
                // event names its sides, if at all, in its own clause.)
                let subordinate = occurrence.first > 0 && Extractor.subordinators.contains(words[occurrence.first - 1].key)
                if agents.isEmpty, !subordinate { agents = unique(sides.map(\.actor)) }
                // "The fighting followed the revelation that … Trump spoke to Haftar": a bare noun of fighting names
                // its sides after "between", "against" or "with"; else they are those the text just named.
                if trigger.words == ["fighting"], !((occurrence.last + 1)..<end).contains(where: { ["between", "against", "with"].contains(words[$0].key) }) {
                    agents = []
                }
                // "they clashed with the LNA": the side the pronoun before stands for, besides the one named after.
                if agents.count == 1, let reference = (clause..<occurrence.first).first(where: { Triggers.actorPronouns.contains(words[$0].key) && isActorReference(at: $0) }),
                   let actor = referredActor(by: reference), actor != agents[0] {
                    agents.insert(actor, at: 0)
                    referredActor = actor
                }
                if agents.isEmpty, !subordinate, let sides = bothSides() {
                    agents = sides
                    actorFactor = 0.8
                    ruleSuffix = "+both sides"
                }
                // "Fighting was confined to Hawari": the sides are those the text just named.
                if agents.isEmpty, !subordinate, lastActors.count >= 2 {
                    agents = unique(lastActors)
                    actorFactor = 0.8
                    ruleSuffix = "+reference"
                }
            } else if let owner = actorMentions.first(where: { $0.words.upperBound == occurrence.first - 1
                          && (isPossessive($0.words.upperBound) || trigger.status == .attacked && !isSupporter($0))
                          // "U.S. airstrikes in Sirte": the name holds the noun of the trigger.
                          || trigger.status == .attacked && $0.words.upperBound == occurrence.first && $0.words.lowerBound < occurrence.first && !isSupporter($0) }) {
                // "BDB's offensive on Benghazi", "an LNA attack on Tripoli airport": the name before the noun attacks;
                // "the Kaniyat joined the LNA's offensive on Tripoli": so does who joined it.
                agents = [owner.actor]
                if trigger.status == .attacked, owner.words.lowerBound >= 2,
                   let join = (max(clause, owner.words.lowerBound - 3)..<owner.words.lowerBound).first(where: { Self.joinWords.contains(words[$0].key) }),
                   let joiner = actorMentions.last(where: { $0.words.upperBound < join && $0.words.lowerBound >= clause && !isSupporter($0) }),
                   joiner.actor != owner.actor {
                    agents.append(joiner.actor)
                }
            } else if trigger.status == .captured, afterObjects + 2 < words.count, words[afterObjects + 1].key == "from",
                      let source = actorMentions.first(where: { $0.words.lowerBound > afterObjects + 1 && $0.words.lowerBound <= afterObjects + 8
                          && isForcePhrase((afterObjects + 2)..<$0.words.lowerBound) }) {
                // "the liberation of Sirte from ISIL by GNA forces", "… from forces loyal to the GNA by the LNA": the side after
                // "from" lost the place; the taker follows "by", or else is not named.
                losers = [source.actor]
                // ("from Haftar's Libyan National Army (LNA) by …": the side's leader, name and abbreviation in a row.)
                var sourceEnd = source.words.upperBound
                while let next = actorMentions.first(where: { $0.words.lowerBound == sourceEnd + 1 && $0.actor == source.actor }) { sourceEnd = next.words.upperBound }
                if let by = ((sourceEnd + 1)..<min(words.count, sourceEnd + 4)).first(where: { words[$0].key == "by" }),
                   let taker = actorMentions.first(where: { $0.words.lowerBound > by && $0.words.lowerBound <= by + 7 && isForcePhrase((by + 1)..<$0.words.lowerBound) }) {
                    agents = [taker.actor]
                }
            } else if let first = actorMentions.first(where: { ($0.words.upperBound < occurrence.first || $0.words.lowerBound > afterObjects)
                && $0.words != opponent?.words
                // "an enclave of Islamists linked to Al-Qaeda": a tie, not the attacker.
                && !(max(0, $0.words.lowerBound - 2)..<$0.words.lowerBound).contains { ["linked", "tied", "affiliated", "related", "connected", "loyal"].contains(words[$0].key) } }) {
                agents = coordinated(actorMentions.filter { $0.words.lowerBound >= first.words.lowerBound && $0.words != opponent?.words })
            }
        }
        // "The House of Representatives relocated to Tobruk": a government moving sits there; a force moving advances.
        if Triggers.relocationWords.contains(trigger.words[0]), trigger.words.last == "to", !agents.allSatisfy(\.isGovernment) { return [] }
        // "lost Sirte to ISIL", "were driven out by the LNA": the taker (named even when the side that lost is not: "The militants were driven out of Ajdabiya by the LNA").
        let afterObjects = objects.last?.last ?? occurrence.last
        // ("lost Tarhuna to militias allied with the GNA": a force of the taker, described.)
        let taker = trigger.voice == .subjectLoses ? actorMentions.first(where: { mention in
            mention.words.lowerBound > afterObjects && mention.words.lowerBound < end && mention.words.lowerBound > 0
                && (["by", "to"].contains(wordBefore(mention.words.lowerBound, skipping: "the"))
                    || (max(afterObjects + 1, mention.words.lowerBound - 7)..<mention.words.lowerBound).contains { position in
                        ["by", "to"].contains(words[position].key) && position + 1 < mention.words.lowerBound
                            && Self.forceNouns.contains(words[position + 1].key) && isForcePhrase((position + 1)..<mention.words.lowerBound) }) }) : nil
        guard !agents.isEmpty || !losers.isEmpty || taker != nil else { return [] }

        // The date.
        let (interval, baseDateFactor) = date(for: occurrence)
        var dateFactor = baseDateFactor
        if usedLastPlaces { dateFactor *= 0.9 }
        let exceptionPlaces = exceptions.map(\.place)
        var claims: [Claim] = []
        // "captured two barracks in Sirte", "held part of the city", "captured the city
        // center": fighting for the place, not its capture; but "the last buildings" are all that was left.
        var status = trigger.status
        // "Haftar's forces were repelled from the airport": those repelled attacked it.
        if status == .controls, trigger.voice == .active, ["repelled", "repulsed"].contains(trigger.words[0]), hasPassiveAuxiliary(before: occurrence.first) {
            status = .attacked
        }
        if fightSpreads { status = .contested }
        // "fought for control of the city", "a dispute over control of Ubari": control fought for.
        if status == .controls, trigger.words.first == "control", occurrence.first > 0, ["for", "over"].contains(words[occurrence.first - 1].key) {
            status = .contested
            // "The LNA battled GNA forces for control of Gharyan": every side of the fight before it.
            for mention in actorMentions where mention.words.lowerBound >= clause && mention.words.upperBound < occurrence.first
                && !isSupporter(mention) && !agents.contains(mention.actor) && !losers.contains(mention.actor) {
                agents.append(mention.actor)
            }
        }
        // "took Benina Airport as its headquarters": held as a seat.
        if status == .captured, let last = objects.last, last.last + 3 < words.count, words[last.last + 1].key == "as",
           ["its", "their", "his"].contains(words[last.last + 2].key), Triggers.seatNouns.contains(words[last.last + 3].key) {
            status = .controls
        }
        // "an offensive to take Sabha", "the fight to retake Sirte", "close to taking Derna": an attack.
        let launched = [.captured, .controls].contains(status) && launchesOperation(occurrence) || nearlyTakes(occurrence)
        if launched { status = .attacked }
        // "took its seat in Tripoli": a government sitting, not a capture.
        if status == .captured, occurrence.last + 2 < words.count, ["its", "their", "his", "the"].contains(words[occurrence.last + 1].key),
           ["seat", "seats", "office", "offices", "headquarters"].contains(words[occurrence.last + 2].key) {
            status = .controls
        }
        if status == .controls, trigger.voice == .passive,
           (max(0, occurrence.first - 3)..<occurrence.first).contains(where: { Triggers.changeIntoState.contains(words[$0].key) }) {
            status = .captured
        }
        let objectStart = objects.first?.first ?? min(end, occurrence.last + 5)
        let partWords = (occurrence.last + 1)..<max(occurrence.last + 1, objectStart)
        var partialBeforeInclusion: Set<String> = []
        // "the area around Sirte" is Sirte and its surroundings, not a part of it.
        if [.captured, .controls].contains(status) && trigger.voice == .active || status == .lost && trigger.voice == .subjectLoses,
           objects.first != nil || usedLastPlaces,
           partWords.contains(where: { Triggers.partitives.contains(words[$0].key)
               && !($0 + 1 < words.count && ["around", "surrounding"].contains(words[$0 + 1].key))
               // ("retook the areas of Wadi Rabie and Ain Zara": areas named are whole, not parts of them.)
               && !(["area", "areas", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"].contains(words[$0].key)
                    && $0 + 1 < words.count && words[$0 + 1].key == "of"
                    && !objects.isEmpty && objects.allSatisfy({ [.area, .district, .village].contains($0.place.kind) })) })
               && !partWords.contains(where: { ["last", "remaining", "all", "entire", "whole"].contains(words[$0].key) })
               // "one of the last remaining strongholds of Benghazi": one of several, a part.
               || partWords.contains(where: { words[$0].key == "one" && $0 + 1 < words.count && words[$0 + 1].key == "of" })
               // "seized two oil terminals in the Oil Crescent": sites in a region, a part of it.
               || objects.first.map({ [.region, .district, .area].contains($0.place.kind) }) == true
                  && partWords.contains(where: { Triggers.placeAnaphora[words[$0].key]?.allSatisfy(\.isFacility) == true
                      // "retook territory in western Libya".
                      || ["territory", "territories"].contains(words[$0].key) }) {
            // "consolidated its control over most of southern Libya, including Sabha and the Sharara oil field": the places
            // a part includes are held whole; only those before "including" are parts.
            if let first = objects.first, let inclusion = ((first.last + 1)..<end).first(where: { Self.inclusionWords.contains(words[$0].key) }),
               objects.contains(where: { $0.first > inclusion }) {
                partialBeforeInclusion = Set(objects.filter { $0.last < inclusion }.map(\.place.id))
            } else {
                status = .contested
            }
        }
        // "Army forces control Benghazi's eastern part": a part named after the town in the possessive.
        if [.captured, .controls].contains(status) && trigger.voice == .active || status == .lost && trigger.voice == .subjectLoses,
           let first = objects.first, isPossessive(first.last),
           ((first.last + 1)..<min(end, first.last + 4)).contains(where: { Triggers.partitives.contains(words[$0].key) }) {
            status = .contested
        }
        // "taken control of the town of Ajdabiya and several areas of Benghazi": a place after
        // a noun of a part, further in the list, is fought for.
        var partial: Set<String> = partialBeforeInclusion
        if status == trigger.status, [.captured, .controls].contains(status) && trigger.voice == .active || status == .lost && trigger.voice == .subjectLoses {
            for (index, span) in objects.enumerated() where index > 0 {
                let gap = min(objects[index - 1].last + 1, span.first)..<span.first
                if gap.contains(where: { Triggers.partitives.contains(words[$0].key) && !["most", "majority"].contains(words[$0].key) })
                    // "…, the radio station in Sirte": a site in the town.
                    || gap.count >= 3 && words[span.first - 1].key == "in" && !Self.listConnectors.contains(words[span.first - 2].key) {
                    partial.insert(span.place.id)
                }
            }
        }
        if partOfTown { status = .contested }
        // "They reached the southern suburbs": reaching a town's edge is an attack on it, as "reached the outskirts of" is.
        if trigger.words == ["reached"], [.captured, .contested].contains(status),
           ((occurrence.last + 1)..<min(end, occurrence.last + 5)).contains(where: { ["suburbs", "outskirts", "edge", "edges", "gates", "outskirt"].contains(words[$0].key) }) {
            status = .attacked
        }
        // "since the Government of National Accord Presidency Council entered Tripoli": a government body entering a
        // town takes its seat there, it does not fight for it (its forces do: "GNA forces entered Sirte").
        if status == .contested, trigger.status == .contested, trigger.voice == .active, Self.entryWords.contains(trigger.words[0]),
           !agents.isEmpty, agents.allSatisfy(\.isGovernment), objects.contains(where: { [.city, .town].contains($0.place.kind) }),
           (clause..<occurrence.first).contains(where: { Self.governmentBodyNouns.contains(words[$0].key) }),
           // ("has moved into ministries in Tripoli": a part of the town.)
           !partWords.contains(where: { Triggers.partitives.contains(words[$0].key) }),
           !(clause..<occurrence.first).contains(where: { Self.unnamedForceNouns.contains(words[$0].key) }) {
            status = .captured
        }
        // "entered Sabha unopposed", "entered Gharyan without a fight": an entry with no fight is a taking.
        if status == .contested, trigger.status == .contested, trigger.voice == .active, !objects.isEmpty,
           let last = objects.last, Self.entryWords.contains(trigger.words[0]),
           ((last.last + 1)..<min(end, last.last + 6)).contains(where: { position in
               words[position].key == "unopposed" || words[position].key == "without" && position + 1 < words.count
                   && (["resistance", "fighting", "opposition", "firing"].contains(words[position + 1].key)
                       || position + 2 < words.count && ["a", "any"].contains(words[position + 1].key) && ["fight", "battle", "shot"].contains(words[position + 2].key))
           }) {
            status = .captured
        }
        // "His forces had taken over the oil ports, but …" with no date of its own: the
        // taking lies before the time the text speaks of, when the places were held.
        // ("The LNA said its forces had captured Gharyan": reported speech moves the tense back; a report of the taking.)
        if status == .captured, trigger.voice == .active, !passiveReading, dates.isEmpty,
           (max(0, occurrence.first - 2)..<occurrence.first).contains(where: { words[$0].key == "had" }),
           !(0..<occurrence.first).contains(where: { Triggers.reporting.contains(words[$0].key) }),
           !(max(0, occurrence.first - 2)..<occurrence.first).contains(where: { ["been", "having"].contains(words[$0].key) }) {
            status = .controls
        }
        // "70 percent of Sirte was under GNA control": a part held, the place fought for.
        // ("the city of Tarhouna and areas of southern Tripoli, which had been under the control of …": each place by its own words.)
        if status == .controls, trigger.voice == .passive, !objects.isEmpty {
            let parts = objects.filter { span in
                (max(0, Self.titleStart(of: span, in: words) - 3)..<Self.titleStart(of: span, in: words)).contains(where: {
                    Triggers.partitives.contains(words[$0].key) || words[$0].key == "percent" })
            }
            if parts.count == objects.count { status = .contested } else { partial.formUnion(parts.map(\.place.id)) }
        }
        // "have reduced the territory under ISIL control": territory shrinking is fought for.
        if status == .controls, trigger.voice == .passive, occurrence.first >= 2,
           (max(0, occurrence.first - 3)..<occurrence.first).contains(where: { ["territory", "territories", "area", "areas"].contains(words[$0].key) }),
           (max(0, occurrence.first - 6)..<occurrence.first).contains(where: { Self.shrinkingWords.contains(words[$0].key) }) {
            status = .contested
        }
        // "in complete control of Garabulli after three days of fighting": the state began then.
        // ("relocated to Tobruk after fighting broke out in Tripoli": a seat moved to, not won.)
        if status == .controls, let last = objects.last, !Triggers.relocationWords.contains(trigger.words[0]),
           let after = ((last.last + 1)..<end).first(where: { words[$0].key == "after" }),
           ((after + 1)..<min(end, after + 6)).contains(where: { Triggers.fightingNouns.contains(words[$0].key) }) {
            status = .captured
        }
        func nameFactor(_ place: Place) -> Double { objects.first { $0.place.id == place.id }?.mentionScore ?? 0.8 }
        for actor in agents {
            for place in places {
                claims.append(Claim(actor: actor, place: place, status: partial.contains(place.id) ? .contested : status, interval: interval,
                                    exceptions: [.region, .country, .district].contains(place.kind) ? exceptionPlaces : [],
                                    confidence: trigger.strength * actorFactor * dateFactor * nameFactor(place),
                                    rule: trigger.name + ruleSuffix))
            }
        }
        for actor in losers where !agents.contains(actor) {
            for place in places {
                claims.append(Claim(actor: actor, place: place, status: .lost, interval: interval, exceptions: [],
                                    confidence: trigger.strength * actorFactor * dateFactor * nameFactor(place) * 0.9,
                                    rule: trigger.name + ruleSuffix))
            }
        }
        // The source of a capture loses it ("seized Jufra from the PFG", "drove ISIL from
        // Derna", "the last buildings held by ISIS in Sirte"); the agent of a forced loss
        // takes it ("were forced out of Benghazi by the LNA").
        // "The Prime Minister announced that Sirte had been liberated from Islamic State": the side announcing took it.
        if trigger.voice == .passive, trigger.status == .lost, let reporter = reporter(before: occurrence), !agents.contains(reporter) {
            for place in places {
                claims.append(Claim(actor: reporter, place: place, status: .captured, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.8, rule: trigger.name + "+reporter"))
            }
        }
        // A part taken from a side ("captured one of the last strongholds of Benghazi from Ansar al-Sharia"): both fight for it.
        if status == .contested, trigger.status == .captured, trigger.voice == .active, !passiveReading,
           let source = displaced ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }),
           !agents.contains(source.actor) {
            for place in places {
                claims.append(Claim(actor: source.actor, place: place, status: .contested, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.8, rule: trigger.name + "+source"))
            }
        }
        // ("overran the Special Forces headquarters in Benghazi": the holder of a part taken fights on for the town.)
        if status == .contested, trigger.status == .captured, let holder = nestedHolder, !agents.contains(holder.actor) {
            for place in places {
                claims.append(Claim(actor: holder.actor, place: place, status: .contested, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.8, rule: trigger.name + "+holder"))
            }
        }
        if status == .captured || nestedHolder != nil && status != .attacked && status != .contested, trigger.voice == .active, !passiveReading,
           let source = displaced ?? nestedHolder ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }) ?? defender(after: afterObjects, before: end),
           !agents.contains(source.actor) {
            for place in places {
                claims.append(Claim(actor: source.actor, place: place, status: .lost, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.9, rule: trigger.name + "+source"))
            }
        }
        // "an offensive to take Sirte from the House of Representatives", "the fight to retake Sirte from IS": who held the places then.
        // ("close to driving Islamic State militants from Sirte": the side to be driven out.)
        if launched, let holder = displaced ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }),
           !agents.contains(holder.actor) {
            for place in places {
                claims.append(Claim(actor: holder.actor, place: place, status: .controls, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.8, rule: trigger.name + "+held from"))
            }
        }
        // The taker of a loss; a part lost is fought for by both.
        if let taker, !agents.contains(taker.actor) {
            for place in places {
                claims.append(Claim(actor: taker.actor, place: place, status: status == .contested ? .contested : .captured, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * nameFactor(place) * 0.9, rule: trigger.name + "+by"))
            }
        }
        return claims
    }

    /// "the Ras Lanuf and Es Sider terminals": a facility noun right after a list of names is
    /// its head noun, so each town of the list stands for its facility of that kind; nil when
    /// no such noun follows the list.
    private func headFacilities(of list: [PlaceSpan]) -> [Place]? {
        guard let last = list.last, last.last + 1 < words.count, words[last.last + 1].breakBefore == 0,
              let kinds = Triggers.placeAnaphora[words[last.last + 1].key], kinds.allSatisfy(\.isFacility),
              zip(list, list.dropFirst()).allSatisfy({ pair in
                  ((pair.0.last + 1)..<pair.1.first).allSatisfy { Self.listConnectors.contains(words[$0].key) } })
        else { return nil }
        return list.map { span in
            [.city, .town, .village].contains(span.place.kind) ? gazetteer.facility(of: kinds, serving: span.place) ?? span.place : span.place
        }
    }

    /// "Sirte's airport", "Sirte's port, airport and …": facility nouns right after a town
    /// (or after a facility and a comma) mean that town's facilities of those kinds; nil
    /// when no such noun follows or the town has none.
    private func facilitiesNamed(after span: PlaceSpan) -> [Place]? {
        // After a facility ("Sirte's port, airport"), the others are those nearest it.
        let isFacility = span.place.kind.isFacility
        guard isFacility || [.city, .town, .village].contains(span.place.kind) else { return nil }
        var found: [Place] = isFacility ? [span.place] : []
        var position = span.last + 1
        if isFacility, position < words.count, words[position].breakBefore == 1 || words[position].key == "and" {
            if words[position].key == "and" { position += 1 }
        } else if isFacility {
            return nil
        } else if position + 1 < words.count, Triggers.placeAdjectives.contains(words[position].key),
                  Triggers.placeAnaphora[words[position + 1].key]?.allSatisfy(\.isFacility) == true {
            // "Tripoli's old airport", "Sirte's main port".
            position += 1
        }
        while position < words.count, let kinds = Triggers.placeAnaphora[words[position].key], kinds.allSatisfy(\.isFacility) {
            if let facility = gazetteer.facility(of: kinds, serving: span.place), !found.contains(facility) { found.append(facility) }
            position += 1
            if position < words.count, words[position].key == "and" { position += 1 }
        }
        return found.count > (isFacility ? 1 : 0) ? found : nil
    }

    /// Whether a passive auxiliary ("was", "were", "had been") stands right before a word,
    /// adverbs aside ("was finally liberated").
    private func hasPassiveAuxiliary(before index: Int) -> Bool {
        // A headline drops its auxiliaries: "Sirte Liberated From Islamic State", "LNA Pushed Out of Gharyan".
        if isHeadline, index > 0, words[index].key.hasSuffix("ed") || ["driven", "taken", "retaken", "overrun", "freed"].contains(words[index].key) {
            return true
        }
        var position = index - 1
        while position >= 0, position >= index - 3 {
            let key = words[position].key
            if Triggers.passiveAuxiliaries.contains(key) { return true }
            guard key.hasSuffix("ly") || ["also", "then", "soon", "later", "again"].contains(key) else { return false }
            position -= 1
        }
        return false
    }

    /// The places a noun refers to when the trigger names none: "the town", "the air base",
    /// "these areas" mean the last places named of a kind they can mean; "the airport",
    /// "the port" with no such place, the facility of that kind of a town this sentence or
    /// the one before names; "the capital" (not "the capital of …"), the area's capital.
    /// Nil when no such words stand in `range`.
    private func referredPlaces(in range: Range<Int>) -> [Place]? {
        guard !range.isEmpty else { return nil }
        let referringKeys = Triggers.placeReferringKeys
        for position in range where position > 0 {
            // Most words refer to no place: only "capital" and the nouns of ``Triggers/placeAnaphora`` go on.
            guard referringKeys.contains(words[position].word) else { continue }
            let key = words[position].key
            let before = words[position - 1].key
            if key == "capital", before == "the", !(position + 1 < words.count && words[position + 1].key == "of") {
                return gazetteer.capital.map { [$0] } ?? []
            }
            // "the entire city", "the former international airport": a determiner before the adjectives.
            var start = position - 1
            while start > 0, position - start <= 3, Triggers.placeAdjectives.contains(words[start].key) { start -= 1 }
            let determined = Triggers.placeDeterminers.contains(words[start].key)
            // "seized a major airbase south of Tripoli", named in the next sentence.
            if !determined, !topic.facilitiesNamedNext.isEmpty, let kinds = Triggers.placeAnaphora[key], kinds.allSatisfy(\.isFacility),
               (max(0, position - 3)..<position).contains(where: { ["a", "an"].contains(words[$0].key) }),
               !self.places.contains(where: { $0.first > position && $0.first <= position + 2 && kinds.contains($0.place.kind) }) {
                if let named = topic.facilitiesNamedNext.first(where: { kinds.contains($0.kind) }) { return [named] }
                continue
            }
            // "the coastal towns of Sorman, Sabratha": the places named after the noun, not earlier ones.
            if position + 2 < words.count, words[position + 1].key == "of", self.places.contains(where: { $0.first == position + 2 || $0.first == position + 3 }) {
                continue
            }
            // "BDB and Misratan militias raid base" (a headline): the title's facility, with no determiner.
            let headline = !determined && position == range.lowerBound && Triggers.placeAnaphora[key]?.allSatisfy(\.isFacility) == true
                && topic.facilities.contains { Triggers.placeAnaphora[key]!.contains($0.kind) }
            guard let kinds = Triggers.placeAnaphora[key], determined || headline else { continue }
            // "the port road" is a road (but "the city center" is a part of the city).
            if kinds.allSatisfy(\.isFacility), position + 1 < words.count, words[position + 1].breakBefore == 0, Triggers.partitives.contains(words[position + 1].key) { continue }
            // "roads leading to Derna and a blockade of the city": a place this sentence named before the noun, else the last ones named.
            let here = self.places.filter { $0.last < position && $0.place.scope == .map }.map(\.place).filter { kinds.contains($0.kind) }
            let named = !here.isEmpty ? [here.last!]
                : topic.isPlaceArticle && !topic.places.filter({ kinds.contains($0.kind) }).isEmpty ? topic.places.filter { kinds.contains($0.kind) }
                : lastPlaces.filter { kinds.contains($0.kind) }
            // "took control of the city's port": the town's facility of the kind the noun after names.
            if named.count == 1, isPossessive(position), position + 1 < words.count, words[position + 1].breakBefore == 0 {
                let noun = position + 2 < words.count && Triggers.placeAdjectives.contains(words[position + 1].key) ? position + 2 : position + 1
                if let facilityKinds = Triggers.placeAnaphora[words[noun].key], facilityKinds.allSatisfy(\.isFacility) {
                    return gazetteer.facility(of: facilityKinds, serving: named[0]).map { [$0] } ?? []
                }
            }
            if !named.isEmpty { return named }
            // "holding out in the city" in an article on the battle of Sirte, the last places named being quarters: the title's town.
            if !kinds.allSatisfy(\.isFacility) { return topic.places.filter { kinds.contains($0.kind) }.prefix(1).map { $0 } }
            // "the airport" named paragraphs ago, or in the title ("Battle of Tripoli Airport").
            if let facility = topic.facilities.last(where: { kinds.contains($0.kind) }) { return [facility] }
            let settlements: Set<PlaceKind> = [.city, .town, .village]
            // ("Following the fall of the airport, the House of Representatives relocated to Tobruk": not a town named after the noun.)
            let towns = self.places.filter { $0.last < position }.map(\.place).filter { settlements.contains($0.kind) }
                + lastPlaces.filter { settlements.contains($0.kind) }
            for town in towns {
                if let facility = gazetteer.facility(of: kinds, serving: town) { return [facility] }
            }
            return []
        }
        return nil
    }

    /// The title's group holds each town of its "Headquarters" row, over the years written
    /// after it ("Derna (2014–18)"), else as of the text's last event or publication.
    private func headquartersClaims() -> [Claim] {
        guard let actor = topic.actors.first else { return [] }
        var claims: [Claim] = []
        for span in places where span.place.scope == .map && ![.country, .region].contains(span.place.kind) {
            func year(_ position: Int) -> Int? {
                guard position < words.count, let value = Int(words[position].key), words[position].key.count == 4 || words[position].key.count == 2 else { return nil }
                return value
            }
            var interval = anchor ?? DayInterval(from: published, to: published, precision: .day)
            if let first = year(span.last + 1), first >= 1900 {
                var last = first
                if let second = year(span.last + 2) { last = second < 100 ? first / 100 * 100 + second : second }
                if last >= first, let from = Day(year: first, month: 1, day: 1), let to = Day(year: last, month: 12, day: 31) {
                    interval = DayInterval(from: from, to: min(to, published), precision: .year)
                }
            }
            claims.append(Claim(actor: actor, place: span.place, status: .controls, interval: interval, exceptions: [],
                                confidence: Triggers.headquartersRow.strength * span.mentionScore, rule: Triggers.headquartersRow.name))
        }
        return claims
    }

    /// The actor after "by" in a passive ("recaptured on Friday by forces loyal to the GNA"):
    /// the first named within five words of the "by".
    private func byActor(after trigger: Int, before end: Int) -> Actor? {
        guard let by = ((trigger + 1)..<end).first(where: { words[$0].key == "by" }) else { return nil }
        return actorMentions.first { $0.words.lowerBound > by && $0.words.lowerBound <= by + 8 && $0.words.lowerBound < end }?.actor
    }

    /// Whether a word starts a date ("on 3 March"): a number or a month's or weekday's name.
    private func isDateWord(_ position: Int) -> Bool {
        guard position < words.count else { return false }
        let key = words[position].key
        return key.first?.isNumber == true || dates.contains { $0.first == position || $0.first == position - 1 }
    }

    /// The word before a position, past one word to skip ("to the LNA": "to").
    private func wordBefore(_ position: Int, skipping skipped: String) -> String {
        var before = position - 1
        if before > 0, words[before].key == skipped { before -= 1 }
        return before >= 0 ? words[before].key : ""
    }

    /// Whether an actor is named as a supporter of a side: inside brackets, or after
    /// "supported by", "backed by", "composed of" within its clause.
    private func isSupporter(_ mention: ActorRegistry.Mention) -> Bool {
        let first = mention.words.lowerBound
        if hasBrackets, inBrackets[first] { return true }
        // "U.S.-backed GNA forces": a hyphened adjective backs the name after it, which is the side.
        // "in support of GNA forces": the side supported, not a supporter.
        // "With the support of Turkish drones, GNA forces …": a comma ends the supporters' phrase.
        return (max(clauseStart[first], first - 6)..<first).contains { position in
            Triggers.supportWords.contains(words[position].key) && !words[position].hyphenBefore
                && !(position > 0 && words[position - 1].key == "in")
                && !((position + 1)...first).contains { words[$0].breakBefore >= 1 }
                // "the internationally backed Government of National Accord": an adjective of the name, not "backed by".
                && !(Self.supportParticiples.contains(words[position].key) && position + 1 == first)
        }
    }

    /// Participles of support that name their supporter after "by" ("backed by Turkey"); right
    /// before a name they describe it ("the internationally backed GNA").
    static let supportParticiples: Set<String> = ["supported", "backed", "aided", "assisted", "helped"]

    /// A headline: a line of capitalized words with no full stop ("Sirte Liberated From
    /// Islamic State"), where a participle after its subject is a passive.
    private lazy var isHeadline: Bool = {
        let text = sentence.text
        guard let last = text.last, !".!?\"”:;,".contains(last), words.count >= 3, words.count <= 14 else { return false }
        let capitalized = words.reduce(0) { $0 + ($1.capitalized ? 1 : 0) }
        return capitalized * 10 >= words.count * 6
    }()

    /// Whether the sentence has an opening bracket at all (most have none).
    private lazy var hasBrackets: Bool = sentence.text.utf8.contains(UInt8(ascii: "("))

    /// Whether each word stands inside round brackets.
    private lazy var inBrackets: [Bool] = {
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

    /// Whether a word refers back to an actor: a pronoun ("they", "its"), or a noun of a
    /// force after a determiner or opening its clause ("the troops", "his forces", "the
    /// council") — not one after a name the actors file lacks ("Al-Sharif-led forces").
    private func isActorReference(at position: Int) -> Bool {
        guard Triggers.actorAnaphoraKeys.contains(words[position].word) else { return false }
        let key = words[position].key
        if Triggers.actorPronouns.contains(key) { return true }
        guard position > 0, words[position].breakBefore == 0 else { return true }
        let before = words[position - 1]
        // ("The group captured …": a determiner opening the sentence is capitalized too.)
        if ["the", "this", "that", "these", "those", "its", "their", "his", "her"].contains(before.key), !words[position].hyphenBefore { return true }
        return !before.capitalized && !words[position].hyphenBefore && !before.hyphenBefore
    }

    /// The actor a reference stands for: a noun such as "the council" or "the brigade" means
    /// the last actor named whose name has that noun, or the title's; a pronoun or another
    /// noun, the last actor named, or else the title's first.
    private func referredActor(by position: Int) -> Actor? {
        let key = words[position].key
        // "his forces", "he": a person, so the force of the last leader named.
        if ["his", "he", "him"].contains(key), let leader = lastLeader { return leader }
        // "ISIL took Sirte. The LNA took Benghazi. The jihadists lost Sirte": a noun some actor is described by means the
        // last actor so described (named in this sentence before, else in the text), not the last one named.
        if !Triggers.actorPronouns.contains(key),
           let described = actorMentions.last(where: { $0.words.upperBound < position && !isSupporter($0) && $0.actor.describedAs.contains(key) })?.actor
               ?? topic.recentActors.first(where: { $0.describedAs.contains(key) }) ?? topic.actors.first(where: { $0.describedAs.contains(key) }) {
            return described
        }
        // "Islamic State militants were pushed back, but the group says it controls …": an actor
        // named earlier in the same sentence comes before those of the sentences before.
        // "Islamic State targets … as Libyan forces advanced inside the group's stronghold": a group is no army or government.
        if ["group", "organization", "organisation"].contains(key),
           let group = actorMentions.last(where: { $0.words.upperBound < position && !$0.throughLeader && !isSupporter($0) && !$0.actor.isGovernment
               && !["forces", "army", "troops", "government", "military"].contains(words[$0.words.upperBound].key) }) {
            return group.actor
        }
        if let earlier = actorMentions.last(where: { $0.words.upperBound < position && !$0.throughLeader && !isSupporter($0) }),
           Triggers.actorPronouns.contains(key) || Triggers.genericForceNouns.contains(key) || ["group", "organization", "organisation"].contains(key) {
            return earlier.actor
        }
        if !Triggers.actorPronouns.contains(key), !Triggers.genericForceNouns.contains(key) {
            func named(_ actor: Actor) -> Bool { actor.nameWords.contains(key) }
            if let actor = lastActors.first(where: named) ?? topic.actors.first(where: named) { return actor }
        }
        return lastActors.first ?? topic.actors.first
    }

    /// The first actor of a window and those joined to it by "and" or a comma.
    private func coordinated(_ mentions: [ActorRegistry.Mention]) -> [Actor] {
        guard let first = mentions.first else { return [] }
        var result = [first.actor]
        var last = first.words.upperBound
        for mention in mentions.dropFirst() where mention.words.lowerBound > last {
            let gap = (last + 1)..<mention.words.lowerBound
            // "GNA/GNC forces": two names written together are one side's two parts.
            let compound = gap.isEmpty && (words[mention.words.lowerBound].breakBefore == 0 || slashBefore(mention.words.lowerBound))
            // ("LNA-aligned forces, including the Kaniyat militia": the parts a force includes hold with it.)
            guard compound || gap.count <= 4 && gap.allSatisfy({ ["and", "the", "its", "their", "allied", "forces", "of", "including", "aligned",
                                                                   "affiliated"].contains(words[$0].key) })
                    && (gap.contains(where: { words[$0].key == "and" || words[$0].breakBefore == 1 }) || words[mention.words.lowerBound].breakBefore == 1)
            else { break }
            // "fell to ISIL forces, the Tripoli-based government had decided": a comma alone joins a list
            // only when the list goes on ("A, B and C"), not before a new clause's subject.
            if !compound, !gap.contains(where: { words[$0].key == "and" }) {
                var next = mention.words.upperBound + 1
                while next < words.count, ["forces", "militias", "brigades", "fighters", "troops", "militia", "brigade"].contains(words[next].key) { next += 1 }
                guard next >= words.count || words[next].breakBefore >= 1 || words[next].key == "and" else { break }
            }
            if !result.contains(mention.actor) { result.append(mention.actor) }
            last = mention.words.upperBound
        }
        return result
    }

    /// Whether a word follows the word before it after a slash alone ("GNA/GNC").
    private func slashBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let base = sentence.utf8Range.lowerBound
        let from = words[index - 1].utf8Range.upperBound - base, to = words[index].utf8Range.lowerBound - base
        guard to - from == 1, from >= 0 else { return false }
        return sentence.text.utf8[sentence.text.utf8.index(sentence.text.utf8.startIndex, offsetBy: from)] == UInt8(ascii: "/")
    }

    private func unique(_ actors: [Actor]) -> [Actor] {
        var seen: Set<String> = []
        return actors.filter { seen.insert($0.id).inserted }
    }

    /// Whether a relative clause tells how long its antecedent lasted ("which lasted from 7 May
    /// 2018", "which took place from …", "which took three months"); "which took control of
    /// Benghazi in July" tells an event.
    private func tellsDuration(clause: Int) -> Bool {
        guard clause + 1 < words.count, Triggers.durationVerbs.contains(words[clause + 1].key) else { return false }
        guard words[clause + 1].key == "took", clause + 2 < words.count else { return true }
        let next = words[clause + 2].key
        return ["place", "several", "about", "nearly", "almost", "more", "less", "only", "just", "a", "an", "two", "three", "four",
                "five", "six", "seven", "eight", "nine", "ten"].contains(next) || next.first?.isNumber == true
    }

    /// The interval of a claim and how much to trust it.
    private func date(for occurrence: Occurrence) -> (DayInterval, Double) {
        let status = occurrence.trigger.status
        // A report dates nothing after its publication; a relative clause other than the
        // trigger's dates its own event ("Sirte, which it seized in 2014").
        let clause = clauseStart[occurrence.first]
        let usable = dates.filter { span in
            guard span.expression.interval.from <= published else { return false }
            let spanClause = clauseStart[span.first]
            // "…the Battle of Derna, which lasted from 7 May 2018 until 12 February 2019": a
            // clause that tells how long its antecedent lasted dates the antecedent.
            return spanClause == clause || tellsDuration(clause: spanClause) || !Extractor.relativeOpeners.contains(words[spanClause].key)
        }
        // "an operation that started in May regained the city in December": a date in a
        // relative clause between the subject and the verb dates that clause, not the verb.
        func inRelativeClause(_ span: DateSpan) -> Bool {
            span.first < occurrence.first && span.first > clause
                && (max(clause, span.first - 4)..<span.first).contains { Extractor.relativeOpeners.contains(words[$0].key) }
        }
        var events = usable.filter { $0.expression.kind != .since }
        if events.contains(where: inRelativeClause), events.contains(where: { !inRelativeClause($0) }) { events.removeAll(where: inRelativeClause) }
        func nearest(_ spans: [DateSpan]) -> DateSpan? {
            spans.min { abs($0.first - occurrence.first) < abs($1.first - occurrence.first) }
        }
        if status == .controls || status == .contested {
            if let since = nearest(usable.filter { $0.expression.kind == .since }) {
                var interval = since.expression.interval
                if let event = nearest(events), event.expression.interval.from > interval.from {
                    interval.to = event.expression.interval.from
                }
                return (interval, 1)
            }
            // "militias control Tripoli" is present; "its control of Sirte" is a noun, tenseless.
            // A seat described ("the government in Tobruk", "Tripoli is the seat of the GNA") holds as the text is written.
            let seat = occurrence.trigger.describesSeat
                && (occurrence.trigger.words != ["seat"] || ["is", "remains"].contains(words[occurrence.first].key))
            // "Ghrarat was now under their control": "now" after a past verb is the time the narrative is at.
            let presentTense = words.indices.contains { index in
                Self.presentWordKeys.contains(words[index].word)
                    && !(words[index].key == "now" && index > 0 && ["was", "were", "had"].contains(words[index - 1].key))
            }
            let present = seat || occurrence.trigger.presentState || presentTense
            // "The LNA, which controls much of eastern Libya, launched an offensive last week": a present
            // state in a relative clause holds as the text is written, whatever the main clause's date.
            let relativeEnd = ((occurrence.last + 1)..<words.count).first(where: { words[$0].breakBefore >= 1 }) ?? words.count
            if occurrence.trigger.presentState, relativeClause(of: occurrence), !events.contains(where: { $0.first >= clause && $0.first < relativeEnd }) {
                return (DayInterval(from: published, to: published, precision: .day), 0.95)
            }
            // "Citizens elected the Tobruk-based House of Representatives in June 2014", in the
            // report on 2016: a seat described holds in the year reported, not at an earlier event.
            if occurrence.trigger.describesSeat, let year = topic.reportedYear,
               events.allSatisfy({ $0.expression.interval.to.year < year }), !events.isEmpty,
               let reported = Day(year: year, month: 1, day: 1), reported <= published {
                return (DayInterval(from: reported, to: min(Day(year: year, month: 12, day: 31)!, published), precision: .year), 0.9)
            }
            // A seat described with no date nor tense of its own ("the GNC in Tripoli"): as of the last event told.
            if seat, !presentTense, events.isEmpty, let anchor { return (anchor, 0.85) }
            if present, events.isEmpty { return (DayInterval(from: published, to: published, precision: .day), 0.95) }
            // "LNA-aligned forces controlled most of eastern Libya" in the report on a year, with no date of its
            // own and none in its sentence: a state of the year reported.
            if events.isEmpty, usable.isEmpty, topic.isYearlyReport, let year = topic.reportedYear, let reported = Day(year: year, month: 1, day: 1), reported <= published {
                return (DayInterval(from: reported, to: min(Day(year: year, month: 12, day: 31)!, published), precision: .year), 0.9)
            }
        }
        // "The LNA has been besieging Tripoli", "GNA forces are shelling Tarhuna": going on as the text is written.
        if [.attacked, .contested].contains(status), events.isEmpty, occurrence.first >= 1, occurrence.trigger.progressive {
            let before = words[occurrence.first - 1].key
            let ongoing = ["is", "are"].contains(before)
                || before == "been" && occurrence.first >= 2 && ["has", "have"].contains(words[occurrence.first - 2].key)
            if ongoing, usable.allSatisfy({ $0.expression.kind != .since }) {
                return (DayInterval(from: published, to: published, precision: .day), 0.9)
            }
        }
        // "as army forces try to retake Tripoli", "are trying to dislodge": an attempt told in the present is as the text is written.
        if [.attacked, .contested].contains(status) || nearlyTakes(occurrence), events.isEmpty, usable.isEmpty, occurrence.first >= 2,
           words[occurrence.first - 1].key == "to" {
            let verb = occurrence.first - 2
            // ("in an attempt to recapture it": a noun, tenseless.)
            let noun = verb >= 1 && ["a", "an", "the", "its", "their", "his", "her", "this", "that"].contains(words[verb - 1].key)
            let attempt = Self.presentAttemptWords.contains(words[verb].key) && !noun
                || Self.attemptParticiples.contains(words[verb].key) && verb >= 1 && ["is", "are", "re"].contains(words[verb - 1].key)
            if attempt { return (DayInterval(from: published, to: published, precision: .day), 0.9) }
        }
        // "have been fighting to retake Sirte since May", "has been shelling Tripoli since April": since then, up to the text.
        if [.attacked, .contested].contains(status) && occurrence.trigger.progressive || nearlyTakes(occurrence), occurrence.first >= 2,
           (max(0, occurrence.first - 4)..<occurrence.first).contains(where: { words[$0].key == "been" }),
           let since = nearest(usable.filter { $0.expression.kind == .since }) {
            return (since.expression.interval, 1)
        }
        // "GNA forces are close to taking Sirte": as the text is written.
        if events.isEmpty, occurrence.first >= 3, nearlyTakes(occurrence), ["is", "are", "am"].contains(words[occurrence.first - 3].key) {
            return (DayInterval(from: published, to: published, precision: .day), 0.9)
        }
        // "The LNA seized Murzuq in February, but Tebu militias drove it out of the town in August": a date of the trigger's
        // own clause first.
        if let event = nearest(events.filter { clauseStart[$0.first] == clause }) ?? nearest(events) { return (event.expression.interval, 1) }
        // "since April 2019, when the LNA launched a bid to seize Tripoli": an event dated by the start of a "since"
        // (not of a duration: "seized a base from forces who have been trying to take Libya for more than a year").
        // ("Derna, controlled by jihadist groups since 2014, was besieged": a "since" right after another state is that state's.)
        if status != .controls, status != .contested,
           let since = nearest(usable.filter { span in span.expression.kind == .since && !span.expression.text.lowercased().hasPrefix("for ")
               && !stateTriggerEnds.contains { $0 != occurrence.last && $0 < span.first && span.first - $0 <= 6 } }) {
            let from = since.expression.interval.from
            if from.day == 1 {
                let last = Day(year: from.year, month: from.month, day: Day.daysIn(month: from.month, year: from.year))!
                return (DayInterval(from: from, to: min(last, published), precision: .month), 0.9)
            }
            return (DayInterval(from: from, to: from, precision: .day), 0.9)
        }
        if let anchor { return (anchor, 0.85) }
        return (DayInterval(from: published.adding(days: -30), to: published, precision: .month), 0.6)
    }
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
