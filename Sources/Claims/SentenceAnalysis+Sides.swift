import Places

// The sides of a claim: subjects, opponents, supporters and references back.
extension SentenceAnalysis {
    /// A word in the possessive referring back to the side that holds a seat: "the group's
    /// stronghold", "the terror group's main stronghold" (one lowercase adjective between).
    func seatOwnerReference(before seat: Int) -> Int? {
        for position in [seat - 1, seat - 2] where position > 0 {
            if position == seat - 2, words[seat - 1].capitalized || words[seat - 1].breakBefore > 0 { return nil }
            if words[position].breakBefore == 0 || position == seat - 1, !Triggers.actorPronouns.contains(words[position].key),
               isActorReference(at: position), isPossessive(position) {
                return position
            }
        }
        return nil
    }

    /// Whether an actor's name describes a place after it as its own: "the Islamic State
    /// stronghold of Sirte", "the ISIL-held city of Sirte", "an LNA-controlled airbase".
    func describesHeldPlace(_ mention: ActorRegistry.Mention) -> Bool {
        let next = mention.words.upperBound + 1
        guard next < words.count, words[next].breakBefore == 0 else { return false }
        if words[next].hyphenBefore { return ["held", "controlled", "occupied", "run"].contains(words[next].key) }
        return Triggers.seatNounKeys.contains(words[next].word) && next + 1 < words.count && ["of", "in"].contains(words[next + 1].key)
    }

    /// Whether an actor's name is followed by where it is: "Islamic State in Sirte", "ISIL
    /// fighters at the airport".
    func isLocated(_ mention: ActorRegistry.Mention) -> Bool {
        var after = mention.words.upperBound + 1
        while after < words.count, Triggers.targetNouns.contains(words[after].key) || Self.forceObjectNouns.contains(words[after].key) { after += 1 }
        guard after < words.count, ["in", "at", "inside"].contains(words[after].key) else { return false }
        return places.contains { $0.first > after && $0.first <= after + 4 }
    }

    /// The side that reports what the trigger says, named before the verb of saying: "A
    /// spokesman for the LNA said the city fell", "the GNA announced that Sirte had been liberated".
    func reporter(before occurrence: Occurrence) -> Actor? {
        guard let say = (0..<occurrence.first).last(where: { Triggers.reporting.contains(words[$0].key) }) else { return nil }
        return actorMentions.last(where: { $0.words.upperBound < say && say - $0.words.upperBound <= 4 && !isSupporter($0) })?.actor
    }

    /// Whether words are a force's description before its side's name: force nouns, "of",
    /// allegiance words and hyphened descriptions ("fighters of the self-styled", "militias
    /// allied with the UN-backed").
    func isForcePhrase(_ range: Range<Int>) -> Bool {
        range.allSatisfy { position in
            words[position].breakBefore == 0
                && (Self.forceOfWords.contains(words[position].key) || Self.forceNouns.contains(words[position].key) || isHyphened(position))
        }
    }

    /// Whether a word is joined by a hyphen to the word before or after it ("UN-backed", "self-styled").
    func isHyphened(_ position: Int) -> Bool {
        words[position].hyphenBefore || position + 1 < words.count && words[position + 1].hyphenBefore
    }

    /// The side named right after a word (a preposition: "from", "by"), perhaps as a force of
    /// it ("by forces loyal to the GNA", "from fighters of the self-styled LNA"), within `reach` words.
    func sideDescribed(after position: Int, within reach: Int) -> ActorRegistry.Mention? {
        actorMentions.first { $0.words.lowerBound > position && $0.words.lowerBound <= position + reach
            && isForcePhrase((position + 1)..<$0.words.lowerBound) }
    }

    /// The side a capture was fought against, named after it: "captured the port after
    /// heavy fighting with ISIL", "took the town following clashes against the LNA".
    func defender(after position: Int, before end: Int) -> ActorRegistry.Mention? {
        guard let fight = ((position + 1)..<end).first(where: { Triggers.fightingNouns.contains(words[$0].key) }),
              fight >= 1, ((max(position + 1, fight - 3))..<fight).contains(where: { ["after", "following", "amid"].contains(words[$0].key) }),
              fight + 1 < end, ["with", "against"].contains(words[fight + 1].key) else { return nil }
        return actorMentions.first { $0.words.lowerBound > fight + 1 && $0.words.lowerBound <= fight + 4 && !isSupporter($0) }
    }

