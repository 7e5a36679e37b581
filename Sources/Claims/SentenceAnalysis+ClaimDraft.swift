import Places

// One trigger's claims in the making: the state its steps share, and its setting.
extension SentenceAnalysis {
    /// One trigger's claims in the making, passed `inout` from step to step of
    /// ``claimsOf(_:nextTrigger:previousTrigger:)``: first the setting, fixed when the draft is made and read
    /// by every step (each step binds what it reads of it to locals of the same name), then what the steps
    /// find in turn (always written `draft.` in the steps: the objects, the places, the sides and the status).
    struct ClaimDraft {
        // The setting (``SentenceAnalysis/claimDraft(for:nextTrigger:previousTrigger:)``).
        /// The trigger and the words it covers.
        let occurrence: Occurrence
        /// Where the next trigger starts (the sentence's length after the last one).
        let nextTrigger: Int
        /// Where the trigger before ends (-1 before the first one).
        let previousTrigger: Int
        /// Where the trigger's clause starts.
        let clause: Int
        /// Where the trigger's clause ends (``SentenceAnalysis/clauseEnd(after:)``).
        let end: Int
        /// The clause opens with a relative pronoun ("which", "who").
        let relative: Bool
        /// Where the clause before the trigger's starts.
        let previousClause: Int
        /// The place a relative clause hangs on ("Sirte, which it seized in 2014").
        let antecedent: PlaceSpan?
        /// A verb of taking after a passive auxiliary ("ISIL was expelled from Derna"): the subject suffered it.
        let passiveReading: Bool
        /// A verb of attacking after a passive auxiliary ("Derna has been encircled by the LNA").
        let passiveAttack: Bool

        // The objects (``SentenceAnalysis/findObjects(_:)``).
        /// The places the trigger governs.
        var objects: [PlaceSpan] = []
        /// Places after "except": left out of a region claimed.
        var exceptions: [PlaceSpan] = []
        // An actor right after a trigger of fighting, followed by "in" and a place, is the
        // other side ("an offensive against the Islamic State in Sirte"); after a verb of
        // taking, followed by "from" or "out of", the side driven out ("drove ISIL from Derna").
        var opponent: ActorRegistry.Mention?
        var displaced: ActorRegistry.Mention?
        /// The last word of the other side's name, with its abbreviation and a description between commas.
        var otherEnd: Int?
        /// A state nested in the object names who held the place taken ("the last buildings held by ISIS in Sirte").
        var nestedHolder: ActorRegistry.Mention?
        /// The attacker named after "by", before the target ("An air strike by the LNA on Tajoura").
        var nominalAttacker: ActorRegistry.Mention?
        /// The sentence names no place, and the title's places are the objects ("The fighting began 14 March 2015").
        var topicPlacesUsed = false
        /// The subject is the seat ("The city fell to the LNA and became the LNA's stronghold in western Libya").
        var seatOfSubject = false

        // The places (``SentenceAnalysis/findPlaces(_:)``).
        /// The places claimed: the objects' places or facilities, or the places referred back to.
        var places: [Place] = []
        /// The places were referred back to or taken from the text, not named here: the date is less sure.
        var usedLastPlaces = false
        /// A part of a town was named ("secured areas in the 700 neighbourhood"): the town is fought for.
        var partOfTown = false
        /// Fighting spreads ("The fighting spread to other areas of Tripoli"): a fight, whoever's.
        var fightSpreads = false

        // The sides (``SentenceAnalysis/findSides(_:)``).
        /// The sides that did what the trigger says.
        var agents: [Actor] = []
        /// The sides that suffered it: they lost the places.
        var losers: [Actor] = []
        /// The confidence given up when the sides were referred to rather than named (0.8), else 1.
        var actorFactor = 1.0
        /// How the sides were found, appended to the trigger's name in the claims' rule ("+passive", "+reference").
        var ruleSuffix = ""
        /// The taker of what the subject lost ("lost Sirte to ISIL").
        var taker: ActorRegistry.Mention?

        // The status (``SentenceAnalysis/assembleClaims(_:)``).
        /// The status of the claims: the trigger's, until its wording or the parts it names change it.
        var status: ClaimStatus
        /// The places (by id) only a part of which was taken or held: fought for.
        var partial: Set<String> = []
        /// An operation launched to take the places ("an offensive to take Sabha"): an attack.
        var launched = false

