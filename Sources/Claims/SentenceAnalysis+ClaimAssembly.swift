import Places

// Step 5 of a trigger's claims: the status, the date and the claims themselves.
extension SentenceAnalysis {
    /// Step 5 of ``claimsOf(_:nextTrigger:previousTrigger:)``: the claims of a trigger, dated (``date(for:)``), with
    /// the status its wording and the parts it names settle, for the sides that did it and those that suffered it, then for
    /// the sides around them (the source of a capture, the holder, the taker of a loss).
    func assembleClaims(_ draft: inout ClaimDraft) -> [Claim] {
        let occurrence = draft.occurrence, end = draft.end
        // The date.
        let (interval, baseDateFactor) = date(for: occurrence)
        var dateFactor = baseDateFactor
        if draft.usedLastPlaces { dateFactor *= 0.9 }
        let exceptionPlaces = draft.exceptions.map(\.place)
        var claims: [Claim] = []
        statusOfWording(&draft)
        let objectStart = draft.objects.first?.first ?? min(end, occurrence.last + 5)
        let partWords = (occurrence.last + 1)..<max(occurrence.last + 1, objectStart)
        partsOfPlaces(&draft, partWords: partWords)
        statusOfContext(&draft, partWords: partWords)
        appendClaimsOfSides(draft, interval: interval, dateFactor: dateFactor, exceptions: exceptionPlaces, to: &claims)
        appendClaimsOfOtherSides(draft, interval: interval, dateFactor: dateFactor, to: &claims)
        appendClaimsOfAirSupport(draft, interval: interval, dateFactor: dateFactor, to: &claims)
        return claims
    }

    /// "GNA forces, backed by U.S. airstrikes, captured the Ouagadougou centre in Sirte", "With the support of Turkish
    /// drones, GNA forces seized Watiya": a side whose strikes backed what the sentence's side did attacked the places.
    /// - interval: the date of the claims; dateFactor: its confidence.
    func appendClaimsOfAirSupport(_ draft: ClaimDraft, interval: DayInterval, dateFactor: Double, to claims: inout [Claim]) {
        // (A long list of towns taken "with the support of Turkish drones" does not say each was struck.)
        guard !draft.agents.isEmpty, [.captured, .contested, .attacked].contains(draft.status), draft.places.count <= 3 else { return }
        var backers: [Actor] = []
        for mention in actorMentions where !draft.agents.contains(mention.actor) && !backers.contains(mention.actor) && isSupporter(mention) {
            let phrase = mention.words.lowerBound..<min(words.count, mention.words.upperBound + 4)
            if phrase.contains(where: { Self.airStrikeNouns.contains(words[$0].key) }) { backers.append(mention.actor) }
        }
        for backer in backers {
            for place in draft.places {
                claims.append(Claim(actor: backer, place: place, status: .attacked, interval: interval, exceptions: [],
                                    confidence: draft.trigger.strength * dateFactor * draft.nameFactor(place) * 0.7,
                                    rule: draft.trigger.name + "+air support"))
            }
        }
    }