    /// The side helped to do what the trigger says ("U.S. airstrikes helped the GNA capture
    /// Sirte": the GNA took it; "supported GNA forces in liberating Sirte") and where the word of help stands.
    func helpedActor(before occurrence: Occurrence) -> (ActorRegistry.Mention, Int)? {
        // ("supported GNA forces in liberating Sirte": a gerund after "in", the side supported before it.)
        let inGerund = occurrence.first >= 1 && words[occurrence.first - 1].key == "in" && occurrence.trigger.progressive
        var verbAt = inGerund ? occurrence.first - 1 : occurrence.first
        // ("allowed GNA forces to expel ISIL", "allowed GNA forces to accelerate the fight to expel ISIL": the
        // infinitive after the side helped, or a fight it is helped on, whose purpose the trigger is.)
        var infinitive = false
        if !inGerund, occurrence.first >= 1, words[occurrence.first - 1].word == Self.toKey {
            let chain = max(0, occurrence.first - 6)..<(occurrence.first - 1)
            if let to = chain.last(where: { position in
                   words[position].word == Self.toKey && actorMentions.contains { position - $0.words.upperBound >= 1 && position - $0.words.upperBound <= 2 } }),
               (to..<occurrence.first).contains(where: { Self.fightingPurposeWords.contains(words[$0].key) }),
               !actorMentions.contains(where: { $0.words.lowerBound > to && $0.words.lowerBound < occurrence.first }) {
                verbAt = to
            } else {
                verbAt = occurrence.first - 1
            }
            infinitive = true
        }
        guard let mention = actorMentions.last(where: { $0.words.upperBound < verbAt && verbAt - $0.words.upperBound <= 2 }),
              ((mention.words.upperBound + 1)..<verbAt).allSatisfy({ Triggers.genericForceNouns.contains(words[$0].key) }) else { return nil }
        var help = mention.words.lowerBound - 1
        if help >= 0, words[help].key == "the" { help -= 1 }
        guard help >= 0, ["help", "helped", "helping", "helps", "assist", "assisted", "assisting", "enable", "enabled", "enabling"].contains(words[help].key)
                || infinitive && ["allowed", "allowing", "allow", "allows"].contains(words[help].key)
                || inGerund && ["support", "supported", "supporting", "supports", "backed", "backing", "aided", "aiding"].contains(words[help].key)
        else { return nil }
        return (mention, help)
    }

    /// "Both sides", "the two armies", "the warring militias", "neither side": the two
    /// actors the text has named most, when the sentence says so and names no side itself.
    func bothSides() -> [Actor]? {
        guard topic.mainActors.count == 2 else { return nil }
        for index in words.indices.dropLast() {
            let (first, second) = (words[index].key, words[index + 1].key)
            let pair = (["both", "two", "neither", "either", "warring", "rival"].contains(first)
                        && Self.sideNouns.contains(second))
                || (first == "each" && second == "other")
            // "clashes between rival militias in Tripoli" in a report on the LNA and Derna: warring
            // or rival militias are the two main actors only when the text has just named them.
            if pair, ["warring", "rival"].contains(first), ["militias", "groups", "factions"].contains(second),
               !topic.mainActors.allSatisfy({ lastActors.contains($0) }) { return nil }
            if pair { return topic.mainActors }
        }
        return nil
    }

    /// Whether what a verb of attack or fighting takes is a force or its positions ("attacked
    /// Islamist militia bases", "fought battles against Ansar al-Sharia"), not a place.
    func objectIsForce(after occurrence: Occurrence) -> Bool {
        let window = (occurrence.last + 1)..<min(words.count, occurrence.last + 6)
        if actorMentions.contains(where: { window.contains($0.words.lowerBound) }) { return true }
        return window.contains { Triggers.targetNouns.contains(words[$0].key) || Self.forceObjectNouns.contains(words[$0].key) }
    }

    /// The actor after "by" in a passive ("recaptured on Friday by forces loyal to the GNA"):
    /// the first named within five words of the "by".
    func byActor(after trigger: Int, before end: Int) -> Actor? {
        guard let by = ((trigger + 1)..<end).first(where: { words[$0].key == "by" }) else { return nil }
        return actorMentions.first { $0.words.lowerBound > by && $0.words.lowerBound <= by + 8 && $0.words.lowerBound < end }?.actor
    }

