import Places

// The word tables the rules read, packed where they are looked up at every word.
extension SentenceAnalysis {
    /// What strikes do to a place: "The air strikes had killed 64 militants in Derna".
    static let strikeResultWords: Set<String> = ["killed", "hit", "struck", "targeted", "destroyed", "damaged", "wounded", "pounded", "levelled", "leveled"]
    static let casualtyVerbKeys: WordKeySet = WordKeySet(["killed", "wounded", "injured", "died", "killing", "wounding"].map { WordKey($0) })
    static let attackDeterminers: Set<String> = ["the", "this", "that", "these", "those"]
    static let attackDeterminerWords = WordVocabulary(attackDeterminers)
    static let fromOrBetweenKeys: WordKeySet = [WordKey("from"), WordKey("between")]
    static let basedNounKeys: WordKeySet = WordKeySet(["based", "led", "aligned", "affiliated"].map { WordKey($0) })
    static let originForceNounWords = WordVocabulary(originForceNouns)
    static let attackModifiers: Set<String> = ["air", "drone", "missile", "rocket", "artillery", "suicide", "truck", "car"]

    static let ownerGapWords: Set<String> = ["which", "who", "reportedly", "allegedly", "has", "have", "had", "also", "later", "then", "quickly"]

    /// Nouns of an attack a sentence may open with, referring back: "The strike was carried out by …".
    static let attackNounKeys: WordKeySet = WordKeySet(attackNouns.map { WordKey($0) })
    static let attackNouns: Set<String> = ["strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "bombing", "bombings",
                                           "raid", "raids", "shelling", "assault", "bombardment", "offensive", "ambush"]

    /// Nouns of an operation a sentence may open with, referring back, and the verbs of its course: "The offensive stalled".
    static let operationCourseNouns: Set<String> = ["offensive", "attack", "assault", "campaign", "advance", "push", "siege", "counteroffensive",
                                                    "counter-offensive", "operation"]
    static let operationCourseVerbs: Set<String> = ["stalled", "stalls", "continued", "continues", "resumed", "resumes", "reached", "reaches",
                                                    "slowed", "faltered", "intensified", "intensifies", "bogged", "ground", "pressed",
                                                    "progressed", "failed", "tightened"]

