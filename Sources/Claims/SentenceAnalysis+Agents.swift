import Places

// Step 4 of a trigger's claims: who acted, who suffered, who took what was lost.
extension SentenceAnalysis {
    /// Step 4 of ``claimsOf(_:nextTrigger:previousTrigger:)``: the sides of a trigger's claims, by its voice: who did
    /// it (``ClaimDraft/agents``), who suffered it (``ClaimDraft/losers``), who took what the subject lost
    /// (``ClaimDraft/taker``); false when there is none, or when a side that is no government relocates.
    func findSides(_ draft: inout ClaimDraft) -> Bool {
        let trigger = draft.trigger
        // The actors.
        switch trigger.voice {
        case .active, .subjectLoses: activeSides(&draft)
        case .nominalLoss: nominalLossSides(&draft)
        case .passive: passiveSides(&draft)
        case .nominal: nominalSides(&draft)
        }
        // "The House of Representatives relocated to Tobruk": a government moving sits there; a force moving advances.
        // ("the LNA moved its forward headquarters to Tarhuna": a force's headquarters moved is held there.)
        if Triggers.relocationWordSet.contains(key: trigger.keys[0], trigger.words[0]), trigger.words.last == "to" || trigger.words.last == "in",
           !trigger.words.contains("headquarters"), !draft.agents.allSatisfy(\.isGovernment) { return false }
        // "lost Sirte to ISIL", "were driven out by the LNA": the taker (named even when the side that lost is not: "The militants were driven out of Ajdabiya by the LNA").
        draft.taker = takerOfLoss(draft)
        return !draft.agents.isEmpty || !draft.losers.isEmpty || draft.taker != nil
    }

    /// Where the subject of an active verb is named: its clause before it (the clause before a relative one with no
    /// antecedent), after the trigger before or before it when the two share a subject, after "that" or the verb of a speaker.
    func subjectWindow(of draft: ClaimDraft) -> Range<Int> {
        let occurrence = draft.occurrence, previousTrigger = draft.previousTrigger, clause = draft.clause,
            relative = draft.relative, previousClause = draft.previousClause, antecedent = draft.antecedent
        var window = relative && antecedent == nil ? previousClause..<clause : clause..<occurrence.first
        // "Haftar's forces had captured Murzuq on 22 February, but had later withdrawn from the town": a clause
        // that "but" or "and" opens and whose verb has no subject of its own shares the subject of the trigger before.
        if !relative, previousTrigger >= 0, previousTrigger < clause, clause < occurrence.first, words[clause].breakBefore >= 1,
           [Self.andKey, Self.butKey].contains(words[clause].word),
           ((clause + 1)..<occurrence.first).allSatisfy({ Self.sharedSubjectGapWords.contains(words[$0].key) || words[$0].key.hasSuffix("ly") }) {
            window = clauseStart[previousTrigger]..<previousTrigger
        }
        // "ISIL captured the air base when Libya Dawn forces withdrew": the actor after the
        // trigger before, when one stands there.
        // But "GNA repelled the LNA offensive and advanced towards Sirte": a verb after "and"
        // shares the subject of the verb before it.
        let sharesSubject = occurrence.first >= 1 && words[occurrence.first - 1].word == Self.andKey
            && actorMentions.contains(where: { $0.words.upperBound < previousTrigger && $0.words.lowerBound >= window.lowerBound })
        if previousTrigger >= window.lowerBound, previousTrigger < occurrence.first, !sharesSubject,
           actorMentions.contains(where: { $0.words.lowerBound > previousTrigger && $0.words.upperBound < occurrence.first }) {
            window = (previousTrigger + 1)..<occurrence.first
        } else if sharesSubject, previousTrigger >= window.lowerBound {
            window = window.lowerBound..<previousTrigger
        }
        // "the GNA declared that Haftar's forces had gained control": the actor follows the "that".
        if let that = window.reversed().first(where: { words[$0].word == Self.thatKey && $0 > 0 && Triggers.reportingWords.contains(words, $0 - 1) }) {
            window = (that + 1)..<window.upperBound
        } else if let say = window.reversed().first(where: { Triggers.reportingWords.contains(words, $0) }),
                  actorMentions.contains(where: { $0.words.lowerBound > say && $0.words.upperBound < occurrence.first }) {
            // "Speaker Aguila Saleh said the LNA captured Gharyan": the speaker is not the side that acted.
            window = (say + 1)..<window.upperBound
        }
        return window
    }

