import Places

// Claims read apart from a trigger's words: attacks referred back or owned, seats written in names and infobox rows.
extension SentenceAnalysis {
    /// "An airstrike hit Tajoura on 2 July. The strike was carried out by the LNA.": an attack
    /// the sentence refers back to ("the strike", "the attack") and ascribes to a side after
    /// "carried out by", "conducted by" or "launched by" is that side's attack on the one
    /// place the text just spoke of (or the one this sentence names).
    func attackReferredBack(after claims: [Claim]) -> [Claim] {
        // (Every form below names an attack: most sentences have no such noun and are done with in one pass.)
        // (Whether one stands in the sentence was found with its other cues: ``cues``.)
        guard claims.isEmpty, words.count >= 4, cues.contains(.attackNoun) else { return [] }
        // (nil for a strike of the side the text last spoke of: chosen once the place is known.)
        let attacker: Actor?
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
                  Self.attackDeterminers.contains(words[0].key),
                  let verb = ((noun + 1)..<min(words.count, noun + 5)).first(where: { Self.strikeResultWords.contains(words[$0].key) }),
                  !actorMentions.contains(where: { $0.words.lowerBound < verb }),
                  // (Past a section heading the side just named is forgotten; the place's recent attacker is not.)
                  !lastActors.isEmpty || !topic.recentAttackers.isEmpty || topic.lastAttacker != nil,
                  places.contains(where: { $0.place.scope == .map && ![.region, .country].contains($0.place.kind) && !isLandmark($0, after: -1) })
                      // (A loose match of an unknown name, "the Koral system", is no place named.)
                      || places.allSatisfy({ $0.mentionScore < 0.8 }) && referredPlaces(in: (verb + 1)..<words.count) != nil {
            // "Egypt bombed Derna. The air strikes had killed 64 ISIL militants in Derna and Sirte": the strikes of the side
            // just named, on the places this sentence names ("This attack destroyed the air defence systems in the air
            // base", "The airstrike hit at least nine targets at the base": the place it refers to).
            attacker = nil
            occurrence = Occurrence(trigger: Triggers.attackReferredBack, first: noun, last: verb)
        } else {
            return []
        }
        let named = sitesNamedHere()
        // Else the place just spoken of, else the one place of an article's title ("Zliten truck bombing").
        let titlePlaces = topic.places.filter { ![.region, .country, .district].contains($0.kind) }
        let targets = !named.isEmpty ? named : placeSpokenOfJustNow() ?? (titlePlaces.count == 1 ? titlePlaces : [])
        guard !targets.isEmpty else { return [] }
        // (A side the text just said attacked the place made the strike, rather than one named since, "Turkey deployed
        // them"; else the one side the text just named.)
        guard let attacker = attacker ?? targets.lazy.compactMap({ self.recentAttackers(of: $0)?.first }).first
                ?? lastActors.first.flatMap({ only in lastActors.allSatisfy({ $0.id == only.id }) ? only : nil })
                ?? topic.lastAttacker else { return [] }
        let (interval, dateFactor) = date(for: occurrence)
        return targets.map { place in
            Claim(actor: attacker, place: place, status: .attacked, interval: interval, exceptions: [],
                  confidence: Triggers.attackReferredBack.strength * dateFactor * (named.isEmpty ? 0.8 : 1), rule: Triggers.attackReferredBack.name)
        }
    }

    /// "Haftar launched an offensive to seize Tripoli. The offensive stalled on the southern outskirts of the city":
    /// an operation the text spoke of, opening the sentence with a verb of its course and no side named, is the attack
    /// of the side the text last said attacked the place this sentence names or refers to (``Topic/recentAttackers``).
    func operationReferredBack() -> [Claim] {
        guard words.count >= 4, actorMentions.isEmpty, Self.attackDeterminerWords.contains(words, 0),
              let noun = [1, 2].first(where: { $0 < words.count && Self.operationCourseNouns.contains(words[$0].key)
                  && ($0 == 1 || !words[1].capitalized && words[1].breakBefore == 0) }),
              let verb = ((noun + 1)..<min(words.count, noun + 4)).first(where: { Self.operationCourseVerbs.contains(words[$0].key) }),
              ((noun + 1)...verb).allSatisfy({ words[$0].breakBefore == 0 })
        else { return [] }
        let named = sitesNamedHere()
        let targets = !named.isEmpty ? named : referredPlaces(in: (verb + 1)..<words.count) ?? placeSpokenOfJustNow() ?? []
        let attacked = targets.compactMap { place in topic.recentAttackers[place.id].map { (place, $0) } }
        guard !attacked.isEmpty else { return [] }
        let (interval, dateFactor) = date(for: Occurrence(trigger: Triggers.attackReferredBack, first: noun, last: verb))
        var claims: [Claim] = []
        for (place, attackers) in attacked {
            for attacker in attackers {
                claims.append(Claim(actor: attacker, place: place, status: .attacked, interval: interval, exceptions: [],
                                    confidence: Triggers.attackReferredBack.strength * dateFactor * 0.8, rule: "nominal:\(words[noun].key) \(words[verb].key)+reference"))
            }
        }
        return claims
    }

