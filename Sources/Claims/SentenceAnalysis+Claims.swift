import Places

// The claims of each trigger: its places, its sides, its status and its date.
extension SentenceAnalysis {
    /// Every claim of the sentence: each trigger's (``claimsOf(_:nextTrigger:previousTrigger:)``), the verbs a
    /// comma leaves out after it, the seats written in names and the attacks referred back.
    func claims() -> [Claim] {
        let triggers = occurrences()
        stateTriggerEnds = triggers.filter { $0.trigger.status == .controls }.map(\.last)
        var claims: [Claim] = []
        // A verb of attack with no object of its own, joined by "and" to the next verb ("attacked and seized control of
        // two oil terminals"): it shares that verb's objects and sides.
        var sharedAttack: Occurrence?
        for (position, occurrence) in triggers.enumerated() {
            let nextTrigger = position + 1 < triggers.count ? triggers[position + 1].first : words.count
            let previousTrigger = position > 0 ? triggers[position - 1].last : -1
            let found = claimsOf(occurrence, nextTrigger: nextTrigger, previousTrigger: previousTrigger)
            claims += found
            if !found.isEmpty { claims += gappedClaims(after: occurrence, until: nextTrigger, told: found) }
            if let attack = sharedAttack, attack.last + 2 == occurrence.first {
                for claim in found where claim.status != .lost && claim.status != .attacked
                    && !claims.contains(where: { $0.actor == claim.actor && $0.place.id == claim.place.id && $0.status == .attacked }) {
                    var attacked = claim
                    attacked.status = .attacked
                    attacked.rule = attack.trigger.name + "+joined"
                    claims.append(attacked)
                }
            }
            sharedAttack = found.isEmpty && occurrence.trigger.status == .attacked && occurrence.trigger.voice == .active
                && nextTrigger == occurrence.last + 2 && words[occurrence.last + 1].key == "and" ? occurrence : nil
        }
        let referredBack = attackReferredBack(after: claims)
        let seats = rivalSeatClaims().filter { seat in !claims.contains { $0.actor == seat.actor && $0.place.id == seat.place.id } }
        claims += attacksDefendedFrom().filter { attack in !claims.contains { $0.actor == attack.actor && $0.place.id == attack.place.id } }
        // (Only the lists that hold a claim are appended, in this order: most are empty, and an array built by "+" for
        // each was a copy and a call. Done for speed.)
        for more in [seatsInNames(), seats, claims.isEmpty ? seatsReferredBack() : [],
                     claims.isEmpty && referredBack.isEmpty ? operationReferredBack() : referredBack] where !more.isEmpty {
            claims += more
        }
        if claims.isEmpty { claims = coOccurrenceClaims() }
        return claims
    }

    /// A suggestion for a sentence no rule could place: a trigger whose claims found no place of
    /// their own (``findPlaces(_:)`` came back empty), in a sentence that refuses no trigger and
    /// names one place (not a country or a region). The side is the one named before the trigger
    /// (else the first named); the status is the trigger's, a fight when another side stands
    /// between the trigger and the place of a taking or a loss ("pushed ISIL back into Sirte"); the
    /// date is the trigger's. Its confidence is below ``Assertion/suggestionBelow``: listed for an
    /// analyst's review, not mapped until accepted.
    func coOccurrenceClaims() -> [Claim] {
        // (Whether a trigger went unplaced first: a cheap test most sentences fail.)
        guard !unplacedTriggers.isEmpty, !refusesATrigger,
              // (Not an infinitive: "To attack Tripoli, Haftar needs new allies" tells a purpose.)
              let occurrence = unplacedTriggers.first(where: { !($0.first > 0 && words[$0.first - 1].key == "to") }),
              !occurrence.trigger.describesSeat else { return [] }
        let sides = actorMentions.filter { !isSupporter($0) }
        guard let side = sides.last(where: { $0.words.upperBound < occurrence.first }) ?? sides.first else { return [] }
        let targets = places.filter { span in
            span.place.scope == .map && span.place.kind != .country && span.place.kind != .region
                && (span.first <= occurrence.last || !isLandmark(span, after: occurrence.last))
        }
        guard let target = targets.first, targets.allSatisfy({ $0.place.id == target.place.id }) else { return [] }
        var status: ClaimStatus = occurrence.trigger.voice == .subjectLoses || occurrence.trigger.voice == .nominalLoss ? .lost : occurrence.trigger.status
        if status == .captured || status == .lost,
           sides.contains(where: { $0.words.lowerBound > occurrence.last && $0.words.upperBound < target.first && $0.actor != side.actor }) {
            status = .contested
        }
        return [Claim(actor: side.actor, place: target.place, status: status, interval: date(for: occurrence).0,
                      exceptions: [], confidence: Self.suggestionConfidence, rule: "co-occurrence:" + occurrence.trigger.name)]
    }

    /// The confidence of a ``coOccurrenceClaims(_:)`` suggestion, near its precision on the tuning
    /// texts (about a third) and below what is mapped unreviewed.
    static let suggestionConfidence = 0.25

    /// "ISIL took Sirte in 2015, the LNA Benghazi in 2017": a clause after a comma that names
    /// a side and then places, with no verb of its own, says the verb before again of them.
    func gappedClaims(after occurrence: Occurrence, until nextTrigger: Int, told: [Claim]) -> [Claim] {
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

    /// Where the clause of a word ends: past a relative clause between commas that
    /// interrupts it, when the clause goes on after it.
    func clauseEnd(after index: Int) -> Int {
        var end = index + 1
        while end < words.count && clauseStart[end] <= index { end += 1 }
        var resumed = end
        while resumed < words.count {
            if clauseStart[resumed] <= index { end = resumed + 1 }
            resumed += 1
        }
        return end
    }

    /// The claims of one trigger, in four steps: the places it governs (by its voice: after an active
    /// verb, before a passive one, after a noun), the sides (the subject, the agent after "by", the
    /// owner of a noun, the side referred back to, the one driven out or fought), the status (a part of
    /// a town fought for, an operation launched to take a place is an attack) and the date
    /// (``date(for:)``); then the side that lost what was taken and the taker of what was lost.
    ///
    /// The steps, each in its own method, share one ``ClaimDraft``:
    /// 1. ``claimDraft(for:nextTrigger:previousTrigger:)``: the setting (the clause, passive readings, the antecedent);
    /// 2. ``findObjects(_:)``: the place spans the trigger governs, by its voice;
    /// 3. ``findPlaces(_:)``: the places they stand for, or those referred back to;
    /// 4. ``findSides(_:)``: who acted, who suffered, who took what was lost;
    /// 5. ``assembleClaims(_:)``: the status, the date and the claims.
    func claimsOf(_ occurrence: Occurrence, nextTrigger: Int, previousTrigger: Int) -> [Claim] {
        if occurrence.trigger.words == Triggers.headquartersRow.words { return headquartersClaims() }
        guard !isRefused(occurrence) else {
            refusesATrigger = true
            return []
        }
        guard var draft = claimDraft(for: occurrence, nextTrigger: nextTrigger, previousTrigger: previousTrigger) else { return [] }
        guard findObjects(&draft) else { return [] }
        guard findPlaces(&draft) else {
            unplacedTriggers.append(occurrence)
            return []
        }
        guard findSides(&draft) else { return [] }
        return assembleClaims(&draft)
    }
}