    /// The sides of an active verb or a verb of losing: the subject (named, in a participle or referred to), the agent
    /// and the sufferer of a passive reading, the other side of a fight, or the side whose effort it is.
    func activeSides(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end
        let window = subjectWindow(of: draft)
        namedSubjects(&draft, in: window)
        participleSubjects(&draft)
        subjectsReferredTo(&draft, in: window)
        passiveReadingSides(&draft, in: window)
        if let opponent = draft.opponent, trigger.status == .contested, !draft.agents.contains(opponent.actor) { draft.agents.append(opponent.actor) }
        // "Fighting was confined to Hawari": with no side before it, the sides are those
        // the sentence names, or those the text just named.
        if draft.agents.isEmpty, draft.losers.isEmpty, trigger.status == .contested {
            // ("Backed by U.S. airstrikes, fighters scored victories in Sirte": a backer is no side.)
            draft.agents = unique(actorMentions.filter { $0.words.lowerBound >= clause && $0.words.lowerBound < end && !isSupporter($0) }.map(\.actor))
            if draft.agents.isEmpty, let sides = bothSides() {
                draft.agents = sides
                draft.actorFactor = 0.8
                draft.ruleSuffix = "+both sides"
            }
            if draft.agents.isEmpty, lastActors.count >= 2 {
                draft.agents = unique(lastActors)
                draft.actorFactor = 0.8
                draft.ruleSuffix = "+reference"
            }
        }
        // "supports the GNA's efforts to liberate Sirte", "backs the LNA's campaign to capture Derna": the side whose
        // effort it is, not who supports it.
        if let owner = effortOwner(before: occurrence) { draft.agents = [owner] }
    }