    /// The status as the trigger's own words tell it: repelled (an attack), fighting that spreads, control fought for,
    /// taken as a seat, an operation launched to take the places (``ClaimDraft/launched``), a seat taken, a change into a state.
    func statusOfWording(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause
        // "Haftar's forces were repelled from the airport": those repelled attacked it.
        if draft.status == .controls, trigger.voice == .active, ["repelled", "repulsed", "pushed"].contains(trigger.words[0]), hasPassiveAuxiliary(before: occurrence.first) {
            draft.status = .attacked
        }
        if draft.fightSpreads { draft.status = .contested }
        // "fought for control of the city", "a dispute over control of Ubari": control fought for.
        if draft.status == .controls, trigger.words.first == "control", occurrence.first > 0, ["for", "over"].contains(words[occurrence.first - 1].key) {
            draft.status = .contested
            // "The LNA battled GNA forces for control of Gharyan": every side of the fight before it.
            for mention in actorMentions where mention.words.lowerBound >= clause && mention.words.upperBound < occurrence.first
                && !isSupporter(mention) && !draft.agents.contains(mention.actor) && !draft.losers.contains(mention.actor) {
                draft.agents.append(mention.actor)
            }
        }
        // "took Benina Airport as its headquarters": held as a seat.
        if draft.status == .captured, let last = draft.objects.last, last.last + 3 < words.count, words[last.last + 1].key == "as",
           ["its", "their", "his"].contains(words[last.last + 2].key), Triggers.seatNouns.contains(words[last.last + 3].key) {
            draft.status = .controls
        }
        // "an offensive to take Sabha", "the fight to retake Sirte", "close to taking Derna": an attack.
        // ("the GNA's successful campaign to free Sirte": an operation said to have succeeded took the place.)
        draft.launched = [.captured, .controls].contains(draft.status) && launchesOperation(occurrence) && !isAchievedPurpose(to: occurrence.first - 1)
            || nearlyTakes(occurrence)
        if draft.launched { draft.status = fightsToExpel(occurrence) ? .contested : .attacked }
        // "Haftar announced the final battle for Tripoli", "GNA fighters began the battle for Sirte": a battle one side
        // opens, with no other side named in the sentence, is that side's attack.
        if draft.status == .contested, trigger.voice == .nominal, Triggers.fightingNouns.contains(trigger.words[0]), draft.agents.count == 1,
           draft.opponent == nil, draft.losers.isEmpty, opensBattle(at: occurrence.first),
           !actorMentions.contains(where: { !isSupporter($0) && $0.actor != draft.agents[0] }) {
            draft.status = .attacked
        }
        // "GNA forces are pushing ISIL out of Sirte": a taking under way is a fight for the place.
        if draft.status == .captured, isTakingUnderWay(occurrence) { draft.status = .contested }
        // "took its seat in Tripoli": a government sitting, not a capture.
        if draft.status == .captured, occurrence.last + 2 < words.count, ["its", "their", "his", "the"].contains(words[occurrence.last + 1].key),
           ["seat", "seats", "office", "offices", "headquarters"].contains(words[occurrence.last + 2].key) {
            draft.status = .controls
        }
        if draft.status == .controls, trigger.voice == .passive,
           (max(0, occurrence.first - 3)..<occurrence.first).contains(where: { Triggers.changeIntoState.contains(words[$0].key) }) {
            draft.status = .captured
        }
    }

    /// Whether a verb of opening (``Triggers/launchVerbs``, or of announcing) stands before a noun of fighting,
    /// past a determiner and adjectives: "announced the final battle for", "began the battle for".
    func opensBattle(at noun: Int) -> Bool {
        var position = noun - 1
        while position >= 0, noun - position <= 4 {
            let key = words[position].key
            if Triggers.launchVerbWords.contains(words, position) || Self.announcingKeys.contains(key) { return true }
            guard Self.battleModifierKeys.contains(key) else { return false }
            position -= 1
        }
        return false
    }

    static let announcingKeys: Set<String> = ["announced", "announces", "declared", "declares", "ordered", "orders"]
    /// The words that may stand between a verb of opening and its battle: determiners and the adjectives of a battle.
    static let battleModifierKeys: Set<String> = ["the", "a", "an", "its", "their", "his", "final", "decisive", "last", "new", "major", "long-awaited"]

