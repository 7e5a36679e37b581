import Places

// The triggers of a sentence: the words that make it a claim, found around places and sides.
extension SentenceAnalysis {
    /// A trigger found in the sentence, from its first word to its last.
    struct Occurrence {
        var trigger: Trigger
        var first: Int
        var last: Int
    }

    /// The triggers of the sentence in order: phrases of ``Triggers/all`` (the longest first at each word,
    /// words of degree allowed inside), and those found around a side's or a place's name ("under GNA
    /// control", "in LNA hands", "Sirte was ISIS's center of governance", "the government in Tobruk").
    func occurrences() -> [Occurrence] {
        // An infobox row "Headquarters: Derna (2014–18), Sirte (2015–16)" in an article on an armed group.
        if words.count >= 2, words[0].word == Triggers.headquartersWord, !topic.actors.isEmpty, !places.isEmpty {
            return [Occurrence(trigger: Triggers.headquartersRow, first: 0, last: 0)]
        }
        // (Whether each word is a place's or a side's, in a buffer on the stack: one per sentence.)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: words.count) { covered in
            covered.initialize(repeating: false)
            return occurrences(covered: covered)
        }
    }

    /// Every word at which ``occurrences(covered:)`` may find something: the first words of the
    /// triggers (``Triggers/byFirstWord``), and the words its other patterns start at ("under GNA
    /// control", "returned to LNA control", "in LNA hands", a copula or "had been" before a side's
    /// seat, "served as", "the", "a" or "an" in apposition, a noun of a seat, "-based", "against" after an operation's name). At any
    /// other word it finds nothing: one look for most words instead of each pattern's tests in
    /// turn (done for speed).
    static let occurrenceOpenerKeys = WordKeySet(
        Triggers.all.map { WordKey($0.words[0]) } + Triggers.seatNouns.map { WordKey($0) } + Triggers.copulas.map { WordKey($0) }
            + [Triggers.under, toKey, Triggers.inWord, beenKey, asKey, theKey, aKey, anKey, Triggers.based, againstKey])

    private func occurrences(covered: UnsafeMutableBufferPointer<Bool>) -> [Occurrence] {
        for span in places { for index in span.first...span.last { covered[index] = true } }
        for mention in actorMentions { for index in mention.words { covered[index] = true } }
        var found: [Occurrence] = []
        var index = 0
        // The keys and tables read at every word, fetched once (each static is a guarded global).
        let under = Triggers.under, toKey = Self.toKey, asKey = Self.asKey, theKey = Self.theKey, inKey = Triggers.inWord, based = Triggers.based
        let copulaKeys = Triggers.copulaKeys, seatNounKeys = Triggers.seatNounKeys, byFirstWord = Triggers.byFirstWord
        let targetNounKeys = Triggers.targetNounKeys, nounLikeVerbKeys = Triggers.nounLikeVerbKeys
        let beenKey = Self.beenKey, aKey = Self.aKey, anKey = Self.anKey
        let degreeWordKeys = Triggers.degreeWordKeys, lightPassiveKeys = Self.lightPassiveKeys
        let openerKeys = Self.occurrenceOpenerKeys
        while index < words.count {
            let word = words[index].word
            // (Most words open nothing: one look tells, before the tests below. A pattern added here
            // must have its first word in ``occurrenceOpenerKeys``.)
            guard openerKeys.contains(word) else { index += 1; continue }
            // "under GNA control": "under", the actor (after "the" perhaps), then "control" or "rule".
            let isCopula = copulaKeys.contains(word)
            if word == under, !covered[index],
               let actor = actorMentions.first(where: { $0.words.lowerBound == index + 1
                   || ($0.words.lowerBound == index + 2 && words[index + 1].key == "the") }),
               actor.words.upperBound + 1 < words.count, ["control", "rule"].contains(words[actor.words.upperBound + 1].key) {
                found.append(Occurrence(trigger: Triggers.underActorControl, first: index, last: index))
                index = actor.words.upperBound + 2
                continue
            }
            // "launched Operation Dignity against Islamist militias in Benghazi": a side named as an operation, then "against".
            if word == Self.againstKey, !covered[index], index > 0,
               let operation = actorMentions.first(where: { $0.words.upperBound == index - 1 }), words[operation.words.lowerBound].key == "operation" {
                found.append(Occurrence(trigger: Triggers.namedOperationAgainst, first: index, last: index))
                index += 1
                continue
            }
            // "Sirte returned to LNA control", "the town reverted to GNA control": a change of hands.
            if word == toKey, !covered[index], index > 0, Self.returnVerbWords.contains(words, index - 1),
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
                let back = index > 0 && Self.returnVerbWords.contains(words, index - 1)
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
            let perfectCopula = word == beenKey && index >= 2 && ["had", "has", "have"].contains(words[index - 1].key)
                && places.contains(where: { $0.last == index - 2 })
            let after = (isCopula || perfectCopula) && index + 1 < words.count && Self.stateAdverbWords.contains(words, index + 1) ? index + 1 : index
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
            if word == theKey || word == aKey || word == anKey, index > 0, words[index].breakBefore == 1, places.contains(where: { $0.last == index - 1 }),
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
            // (The inlined probe first: most words open no trigger, and the subscript is a call.)
            guard !covered[index] || strikesNamed, byFirstWord.contains(word), let candidates = byFirstWord[word] else { index += 1; continue }
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
            // (Read through a buffer: iterating the array copies each candidate out, retaining its arrays.)
            candidates.withUnsafeBufferPointer { candidates in
                for candidate in candidates.indices where candidates[candidate].matches(words[index], at: 0) {
                    if candidates[candidate].words.count > 1,
                       !mayGoOn(candidates, candidate, at: index, degreeWordKeys: degreeWordKeys, lightPassiveKeys: lightPassiveKeys) { continue }
                    if let last = lastWord(of: candidates, candidate, at: index, covered: covered) {
                        matched = Occurrence(trigger: candidates[candidate], first: index, last: last)
                        break
                    }
                }
            }
            // "seizes control of", "wrests full control over": a verb of taking with "control of" is one trigger.
            if var occurrence = matched, occurrence.trigger.status == .captured, occurrence.trigger.voice == .active {
                var position = occurrence.last + 1
                while position < words.count, Triggers.degreeWordSet.contains(words, position) { position += 1 }
                if position + 1 < words.count, words[position].word == Self.controlKey, words[position + 1].word == Self.ofKey || words[position + 1].word == Self.overKey {
                    occurrence.last = position + 1
                    matched = occurrence
                }
            }
            // "the GNA's loss of control over", "ceded control of Ras Lanuf to the LNA", "was stripped of
            // control of Sirte": control given up is a loss; "lacks control of", "without control of": none.
            if var occurrence = matched, occurrence.trigger.keys.first == Self.controlKey {
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
                let before = occurrence.first > 0 ? words[occurrence.first - 1].word : nil
                let verbal = occurrence.trigger.voice == .active || occurrence.trigger.voice == .subjectLoses
                let adjective = verbal && (before == theKey || before == aKey || before == anKey) && occurrence.trigger.words.count == 1
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

    /// Whether the trigger `triggers[candidate]`, of two words or more, may go on after its first word at `index`:
    /// the next word is its second, or one that may stand before it (a word of degree: "took full control of"; a
    /// light passive verb after a noun of attack: "strikes were conducted in"), or its particle may stand after a
    /// place ("handed Sirte over"). A quick no for most candidates, where ``lastWord(of:_:at:covered:)`` would say
    /// the same at several times the cost. (The trigger is read in place, as there.)
    @inline(__always)
    private func mayGoOn(_ triggers: UnsafeBufferPointer<Trigger>, _ candidate: Int, at index: Int,
                         degreeWordKeys: WordKeySet, lightPassiveKeys: WordKeySet) -> Bool {
        let second = triggers[candidate].keys[1]
        if triggers[candidate].words.count == 2, second == Self.overKey || second == Self.backKey { return true }
        guard index + 1 < words.count else { return false }
        let next = words[index + 1].word
        return triggers[candidate].matches(words[index + 1], at: 1) || degreeWordKeys.contains(next)
            || triggers[candidate].voice == .nominal && triggers[candidate].status == .attacked && lightPassiveKeys.contains(next)
    }

    /// The last word of the trigger `triggers[candidate]` when it occurs at `index`, whose word is the trigger's first:
    /// the words after spell the rest of it (words of degree may stand inside: "took full control of"), or a particle
    /// stands after the place it governs ("handed Sirte over"); nil when they do not, or when the words around make it
    /// no trigger. (The trigger is read in place in the table, field by field: a copy of it retains its two arrays,
    /// and most candidates fail.)
    private func lastWord(of triggers: UnsafeBufferPointer<Trigger>, _ candidate: Int, at index: Int,
                          covered: UnsafeMutableBufferPointer<Bool>) -> Int? {
        let voice = triggers[candidate].voice, status = triggers[candidate].status, length = triggers[candidate].words.count
        // "Sirte, which they captured from IS": with no auxiliary before it, "captured from" is the
        // active verb whose object came before, not the passive "was captured from" (a shorter trigger serves).
        if voice == .passive, status == .lost, length == 2, triggers[candidate].keys[1] == Self.fromKey,
           !hasPassiveAuxiliary(before: index), !(index > 0 && places.contains(where: { $0.last == index - 1 }) && isPossessive(index - 1)) { return nil }
        // Words of degree may stand inside: "took full control of".
        var position = index
        var ok = true
        if length > 1 {
            let degreeWordKeys = Triggers.degreeWordKeys
            for offset in 1..<length {
                position += 1
                while position < words.count, !triggers[candidate].matches(words[position], at: offset), degreeWordKeys.contains(words[position].word),
                      words[position].breakBefore == 0 { position += 1 }
                // "The strikes were conducted in Sirte", "airstrikes have been carried out on Derna": a noun of attack,
                // a passive verb of doing it, then its preposition.
                // (Not "an attack was launched by …": the agent's "by" is read with the verb of launching.)
                if offset == 1, voice == .nominal, status == .attacked, triggers[candidate].keys[1] != Self.byKey {
                    let lightPassiveKeys = Self.lightPassiveKeys
                    var skip = position
                    while skip < words.count, skip - position < 5, lightPassiveKeys.contains(words[skip].word), words[skip].breakBefore == 0 { skip += 1 }
                    if skip > position + 1, skip < words.count, triggers[candidate].matches(words[skip], at: offset) { position = skip }
                }
                guard position < words.count else { ok = false; break }
                // (The word's fields are read in place: a copy of it would retain its strings.)
                if !triggers[candidate].matches(words[position], at: offset) || words[position].breakBefore >= 2 || covered[position] { ok = false; break }
            }
        }
        if ok, length == 1, status == .captured {
            // "took place", "took part": not a taking.
            if position + 1 < words.count, Triggers.notTakingWords.contains(words, position + 1) { ok = false }
            // "took the most active part", "took an active role": a share, not a taking.
            let shareAdjectives = Self.shareAdjectives
            if ok, position + 2 < words.count, shareAdjectives.contains(words[position + 1].word),
               let share = ((position + 2)..<min(words.count, position + 5)).first(where: { !shareAdjectives.contains(words[$0].word) }),
               words[share].word == Self.partKey || words[share].word == Self.roleKey { ok = false }
        }
        if ok { return position }
        // "handed Sirte over to the GNA", "took the town of Gharyan back": a particle after the place it governs.
        if length == 2, triggers[candidate].keys[1] == Self.overKey || triggers[candidate].keys[1] == Self.backKey,
           let span = places.first(where: { $0.first == index + 1 || $0.first > index + 1 && $0.first <= index + 5
               && ((index + 1)..<$0.first).allSatisfy { words[$0].breakBefore == 0 && !words[$0].capitalized && !covered[$0] } }),
           span.last + 1 < words.count, words[span.last + 1].key == triggers[candidate].words[1], words[span.last + 1].breakBefore == 0 {
            return index
        }
        return nil
    }
}