    /// The sites this sentence names for an attack referred back: places on the map, no region or country, no landmark.
    func sitesNamedHere() -> [Place] {
        places.filter { $0.place.scope == .map && ![.region, .country].contains($0.place.kind) && !isLandmark($0, after: -1) }.map(\.place)
    }

    /// The one site the text spoke of in this paragraph or the one before, when it spoke of one (no region, district or country).
    func placeSpokenOfJustNow() -> [Place]? {
        topic.placesSpokenOfJustNow && lastPlaces.count == 1 && ![.region, .country, .district].contains(lastPlaces[0].kind) ? lastPlaces : nil
    }

    /// A side that owns an attack referred back to: "ISIL claimed responsibility for the attack",
    /// "The LNA, which reportedly committed the strike", "X carried out the bombing"; the side, the
    /// verb's first word and the attack's noun. Not when denied or negated ("denied responsibility
    /// for the attack", "did not carry out the strike").
    func attackOwned() -> (ActorRegistry.Mention, Int, Int)? {
        guard let noun = (2..<words.count).first(where: { Self.attackNounKeys.contains(words[$0].word)
                  && Self.attackDeterminerWords.contains(words, $0 - 1) }) else { return nil }
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
              // ("ISIS fighters claimed responsibility": the side's force noun after its name.)
              ((side.words.upperBound + 1)..<verb).allSatisfy({ position in
                  (Self.ownerGapWords.contains(words[position].key) || Self.forceNouns.contains(words[position].key)
                      || places.contains(where: { $0.first <= position && position <= $0.last || $0.first == position + 1 && words[position].key == "in" }))
                      && (words[position].breakBefore == 0 || position == side.words.upperBound + 1 && ["which", "who"].contains(words[position].key)) })
        else { return nil }
        return (side, verb, noun)
    }