    /// The word before a position, past one word to skip ("to the LNA": "to").
    func wordBefore(_ position: Int, skipping skipped: String) -> String {
        var before = position - 1
        if before > 0, words[before].key == skipped { before -= 1 }
        return before >= 0 ? words[before].key : ""
    }

    /// Where a cue stands within `reach` words before a side's name, the words between being the name's description:
    /// the last position `isCue` accepts such that no other side is named between and, unless `acrossBreaks`, no comma
    /// or full stop stands between ("at the request of the U.N.-backed Libyan Government …", "a major blow to the power
    /// of Field Marshal Khalifa Haftar"); nil when there is none.
    func cue(before mention: ActorRegistry.Mention, within reach: Int, acrossBreaks: Bool = false, where isCue: (Int) -> Bool) -> Int? {
        let start = mention.words.lowerBound
        guard start >= 1, let found = (max(0, start - reach)..<start).last(where: isCue) else { return nil }
        let between = (found + 1)..<start
        guard acrossBreaks || ((found + 1)...start).allSatisfy({ words[$0].breakBefore == 0 }) else { return nil }
        return between.allSatisfy { position in !actorMentions.contains { $0.words.contains(position) && $0.actor != mention.actor } } ? found : nil
    }

    /// Whether a side is named as the one an action was done for: "at the request of the GNA", "on behalf of the LNA",
    /// "at the invitation of the government" ("at the request of the U.N.-backed Libyan Government of National Accord
    /// (GNA)": abbreviations with points, "U.N.-backed", break as a sentence would).
    func isRequester(_ mention: ActorRegistry.Mention) -> Bool {
        cue(before: mention, within: 11, acrossBreaks: true) { $0 >= 1 && words[$0].key == "of" && Self.requestNouns.contains(words[$0 - 1].key) } != nil
    }

    /// Whether an actor is named as a supporter of a side: inside brackets, or after
    /// "supported by", "backed by", "composed of" within its clause.
    func isSupporter(_ mention: ActorRegistry.Mention) -> Bool {
        let first = mention.words.lowerBound
        // ("the Libyan National Army (LNA)": a side's abbreviation in brackets after its name is no supporter.)
        if hasBrackets, inBrackets[first],
           !actorMentions.contains(where: { $0.words.upperBound == first - 1 && $0.actor == mention.actor }) { return true }
        // "which is backed by the UAE, Egypt and Russia": the names listed after a supporter support too (after "and",
        // or after a comma when the list goes on: "With the support of Turkish drones, GNA forces seized …" is no list).
        if first >= 2, let previous = actorMentions.last(where: { $0.words.upperBound < first && first - $0.words.upperBound <= 3 }),
           previous.actor != mention.actor, !hasBrackets || inBrackets[first] == inBrackets[previous.words.lowerBound],
           ((previous.words.upperBound + 1)..<first).allSatisfy({ ["and", "the"].contains(words[$0].key) && words[$0].breakBefore == 0 }) {
            let joined = ((previous.words.upperBound + 1)..<first).contains { words[$0].key == "and" }
            // (The list goes on with another name, known or not: "the UAE, Egypt and Russia".)
            let after = mention.words.upperBound + 1
            let listGoesOn = words[first].breakBefore == 1 && after < words.count
                && (words[after].key == "and" && words[after].breakBefore == 0 && after + 1 < words.count && words[after + 1].capitalized
                    || words[after].breakBefore == 1 && words[after].capitalized && words[after].key != "the")
            if joined && words[first].breakBefore == 0 || listGoesOn, isSupporter(previous) { return true }
        }
        // "In coordination with the GNA, U.S. Africa Command conducted an airstrike": a partner, not a side of the act.
        if cue(before: mention, within: 4, where: { $0 >= 2 && words[$0].key == "with" && Self.partnershipNouns.contains(words[$0 - 1].key)
               && words[$0 - 2].key == "in" }) != nil {
            return true
        }
        // "U.S.-backed GNA forces": a hyphened adjective backs the name after it, which is the side.
        // "in support of GNA forces": the side supported, not a supporter.
        // "With the support of Turkish drones, GNA forces …": a comma ends the supporters' phrase.
        return (max(clauseStart[first], first - 6)..<first).contains { position in
            Triggers.supportWordKeys.contains(words[position].word) && !words[position].hyphenBefore
                && !(position > 0 && words[position - 1].key == "in")
                && !((position + 1)...first).contains { words[$0].breakBefore >= 1 }
                // "the internationally backed Government of National Accord": an adjective of the name, not "backed by".
                && !(Self.supportParticiples.contains(words[position].key) && position + 1 == first)
        }
    }