    /// The parts named: a part of a place taken or held is fought for (``ClaimDraft/partial`` for one place of a list,
    /// the status for all); the places a part includes are held whole; a part of the town the text is about.
    /// - partWords: the words between the trigger and its first object.
    func partsOfPlaces(_ draft: inout ClaimDraft, partWords: Range<Int>) {
        let trigger = draft.trigger, end = draft.end
        // "captured two barracks in Sirte", "held part of the city", "captured the city
        // center": fighting for the place, not its capture; but "the last buildings" are all that was left.
        var partialBeforeInclusion: Set<String> = []
        // "the area around Sirte" is Sirte and its surroundings, not a part of it.
        if [.captured, .controls].contains(draft.status) && trigger.voice == .active || draft.status == .lost && trigger.voice == .subjectLoses,
           draft.objects.first != nil || draft.usedLastPlaces,
           partWords.contains(where: { Triggers.partitiveWords.contains(words, $0)
               && !($0 + 1 < words.count && ["around", "surrounding"].contains(words[$0 + 1].key))
               // ("retook the areas of Wadi Rabie and Ain Zara": areas named are whole, not parts of them.)
               && !(["area", "areas", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"].contains(words[$0].key)
                    && $0 + 1 < words.count && words[$0 + 1].key == "of"
                    && !draft.objects.isEmpty && draft.objects.allSatisfy({ [.area, .district, .village].contains($0.place.kind) })) })
               && !partWords.contains(where: { ["last", "remaining", "all", "entire", "whole"].contains(words[$0].key) })
               // "one of the last remaining strongholds of Benghazi": one of several, a part.
               || partWords.contains(where: { words[$0].key == "one" && $0 + 1 < words.count && words[$0 + 1].key == "of" })
               // "seized two oil terminals in the Oil Crescent": sites in a region, a part of it.
               || draft.objects.first.map({ [.region, .district, .area].contains($0.place.kind) }) == true
                  && partWords.contains(where: { Triggers.placeAnaphora[words[$0].key]?.allSatisfy(\.isFacility) == true
                      // "retook territory in western Libya".
                      || ["territory", "territories"].contains(words[$0].key) }) {
            // "consolidated its control over most of southern Libya, including Sabha and the Sharara oil field": the places
            // a part includes are held whole; only those before "including" are parts.
            if let first = draft.objects.first, let inclusion = ((first.last + 1)..<end).first(where: { Self.inclusionWords.contains(words[$0].key) }),
               draft.objects.contains(where: { $0.first > inclusion }) {
                partialBeforeInclusion = Set(draft.objects.filter { $0.last < inclusion }.map(\.place.id))
            } else if let first = draft.objects.first, hasPartsPerItem(draft.objects) {
                // "takes over most of Derna, some Sabha countryside, Nofaliya, Sirte": each place of the list says
                // whether a part of it was taken; the part named first is the first place's only.
                partialBeforeInclusion = [first.place.id]
            } else {
                draft.status = .contested
            }
        }
        // "Army forces control Benghazi's eastern part": a part named after the town in the possessive.
        if [.captured, .controls].contains(draft.status) && trigger.voice == .active || draft.status == .lost && trigger.voice == .subjectLoses,
           let first = draft.objects.first, isPossessive(first.last),
           ((first.last + 1)..<min(end, first.last + 4)).contains(where: { Triggers.partitiveWords.contains(words, $0) }) {
            draft.status = .contested
        }
        // "taken control of the town of Ajdabiya and several areas of Benghazi": a place after
        // a noun of a part, further in the list, is fought for.
        draft.partial = partialBeforeInclusion
        if draft.status == trigger.status, [.captured, .controls].contains(draft.status) && trigger.voice == .active || draft.status == .lost && trigger.voice == .subjectLoses {
            for (index, span) in draft.objects.enumerated() where index > 0 {
                let gap = min(draft.objects[index - 1].last + 1, span.first)..<span.first
                if gap.contains(where: { Triggers.partitiveWords.contains(words, $0) && !["most", "majority"].contains(words[$0].key) || words[$0].key == "some" })
                    // "…, the radio station in Sirte": a site in the town.
                    || gap.count >= 3 && words[span.first - 1].key == "in" && !Self.listConnectors.contains(words[span.first - 2].key) {
                    draft.partial.insert(span.place.id)
                } else if draft.partial.contains(draft.objects[index - 1].place.id), gap.allSatisfy({ ["and", "the"].contains(words[$0].key) }),
                          span.last + 1 < words.count, ["regions", "districts", "provinces", "areas", "cities", "towns"].contains(words[span.last + 1].key) {
                    // "parts of the southern Fezzan and Tripolitania regions": the part is of each place the plural noun heads.
                    draft.partial.insert(span.place.id)
                }
            }
        }
        // "The council moved into the headquarters of the former General National Congress": a government body moving
        // into a seat's building takes its seat in the town (its forces moving into buildings fight for it).
        if draft.status == .contested || draft.partOfTown, trigger.status == .contested, trigger.voice == .active,
           Self.entryWords.contains(trigger.words[0]), !draft.agents.isEmpty, draft.agents.allSatisfy(\.isGovernment),
           draft.places.allSatisfy({ [.city, .town].contains($0.kind) }),
           (draft.clause..<draft.occurrence.first).contains(where: { Self.governmentBodyNouns.contains(words[$0].key) }),
           !(draft.clause..<draft.occurrence.first).contains(where: { Self.unnamedForceNouns.contains(words[$0].key) }),
           ((draft.occurrence.last + 1)..<min(end, draft.occurrence.last + 4)).contains(where: { Self.seatBuildingNouns.contains(words[$0].key) }) {
            draft.partOfTown = false
            draft.status = .controls
        }
        if draft.partOfTown { draft.status = .contested }
    }

    /// Whether a list of places names a part of some of them after the first: a noun of a part or "some" between two
    /// places ("most of Derna, some Sabha countryside, Nofaliya"), so that a part named before the first is its own.
    func hasPartsPerItem(_ objects: [PlaceSpan]) -> Bool {
        guard objects.count >= 2 else { return false }
        return (1..<objects.count).contains { index in
            ((objects[index - 1].last + 1)..<objects[index].first).contains { Triggers.partitiveWords.contains(words, $0) || words[$0].key == "some" }
        }
    }

    /// The status as the words around the trigger tell it: reaching a town's edge, a government body entering a town, an
    /// entry unopposed, a taking told in the past perfect, a part held, territory shrinking, control after fighting.
    /// - partWords: the words between the trigger and its first object.
    func statusOfContext(_ draft: inout ClaimDraft, partWords: Range<Int>) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end,
            passiveReading = draft.passiveReading
        // "They reached the southern suburbs": reaching a town's edge is an attack on it, as "reached the outskirts of" is.
        if trigger.isWord(Self.reachedKey), [.captured, .contested].contains(draft.status),
           ((occurrence.last + 1)..<min(end, occurrence.last + 5)).contains(where: { ["suburbs", "outskirts", "edge", "edges", "gates", "outskirt"].contains(words[$0].key) }) {
            draft.status = .attacked
        }
        // "since the Government of National Accord Presidency Council entered Tripoli": a government body entering a
        // town takes its seat there, it does not fight for it (its forces do: "GNA forces entered Sirte").
        if draft.status == .contested, trigger.status == .contested, trigger.voice == .active, Self.entryWords.contains(trigger.words[0]),
           !draft.agents.isEmpty, draft.agents.allSatisfy(\.isGovernment), draft.objects.contains(where: { [.city, .town].contains($0.place.kind) }),
           (clause..<occurrence.first).contains(where: { Self.governmentBodyNouns.contains(words[$0].key) }),
           // ("has moved into ministries in Tripoli": a part of the town.)
           !partWords.contains(where: { Triggers.partitiveWords.contains(words, $0) }),
           !(clause..<occurrence.first).contains(where: { Self.unnamedForceNouns.contains(words[$0].key) }) {
            draft.status = .captured
        }
        // "entered Sabha unopposed", "entered Gharyan without a fight": an entry with no fight is a taking.
        if draft.status == .contested, trigger.status == .contested, trigger.voice == .active, !draft.objects.isEmpty,
           let last = draft.objects.last, Self.entryWords.contains(trigger.words[0]),
           ((last.last + 1)..<min(end, last.last + 6)).contains(where: { position in
               words[position].key == "unopposed" || words[position].key == "without" && position + 1 < words.count
                   && (["resistance", "fighting", "opposition", "firing"].contains(words[position + 1].key)
                       || position + 2 < words.count && ["a", "any"].contains(words[position + 1].key) && ["fight", "battle", "shot"].contains(words[position + 2].key))
           }) {
            draft.status = .captured
        }
        // "His forces had taken over the oil ports, but …" with no date of its own: the
        // taking lies before the time the text speaks of, when the places were held.
        // ("The LNA said its forces had captured Gharyan": reported speech moves the tense back; a report of the taking.)
        if draft.status == .captured, trigger.voice == .active, !passiveReading, dates.isEmpty,
           (max(0, occurrence.first - 2)..<occurrence.first).contains(where: { words[$0].key == "had" }),
           !(0..<occurrence.first).contains(where: { Triggers.reporting.contains(words[$0].key) }),
           !(max(0, occurrence.first - 2)..<occurrence.first).contains(where: { ["been", "having"].contains(words[$0].key) }) {
            draft.status = .controls
        }
        // "70 percent of Sirte was under GNA control": a part held, the place fought for.
        // ("the city of Tarhouna and areas of southern Tripoli, which had been under the control of …": each place by its own words.)
        if draft.status == .controls, trigger.voice == .passive, !draft.objects.isEmpty {
            let parts = draft.objects.filter { span in
                (max(0, Self.titleStart(of: span, in: words) - 3)..<Self.titleStart(of: span, in: words)).contains(where: {
                    Triggers.partitiveWords.contains(words, $0) || words[$0].key == "percent" })
            }
            if parts.count == draft.objects.count { draft.status = .contested } else { draft.partial.formUnion(parts.map(\.place.id)) }
        }
        // "have reduced the territory under ISIL control": territory shrinking is fought for.
        if draft.status == .controls, trigger.voice == .passive, occurrence.first >= 2,
           (max(0, occurrence.first - 3)..<occurrence.first).contains(where: { ["territory", "territories", "area", "areas"].contains(words[$0].key) }),
           (max(0, occurrence.first - 6)..<occurrence.first).contains(where: { Self.shrinkingWords.contains(words[$0].key) }) {
            draft.status = .contested
        }
        // "in complete control of Garabulli after three days of fighting": the state began then.
        // ("relocated to Tobruk after fighting broke out in Tripoli": a seat moved to, not won.)
        if draft.status == .controls, let last = draft.objects.last, !Triggers.relocationWords.contains(trigger.words[0]),
           let after = ((last.last + 1)..<end).first(where: { words[$0].key == "after" }),
           ((after + 1)..<min(end, after + 6)).contains(where: { Triggers.fightingNouns.contains(words[$0].key) }) {
            draft.status = .captured
        }
    }

