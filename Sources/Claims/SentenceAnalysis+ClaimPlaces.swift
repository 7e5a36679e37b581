import Places

// Step 3 of a trigger's claims: the places its objects stand for, or those referred back to.
extension SentenceAnalysis {
    /// Step 3 of ``claimsOf(_:nextTrigger:previousTrigger:)``: the places a trigger's claims are about
    /// (``ClaimDraft/places``): those its objects stand for, else those a subject, a pronoun or a noun refers back to,
    /// else the place of the sentence or the one the text just spoke of; false when there is none.
    func findPlaces(_ draft: inout ClaimDraft) -> Bool {
        placesOfObjects(&draft)
        placesOfSubject(&draft)
        placesOfPronouns(&draft)
        placesOfNouns(&draft)
        placesOfSentenceOrText(&draft)
        return !draft.places.isEmpty
    }

    /// The places the objects stand for (the title's, when they stood in): each object's place or the facilities
    /// named after it, a town's facility named with it ("Hun and its airport"), the facility of the kind the object's noun
    /// names ("key oil ports …, including Ras Lanuf").
    func placesOfObjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger
        draft.places = draft.topicPlacesUsed ? topic.places : draft.objects.flatMap { facilitiesNamed(after: $0) ?? [$0.place] }
        // "captured Hun and its airport": the town's facility of that kind too.
        if !draft.topicPlacesUsed {
            for span in draft.objects where [.city, .town, .village].contains(span.place.kind) && span.last + 3 < words.count
                && words[span.last + 1].key == "and" && ["its", "their"].contains(words[span.last + 2].key) {
                var noun = span.last + 3
                if Triggers.describesPlace(words[noun]), noun + 1 < words.count { noun += 1 }
                if let kinds = Triggers.placeAnaphora[words[noun].key], kinds.allSatisfy(\.isFacility),
                   let facility = gazetteer.facility(of: kinds, serving: span.place), !draft.places.contains(facility) {
                    draft.places.append(facility)
                }
            }
        }
        if draft.topicPlacesUsed { draft.usedLastPlaces = true }
        // "seized key oil ports …, including Ras Lanuf and Brega": the towns named stand for
        // their facilities of the kind the object's noun names.
        // The nearest such noun before each place decides ("the airbases in Jufra, as well as the settlements of Hun").
        if trigger.voice == .active || trigger.voice == .nominal || trigger.voice == .subjectLoses, draft.places.count == draft.objects.count {
            for (index, span) in draft.objects.enumerated() where span.first > occurrence.last && [.city, .town, .village].contains(span.place.kind) {
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
                draft.places[index] = facility
            }
            if let facilities = headFacilities(of: draft.objects) {
                for (index, span) in draft.objects.enumerated() where draft.places[index] == span.place { draft.places[index] = facilities[index] }
            }
        }
    }

    /// The places a subject refers back to: joined to the places named ("The airport, along with the village of Qasr bin
    /// Ghashir, was retaken"), or the seat the subject became.
    func placesOfSubject(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, passiveReading = draft.passiveReading
        // "The airport, along with the village of Qasr bin Ghashir, was retaken": a subject that
        // refers back to a place, joined to the places named, suffered the same.
        if passiveReading || trigger.voice == .passive, let first = draft.objects.first, first.first > clause + 1,
           (clause..<first.first).contains(where: { ["with", "and"].contains(words[$0].key) }),
           let referred = referredPlaces(in: clause..<min(first.first, clause + 3)) {
            draft.places = referred.filter { place in !draft.places.contains(place) } + draft.places
        }
        if draft.seatOfSubject, let subject = self.places.first(where: { $0.last < occurrence.first && ![.region, .country].contains($0.place.kind) })?.place
            ?? referredPlaces(in: 0..<occurrence.first)?.first {
            draft.places = [subject]
            draft.usedLastPlaces = true
        }
    }

    /// With no place yet, the places "it" and "them" stand for: after a verb of taking, holding or losing ("held it",
    /// "retook them"), or before a passive one ("it was captured").
    func placesOfPronouns(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, passiveReading = draft.passiveReading,
            passiveAttack = draft.passiveAttack
        // "captured Sirte and held it for a week", "Brigade 50, which had been controlling it for years": "it"
        // right after a verb of taking, holding or losing is the place named last, in this sentence or the one before.
        if draft.places.isEmpty, trigger.voice == .active || trigger.voice == .subjectLoses, !passiveReading, trigger.status != .attacked,
           occurrence.last + 1 < words.count, words[occurrence.last + 1].key == "it",
           let place = self.places.last(where: { $0.last < occurrence.first && $0.place.scope == .map && ![.region, .country].contains($0.place.kind)
                                                  && !isLandmark($0, after: -1) })?.place
                // ("had bombed the airport in an attempt to recapture it": the place a noun of this sentence referred to.)
                ?? referredPlaces(in: 0..<occurrence.first)?.first
                ?? lastPlaces.first(where: { ![.region, .country].contains($0.kind) }) {
            draft.places = [place]
            draft.usedLastPlaces = true
        }
        // "seized the Ras Lanuf and Es Sider terminals before the LNA retook them": "them" after a verb of taking,
        // holding or losing is the places named before it in the sentence, else the last ones named.
        if draft.places.isEmpty, trigger.voice == .active || trigger.voice == .subjectLoses, !passiveReading, trigger.status != .attacked,
           occurrence.last + 1 < words.count, words[occurrence.last + 1].key == "them" {
            let named = self.places.filter { $0.last < occurrence.first && $0.place.scope == .map && ![.region, .country].contains($0.place.kind)
                && !isLandmark($0, after: -1) && !isOrigin($0) }
            draft.places = named.count >= 2 ? headFacilities(of: named) ?? named.map(\.place)
                : named.isEmpty ? lastPlaces.filter { ![.region, .country].contains($0.kind) } : []
            draft.usedLastPlaces = !draft.places.isEmpty
        }
        // "On 5 June, it was captured by the GNA": "it" is the place the text spoke of.
        // ("Gharyan, 100 km south of Tripoli, was the LNA's main base until it fell to the GNA": the place this sentence
        // opened with.)
        if draft.places.isEmpty, passiveReading || passiveAttack || trigger.voice == .passive, occurrence.first >= 2,
           let pronoun = (max(0, occurrence.first - 4)..<occurrence.first).first(where: { words[$0].key == "it" }),
           // ("The city of Ajdabiya was held by the ARSC until it was taken over by the LNA": a place opening the sentence
           // with its title.)
           let place = self.places.first(where: { span in
               let title = Self.titleStart(of: span, in: words)
               // ("Later, during the war, the city of Ajdabiya was seized …": or after the sentence's opening phrase.)
               return title <= 1 || words[title].breakBefore >= 1 && self.places.allSatisfy { $0.first >= span.first || $0.place.kind == .country }
           }).flatMap({ span in span.last < pronoun && ![.region, .country].contains(span.place.kind) && span.place.scope == .map ? span : nil })?.place
               ?? (topic.isPlaceArticle ? topic.places : []).first ?? lastPlaces.first(where: { ![.region, .country].contains($0.kind) }) {
            draft.places = [place]
            draft.usedLastPlaces = true
        }
    }

    /// With no place yet, the places a noun refers back to ("the town", "the airport"), the town a part of which was
    /// taken or held (``ClaimDraft/partOfTown``), or the last places named, left by a verb of leaving.
    func placesOfNouns(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end,
            passiveReading = draft.passiveReading
        guard draft.places.isEmpty else { return }
        // "the town", "the airport", "the capital": after the trigger, or before a passive one.
        let before = max(clause, occurrence.first - 4)..<occurrence.first
        let reach = trigger.voice == .passive ? before : (occurrence.last + 1)..<min(end, occurrence.last + 8)
        // "Many fighters in those cities were driven out": the subject names the places.
        if let referred = referredPlaces(in: reach) ?? (passiveReading ? referredPlaces(in: before) : nil) {
            draft.places = referred
            draft.usedLastPlaces = !draft.places.isEmpty
        } else if [.captured, .attacked, .contested, .controls].contains(trigger.status) && (trigger.voice == .active || trigger.voice == .nominal) && !passiveReading
                    && !self.places.contains(where: { $0.first > occurrence.last && $0.first < end })
                    && ((occurrence.last + 1)..<min(end, occurrence.last + 6)).contains(where: { Triggers.partitives.contains(words[$0].key) })
                    // ("controls only a small part of the country": a part of the country, not of a town.)
                    && !((occurrence.last + 1)..<min(end, occurrence.last + 8)).contains(where: { ["country", "nation"].contains(words[$0].key) })
                    // ("controls the area to its immediate east": beside the place, not a part of it.)
                    && !((occurrence.last + 1)..<min(end, occurrence.last + 8)).contains(where: { position in
                        words[position].key == "to" && ((position + 1)..<min(words.count, position + 4)).contains { Triggers.directions.contains(words[$0].key) } })
                    // "militants remaining in a few dozen properties still controlled by ISIL": a part held, the town fought for.
                    || trigger.status == .controls && trigger.voice == .passive && self.places.isEmpty
                    && before.contains(where: { Triggers.partitives.contains(words[$0].key) }),
                  let town = (self.places.filter { $0.last < occurrence.first && !isLandmark($0, after: -1) }.map(\.place)
                              + (trigger.status == .captured || trigger.status == .controls && topic.placesSpokenOfJustNow || refersToPartJustNamed(after: occurrence, before: end)
                                 ? topic.places + lastPlaces : topic.places))
                      .first(where: { [.city, .town].contains($0.kind) }) {
            // ("the Presidential Guard revolted in Tripoli and … took over the building of the High Council of State": the town named before.)
            // "GNA forces secured areas in the 700 neighbourhood": a part of the town the text is about, fought for;
            // in an article on a battle for a town, "launched an attack on the Jizah neighbourhood", "advanced across
            // two streets": an attack or a fight there.
            draft.places = [town]
            draft.usedLastPlaces = true
            // ("had taken the last districts held by the group": all that was left, the town taken.)
            let lastOfIt = ((occurrence.last + 1)..<min(end, occurrence.last + 6)).contains { ["last", "remaining"].contains(words[$0].key) }
            // ("with ISIL still controlling around 10 buildings": a part held, the town fought for.)
            draft.partOfTown = (trigger.status == .captured || trigger.status == .controls) && !lastOfIt
        } else if passiveReading || trigger.voice == .passive, [.attacked, .captured, .contested].contains(trigger.status),
                  !self.places.contains(where: { $0.place.scope == .map && $0.mentionScore >= 0.8 }),
                  (clause..<occurrence.first).contains(where: { words[$0].capitalized && Self.buildingNouns.contains(words[$0].key) }),
                  let town = placeSpokenOfJustNow()?.first, [.city, .town].contains(town.kind) {
            // "On 10 October 2016, the Rixos Al Nasr Convention Centre was attacked by gunmen loyal to the GNC": a building
            // the gazetteer does not know, in the town the text just spoke of (taken or held, a part of it).
            draft.places = [town]
            draft.usedLastPlaces = true
            draft.partOfTown = trigger.status != .attacked
        } else if !lastPlaces.isEmpty, trigger.voice == .subjectLoses,
                  trigger.bare || trigger.words.last == "retreat" || trigger.words.last == "withdraw" {
            draft.places = lastPlaces
            draft.usedLastPlaces = true
        }
    }

    /// Whether the part a trigger governs is one the text just spoke of: "GNA forces have moved into the neighborhood",
    /// "fighting in that district" (a determiner before the noun of a part, places named in the last sentences).
    func refersToPartJustNamed(after occurrence: Occurrence, before end: Int) -> Bool {
        guard topic.placesSpokenOfJustNow else { return false }
        return ((occurrence.last + 1)..<min(end, occurrence.last + 4)).contains { position in
            position + 1 < words.count && ["the", "that", "this"].contains(words[position].key)
                && ["neighborhood", "neighbourhood", "district", "quarter", "area"].contains(words[position + 1].key)
        }
    }

    /// With no place yet, the one town or site of the sentence (an attack on a force or its positions) or the one place
    /// the text just spoke of (a fight); and whether fighting spreads (``ClaimDraft/fightSpreads``).
    func placesOfSentenceOrText(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end
        // "smoke rising over Benghazi after government warplanes attacked Islamist militia
        // bases": an attack or a fight whose object is a force or its positions, with no place
        // after it, happens at the one town or site the sentence places things in.
        if draft.places.isEmpty, trigger.voice == .active, [.attacked, .contested].contains(trigger.status), !trigger.launches,
           objectIsForce(after: occurrence), let site = siteOfSentence() {
            draft.places = [site]
            draft.usedLastPlaces = true
        }
        // "In July and September they clashed with the LNA", "Then, fighting occurred between Sarraj loyalists and Ghawil
        // forces": a fight in a sentence that names no place is in the one place the text just spoke of.
        // ("The fighting spread to other areas of Tripoli": fighting that spreads is fighting, whoever's.)
        draft.fightSpreads = trigger.status == .attacked && trigger.voice == .active && occurrence.first >= 1
            && (max(clause, occurrence.first - 3)..<occurrence.first).contains { Triggers.fightingNouns.contains(words[$0].key) }
            && !actorMentions.contains { $0.words.lowerBound >= clause && $0.words.upperBound < occurrence.first }
        // (Strikes and attacks are not carried so: "conducted five strikes Monday" more often hits targets elsewhere.)
        if draft.places.isEmpty, trigger.status == .contested, topic.placesSpokenOfJustNow,
           lastPlaces.count == 1, let place = lastPlaces.first, ![.region, .country, .district].contains(place.kind),
           !self.places.contains(where: { $0.place.kind != .country }), referredPlaces(in: clause..<end) == nil,
           // ("have been fighting against various other factions in Libya": a fight the sentence places in the country.)
           !self.places.contains(where: { $0.first > occurrence.last && $0.first < end }),
           // ("After the Second Libyan Civil War broke out in 2014": a war named is the whole war, not a fight in a town.)
           !(max(clause, occurrence.first - 4)..<occurrence.first).contains(where: { words[$0].capitalized && ["war", "conflict", "revolution", "uprising"].contains(words[$0].key) }) {
            draft.places = [place]
            draft.usedLastPlaces = true
        }
    }
}