    /// Nouns and verbs of a side's speaking: "an LNA spokesman told reporters", "the GNA said".
    static let speakingWords: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander", "said", "says",
                                             "told", "stated", "announced", "statement", "claimed"]

    /// Words that say an operation succeeded: "the successful campaign to free Sirte".
    static let successWords: Set<String> = ["successful", "successfully", "victorious"]

    /// Verbs of declaring a place taken: "declared Derna liberated".
    static let declaringWords: Set<String> = ["declared", "declares", "declaring", "pronounced", "proclaimed", "proclaims", "announced", "announces"]

    /// Adverbs between a copula and what the place is: "Sirte is now LNA territory".
    static let stateAdverbs: Set<String> = ["now", "still", "again", "once", "effectively", "firmly", "largely", "long", "then"]

    /// Verbs of driving a side out: the place after "to" is where it went.
    /// The words of a passive verb of doing an attack, between its noun and its preposition: "the strikes were
    /// conducted in Sirte", "airstrikes have been carried out on Derna".
    static let lightPassiveKeys = WordKeySet(["was", "were", "been", "have", "has", "had", "being", "is", "are", "conducted", "carried", "out",
                                              "launched", "mounted", "staged", "made", "also", "reportedly"].map { WordKey($0) })
    /// Verbs of condemning or blaming an attack: their subject did not make it ("The GNA condemned the attack on …").
    static let condemnationWords: Set<String> = ["condemned", "condemns", "condemn", "denounced", "denounces", "blamed", "blames", "accused",
                                                 "accuses", "criticized", "criticised", "deplored", "decried", "protested", "mourned"]
    /// Nouns of a side's enemies after its name in the possessive ("Haftar's rivals"): the name is not theirs.
    static let rivalNounKeys = WordKeySet(["rivals", "opponents", "enemies", "foes", "adversaries"].map { WordKey($0) })
    /// Plural nouns of governments that a sentence seats in two towns ("rival administrations based in Tripoli and Tobruk").
    static let rivalGovernmentNouns: Set<String> = ["governments", "administrations", "parliaments", "authorities", "cabinets"]
    static let rivalGovernmentNounKeys = WordKeySet(rivalGovernmentNouns.map { WordKey($0) })
    /// Words that make governments rivals: "two rival governments", "competing administrations".
    static let rivalWords: Set<String> = ["rival", "two", "competing", "parallel", "duelling", "dueling", "opposing"]
    /// Nouns of a request an action is done on ("at the request of the GNA", "on behalf of the LNA").
    static let requestNouns: Set<String> = ["request", "behalf", "invitation", "bidding"]
    /// Nouns of a loss dealt to a side ("a major blow to Haftar", "a setback for the LNA").
    static let blowNouns: Set<String> = ["blow", "setback", "defeat", "humiliation", "loss", "embarrassment"]
    /// Nouns of a partnership a side is named in ("in coordination with the GNA"): no side of the act.
    static let partnershipNouns: Set<String> = ["coordination", "cooperation", "conjunction", "partnership", "concert"]
    /// Nouns of strikes from the air that back a side ("backed by U.S. airstrikes", "with the support of Turkish drones").
    static let airStrikeNouns: Set<String> = ["airstrikes", "airstrike", "strikes", "strike", "drones", "drone", "warplanes", "jets",
                                              "aircraft", "bombers", "helicopters", "air", "airpower"]
    /// Verbs of driving a side out of a place (``fightsToExpel(_:)``).
    static let expellingWords: Set<String> = ["expel", "expelling", "drive", "driving", "oust", "ousting", "dislodge", "dislodging", "evict",
                                              "evicting", "flush", "flushing", "root", "rooting", "push", "pushing", "remove", "removing", "chase"]
    /// Nouns and verbs of fighting whose purpose an infinitive tells ("fighting to …", "the battle to …").
    static let fightingPurposeWords: Set<String> = ["fighting", "battling", "fight", "fights", "fought", "battle", "struggling", "struggle"]
    static let drivingWords: Set<String> = ["pushed", "pushing", "driven", "drove", "drive", "driving", "forced", "chased", "beat", "beaten"]

    /// Verbs of joining an operation: "joined the LNA's offensive on Tripoli".
    static let joinWords: Set<String> = ["joined", "joins", "joining", "join"]

    /// Words between a verb and a seat noun it takes: "lost its last stronghold of Sirte".
    static let seatModifiers: Set<String> = ["its", "their", "his", "the", "a", "last", "main", "key", "former", "remaining", "final",
                                             "major", "principal", "biggest", "largest", "strongest"]

    /// Verbs of entering a place: a fight there, or a taking when "unopposed".
    static let entryWords: Set<String> = ["entered", "enter", "entering", "moved", "rolled", "swept", "marched"]
    /// The buildings a government body sits in ("moved into the headquarters of the former GNC").
    static let seatBuildingNouns: Set<String> = ["headquarters", "offices", "premises", "seat"]

    /// Conjunctions before a participle whose subject is the sentence's: "since losing the oil terminals".
    static let participleSubordinators: Set<String> = ["since", "after", "before", "upon", "while", "despite", "following", "when"]

    /// Words between "took" and "part" or "role" in a share taken: "took the most active part".
    static let shareAdjectives: WordKeySet = WordKeySet(["the", "a", "an", "most", "more", "active", "major", "leading", "key", "prominent",
                                                    "important", "direct", "little", "no", "big", "large", "central", "decisive"].map { WordKey($0) })
    static let partKey = WordKey("part"), roleKey = WordKey("role")

    static let sideNouns: Set<String> = ["sides", "side", "armies", "forces", "militias", "factions", "parties", "camps", "governments",
                                         "administrations", "coalitions", "groups"]

    static let forceObjectNouns: Set<String> = ["bases", "camps", "militias", "militia", "gunmen", "jihadists", "insurgents", "rebels",
                                                "extremists", "islamists", "loyalists", "fighters", "militants"]

    /// Plural nouns for the parts of a town: "the Benghazi districts of Hawari".
    static let partNouns: Set<String> = ["districts", "neighbourhoods", "neighborhoods", "quarters", "suburbs", "areas"]

    static let inclusionWords: Set<String> = ["including", "includes", "included", "among", "them", "such", "as", "notably", "namely"]

    /// People named by where they come from: "elders from Zintan and Zawia", "migrants
    /// from the city" — a place of origin, neither fought for nor what "the city" refers to.
    static let peopleFrom: Set<String> = ["militia", "militias", "brigade", "brigades", "men", "tribesmen", "elders", "residents",
                                          "people", "delegation", "delegations", "representatives", "migrants", "civilians",
                                          "families", "notables", "dignitaries", "militiamen", "volunteers", "reinforcements"]

    /// Nouns of fighters named by their town: "fighters from Misrata".
    static let originForceNouns: Set<String> = ["fighters", "militias", "militia", "forces", "brigades", "troops", "militiamen", "units", "groups"]

    /// Adjectives of direction that open a region's name ("Eastern Libya").
    static let directionAdjectives: Set<String> = ["eastern", "western", "southern", "northern", "central", "northeastern",
                                                   "northwestern", "southeastern", "southwestern"]
    /// ``directionAdjectives`` packed, tested at every word.
    static let directionAdjectiveKeys: WordKeySet = WordKeySet(directionAdjectives.map { WordKey($0) })
    /// Words that give a force's side: "militias loyal to the GNA", "groups allied with Haftar".
    static let allegianceWords: Set<String> = ["loyal", "allied", "aligned", "affiliated"]
    /// Words that may follow "the west" as a part of the country: a conjunction or a date.
    /// Words that may describe a part of the country before its point of the compass: "the restive south", "the far east".
    static let compassEpithets: Set<String> = ["restive", "far", "deep", "lawless", "remote", "vast", "desert", "rural", "turbulent"]
    static let compassEpithetKeys: WordKeySet = WordKeySet(compassEpithets.map { WordKey($0) })
    /// Participles of a seat a side is said to have at a place ("is based there", "the HoR, currently based in Tobruk").
    static let seatParticipleKeys: WordKeySet = WordKeySet(["based", "headquartered", "stationed", "seated"].map { WordKey($0) })
    /// Words after which a name in quotes is what someone is called (``SentenceAnalysis/isQuotedNickname(_:at:in:words:)``).
    static let nicknameCues = ["known", "nicknamed", "dubbed", "alias", "aka", "codenamed"]
    static let nicknameCueKeys: WordKeySet = WordKeySet(nicknameCues.map { WordKey($0) })
    /// "during", as a packed key: the word a named period follows (``NamedPeriods``).
    static let duringKey = WordKey("during")
    /// The first words of the pairs that name both sides (``bothSides()``): "both sides", "two rival governments", "each other".
    static let sidePairKeys: WordKeySet = WordKeySet(["both", "two", "neither", "either", "warring", "rival", "each"].map { WordKey($0) })
    static let afterCompassNoun: Set<String> = ["and", "but", "while", "whereas", "during", "since", "until", "by", "in", "on", "after", "before", "as"]
    static let asKey = WordKey("as")
    static let mayKey = WordKey("may"), calledKey = WordKey("called"), shortKey = WordKey("short")
    static let toKey = WordKey("to")
    static let fromKey = WordKey("from"), overKey = WordKey("over"), backKey = WordKey("back"), controlKey = WordKey("control"), ofKey = WordKey("of")
    static let stateAdverbWords = WordVocabulary(stateAdverbs), returnVerbWords = WordVocabulary(returnVerbs)
    static let listConnectorWords = WordVocabulary(listConnectors), peopleFromWords = WordVocabulary(peopleFrom)
    static let orKey = WordKey("or")
    /// Words of one-word and two-word triggers, compared packed.
    static let seatKey = WordKey("seat"), lostKey = WordKey("lost"), heldKey = WordKey("held"), freeKey = WordKey("free"), reachedKey = WordKey("reached")
    static let drivingWordSet = WordVocabulary(drivingWords)
    /// Words between a trigger and its place that do not count in its distance ("a", "key", "coastal").
    static let placeEpithetKeys: WordKeySet = WordKeySet(["a", "an", "key", "strategic", "important", "coastal", "nearby", "main", "southern", "northern", "eastern",
                                                         "western", "central"].map { WordKey($0) })
    /// Modals after a noun of taking: a hypothesis.
    static let modalAfterNounKeys: WordKeySet = WordKeySet(["would", "could", "might", "will"].map { WordKey($0) })
    /// Words of a change of hands before "to X control" or "in X hands": "returned to LNA control",
    /// "reverted to", "passed to", "back in GNA hands", "fell into LNA hands".
    static let returnVerbs: Set<String> = ["returned", "returns", "return", "reverted", "reverts", "passed", "passes", "back", "came", "comes",
                                           "fell", "falls"]
    static let compassNouns = ["west", "east", "south", "north"]
    static let compassNounKeys: WordKeySet = WordKeySet(compassNouns.map { WordKey($0) })

    /// The word lists the initializer, and a rule or two, read a sentence for only when one of their words stands in it
    /// (``sentenceCueTable``, ``cues``).
    struct SentenceCues: OptionSet {
        let rawValue: UInt8
        static let nicknameCue = SentenceCues(rawValue: 1 << 0)          // ``nicknameCueKeys``
        static let directionAdjective = SentenceCues(rawValue: 1 << 1)   // ``directionAdjectiveKeys``
        static let compassNoun = SentenceCues(rawValue: 1 << 2)          // ``compassNounKeys``
        static let dateHead = SentenceCues(rawValue: 1 << 3)             // ``DateResolver/headWordKeys``
        static let actorAnaphora = SentenceCues(rawValue: 1 << 4)        // ``Triggers/actorAnaphoraKeys``
        static let rivalGovernmentNoun = SentenceCues(rawValue: 1 << 5)  // ``rivalGovernmentNounKeys``
        static let attackNoun = SentenceCues(rawValue: 1 << 6)           // ``attackNounKeys``, read by ``attackReferredBack(after:)``
    }

    /// Each word of the lists of ``SentenceCues`` with the lists it is in, made from the same words as their sets: one
    /// look-up per word of a sentence tells which lists it has a word of, where a look-up in each list at every word cost
    /// a probe per list (done for speed).
    static let sentenceCueTable: WordKeyTable<SentenceCues> = {
        var table: [WordKey: SentenceCues] = [:]
        func add<Words: Sequence>(_ words: Words, _ cue: SentenceCues) where Words.Element == String {
            for word in words { table[WordKey(word), default: []].insert(cue) }
        }
        add(nicknameCues, .nicknameCue)
        add(directionAdjectives, .directionAdjective)
        add(compassNouns, .compassNoun)
        add(DateWord.allCases.filter(\.isHead).map(\.rawValue), .dateHead)
        add(Triggers.actorAnaphora, .actorAnaphora)
        add(rivalGovernmentNouns, .rivalGovernmentNoun)
        add(attackNouns, .attackNoun)
        return WordKeyTable(table)
    }()
    static let theKey = WordKey("the")
    static let andKey = WordKey("and")
    static let butKey = WordKey("but")
    /// Words of defending a place ("defending Tripoli from an LNA offensive", "the defence of Sirte against ISIL").
    static let defendingWords: Set<String> = ["defend", "defends", "defended", "defending", "defence", "defense", "protect", "protected",
                                              "protecting", "protects"]
    static let defendingKeys: WordKeySet = WordKeySet(defendingWords.map { WordKey($0) })
    /// Head nouns of a building's or a site's name ("the Rixos Al Nasr Convention Centre", "Mitiga Prison").
    static let buildingNouns: Set<String> = ["centre", "center", "hotel", "hospital", "palace", "compound", "barracks", "ministry",
                                             "building", "headquarters", "prison", "complex", "university", "stadium", "bank", "embassy"]
    /// Words that put a clause after the date of the clause before: "but had later withdrawn".
    static let afterwardWords: Set<String> = ["later", "afterwards", "afterward", "subsequently", "eventually"]
    static let afterwardKeys: WordKeySet = WordKeySet(afterwardWords.map { WordKey($0) })
    /// Words that may stand between "but"/"and" and a verb that shares the subject before: "but had later withdrawn",
    /// "and then quickly retook" (adverbs in "-ly" too).
    static let sharedSubjectGapWords: Set<String> = ["had", "has", "have", "was", "were", "later", "then", "also", "soon", "again", "eventually",
                                                     "subsequently", "afterwards", "still", "in", "turn"]
    static let aKey = WordKey("a")
    static let anKey = WordKey("an")
    static let beenKey = WordKey("been")
    static let partialControlWords: Set<String> = ["limited", "partial", "nominal", "tenuous", "loose", "weak", "fragile", "shaky"]
    /// Words between a verb of fighting and the side fought, around a force's noun: "fought
    /// forces of the GNA", "clashed with troops loyal to Haftar", "units allied with the LNA".
    static let forceOfWords: Set<String> = ["the", "against", "with", "of", "loyal", "to", "allied", "aligned", "its", "their", "rival", "enemy"]
    static let thatKey = WordKey("that")
    /// Nouns of a report that a sentence may call untrue ("Reports that … were false").
    static let reportNounKeys: WordKeySet = WordKeySet(["reports", "report", "claims", "claim", "rumours", "rumors", "allegations"].map { WordKey($0) })
    static let untrueKeys: WordKeySet = WordKeySet(["false", "untrue", "unfounded", "baseless", "fabricated", "inaccurate", "denied", "incorrect"].map { WordKey($0) })
    /// Nouns of a town's title ("the town of Tarhouna", "the oasis city of Sabha").
    static let townTitleNouns: Set<String> = ["town", "city", "village", "oasis", "settlement", "port", "capital"]
    /// Participles that open a description of a side between commas ("the LNA, led by Khalifa Haftar,").
    static let descriptionOpeners: Set<String> = ["led", "backed", "headed", "commanded", "loyal", "allied", "aligned", "based", "supported", "which", "who"]
    /// A force's nouns before the side it belongs to ("militias allied with the GNA").
    static let forceNouns: Set<String> = Triggers.genericForceNouns.union(["militias", "militia", "brigades", "militiamen", "loyalists", "elements", "members"])
    static let controlGainWords: Set<String> = ["extended", "extends", "extending", "imposed", "imposes"]
    static let shrinkingWords: Set<String> = ["reduced", "reducing", "reduce", "reduces", "shrunk", "shrank", "shrinking", "cut", "squeezed"]
    static let byKey = WordKey("by")
    static let againstKey = WordKey("against")
    /// Nouns of meetings and events that are "held" somewhere.
    static let meetingNouns: Set<String> = ["session", "sessions", "talks", "meeting", "meetings", "conference", "conferences", "elections",
                                            "election", "rally", "rallies", "summit", "negotiations", "hearing", "hearings", "vote", "ceremony"]
    /// Nouns after a country's name that make it a civilian office, not a force ("the U.S. embassy").
    static let civilianOfficeKeys: WordKeySet = WordKeySet(["embassy", "embassies", "consulate", "ambassador", "envoy", "diplomats", "diplomatic",
                                                       "department", "treasury", "congress", "senate", "lawmakers"].map { WordKey($0) })
    /// Nouns of a government's body, not its forces ("the Presidency Council entered Tripoli").
    static let governmentBodyNouns: Set<String> = Triggers.governmentNouns.union(["council", "presidency", "ministers", "prime", "premier", "house"])
    /// Verbs of an attempt in the simple present ("as army forces try to retake Tripoli").
    static let presentAttemptWords: Set<String> = ["try", "tries", "seek", "seeks", "attempt", "attempts", "aim", "aims", "strive", "strives"]
    /// Their participles, present after "is" or "are" ("are trying to dislodge").
    static let attemptParticiples: Set<String> = ["trying", "seeking", "attempting", "aiming", "striving"]
    /// Nouns of a force that stand for a side no name tells ("the Islamist militias controlling the city").
    static let unnamedForceNouns: Set<String> = Triggers.genericForceNouns.union(["militias", "militia", "groups", "coalition", "gunmen"])

    /// Words that may stand before a place's name as part of it, packed: "near the city of Sirte".
    static let landmarkNameWordKeys: WordKeySet = WordKeySet(["the", "city", "town", "village", "of", "coastal", "oasis"].map { WordKey($0) })
    static let originNameWordKeys: WordKeySet = WordKeySet(["the", "city", "town", "village", "of", "western", "eastern", "northern", "southern",
                                                        "central", "coastal", "nearby", "port", "desert"].map { WordKey($0) })
    /// Words that put a state in the present: "militias now control Tripoli", "Sirte is held by".
    static let presentWordKeys: WordKeySet = WordKeySet(["now", "currently", "still", "remains", "remain", "is", "are"].map { WordKey($0) })

    static let listConnectors: Set<String> = ["and", "or", "as", "well", "the", "of", "along", "together", "with", "settlements", "settlement", "towns", "town", "capital", "later",
                                              "villages", "village", "cities", "city", "airbases", "airbase", "bases", "base", "air",
                                              "its", "their", "in", "at", "also", "other", "others", "then", "oil", "terminals",
                                              "terminal", "ports", "port", "fields", "field", "facilities", "both", "for", "enclave",
                                              "islamist", "several", "quarters", "parts", "areas", "area", "district", "districts",
                                              "region", "regions", "nearby", "neighbouring", "neighboring",
                                              // Arabic articles written apart from the name ("Es Sider", "Ez Zawiya").
                                              "al", "el", "es", "ez", "esh", "ash", "ad", "ed", "ar", "er", "az", "at", "an", "en"]

    /// Participles of support that name their supporter after "by" ("backed by Turkey"); right
    /// before a name they describe it ("the internationally backed GNA").
    static let supportParticiples: Set<String> = ["supported", "backed", "aided", "assisted", "helped"]
}