    /// The claims of the sides that did it, with the status (fought for, for a place of which a part was named), and of
    /// the sides that suffered it, which lost the places.
    /// - interval: the date of the claims; dateFactor: its confidence; exceptions: the places left out of a region claimed.
    func appendClaimsOfSides(_ draft: ClaimDraft, interval: DayInterval, dateFactor: Double, exceptions exceptionPlaces: [Place], to claims: inout [Claim]) {
        let trigger = draft.trigger
        for actor in draft.agents {
            for place in draft.places {
                claims.append(Claim(actor: actor, place: place, status: draft.partial.contains(place.id) ? .contested : draft.status, interval: interval,
                                    exceptions: [.region, .country, .district].contains(place.kind) ? exceptionPlaces : [],
                                    confidence: trigger.strength * draft.actorFactor * dateFactor * draft.nameFactor(place),
                                    rule: trigger.name + draft.ruleSuffix))
            }
        }
        for actor in draft.losers where !draft.agents.contains(actor) {
            for place in draft.places {
                claims.append(Claim(actor: actor, place: place, status: .lost, interval: interval, exceptions: [],
                                    confidence: trigger.strength * draft.actorFactor * dateFactor * draft.nameFactor(place) * 0.9,
                                    rule: trigger.name + draft.ruleSuffix))
            }
        }
    }