    /// Whether a word refers back to an actor: a pronoun ("they", "its"), or a noun of a
    /// force after a determiner or opening its clause ("the troops", "his forces", "the
    /// council") — not one after a name the actors file lacks ("Al-Sharif-led forces").
    func isActorReference(at position: Int) -> Bool {
        guard Triggers.actorAnaphoraKeys.contains(words[position].word) else { return false }
        let key = words[position].key
        // ("We" refers to a side only when the sentence names the side speaking.)
        if key == "we" || key == "our" { return speakingSide() != nil }
        if Triggers.actorPronouns.contains(key) { return true }
        guard position > 0, words[position].breakBefore == 0 else { return true }
        let before = words[position - 1]
        // ("The group captured …": a determiner opening the sentence is capitalized too.)
        if ["the", "this", "that", "these", "those", "its", "their", "his", "her"].contains(before.key), !words[position].hyphenBefore { return true }
        // ("Many fighters in those cities were driven out": a quantifier opening the sentence is capitalized too.)
        if ["many", "most", "some", "several", "remaining", "other"].contains(before.key), !words[position].hyphenBefore,
           Triggers.genericForceNouns.contains(key) { return true }
        return !before.capitalized && !words[position].hyphenBefore && !before.hyphenBefore
    }

    /// The actor a reference stands for: a noun such as "the council" or "the brigade" means
    /// the last actor named whose name has that noun, or the title's; a pronoun or another
    /// noun, the last actor named, or else the title's first.
    func referredActor(by position: Int) -> Actor? {
        let key = words[position].key
        // "his forces", "he": a person, so the force of the last leader named.
        if ["his", "he", "him"].contains(key), let leader = lastLeader { return leader }
        // "\"We have taken full control of Gharyan,\" an LNA spokesman told reporters": "we" is the side whose
        // speaker the sentence names, and no other.
        if ["we", "our"].contains(key) { return speakingSide() }
        // "ISIL took Sirte. The LNA took Benghazi. The jihadists lost Sirte": a noun some actor is described by means the
        // last actor so described (named in this sentence before, else in the text), not the last one named.
        if !Triggers.actorPronouns.contains(key),
           let described = actorMentions.last(where: { $0.words.upperBound < position && !isSupporter($0) && $0.actor.describedAs.contains(key) })?.actor
               ?? topic.recentActors.first(where: { $0.describedAs.contains(key) }) ?? topic.actors.first(where: { $0.describedAs.contains(key) }) {
            return described
        }
        // "Islamic State militants were pushed back, but the group says it controls …": an actor
        // named earlier in the same sentence comes before those of the sentences before.
        // "Islamic State targets … as Libyan forces advanced inside the group's stronghold": a group is no army or government.
        if ["group", "organization", "organisation"].contains(key),
           let group = actorMentions.last(where: { $0.words.upperBound < position && !$0.throughLeader && !isSupporter($0) && !$0.actor.isGovernment
               && !["forces", "army", "troops", "government", "military"].contains(words[$0.words.upperBound].key) }) {
            return group.actor
        }
        // ("Forces battling to retake Sirte from IS said they had captured the port": a side a place is taken from is
        // an object, no antecedent of a subject.)
        if let earlier = actorMentions.last(where: { $0.words.upperBound < position && !$0.throughLeader && !isSupporter($0) && !isSourceOfPlace($0) }),
           Triggers.actorPronouns.contains(key) || Triggers.genericForceNouns.contains(key) || ["group", "organization", "organisation"].contains(key) {
            return earlier.actor
        }
        if !Triggers.actorPronouns.contains(key), !Triggers.genericForceNouns.contains(key) {
            func named(_ actor: Actor) -> Bool { actor.nameWords.contains(key) }
            if let actor = lastActors.first(where: named) ?? topic.actors.first(where: named) { return actor }
        }
        return lastActors.first ?? topic.actors.first
    }

