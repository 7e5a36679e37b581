import Places

// The claims of each trigger: its places, its sides, its status and its date.
extension SentenceAnalysis {
    /// Every claim of the sentence: each trigger's (``claimsOf(_:nextTrigger:previousTrigger:)``), the verbs a
    /// comma leaves out after it, the seats written in names and the attacks referred back.
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
    func claimsOf(_ occurrence: Occurrence, nextTrigger: Int, previousTrigger: Int) -> [Claim] {
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
        if let next = actorMentions.first(where: { $0.words.lowerBound > occurrence.last }),
           next.words.lowerBound <= occurrence.last + 5
            && ((occurrence.last + 1)..<next.words.lowerBound).allSatisfy({ ["the", "against", "on", "with", "its", "their", "back"].contains(words[$0].key)
               || isHyphened($0) && $0 > occurrence.last + 1
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
                if Triggers.describesPlace(words[noun]), noun + 1 < words.count { noun += 1 }
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
                      let source = sideDescribed(after: afterObjects + 1, within: 7) {
                // "the liberation of Sirte from ISIL by GNA forces", "… from forces loyal to the GNA by the LNA": the side after
                // "from" lost the place; the taker follows "by", or else is not named.
                losers = [source.actor]
                // ("from Haftar's Libyan National Army (LNA) by …": the side's leader, name and abbreviation in a row.)
                var sourceEnd = source.words.upperBound
                while let next = actorMentions.first(where: { $0.words.lowerBound == sourceEnd + 1 && $0.actor == source.actor }) { sourceEnd = next.words.upperBound }
                if let by = ((sourceEnd + 1)..<min(words.count, sourceEnd + 4)).first(where: { words[$0].key == "by" }),
                   let taker = sideDescribed(after: by, within: 7) {
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
}