    /// The subject named in its window, or before a relative pronoun; the side helped, the force right before a participle,
    /// the side a seat's possessive refers to, the government right before "in Tobruk".
    func namedSubjects(_ draft: inout ClaimDraft, in window: Range<Int>) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, relative = draft.relative,
            antecedent = draft.antecedent
        // "With the support of Turkish drones, GNA forces seized …": a supporter is no side.
        // ("Forces battling to retake Sirte from IS said they had captured the port": a side a place was to be taken
        // from is no subject.)
        draft.agents = coordinated(actorMentions.filter { window.contains($0.words.lowerBound) && !isSupporter($0) && !isSourceOfPlace($0) && !isCitedSource($0) })
        // "the House of Representatives (HoR), which relocated to Tobruk": the side right before the relative pronoun.
        if relative, antecedent == nil, clause > 0, ["which", "who"].contains(words[clause].key),
           // ("the House of Representatives (HoR), which": its abbreviation may come between.)
           var named = actorMentions.last(where: { $0.words.upperBound == clause - 1
               || $0.words.upperBound == clause - 2 && words[clause - 1].capitalized && words[clause - 1].key.utf8.count <= 5 }) {
            // (The abbreviation in brackets is the name before it: ask that name whether it is a supporter.)
            if let full = actorMentions.last(where: { $0.words.upperBound == named.words.lowerBound - 1 && $0.actor == named.actor }) { named = full }
            if !isSupporter(named) { draft.agents = [named.actor] }
        }
        // "U.S. airstrikes helped the GNA capture Sirte": the side helped does it.
        if let (helped, _) = helpedActor(before: occurrence) { draft.agents = [helped.actor] }
        // "with all pro-GNC forces withdrawing", "GNA forces fighting Islamic State": a participle's subject is the force right before it.
        if let subject = actorMentions.last(where: { $0.words.upperBound < occurrence.first && occurrence.first - $0.words.upperBound <= 2 }),
           trigger.progressive, words[occurrence.first].breakBefore == 0,
           ((subject.words.upperBound + 1)..<occurrence.first).allSatisfy({ Triggers.genericForceNouns.contains(words[$0].key) }),
           !draft.agents.isEmpty {
            draft.agents = [subject.actor]
        }
        // "to rise up against the Islamist militias controlling the city": a participle right after a force no name
        // tells is that force's; the sentence's subject did not do it.
        if isParticipleOfUnnamedForce(draft) {
            draft.agents = []
        }
        // "the terror group's stronghold of Sirte": the side the possessive refers to.
        if trigger.isWord(Self.seatKey), !actorMentions.contains(where: { $0.words.upperBound == occurrence.first - 1 }),
           let reference = seatOwnerReference(before: occurrence.first), let actor = referredActor(by: reference) {
            draft.agents = [actor]
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
            referredActor = actor
        }
        // "advise the GNA and the House of Representatives (HoR), currently based in Tobruk": a seat's participle after a
        // comma right behind a side describes that side.
        if trigger.voice == .active, Self.seatParticipleKeys.contains(trigger.keys[0]),
           let described = actorMentions.last(where: { $0.words.upperBound < occurrence.first }),
           case let gap = (described.words.upperBound + 1)..<occurrence.first,
           gap.allSatisfy({ ["currently", "now", "still", "also", "then", "later", "both"].contains(words[$0].key) }),
           words[gap.isEmpty ? occurrence.first : gap.lowerBound].breakBefore >= 1 {
            draft.agents = [described.actor]
        }
        // "the government in Tobruk": the government named right before.
        if trigger.describesSeat, trigger.voice == .active,
           let government = actorMentions.first(where: { $0.words.upperBound == occurrence.first - 1 }) {
            draft.agents = [government.actor]
        }
    }

    /// The subject of a participle after a conjunction ("since losing the oil terminals") or opening the sentence ("After
    /// capturing Sirte, the GNA …"): the sentence's, the main clause's.
    func participleSubjects(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger
        // "The group has been carrying out airstrikes on BDB positions since losing the oil terminals": a participle
        // after a conjunction has the sentence's subject, not the name nearest before it.
        if trigger.progressive, occurrence.first > 2, Self.participleSubordinators.contains(words[occurrence.first - 1].key),
           words[occurrence.first - 1].breakBefore == 0 {
            if let subject = actorMentions.first(where: { $0.words.lowerBound <= 2 && $0.words.upperBound < occurrence.first - 1 && !isSupporter($0) }) {
                draft.agents = [subject.actor]
            } else if let reference = (0..<3).first(where: { isActorReference(at: $0) }), let actor = referredActor(by: reference) {
                draft.agents = [actor]
                draft.actorFactor = 0.8
                draft.ruleSuffix = "+reference"
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
        if draft.agents.isEmpty, ["having", "after"].contains(words.first?.key ?? "") || openingParticiple {
            let afterObjects = draft.afterObjects
            if let actor = actorMentions.first(where: { $0.words.lowerBound > afterObjects }) { draft.agents = [actor.actor] }
        }
    }

    /// A participle right after a force no name tells ("the Islamist militias controlling the city", "militia forces
    /// controlling the city"), with no side named in the three words before it: the participle is that force's.
    func isParticipleOfUnnamedForce(_ draft: ClaimDraft) -> Bool {
        let occurrence = draft.occurrence
        return draft.trigger.progressive && occurrence.first > 0 && words[occurrence.first].breakBefore == 0
            && Self.unnamedForceNouns.contains(words[occurrence.first - 1].key)
            && !actorMentions.contains(where: { $0.words.upperBound >= occurrence.first - 3 && $0.words.upperBound < occurrence.first })
    }

    /// With no subject named, the side a word of the window refers back to ("which it seized", "the joint forces"), and
    /// the sides of a fight that spreads.
    func subjectsReferredTo(_ draft: inout ClaimDraft, in window: Range<Int>) {
        let occurrence = draft.occurrence, clause = draft.clause, previousClause = draft.previousClause,
            antecedent = draft.antecedent
        // ("He urged men to rise up to oust militia forces controlling the city": the force is the subject; only a
        // noun a side is described by may refer back to it, as in "the militants controlling the city".)
        let unnamedForce = isParticipleOfUnnamedForce(draft)
        func describesASide(_ position: Int) -> Bool {
            let key = words[position].key
            return actorMentions.contains { $0.actor.describedAs.contains(key) } || topic.recentActors.contains { $0.describedAs.contains(key) }
        }
        let start = unnamedForce ? max(window.lowerBound, occurrence.first - 3) : window.lowerBound
        if draft.agents.isEmpty, let reference = (start..<occurrence.first).first(where: { isActorReference(at: $0) && (!unnamedForce || describesASide($0)) }) {
            // "Sirte, which it seized": the actor of the clause the relative one hangs on, else the last one named.
            let hanging = antecedent != nil ? coordinated(actorMentions.filter { (previousClause..<clause).contains($0.words.lowerBound) }) : []
            if !hanging.isEmpty {
                draft.agents = hanging
                draft.ruleSuffix = "+relative"
            } else if reference > 0, ["joint", "combined", "allied", "coalition"].contains(words[reference - 1].key) {
                // "The joint forces announced complete control over Wershiffana": all the sides just named together
                // (no one side when fewer were named: not the group just said to be the enemy).
                if lastActors.count >= 2 {
                    draft.agents = unique(lastActors)
                    draft.actorFactor = 0.8
                    draft.ruleSuffix = "+reference"
                }
            } else if let actor = referredActor(by: reference) {
                draft.agents = [actor]
                draft.actorFactor = 0.8
                draft.ruleSuffix = "+reference"
                referredActor = actor
            }
        }
        if draft.fightSpreads, draft.agents.isEmpty {
            draft.agents = bothSides() ?? (lastActors.count >= 2 ? unique(lastActors) : [])
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+fighting"
        }
    }

    /// A passive reading's sides: the subject suffered (it loses the places) and the side after "by" acted (or the
    /// attacker the text just named, or who announced it); an attack read as passive was made by the side after "by".
    func passiveReadingSides(_ draft: inout ClaimDraft, in window: Range<Int>) {
        let occurrence = draft.occurrence, end = draft.end, passiveReading = draft.passiveReading,
            passiveAttack = draft.passiveAttack
        if passiveReading {
            // The subject suffered: it loses the places; the actor after "by" takes them.
            // "with ISIL being expelled from the city": the subject is the name right before the auxiliary.
            if let subject = actorMentions.last(where: { $0.words.upperBound < occurrence.first && occurrence.first - $0.words.upperBound <= 3 }) {
                draft.losers = [subject.actor]
            } else if (window.lowerBound..<occurrence.first).contains(where: { Triggers.reporting.contains(words[$0].key) }) {
                // "A spokesman for the LNA said the city has been liberated": the side speaking did not suffer it.
                draft.losers = []
            } else {
                draft.losers = draft.agents
            }
            draft.agents = byActor(after: occurrence.last, before: end).map { [$0] } ?? []
            draft.ruleSuffix += "+passive"
            // "The base was completely overrun": taken by whoever the text just said attacked it.
            if draft.agents.isEmpty, draft.losers.isEmpty, let attackers = draft.places.lazy.compactMap({ self.recentAttackers(of: $0) }).first {
                draft.agents = attackers
                draft.actorFactor = 0.8
                draft.ruleSuffix += "+attacker"
            }
            // "The LNA announced that Sirte had been totally liberated": who announces a liberation made it.
            if draft.agents.isEmpty, draft.losers.isEmpty, let reporter = reporter(before: occurrence) {
                draft.agents = [reporter]
                draft.actorFactor = 0.8
                draft.ruleSuffix += "+reporter"
            }
        }
        if passiveAttack {
            draft.agents = byActor(after: occurrence.last, before: end).map { [$0] } ?? []
            draft.ruleSuffix += "+passive"
        }
        // (An active verb read as a passive is right about two times in five on the tuning texts: its confidence says so.)
        if passiveReading || passiveAttack { draft.actorFactor *= 0.7 }
    }

    /// The side a noun of loss names right after it.
    func nominalLossSides(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence
        if let actor = actorMentions.first(where: { $0.words.lowerBound > occurrence.last && $0.words.lowerBound <= occurrence.last + 3 }) {
            draft.agents = [actor.actor]
        }
    }

    /// The sides of a passive trigger ("fell to ISIL", "under the control of"): the side after it and the sides listed
    /// with it; the side a seat's or a control's possessive refers to; the side that reports a fall.
    func passiveSides(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, end = draft.end
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
            draft.agents = coordinated(actorMentions.filter { $0.words.lowerBound >= actor.words.lowerBound && $0.words.lowerBound < listEnd })
        } else if trigger.words == ["seat"],
                  let reference = ((occurrence.last + 1)..<min(words.count, occurrence.last + 3)).first(where: { isActorReference(at: $0) && isPossessive($0) }),
                  let actor = referredActor(by: reference) {
            // "Sirte, the group's stronghold": the side referred to.
            draft.agents = [actor]
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
            referredActor = actor
        } else if trigger.words == Triggers.underActorControl.words, occurrence.last + 1 < words.count,
                  isActorReference(at: occurrence.last + 1), let actor = referredActor(by: occurrence.last + 1) {
            // "under their control": the side referred to.
            draft.agents = [actor]
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
            referredActor = actor
        } else if trigger.status == .captured, let reporter = reporter(before: occurrence) {
            // "A spokesman for the LNA said the city fell within hours": who reports a fall made it.
            draft.agents = [reporter]
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reporter"
        }
    }

    /// The sides of a noun: the attacker after "by", the taker after "the fall of … to", the side after "by", the sides
    /// of a fight, the owner of the noun ("BDB's offensive") and who joined it, the side after "from" and the taker after it,
    /// else the first side named outside the objects.
    func nominalSides(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause
        // ("the liberation of Tarhuna, 65 km southeast of Tripoli, from ISIL": after the last place's description.)
        var afterObjects = draft.afterObjects
        if let last = draft.objects.last,
           let described = self.places.first(where: { $0.first > last.last && $0.first <= last.last + 9 && describesPlaceBefore($0) }) {
            afterObjects = described.last
        }
        if let attacker = draft.nominalAttacker {
            draft.agents = [attacker.actor]
        } else if trigger.words == ["fall", "of"] {
            // "the fall of Sirte to ISIL": the taker follows "to" or "by"; any other side of the sentence is not it
            // ("Following the fall of the airport, the House of Representatives relocated to Tobruk").
            if let taker = actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound <= afterObjects + 3
                && ["to", "by"].contains(wordBefore($0.words.lowerBound, skipping: "the")) }) {
                draft.agents = [taker.actor]
            }
        } else if trigger.status != .contested, afterObjects + 1 < words.count, words[afterObjects + 1].key == "by",
           let byActor = actorMentions.first(where: { $0.words.lowerBound > afterObjects && $0.words.lowerBound <= afterObjects + 3 }) {
            draft.agents = [byActor.actor]
        } else if trigger.status == .contested {
            contestedNominalSides(&draft)
        } else if let owner = actorMentions.first(where: { $0.words.upperBound == occurrence.first - 1
                      && (isPossessive($0.words.upperBound) || trigger.status == .attacked && !isSupporter($0))
                      // "U.S. airstrikes in Sirte": the name holds the noun of the trigger.
                      || trigger.status == .attacked && $0.words.upperBound == occurrence.first && $0.words.lowerBound < occurrence.first && !isSupporter($0) }) {
            // "BDB's offensive on Benghazi", "an LNA attack on Tripoli airport": the name before the noun attacks;
            // "the Kaniyat joined the LNA's offensive on Tripoli": so does who joined it.
            draft.agents = [owner.actor]
            if trigger.status == .attacked, owner.words.lowerBound >= 2,
               let join = (max(clause, owner.words.lowerBound - 3)..<owner.words.lowerBound).first(where: { Self.joinWords.contains(words[$0].key) }),
               let joiner = actorMentions.last(where: { $0.words.upperBound < join && $0.words.lowerBound >= clause && !isSupporter($0) }),
               joiner.actor != owner.actor {
                draft.agents.append(joiner.actor)
            }
        } else if trigger.status == .captured, afterObjects + 2 < words.count, words[afterObjects + 1].key == "from",
                  let source = sideDescribed(after: afterObjects + 1, within: 7) {
            // "the liberation of Sirte from ISIL by GNA forces", "… from forces loyal to the GNA by the LNA": the side after
            // "from" lost the place; the taker follows "by", or else is not named.
            draft.losers = [source.actor]
            // ("from Haftar's Libyan National Army (LNA) by …": the side's leader, name and abbreviation in a row.)
            var sourceEnd = source.words.upperBound
            while let next = actorMentions.first(where: { $0.words.lowerBound == sourceEnd + 1 && $0.actor == source.actor }) { sourceEnd = next.words.upperBound }
            if let by = ((sourceEnd + 1)..<min(words.count, sourceEnd + 4)).first(where: { words[$0].key == "by" }),
               let taker = sideDescribed(after: by, within: 7) {
                draft.agents = [taker.actor]
            }
        } else if let first = actorMentions.first(where: { ($0.words.upperBound < occurrence.first || $0.words.lowerBound > afterObjects)
            && $0.words != draft.opponent?.words && !isBystander($0) }) {
            draft.agents = coordinated(actorMentions.filter { $0.words.lowerBound >= first.words.lowerBound && $0.words != draft.opponent?.words && !isBystander($0) })
        }
        // "The recapture of al-Watiya air base dealt a major blow to Haftar": the side it hurt lost the place.
        if draft.agents.isEmpty, draft.losers.isEmpty, trigger.status == .captured, let hurt = actorMentions.first(where: { isDealtABlow($0) }) {
            draft.losers = [hurt.actor]
        }
        // "The group then launched an attack on Sirte", "The group has been carrying out airstrikes on BDB positions": a
        // subject that refers back to a side, in the noun's clause, owns it (not the side struck).
        if draft.agents.isEmpty, draft.losers.isEmpty, trigger.status != .contested,
           let reference = (clause..<occurrence.first).first(where: { isActorReference(at: $0) }),
           let actor = referredActor(by: reference), actor != draft.opponent?.actor {
            draft.agents = [actor]
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
            referredActor = actor
        }
        // "Yesterday's airstrike on the first tank in al-Dular …", after "Five U.S. strikes yesterday took out one of
        // ISIL's tanks in Sirte": an attack no side owns is by whoever the text just said attacked the place.
        if draft.agents.isEmpty, draft.losers.isEmpty, trigger.status == .attacked,
           let attackers = draft.places.lazy.compactMap({ self.topic.recentAttackers[$0.id] }).first {
            draft.agents = attackers
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+attacker"
        }
    }

    /// Who the text just said attacked a place (``Topic/recentAttackers``), or the town a facility serves: "began a
    /// sudden attack on the city of Sirte. Ghardabiya Airport, south of the city, was captured".
    func recentAttackers(of place: Place) -> [Actor]? {
        if let attackers = topic.recentAttackers[place.id] { return attackers }
        guard place.kind.isFacility, !topic.recentAttackers.isEmpty else { return nil }
        // (In the order of the places' ids: the same text gives the same side.)
        for id in topic.recentAttackers.keys.sorted() {
            guard let town = gazetteer.place(id: id), [.city, .town].contains(town.kind),
                  gazetteer.facility(of: [place.kind], serving: town) == place else { continue }
            return topic.recentAttackers[id]
        }
        return nil
    }

    /// Whether a side is named as whom a place is taken from: "Sirte from IS", "the oil ports from the PFG".
    func isSourceOfPlace(_ mention: ActorRegistry.Mention) -> Bool {
        var from = mention.words.lowerBound - 1
        if from >= 0, words[from].key == "the" { from -= 1 }
        guard from >= 1, words[from].key == "from" else { return false }
        return places.contains { $0.last == from - 1 }
    }

    /// Whether a side is named as the source of what the sentence reports: "according to U.S. and Libyan officials",
    /// "According to the GNA, LNA forces shelled …" (the source's phrase ends at its comma: "According to local sources,
    /// Haftar's forces launched …" names the side that did it).
    func isCitedSource(_ mention: ActorRegistry.Mention) -> Bool {
        // (Other sides may stand between: "according to U.S. and Libyan officials".)
        let start = mention.words.lowerBound
        return start >= 2 && (max(1, start - 5)..<start).contains { to in
            words[to].key == "to" && words[to - 1].key == "according" && ((to + 1)...start).allSatisfy { words[$0].breakBefore == 0 } }
    }

    /// Whether a side is the one a loss hurt: "dealt a major blow to Haftar", "a setback for the LNA", "a major blow to the
    /// power of Field Marshal Khalifa Haftar".
    func isDealtABlow(_ mention: ActorRegistry.Mention) -> Bool {
        cue(before: mention, within: 6, where: { $0 >= 1 && ["to", "for"].contains(words[$0].key) && Self.blowNouns.contains(words[$0 - 1].key) }) != nil
    }

    /// Whether a side a noun of attack names is no attacker: tied to another ("an enclave of Islamists linked to
    /// Al-Qaeda"), served or threatened ("a menacing problem for GNA forces"), the one it was done for ("at the request
    /// of the GNA"), or a source ("according to U.S. and Libyan officials").
    func isBystander(_ mention: ActorRegistry.Mention) -> Bool {
        let start = mention.words.lowerBound
        if (max(0, start - 2)..<start).contains(where: { ["linked", "tied", "affiliated", "related", "connected", "loyal"].contains(words[$0].key) }) { return true }
        if ["for", "against"].contains(wordBefore(start, skipping: "the")) || isRequester(mention) || isDealtABlow(mention) || isSupporter(mention) { return true }
        // "The GNA condemned the attack on Tripoli airport", "The GNA blamed the LNA for the attack": who condemns or
        // blames an attack did not make it.
        let after = mention.words.upperBound + 1
        if (after..<min(words.count, after + 2)).contains(where: { Self.condemnationWords.contains(words[$0].key) }) { return true }
        return isCitedSource(mention)
    }

    /// Whether a side is the one all the fighters of a fight answer to: "clashes … between different factions in Tripoli
    /// nominally loyal to the GNA", "fighting broke out between different groups … all nominally subordinated to the GNA's
    /// defense ministry" (an allegiance after "between" and a plural of factions that "different", "various" or
    /// "rival" describes).
    func isCommonAllegiance(_ mention: ActorRegistry.Mention, of occurrence: Occurrence) -> Bool {
        let start = mention.words.lowerBound
        guard start >= 2, start > occurrence.last + 1, let allegiance = (max(occurrence.last + 1, start - 4)..<start).first(where: {
            ["loyal", "subordinated", "subordinate", "answering", "allied", "aligned", "affiliated"].contains(words[$0].key) }) else { return false }
        return (max(0, occurrence.first - 2)..<allegiance).contains { position in
            words[position].key == "between" && position + 2 < words.count
                && ["different", "various", "rival", "several", "competing", "its", "their"].contains(words[position + 1].key)
                && ["factions", "groups", "militias", "units", "brigades", "forces"].contains(words[position + 2].key)
        }
    }

    /// The sides of a noun of fighting: those named in its clause, else in the sentence, with the side a pronoun before
    /// stands for; else both sides the text is about, or the sides it just named.
    func contestedNominalSides(_ draft: inout ClaimDraft) {
        let occurrence = draft.occurrence, trigger = draft.trigger, clause = draft.clause, end = draft.end
        // The sides named in the trigger's clause ("clashes between the LNA and militias in Sabha,
        // although the airport stayed under the control of the GNA"), else in the sentence;
        // supporters are no side ("(supported by the LROR and Misrata Brigades)").
        // ("clashes between different factions in Tripoli nominally loyal to the GNA": the side all of them answer to is
        // no side of their fight.)
        if actorMentions.contains(where: { isCommonAllegiance($0, of: occurrence) }) {
            draft.agents = []
            return
        }
        let sides = actorMentions.filter { !isSupporter($0) }
        draft.agents = unique(sides.filter { $0.words.lowerBound >= clause && $0.words.lowerBound < end }.map(\.actor))
        // ("relocated to Tobruk after fighting broke out in Tripoli and Benghazi": a fight told as the time of another
        // event names its sides, if at all, in its own clause.)
        let subordinate = occurrence.first > 0 && Extractor.subordinators.contains(words[occurrence.first - 1].key)
        if draft.agents.isEmpty, !subordinate { draft.agents = unique(sides.map(\.actor)) }
        // "The fighting followed the revelation that … Trump spoke to Haftar": a bare noun of fighting names
        // its sides after "between", "against" or "with"; else they are those the text just named.
        if trigger.words == ["fighting"], !((occurrence.last + 1)..<end).contains(where: { ["between", "against", "with"].contains(words[$0].key) }) {
            draft.agents = []
        }
        // "they clashed with the LNA": the side the pronoun before stands for, besides the one named after.
        if draft.agents.count == 1, let reference = (clause..<occurrence.first).first(where: { Triggers.actorPronouns.contains(words[$0].key) && isActorReference(at: $0) }),
           let actor = referredActor(by: reference), actor != draft.agents[0] {
            draft.agents.insert(actor, at: 0)
            referredActor = actor
        }
        // "The LNA entered Gharyan on Monday. Clashes with the GNA continued": a fight with one side, no subject before
        // it, is with the side the text just named.
        if draft.agents.count == 1, !actorMentions.contains(where: { $0.words.upperBound < occurrence.first && $0.words.lowerBound >= clause }),
           occurrence.last + 1 < words.count, ["with", "against"].contains(words[occurrence.last + 1].key) || trigger.words.last.map { ["with", "against"].contains($0) } == true,
           case let interval = date(for: occurrence).0,
           let other = lastActors.first(where: { $0 != draft.agents[0] && !$0.isAllied(with: draft.agents[0], during: interval) }) {
            draft.agents.insert(other, at: 0)
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
        }
        if draft.agents.isEmpty, !subordinate, let sides = bothSides() {
            draft.agents = sides
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+both sides"
        }
        // "Fighting was confined to Hawari": the sides are those the text just named.
        if draft.agents.isEmpty, !subordinate, lastActors.count >= 2 {
            draft.agents = unique(lastActors)
            draft.actorFactor = 0.8
            draft.ruleSuffix = "+reference"
        }
    }

    /// The taker of what a verb of losing's subject lost ("lost Sirte to ISIL", "were driven out by the LNA"): the side
    /// after "by" or "to" past the objects, or a force of it described; nil for other voices.
    func takerOfLoss(_ draft: ClaimDraft) -> ActorRegistry.Mention? {
        let trigger = draft.trigger, end = draft.end
        let afterObjects = draft.afterObjects
        // ("lost Tarhuna to militias allied with the GNA": a force of the taker, described.)
        return trigger.voice == .subjectLoses ? actorMentions.first(where: { mention in
            mention.words.lowerBound > afterObjects && mention.words.lowerBound < end && mention.words.lowerBound > 0
                && (["by", "to"].contains(wordBefore(mention.words.lowerBound, skipping: "the"))
                    || (max(afterObjects + 1, mention.words.lowerBound - 7)..<mention.words.lowerBound).contains { position in
                        ["by", "to"].contains(words[position].key) && position + 1 < mention.words.lowerBound
                            && Self.forceNouns.contains(words[position + 1].key) && isForcePhrase((position + 1)..<mention.words.lowerBound) }) }) : nil
    }
}