    /// The side whose speaker the sentence names: a side followed by a noun or verb of speaking ("an LNA spokesman
    /// told", "the GNA said"), or after "according to"; nil when none is.
    func speakingSide() -> Actor? {
        actorMentions.first { mention in
            let start = mention.words.lowerBound
            let after = (mention.words.upperBound + 1)..<min(words.count, mention.words.upperBound + 4)
            // ("according to the LNA": "the" may stand between.)
            return after.contains { Self.speakingWords.contains(words[$0].key) }
                || (max(0, start - 3)..<max(0, start - 1)).contains { words[$0].key == "according" && words[$0 + 1].key == "to" }
        }?.actor
    }

    /// Whether a word is "from" or part of the town a force comes from, before another side: "Militias from Misrata
    /// and Zintan" names two forces (``isOrigin(_:)``).
    func isInOrigin(_ position: Int) -> Bool {
        let span = places.first { $0.first <= position + 1 && position <= $0.last }
        guard let span, isOrigin(span) else { return false }
        return position >= span.first || words[position].key == "from"
    }

    /// The first actor of a window and those joined to it by "and" or a comma.
    func coordinated(_ mentions: [ActorRegistry.Mention]) -> [Actor] {
        guard let first = mentions.first else { return [] }
        var result = [first.actor]
        var last = first.words.upperBound
        var lastActor = first.actor
        for mention in mentions.dropFirst() where mention.words.lowerBound > last {
            // ("the LNA, led by Khalifa Haftar, and ISIL": past a description of the side between commas, and the names in it.)
            var from = last + 1
            // ("the Misrata Brigades, a group within the Al-Bounyan Al-Marsous coalition, and by Brigade 604": an apposition too.)
            if from < words.count, words[from].breakBefore == 1, Self.descriptionOpeners.contains(words[from].key) || ["a", "an"].contains(words[from].key),
               let close = ((from + 1)..<min(words.count, from + 12)).first(where: { words[$0].breakBefore > 0 }), words[close].breakBefore == 1 {
                from = close
            }
            if mention.words.lowerBound < from { continue }
            let gap = from..<mention.words.lowerBound
            // "GNA/GNC forces": two names written together are one side's two parts; "the Libyan National Army (LNA)":
            // a name and its abbreviation in brackets, one side.
            let compound = gap.isEmpty && (words[mention.words.lowerBound].breakBefore == 0 || slashBefore(mention.words.lowerBound)
                                           || mention.actor == lastActor)
            // ("LNA-aligned forces, including the Kaniyat militia": the parts a force includes hold with it.)
            // ("ISIS fighters and the LNA", "the LNA and militias allied with the GNA": a force's noun and its allegiance.)
            // ("the GNA and the eastern-based LNA": hyphened words describe the side after.)
            guard compound || gap.count <= 7 && gap.allSatisfy({ ["and", "the", "its", "their", "allied", "forces", "of", "including", "aligned",
                                                                   "affiliated", "loyal", "to", "with", "by"].contains(words[$0].key)
                                                                   || Self.forceNouns.contains(words[$0].key)
                                                                   || isHyphened($0) || isInOrigin($0) })
                    && (gap.contains(where: { words[$0].key == "and" || words[$0].breakBefore == 1 }) || words[mention.words.lowerBound].breakBefore == 1)
            else { break }
            // "fell to ISIL forces, the Tripoli-based government had decided": a comma alone joins a list
            // only when the list goes on ("A, B and C"), not before a new clause's subject.
            if !compound, !gap.contains(where: { words[$0].key == "and" }) {
                var next = mention.words.upperBound + 1
                while next < words.count, ["forces", "militias", "brigades", "fighters", "troops", "militia", "brigade"].contains(words[next].key) { next += 1 }
                guard next >= words.count || words[next].breakBefore >= 1 || words[next].key == "and" else { break }
            }
            if !result.contains(mention.actor) { result.append(mention.actor) }
            last = mention.words.upperBound
            lastActor = mention.actor
        }
        return result
    }

    /// Whether a word follows the word before it after a slash alone ("GNA/GNC").
    func slashBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let base = sentence.utf8Range.lowerBound
        let from = words[index - 1].utf8Range.upperBound - base, to = words[index].utf8Range.lowerBound - base
        guard to - from == 1, from >= 0 else { return false }
        return sentence.text.utf8[sentence.text.utf8.index(sentence.text.utf8.startIndex, offsetBy: from)] == UInt8(ascii: "/")
    }

    func unique(_ actors: [Actor]) -> [Actor] {
        var seen: Set<String> = []
        return actors.filter { seen.insert($0.id).inserted }
    }
}
