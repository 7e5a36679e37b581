import Places

// Step 2 of a trigger's claims: the place spans it governs, by its voice.
extension SentenceAnalysis {
    /// Step 2 of ``claimsOf(_:nextTrigger:previousTrigger:)``: the objects of a trigger, the place spans it governs
    /// (``ClaimDraft/objects``): the side named right after it, how far its objects run, its objects by its voice, then
    /// those that only describe or locate others left out; false when it claims nothing ("an air strike by" and no side).
    func findObjects(_ draft: inout ClaimDraft) -> Bool {
        let occurrence = draft.occurrence, trigger = draft.trigger, end = draft.end
        findSideAfterTrigger(&draft)
        let limit = objectLimit(&draft)
        // "An air strike by the LNA on Tajoura": the attacker named after "by", before the target.
        draft.nominalAttacker = trigger.voice == .nominal && trigger.words.last == "by"
            ? actorMentions.first(where: { $0.words.lowerBound > occurrence.last && $0.words.lowerBound <= occurrence.last + 2 }) : nil
        if trigger.voice == .nominal, trigger.words.last == "by", draft.nominalAttacker == nil { return false }
        // The first actor after the trigger ends its objects, unless it belongs to them ("strikes on LNA targets").
        if draft.otherEnd == nil, let other = draft.displaced ?? draft.opponent { draft.otherEnd = other.words.upperBound }
        let firstActorAfter = firstActorAfterTrigger(draft)
        let objectsEnd = min(end, limit, firstActorAfter)
        switch trigger.voice {
        case .active, .subjectLoses: activeObjects(&draft, until: objectsEnd)
        case .nominalLoss: nominalLossObjects(&draft)
        case .nominal where trigger.status == .contested: contestedNominalObjects(&draft)
        case .nominal: nominalObjects(&draft, until: objectsEnd)
        case .passive: passiveObjects(&draft)
        }
        refineObjects(&draft)
        return true
    }

