import Places

// Hypotheses, plans, denials and purposes: what a trigger does not claim.
extension SentenceAnalysis {
    /// Whether a trigger claims nothing: a purpose ("to retake Sirte"), a hypothesis, plan, condition,
    /// negation, denial or opinion before it in its clause, a meeting "held", a speaker's cause, a
    /// noun of taking whose clause goes on with a modal, a report the sentence calls false.
    func isRefused(_ occurrence: Occurrence) -> Bool {
        // A purpose, not an event: "a campaign to recapture Derna", "an operation to seize
        // the airport", "sent reinforcements to retake Sirte". An infinitive reports an
        // event only after a verb of doing it: "managed to regain", "went on to take".
        if occurrence.first >= 2, words[occurrence.first - 1].word == Self.toKey,
           !Triggers.accomplishedInfinitiveWords.contains(words, occurrence.first - 2), !launchesOperation(occurrence),
           !nearlyTakes(occurrence), !helpsToDo(occurrence) {
            return true
        }
        // "The GNA is pushing for elections in Tripoli": pressing for something, not pushing a side out.
        if ["pushing", "pushes", "pushed"].contains(occurrence.trigger.words[0]), occurrence.trigger.words.count == 1, occurrence.last + 1 < words.count,
           ["for", "ahead"].contains(words[occurrence.last + 1].key) { return true }
        // "The LNA was pushed back to Sirte": where a side fell back to, not what it attacked.
        if occurrence.trigger.words == ["pushed", "back"], occurrence.last + 1 < words.count,
           ["to", "towards", "toward", "into"].contains(words[occurrence.last + 1].key) { return true }
        // "recaptured all lost positions": "lost" after a determiner is an adjective.
        if occurrence.trigger.isWord(Self.lostKey), occurrence.first >= 1,
           ["all", "the", "its", "their", "his", "recently"].contains(words[occurrence.first - 1].key) { return true }
        // "operations to help the GNA capture Sirte": a purpose too — but not one a "successful" operation achieved
        // ("the successful operation the U.S. military conducted last year to support Libyan forces in freeing Sirte").
        if let (_, help) = helpedActor(before: occurrence), help >= 1, words[help - 1].key == "to", !isAchievedPurpose(to: help - 1) { return true }
        let start = max(clauseStart[occurrence.first], occurrence.first - 8)
        let launched = launchesOperation(occurrence)
        lazy var nearly = nearlyTakes(occurrence)
        let refusalKeys = Triggers.refusalKeys
        for index in start..<occurrence.first {
            // (Packed keys first: most words are no refusal. The word is copied, strings and all, only when it is one.)
            if refusalKeys.contains(words[index].word) {
                let word = words[index]
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
            if words[index].word == Self.shortKey, index + 1 < occurrence.first, words[index + 1].key == "of", index > 0, ["fell", "falls", "stopped", "stops", "fall", "stop"].contains(words[index - 1].key) { return true }
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
        if occurrence.trigger.isWord(Self.heldKey), occurrence.first >= 2, Triggers.passiveAuxiliaries.contains(words[occurrence.first - 1].key),
           (max(0, occurrence.first - 4)..<(occurrence.first - 1)).contains(where: { Self.meetingNouns.contains(words[$0].key) }) { return true }
        // "our fight against ISIL": a speaker's cause, not a fight at a place.
        if occurrence.trigger.voice == .nominal, occurrence.first > 0, ["our", "my"].contains(words[occurrence.first - 1].key) { return true }
        // "The capture of Gharyan would be a major blow to Haftar": a noun of taking whose
        // clause goes on with a modal is a hypothesis.
        if occurrence.trigger.voice == .nominal || occurrence.trigger.voice == .nominalLoss {
            let clauseEnd = ((occurrence.last + 1)..<words.count).first(where: { words[$0].breakBefore >= 1 }) ?? words.count
            if ((occurrence.last + 1)..<min(clauseEnd, occurrence.last + 10)).contains(where: {
                Self.modalAfterNounKeys.contains(words[$0].word) || words[$0].word == Self.mayKey && !words[$0].capitalized }) {
                return true
            }
        }
        return false
    }

    /// Whether an infinitive is what a side was helped or allowed to do: "U.S. airstrikes allowed GNA forces to expel
    /// ISIL from Sirte", "helped the LNA to retake Benghazi" (a purpose only after "to": "to help the GNA to …").
    func helpsToDo(_ occurrence: Occurrence) -> Bool {
        guard let (_, help) = helpedActor(before: occurrence) else { return false }
        return !(help >= 1 && words[help - 1].word == Self.toKey)
    }

    /// Whether a trigger stands in a relative clause ("…, which controls …").
    func relativeClause(of occurrence: Occurrence) -> Bool {
        Extractor.relativeOpenerWords.contains(words, clauseStart[occurrence.first])
    }

    /// Whether a taking is close, not done: "close to taking control of Sirte", "on the verge
    /// of capturing Derna" — an attack on the place.
    func nearlyTakes(_ occurrence: Occurrence) -> Bool {
        guard occurrence.trigger.status == .captured, occurrence.first >= 2 else { return false }
        let (second, last) = (words[occurrence.first - 2].key, words[occurrence.first - 1].key)
        if last == "to", ["close", "closer", "near", "nearer"].contains(second) { return true }
        // "have been fighting to retake Sirte", "the fight to recapture Derna", "pushing to take Tripoli".
        if last == "to", Self.fightingPurposeWords.contains(second) || ["pushing", "push", "advancing", "moving", "racing", "scrambling",
                                                                                     // "his forces moved to seize the capital": a move on the place.
                                                                                     "moved", "moves", "advanced", "advances", "pushed", "pushes", "raced", "races", "rushed"].contains(second) { return true }
        // "forces who have been trying to take Tripoli", "in an attempt to seize": an attempt is an attack.
        if last == "to", Triggers.attemptWords.contains(second) { return true }
        return last == "of" && ["verge", "brink", "cusp", "edge"].contains(second) || fightsToExpel(occurrence)
    }

    /// Whether a taking is told as under way: "GNA forces are retaking Sirte", "were pushing ISIL out of the city" (a
    /// verb of taking in "-ing" after a form of "be") — a fight for the place, not yet its capture.
    func isTakingUnderWay(_ occurrence: Occurrence) -> Bool {
        guard occurrence.trigger.status == .captured, occurrence.trigger.voice == .active, occurrence.trigger.progressive else { return false }
        var position = occurrence.first - 1
        while position >= 0, ["still", "now", "slowly", "gradually", "steadily", "currently", "reportedly"].contains(words[position].key) { position -= 1 }
        return position >= 0 && ["is", "are", "was", "were", "been", "am"].contains(words[position].key)
    }

    /// Whether a verb of driving out is what a fight is for: "fighting to expel ISIL from Sirte", "the fight to drive
    /// ISIL out of the city", "in their mission to drive out ISIL fighters" — the side to be driven out is still
    /// there, and both fight for the place (a fight to *take* a place is an attack on its holder: ``nearlyTakes(_:)``).
    func fightsToExpel(_ occurrence: Occurrence) -> Bool {
        guard occurrence.first >= 2, words[occurrence.first - 1].word == Self.toKey, Self.expellingWords.contains(occurrence.trigger.words[0]) else { return false }
        let before = words[occurrence.first - 2].key
        if Self.fightingPurposeWords.contains(before) { return true }
        // "in their mission to drive out ISIL fighters": a mission its side is on.
        return before == "mission" && occurrence.first >= 3 && ["their", "its", "his"].contains(words[occurrence.first - 3].key)
    }

    /// Whether a verb of taking is the aim of an operation launched: "launched an offensive
    /// to take Sabha", "began an operation to seize the airport" — an attack on the place.
    /// The side that owns the effort an infinitive of taking is the purpose of: "the GNA's
    /// efforts to liberate Sirte", "an LNA campaign to capture Derna" (nil otherwise).
    func effortOwner(before occurrence: Occurrence) -> Actor? {
        guard occurrence.first >= 3, words[occurrence.first - 1].key == "to",
              let noun = (max(0, occurrence.first - 4)..<(occurrence.first - 1)).last(where: { Triggers.operationNouns.contains(words[$0].key) || words[$0].key == "efforts" }),
              let owner = actorMentions.last(where: { $0.words.upperBound < noun && noun - $0.words.upperBound <= 2
                  && (isPossessive($0.words.upperBound) || noun - $0.words.upperBound == 1) && !isSupporter($0) }),
              ((owner.words.upperBound + 1)..<noun).allSatisfy({ words[$0].breakBefore == 0 && !words[$0].capitalized }) else { return nil }
        return owner.actor
    }

    /// Whether the purpose a "to" opens was achieved: an operation said to have succeeded stands before it in its
    /// clause ("the GNA's successful campaign to free Sirte", "the successful operation the U.S. military conducted
    /// last year to support Libyan forces in freeing Sirte").
    func isAchievedPurpose(to: Int) -> Bool {
        (max(clauseStart[to], to - 10)..<to).contains { Self.successWords.contains(words[$0].key) }
    }

    func launchesOperation(_ occurrence: Occurrence) -> Bool {
        guard occurrence.first >= 3, words[occurrence.first - 1].word == Self.toKey else { return false }
        // An operation a side owns is under way: "the LNA's campaign to capture Derna".
        if effortOwner(before: occurrence) != nil { return true }
        let nounWindow = max(0, occurrence.first - 5)..<(occurrence.first - 1)
        if let noun = nounWindow.reversed().first(where: { Triggers.operationNounWords.contains(words, $0) }),
           (max(0, noun - 5)..<noun).contains(where: { Triggers.launchVerbWords.contains(words, $0) }) {
            return true
        }
        // "a military offensive in Libya launched by the forces of the GNA, to take Sirte": the
        // verb of launching after the noun, the purpose after its agent.
        let wide = max(0, occurrence.first - 16)..<(occurrence.first - 1)
        guard let launch = wide.reversed().first(where: { Triggers.launchVerbWords.contains(words, $0) }),
              launch + 1 < words.count, words[launch + 1].word == Self.byKey else { return false }
        return (max(0, launch - 4)..<launch).contains { Triggers.operationNounWords.contains(words, $0) }
    }

    /// Whether a passive auxiliary ("was", "were", "had been") stands right before a word,
    /// adverbs aside ("was finally liberated").
    func hasPassiveAuxiliary(before index: Int) -> Bool {
        // A headline drops its auxiliaries: "Sirte Liberated From Islamic State", "LNA Pushed Out of Gharyan".
        if isHeadline, index > 0, words[index].key.hasSuffix("ed") || ["driven", "taken", "retaken", "overrun", "freed"].contains(words[index].key) {
            return true
        }
        var position = index - 1
        while position >= 0, position >= index - 3 {
            let key = words[position].key
            // ("IS captured Sirte": the group's acronym, not the auxiliary.)
            if Triggers.passiveAuxiliaries.contains(key), !(words[position].allCaps && actorMentions.contains { $0.words.contains(position) }) { return true }
            guard key.hasSuffix("ly") || ["also", "then", "soon", "later", "again"].contains(key) else { return false }
            position -= 1
        }
        return false
    }
}