        /// A draft with its setting; its status is the trigger's.
        init(occurrence: Occurrence, nextTrigger: Int, previousTrigger: Int, clause: Int, end: Int, relative: Bool,
             previousClause: Int, antecedent: PlaceSpan?, passiveReading: Bool, passiveAttack: Bool) {
            self.occurrence = occurrence
            self.nextTrigger = nextTrigger
            self.previousTrigger = previousTrigger
            self.clause = clause
            self.end = end
            self.relative = relative
            self.previousClause = previousClause
            self.antecedent = antecedent
            self.passiveReading = passiveReading
            self.passiveAttack = passiveAttack
            status = occurrence.trigger.status
        }

        /// The trigger whose claims these are.
        var trigger: Trigger { occurrence.trigger }

        /// The last word of the last object, or of the trigger when it has none: sides named after it are named after the places.
        var afterObjects: Int { objects.last?.last ?? occurrence.last }

        /// The confidence of a place's name: its match score as an object (0.8 for a place not named as one).
        func nameFactor(_ place: Place) -> Double { objects.first { $0.place.id == place.id }?.mentionScore ?? 0.8 }
    }

    /// Step 1 of ``claimsOf(_:nextTrigger:previousTrigger:)``: the setting of a trigger's claims (its clause, the place a
    /// relative clause hangs on, whether a verb of taking or attacking reads as passive); nil when the trigger claims
    /// nothing here ("withdrew to Sirte", "free of" not declared, "defeat" with no side's possessive before it).
    func claimDraft(for occurrence: Occurrence, nextTrigger: Int, previousTrigger: Int) -> ClaimDraft? {
        let trigger = occurrence.trigger
        // "withdrew to Sirte", "retreated towards Jufra": where they went, not what they lost.
        var afterTrigger = occurrence.last + 1
        if afterTrigger < words.count, words[afterTrigger].word == Self.backKey { afterTrigger += 1 }
        // ("Ghawil fled to Misrata", "evacuated to Tobruk": any verb of leaving; "lost Sirte to ISIL" names the taker after its place.)
        let leaving = trigger.bare || trigger.voice == .subjectLoses && !["from", "of"].contains(trigger.words.last!)
            && !["lost", "lose", "loses", "losing", "ceded", "relinquished", "gave", "surrendered"].contains(trigger.words[0])
        if leaving, afterTrigger < words.count,
           ["to", "towards", "toward", "into", "inside", "within"].contains(words[afterTrigger].key) { return nil }
        let clause = clauseStart[occurrence.first]
        let end = clauseEnd(after: occurrence.last)
        let relative = Extractor.relativeOpenerWords.contains(words, clause)
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
        let declaredFree = trigger.isWords(Self.freeKey, Self.ofKey) && places.contains(where: { span in span.last == occurrence.first - 1
            && span.first > 0 && ["declared", "declares", "declaring", "pronounced", "proclaimed"].contains(words[Self.titleStart(of: span, in: words) - 1].key) })
        if trigger.isWords(Self.freeKey, Self.ofKey), !declaredFree { return nil }
        if trigger.voice == .passive, trigger.status == .lost, !hasPassiveAuxiliary(before: occurrence.first), !declaredFree,
           !(occurrence.first > 0 && places.contains(where: { $0.last == occurrence.first - 1 }) && isPossessive(occurrence.first - 1)) { return nil }

        // "ISIL's defeat in Sirte": a noun of loss counts after the possessive of the side that suffered it.
        if trigger.voice == .subjectLoses, Triggers.ownedLossNouns.contains(trigger.words[0]),
           !(occurrence.first > 0 && isPossessive(occurrence.first - 1) && actorMentions.contains(where: { $0.words.upperBound == occurrence.first - 1 })) {
            return nil
        }
        return ClaimDraft(occurrence: occurrence, nextTrigger: nextTrigger, previousTrigger: previousTrigger, clause: clause, end: end,
                          relative: relative, previousClause: previousClause, antecedent: antecedent,
                          passiveReading: passiveReading, passiveAttack: passiveAttack)
    }
}