    /// The claims of the sides around the trigger: who announced a liberation took it, the source of a capture lost it or
    /// fights on for a part, the holder of a part taken fights on, who held the places an operation was launched to take,
    /// the taker of a loss.
    /// - interval: the date of the claims; dateFactor: its confidence.
    func appendClaimsOfOtherSides(_ draft: ClaimDraft, interval: DayInterval, dateFactor: Double, to claims: inout [Claim]) {
        let occurrence = draft.occurrence, trigger = draft.trigger, end = draft.end, passiveReading = draft.passiveReading
        let afterObjects = draft.afterObjects
        // The source of a capture loses it ("seized Jufra from the PFG", "drove ISIL from
        // Derna", "the last buildings held by ISIS in Sirte"); the agent of a forced loss
        // takes it ("were forced out of Benghazi by the LNA").
        // "The Prime Minister announced that Sirte had been liberated from Islamic State": the side announcing took it.
        if trigger.voice == .passive, trigger.status == .lost, let reporter = reporter(before: occurrence), !draft.agents.contains(reporter) {
            for place in draft.places {
                claims.append(Claim(actor: reporter, place: place, status: .captured, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.8, rule: trigger.name + "+reporter"))
            }
        }
        // A part taken from a side ("captured one of the last strongholds of Benghazi from Ansar al-Sharia"): both fight for it.
        if draft.status == .contested, trigger.status == .captured, trigger.voice == .active, !passiveReading,
           let source = draft.displaced ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }),
           !draft.agents.contains(source.actor) {
            for place in draft.places {
                claims.append(Claim(actor: source.actor, place: place, status: .contested, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.8, rule: trigger.name + "+source"))
            }
        }
        // ("overran the Special Forces headquarters in Benghazi": the holder of a part taken fights on for the town.)
        if draft.status == .contested, trigger.status == .captured, let holder = draft.nestedHolder, !draft.agents.contains(holder.actor) {
            for place in draft.places {
                claims.append(Claim(actor: holder.actor, place: place, status: .contested, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.8, rule: trigger.name + "+holder"))
            }
        }
        if draft.status == .captured || draft.nestedHolder != nil && draft.status != .attacked && draft.status != .contested, trigger.voice == .active, !passiveReading,
           let source = draft.displaced ?? draft.nestedHolder ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }) ?? defender(after: afterObjects, before: end),
           !draft.agents.contains(source.actor) {
            for place in draft.places {
                claims.append(Claim(actor: source.actor, place: place, status: .lost, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.9, rule: trigger.name + "+source"))
            }
        }
        // "an offensive to take Sirte from the House of Representatives", "the fight to retake Sirte from IS": who held the places then.
        // ("close to driving Islamic State militants from Sirte": the side to be driven out.)
        if draft.launched, let holder = draft.displaced ?? actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound < end
               && ((afterObjects + 1)..<$0.words.lowerBound).contains { words[$0].key == "from" } }),
           !draft.agents.contains(holder.actor) {
            for place in draft.places {
                claims.append(Claim(actor: holder.actor, place: place, status: draft.status == .contested ? .contested : .controls, interval: interval,
                                    exceptions: [], confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.8, rule: trigger.name + "+held from"))
            }
        }
        // The taker of a loss; a part lost is fought for by both.
        if let taker = draft.taker, !draft.agents.contains(taker.actor) {
            for place in draft.places {
                claims.append(Claim(actor: taker.actor, place: place, status: draft.status == .contested ? .contested : .captured, interval: interval, exceptions: [],
                                    confidence: trigger.strength * dateFactor * draft.nameFactor(place) * 0.9, rule: trigger.name + "+by"))
            }
        }
    }
}