    /// "five civilians were killed by LNA bombings", "were killed in U.S. airstrikes": the side whose attack killed;
    /// the side, the verb and the attack's last word.
    func casualtiesOfAttack() -> (ActorRegistry.Mention, Int, Int)? {
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
    func namesTargets(_ mention: ActorRegistry.Mention) -> Bool {
        var next = mention.words.upperBound + 1
        if let abbreviation = actorMentions.first(where: { $0.words.lowerBound == next && $0.actor == mention.actor }) { next = abbreviation.words.upperBound + 1 }
        // ("an offensive against the GNA headquarters and Libyan capital of Tripoli": a side's seat is a target too.)
        return next < words.count && (Triggers.targetNouns.contains(words[next].key) || words[next].key == "headquarters")
    }

    /// How far a seat written in a name is trusted: the name says where a government sits, not since when;
    /// dated by the text, such claims are right about half the time on the tuning texts.
    static let seatInNameFactor = 0.7

    /// "the U.N.-supported Tripoli government", "Libya's Tripoli-based government": a
    /// government named after its town sits there, as the text is written (a seat described).
    func seatsInNames() -> [Claim] {
        guard !placesInNames.isEmpty else { return [] }
        var claims: [Claim] = []
        for span in placesInNames {
            // The town before the government's noun ("Tripoli government"); "parliament in Tobruk" is the seat rule's own.
            // ("HoR established its parliament in Tobruk": the government's noun and "in" before the town, "parliament in Tobruk".)
            guard let mention = actorMentions.first(where: { $0.words.contains(span.first) }),
                  ((span.last + 1)..<max(span.last + 1, mention.words.upperBound + 1)).contains(where: { Triggers.governmentNouns.contains(words[$0].key) || words[$0].key == "based" })
                    || span.first >= mention.words.lowerBound + 2 && words[span.first - 1].key == "in"
                        && Triggers.governmentNouns.contains(words[span.first - 2].key),
                  !isRefused(Occurrence(trigger: Triggers.placeBasedActor, first: mention.words.lowerBound, last: mention.words.upperBound))
            else { continue }
            // Dated by the sentence when it has a date, else as the text is written.
            let (interval, dateFactor) = dates.isEmpty ? (DayInterval.day(published), 0.9)
                : date(for: Occurrence(trigger: Triggers.placeBasedActor, first: mention.words.lowerBound, last: mention.words.upperBound))
            claims.append(Claim(actor: mention.actor, place: span.place, status: .controls, interval: interval, exceptions: [],
                                confidence: Self.seatInNameFactor * Triggers.placeBasedActor.strength * dateFactor * span.mentionScore, rule: "seat in name"))
        }
        return claims
    }

    /// "the emergence of rival administrations based in Tripoli and the eastern city of Tobruk": each town's government
    /// (``rivalSeats``) holds it, dated by the sentence, else as the text is written.
    func rivalSeatClaims() -> [Claim] {
        guard !rivalSeats.isEmpty else { return [] }
        let (interval, dateFactor) = dates.isEmpty ? (anchor ?? DayInterval.day(published), 0.85)
            : date(for: Occurrence(trigger: Triggers.placeBasedActor, first: rivalSeats[0].span.first, last: rivalSeats[0].span.last))
        return rivalSeats.map { seat in
            Claim(actor: seat.actor, place: seat.span.place, status: .controls, interval: interval, exceptions: [],
                  confidence: Triggers.placeBasedActor.strength * dateFactor * seat.span.mentionScore * 0.9, rule: "rival seats")
        }
    }

    /// "aided the Government of National Accord in defending Tripoli from an LNA offensive", "defended Sirte against
    /// ISIL attacks": the side the place is defended from attacked it (the sides defending are the trigger rules' own).
    func attacksDefendedFrom() -> [Claim] {
        var claims: [Claim] = []
        for span in places where span.first >= 1 && span.place.scope == .map && span.place.kind != .country {
            // "defending Tripoli", "the defence of Tripoli", "defend the city of Sirte".
            let title = Self.titleStart(of: span, in: words)
            var verb = title - 1
            if verb >= 1, words[verb].key == "of" { verb -= 1 }
            guard verb >= 0, Self.defendingKeys.contains(words[verb].word) else { continue }
            var from = span.last + 1
            if from < words.count, words[from].key == "from" || words[from].key == "against" { from += 1 } else { continue }
            // "from an LNA offensive", "against ISIL attacks", "from Haftar's forces".
            guard let attacker = actorMentions.first(where: { $0.words.lowerBound >= from && $0.words.lowerBound <= from + 2 && !isSupporter($0) }),
                  ((from)..<attacker.words.lowerBound).allSatisfy({ ["a", "an", "the"].contains(words[$0].key) }) else { continue }
            let occurrence = Occurrence(trigger: Triggers.defendedFrom, first: verb, last: verb)
            guard !isRefused(occurrence) else { continue }
            let (interval, dateFactor) = date(for: occurrence)
            claims.append(Claim(actor: attacker.actor, place: span.place, status: .attacked, interval: interval, exceptions: [],
                                confidence: Triggers.defendedFrom.strength * dateFactor * span.mentionScore, rule: Triggers.defendedFrom.name))
        }
        return claims
    }

    /// "That is where the Government of National Accord … is based", "The GNA is based there": a side based at a place
    /// the sentence does not name sits in the one town the text just named (as a seat described holds: in the present
    /// as the text is written, else as of the last event told).
    func seatsReferredBack() -> [Claim] {
        guard places.allSatisfy({ $0.place.kind == .country }), topic.placesSpokenOfJustNow, lastPlaces.count == 1, let place = lastPlaces.first, [.city, .town].contains(place.kind),
              let based = words.indices.first(where: { Self.seatParticipleKeys.contains(words[$0].word) })
        else { return [] }
        let there = based + 1 < words.count && words[based + 1].key == "there"
        let whereOpens = words.count > 3 && ["that", "this", "it"].contains(words[0].key) && ["is", "was"].contains(words[1].key) && words[2].key == "where"
        guard there || whereOpens && (based + 1 == words.count || words[based + 1].breakBefore >= 1) else { return [] }
        let from = whereOpens ? 3 : 0
        guard let side = actorMentions.first(where: { $0.words.lowerBound >= from && $0.words.upperBound < based && !isSupporter($0) }) else { return [] }
        let (interval, dateFactor) = date(for: Occurrence(trigger: Triggers.placeBasedActor, first: based, last: based))
        return [Claim(actor: side.actor, place: place, status: .controls, interval: interval, exceptions: [],
                      confidence: Triggers.placeBasedActor.strength * dateFactor * 0.8, rule: "based there+reference")]
    }

    /// The title's group holds each town of its "Headquarters" row, over the years written
    /// after it ("Derna (2014–18)"), else as of the text's last event or publication.
    func headquartersClaims() -> [Claim] {
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
}