    /// The side named right after a trigger: the other side of a fight ("an offensive against the Islamic State in
    /// Sirte", ``ClaimDraft/opponent``) or the side driven out ("drove ISIL from Derna", ``ClaimDraft/displaced``), and
    /// where its name ends (``ClaimDraft/otherEnd``).
    func findSideAfterTrigger(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, passiveReading = draft.passiveReading
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
            let nameEnd = after
            while after < words.count, Triggers.targetNouns.contains(words[after].key) { after += 1 }
            let followedBy = { (keys: Set<String>) in after < self.words.count && keys.contains(self.words[after].key) }
            let explicit = ((occurrence.last + 1)..<next.words.lowerBound).contains { ["against", "with"].contains(words[$0].key) }
            // ("battled the GNA for Gharyan", "fought ISIL for control of Sirte": what they fought for.)
            if [.attacked, .contested].contains(trigger.status), followedBy(["in", "at", "inside", "within"]) || trigger.status == .contested && followedBy(["for", "over"]),
               // ("in the mountain town of Gharyan": the place's description before its name.)
               places.contains(where: { $0.first > after && $0.first <= after + 6
                   && ((after + 1)..<$0.first).allSatisfy { self.words[$0].breakBefore == 0 && !self.words[$0].capitalized } }) {
                draft.opponent = next
                draft.otherEnd = after - 1
            } else if trigger.status == .attacked, after > nameEnd {
                // "carrying out airstrikes on BDB positions since losing the oil terminals", "struck Shura Council
                // positions": a side whose positions or targets are struck is the target, wherever they are.
                draft.opponent = next
                draft.otherEnd = after - 1
            } else if trigger.status == .contested, explicit {
                // "fighting against Islamic State fighters; 10 in Nofaliya and 2 in Ben Jawad": the other side.
                draft.opponent = next
                draft.otherEnd = after - 1
            } else if trigger.status == .captured, trigger.voice == .active, !passiveReading,
                      followedBy(["from", "out"]) || Self.drivingWords.contains(trigger.words[0]) && followedBy(["back", "into"])
                        && (after..<min(words.count, after + 6)).contains(where: { Triggers.partitives.contains(words[$0].key) }) {
                // ("pushed ISIL back to the centre of Sirte", "drove the militants into a few districts of Sirte": the side driven
                // into a part of a town; "pushed the LNA back from Tripoli" repels an attack, and takes nothing.)
                draft.displaced = next
                draft.otherEnd = after - 1
            } else if trigger.status == .captured, trigger.voice == .active, !passiveReading, Triggers.defeatWords.contains(trigger.words[0]),
                      followedBy(["in", "at"]) {
                // "The Shura Council defeats ISIL in Derna": the side defeated loses the place.
                draft.displaced = next
            }
        }
    }

    /// How far a trigger's objects may run: to the next trigger, or on to the end of the clause when the next trigger
    /// only describes the object ("the last buildings held by ISIS in Sirte", a seat, an attack repelled, a side supported);
    /// sets the holder a nested state names (``ClaimDraft/nestedHolder``).
    func objectLimit(_ draft: inout ClaimDraft) -> Int {
        let occurrence = draft.occurrence, trigger = draft.trigger, nextTrigger = draft.nextTrigger, end = draft.end
        // A state nested in the object ("the last buildings held by ISIS in Sirte") names
        // who held the place taken; the trigger's objects run on past it.
        var limit = nextTrigger
        if trigger.status == .captured, trigger.voice == .active, nextTrigger < words.count,
           let nested = actorMentions.first(where: { $0.words.lowerBound > nextTrigger && $0.words.lowerBound <= nextTrigger + 4 }),
           nextTrigger > 0, ["held", "controlled", "occupied"].contains(words[nextTrigger].key),
           nested.words.upperBound + 1 < words.count, ["in", "at"].contains(words[nested.words.upperBound + 1].key) {
            draft.nestedHolder = nested
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
        if trigger.status == .controls, trigger.voice == .active, Triggers.repelWordSet.contains(key: trigger.keys[0], trigger.words[0]), nextTrigger < words.count,
           Triggers.operationNouns.contains(words[nextTrigger].key),
           (occurrence.last + 1..<nextTrigger).allSatisfy({ words[$0].breakBefore == 0 }) {
            limit = end
        }
        // ("advanced into the Islamic State stronghold of Sirte": a fight there, the holder not driven out.)
        if trigger.voice == .active || trigger.voice == .nominal, draft.nestedHolder == nil, nextTrigger > 0, nextTrigger < words.count,
           let holder = actorMentions.first(where: { $0.words.upperBound == nextTrigger - 1 && $0.words.lowerBound <= occurrence.last + 3 }),
           describesHeldPlace(holder) {
            if trigger.status == .captured, trigger.voice == .active { draft.nestedHolder = holder }
            limit = end
        }
        // "airstrikes in support of GNA forces fighting Islamic State in Sirte": the fight of the side supported
        // is where the strikes go.
        if trigger.status == .attacked, nextTrigger < words.count, nextTrigger >= occurrence.last + 3,
           ((occurrence.last + 1)..<nextTrigger).contains(where: { words[$0].key == "support" && $0 + 1 < words.count && words[$0 + 1].key == "of" }) {
            limit = end
        }
        return limit
    }

    /// Where the first actor after a trigger starts (the sentence's length when none does): it ends the trigger's objects,
    /// unless it is the other side, the side driven out, the holder or the attacker already found, names an operation or
    /// targets, or describes the place.
    func firstActorAfterTrigger(_ draft: ClaimDraft) -> Int {
        let occurrence = draft.occurrence, trigger = draft.trigger
        let launchedName = trigger.launches
        return actorMentions.first { mention in
            mention.words.lowerBound > occurrence.last
                // "launched Operation Dignity against …": the operation's name, not another side.
                && !(launchedName && mention.words.lowerBound <= occurrence.last + 2)
                // "airstrikes in support of GNA forces fighting IS in Sirte": the side supported.
                && !(mention.words.lowerBound >= 2 && words[mention.words.lowerBound - 1].key == "of" && words[mention.words.lowerBound - 2].key == "support")
                && mention.words != draft.opponent?.words && mention.words != draft.displaced?.words && mention.words.lowerBound > draft.otherEnd ?? -1
                && mention.words != draft.nestedHolder?.words
                && mention.words != draft.nominalAttacker?.words
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
    }

    /// The objects of an active verb or a verb of losing ("captured Sirte", "lost Derna"): the places it governs, counted
    /// from the side after it; the places before a bare verb or a passive reading; the antecedent of a relative clause; a town
    /// whose surroundings were fought in; or the title's places, in an article on a battle.
    /// - objectsEnd: where the objects end at the latest (the clause's end, the limit, the first actor after the trigger).
    /// The place a verb of declaring names before a participle ("declared Derna fully liberated", "pronounced the city of
    /// Sirte secured"); nil when the words before the participle are not a verb of declaring, a place and adverbs.
    func declaredPlace(before participle: Int) -> PlaceSpan? {
        var last = participle - 1
        while last > 0, words[last].key.hasSuffix("ly"), words[last].breakBefore == 0 { last -= 1 }
        guard let span = places.last(where: { $0.last == last }) else { return nil }
        let first = Self.titleStart(of: span, in: words)
        guard first >= 1, Self.declaringWords.contains(words[first - 1].key) else { return nil }
        return span
    }

    func activeObjects(_ draft: inout ClaimDraft, until objectsEnd: Int) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end,
            antecedent = draft.antecedent, passiveReading = draft.passiveReading, passiveAttack = draft.passiveAttack
        // After the other side or the side driven out, the places are counted from its
        // name: "fighting the Islamic State in Sirte", "drove the Islamic State out of Derna".
        var reachFrom = occurrence
        if let otherEnd = draft.otherEnd { reachFrom.last = otherEnd }
        // ("fled the town of Bani Walid": the town is named after all.)
        if trigger.bare, !(occurrence.last + 1 < words.count && words[occurrence.last + 1].key == "of"
                           && places.contains(where: { $0.first == occurrence.last + 2 })) {
            // "ISIL captured the air base when Libya Dawn forces withdrew": the places named before.
            draft.objects = places.filter { $0.last < occurrence.first && !isLandmark($0, after: -1) }
        } else {
            (draft.objects, draft.exceptions) = governedPlaces(after: reachFrom, until: objectsEnd, driving: draft.displaced != nil)
        }
        if draft.objects.isEmpty, let antecedent, !places.contains(where: { $0.first > occurrence.last && $0.first < end }) {
            draft.objects = [antecedent]
        }
        if draft.objects.isEmpty, passiveReading || passiveAttack {
            draft.objects = places.filter { $0.first >= clause && $0.last < occurrence.first }
        }
        // "Haftar declared Derna fully liberated on June 28": a place between a verb of declaring and a participle of
        // taking (an adverb between) is what the declaring side took.
        if draft.objects.isEmpty, trigger.status == .captured, !passiveReading, let declared = declaredPlace(before: occurrence.first) {
            draft.objects = [declared]
        }
        // "fighting outside Sirte", "battling south of Tripoli": a fight in a town's surroundings is for the town;
        // so is an attack ("drones struck LNA supply lines near Tarhuna").
        if draft.objects.isEmpty, trigger.status == .contested || trigger.status == .attacked, !trigger.bare {
            draft.objects = surroundingTowns(in: (occurrence.last + 1)..<min(end, occurrence.last + 10))
        }
        // "The fighting began 14 March 2015, between …" in an article on a battle: the title's place.
        if draft.objects.isEmpty, trigger.status == .contested, !topic.places.isEmpty,
           !places.contains(where: { $0.place.kind != .country && !isOrigin($0) }),
           (clause...occurrence.last).contains(where: { Triggers.battleNouns.contains(words[$0].key) }) {
            draft.topicPlacesUsed = true
        }
    }

    /// The objects of a noun of loss ("ISIL's retreat from Sirte"): the places after "from".
    func nominalLossObjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, end = draft.end
        // The places after "from", after the actor the noun names.
        if let from = ((occurrence.last + 1)..<end).first(where: { words[$0].key == "from" }) {
            draft.objects = places.filter { $0.first > from && $0.first <= from + 6 && $0.first < end }
        }
    }

    /// The objects of a noun of fighting ("clashes between the GNA and the GNS in Tripoli"): the places after it or after
    /// its sides, else before it in its clause, else a town whose surroundings were fought in, else the title's places.
    func contestedNominalObjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, nextTrigger = draft.nextTrigger, clause = draft.clause, end = draft.end
        // "clashes erupted between the GNA and the GNS in Tripoli": the place may follow the sides.
        let window = occurrence.last..<min(end, nextTrigger)
        // ("fighting broke out between Haftar's forces and forces loyal to the Government of National Accord in
        // the oasis city of Sabha": long names of the sides; the place is counted from the last of them.)
        let lastSide = actorMentions.last { window.contains($0.words.lowerBound) && $0.words.lowerBound - occurrence.last <= 16 }?.words.upperBound ?? occurrence.last
        draft.objects = places.filter { window.contains($0.first) && ($0.first - occurrence.last <= 16 || $0.first - lastSide <= 8)
            && !isLandmark($0, after: occurrence.last) }
        // "Ten people are dead in Benghazi as a result of fighting between …": the place before, in its clause.
        if draft.objects.isEmpty {
            draft.objects = places.filter { $0.first >= clause && $0.last < occurrence.first && $0.place.kind != .country
                && !isLandmark($0, after: clause - 1) && $0.first > 0 && ["in", "at", "inside"].contains(words[$0.first - 1].key) }
        }
        // "Fighting between the two armies has been centered in the suburbs south of Tripoli": the town's surroundings.
        if draft.objects.isEmpty {
            draft.objects = surroundingTowns(in: window.lowerBound..<min(window.upperBound, occurrence.last + 17))
        }
        // "in the Sirte District in Libya": the country only locates the places fought for.
        if draft.objects.contains(where: { $0.place.kind != .country }) { draft.objects = draft.objects.filter { $0.place.kind != .country } }
        // "It was fought in July and August 2014 between …" in an article on a battle: the title's place.
        if draft.objects.isEmpty, !topic.places.isEmpty,
           !places.contains(where: { $0.place.kind != .country && !isOrigin($0) }),
           (clause...occurrence.last).contains(where: { Triggers.battleNouns.contains(words[$0].key) }) {
            draft.topicPlacesUsed = true
        }
    }

    /// The objects of a noun ("the capture of Sirte", "airstrikes on Derna"): the places it governs, counted from the
    /// other side or the attacker after it; for an attack, a town near which it struck, the one town the sentence names,
    /// or the title's places.
    /// - objectsEnd: where the objects end at the latest (the clause's end, the limit, the first actor after the trigger).
    func nominalObjects(_ draft: inout ClaimDraft, until objectsEnd: Int) {
        let occurrence = draft.occurrence, trigger = draft.trigger, end = draft.end
        var reachFrom = occurrence
        if let opponent = draft.opponent { reachFrom.last = opponent.words.upperBound }
        if let attacker = draft.nominalAttacker { reachFrom.last = attacker.words.upperBound }
        (draft.objects, draft.exceptions) = governedPlaces(after: reachFrom, until: objectsEnd)
        // "a precision airstrike near Sirte": strikes in a town's surroundings are on the town.
        if draft.objects.isEmpty, trigger.status == .attacked {
            draft.objects = surroundingTowns(in: (occurrence.last + 1)..<min(end, occurrence.last + 8))
        }
        // "launched strikes against Islamic State targets Tuesday as Libyan forces advanced inside the group's stronghold
        // of Sirte": strikes on targets with no place of their own are on the one town the sentence names.
        if draft.objects.isEmpty, trigger.status == .attacked,
           ((occurrence.last + 1)..<min(words.count, occurrence.last + 7)).contains(where: { Triggers.targetNouns.contains(words[$0].key) }) {
            let towns = places.filter { [.city, .town, .village].contains($0.place.kind) && !isLandmark($0, after: -1) }
            if let town = towns.first, towns.allSatisfy({ $0.place.id == town.place.id }) { draft.objects = [town] }
        }
        // "Egypt carries out airstrikes in February 2015" in an article on a campaign: the title's place.
        if draft.objects.isEmpty, trigger.status == .attacked, !topic.places.isEmpty,
           !places.contains(where: { $0.place.kind != .country }) {
            draft.topicPlacesUsed = true
        }
    }

    /// The objects of a passive trigger ("Sirte fell to ISIL", "Sirte, under GNA control"): the places before it in its
    /// clause (or the clause before, for a relative one), the subject rather than a place in an apposition to a side.
    func passiveObjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, clause = draft.clause, relative = draft.relative, previousClause = draft.previousClause
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
                draft.objects = window.filter { $0.last <= subject.last }
            } else {
                draft.objects = window.filter { $0.first > actor.words.upperBound }
                if draft.objects.isEmpty { draft.objects = window.filter { $0.last < actor.words.lowerBound } }
            }
        } else {
            draft.objects = window
        }
    }

    /// The objects refined: places a side was driven to, places that locate or describe others (a town in the
    /// possessive, a region after "in", a place in an apposition, "the capital of"), places outside the map, countries,
    /// and what an operation is not launched at are left out; a seat's town in apposition or its subject is taken instead.
    func refineObjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, end = draft.end, passiveAttack = draft.passiveAttack
        // "pushed the LNA back to Sirte", "was driven back towards Jufra": where a side is driven to is not what it lost.
        if trigger.status == .captured, Self.drivingWordSet.contains(key: trigger.keys[0], trigger.words[0]) {
            draft.objects.removeAll { span in
                let first = Self.titleStart(of: span, in: words)
                return first > 0 && ["to", "towards", "toward", "into"].contains(words[first - 1].key)
            }
        }
        // "Tripoli's Abu Sleem district": the town in the possessive locates the place after it.
        // (The objects left out are removed in place, keeping the order, here and below: a filter made a new array at each
        // step. Done for speed.)
        draft.objects.removeAll { span in self.places.contains { $0.first == span.last + 1 } && isPossessive(span.last) }
        // "launched Operation Dignity against groups in Benghazi", "launched airstrikes on Derna": what an operation
        // is launched at comes after "against", "on" or "at" ("It was launched by the BDB on 3 March, and …" names none).
        if trigger.launches, passiveAttack {
            // "an attack was launched by X against the Brak al-Shati Airbase": the place after "against".
            draft.objects = self.places.filter { $0.first > occurrence.last && $0.first < end && !isLandmark($0, after: occurrence.last) }
        }
        if trigger.launches {
            draft.objects.removeAll { span in
                !(span.first > occurrence.last
                    && ((occurrence.last + 1)..<span.first).contains { ["against", "on", "at", "targeting"].contains(words[$0].key) && !isDateWord($0 + 1)
                        // "launched Operation Dignity in Benghazi", "launched an offensive in Sirte": the operation's place.
                        || words[$0].key == "in" && $0 - occurrence.last <= 4 && ((occurrence.last + 1)..<$0).contains { Triggers.operationNouns.contains(words[$0].key) } })
            }
        }
        // "the HoR in Tobruk, and the Tripoli-based GNC": the place written before "-based" is the seat.
        if trigger.words == Triggers.placeBasedActor.words, trigger.voice == .passive {
            draft.objects = self.places.filter { $0.last == occurrence.first - 1 }
        }
        // "Wershiffana district in western Libya", "Sirte in central Libya": a region right after a place, after "in", locates it.
        if draft.objects.count > 1 {
            draft.objects = draft.objects.filter { span in
                !([.region, .country].contains(span.place.kind) && span.first >= 2
                  && draft.objects.contains { other in other.last < span.first && span.first - other.last <= 4
                      && ((other.last + 1)..<span.first).contains { words[$0].key == "in" } })
            }
        }
        // Descriptors are not objects: "the capital of Cyrenaica", places outside the map.
        draft.objects.removeAll { span in
            let before = span.first >= 2 ? (words[span.first - 2].key, words[span.first - 1].key) : ("", "")
            return before.0 == "capital" && before.1 == "of" || span.place.scope != .map
        }
        // "Sabha, the main city of the south,", "Gharyan, south of Tripoli,", "Sirte, 450 km east of Tripoli,":
        // a place in an apposition describes the place before it.
        if draft.objects.count > 1 { draft.objects.removeAll { describesPlaceBefore($0) } }
        // "The GNC, based in western Libya": a seat is a town or a site; a region named as one only locates.
        if trigger.status == .controls, trigger.words.contains(where: { Triggers.seatWords.contains($0) }) {
            draft.objects.removeAll { [.region, .district, .country].contains($0.place.kind) }
        }
        // A whole country is never taken or held by one side here: "control much of Libya's territory",
        // "has controlled eastern Libya" (a region, above); the country only locates.
        draft.objects.removeAll { $0.place.kind == .country }
        if trigger.strength < 0.7 { draft.objects.removeAll { [.region, .country].contains($0.place.kind) } }
        // "ISIS's center of governance in Libya": a seat is in a country, not the country;
        // "Tarhuna, the last LNA stronghold in western Libya": the town in apposition is the seat.
        if trigger.isWord(Self.seatKey) {
            draft.objects = draft.objects.filter { $0.place.kind != .country }
            if trigger.voice == .active, draft.objects.allSatisfy({ [.region, .district].contains($0.place.kind) }) {
                if let comma = (max(0, occurrence.first - 6)..<occurrence.first).last(where: { words[$0].breakBefore == 1 && words[$0].key == "the" }),
                   let town = self.places.last(where: { $0.last == comma - 1 }) {
                    draft.objects = [town]
                } else if (max(0, occurrence.first - 5)..<occurrence.first).contains(where: { ["became", "becomes", "remained", "remains"].contains(words[$0].key) }) {
                    // "The city fell to the LNA and became the LNA's stronghold in western Libya": the subject is the seat.
                    draft.objects = []
                    draft.seatOfSubject = true
                }
            }
        }
    }
}
