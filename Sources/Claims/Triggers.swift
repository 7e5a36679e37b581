import Places

/// The words that make a sentence a claim of control, and how they assign roles.
///
/// A trigger is a sequence of folded words. `voice` says where the actor and the places
/// stand around it: active ("the LNA captured Hun": actor before, places after), passive
/// ("Hun was captured by the LNA", "Hun fell to the LNA", "Hun, under the control of the
/// LNA": places before, actor after), subject-loses ("the LNA withdrew from Hun": the
/// actor before loses the places after), or nominal ("the attack on Hun": places after,
/// actor anywhere in the sentence).
struct Trigger: Sendable {
    enum Voice: Sendable { case active, passive, subjectLoses, nominal, nominalLoss }
    /// The words and their packed keys, behind one reference: a trigger is copied into every
    /// occurrence and claim draft, and a copy then costs one retain instead of one per array.
    private final class Phrase: Sendable {
        let words: [String]
        let keys: [WordKey]
        /// The words joined by spaces, as rule names write them (joined once: every claim's rule names its trigger).
        let text: String
        init(_ words: [String]) {
            self.words = words
            keys = words.map { WordKey($0) }
            text = words.joined(separator: " ")
        }
    }

    private let phrase: Phrase
    /// (Read in place: the arrays are not retained for each look.)
    var words: [String] { _read { yield phrase.words } }
    var status: ClaimStatus
    var voice: Voice
    /// How strongly the words claim what they claim.
    var strength: Double
    /// How many words may stand between the trigger and the first place it governs:
    /// short for common verbs that take other objects ("took part", "hold talks").
    var reach: Int
    /// A verb that names no place after it ("ISIL had withdrawn by April", "when Libya Dawn
    /// forces withdrew"): its places are those of the sentence before it, or the last ones
    /// named; "withdrew to Sirte" names where they went, not what they lost.
    var bare = false
    /// Precomputed facts about the words, read for every occurrence.
    /// A verb of launching ("launched"): what it is launched at follows "against", "on" or "at".
    var launches = false
    /// An "-ing" form ("fighting", "besieging"): progressive, never passive.
    var progressive = false
    /// A seat described ("the government in Tobruk", "the Tripoli-based GNA", "the seat of"): a state as the text is written.
    var describesSeat = false
    /// A present state by its own words ("controls", "still holds").
    var presentState = false
    /// `words` packed, compared at every word a trigger may start at.
    var keys: [WordKey] { _read { yield phrase.keys } }
    /// Every word fits a packed key (none longer than 16 bytes).
    let packed: Bool

    /// Whether the trigger is the one word whose packed key is `key` (a word of at most 16 bytes),
    /// as `words == [that word]` is, without making an array.
    @inline(__always)
    func isWord(_ key: WordKey) -> Bool { keys.count == 1 && keys[0] == key }

    /// Whether the trigger is the two words packed as `first` and `second` (each at most 16 bytes).
    @inline(__always)
    func isWords(_ first: WordKey, _ second: WordKey) -> Bool { keys.count == 2 && keys[0] == first && keys[1] == second }

    /// Whether a text word is the trigger's word at `offset` (packed keys; words too long to
    /// pack are compared as strings).
    @inline(__always)
    func matches(_ word: TextWord, at offset: Int) -> Bool {
        packed ? word.word == keys[offset] : word.key == words[offset]
    }

    init(words: [String], status: ClaimStatus, voice: Voice, strength: Double, reach: Int, bare: Bool = false, describesSeat: Bool = false) {
        phrase = Phrase(words)
        self.status = status
        self.voice = voice
        self.strength = strength
        self.reach = reach
        self.bare = bare
        self.describesSeat = describesSeat
        packed = words.allSatisfy { $0.utf8.count <= 16 }
        launches = ["launched", "launches", "launching"].contains(words[0])
        progressive = words[0].hasSuffix("ing")
        presentState = Self.presentStatePhrases.contains(words)
    }

    /// The phrases that state a present hold by their own words (built once, not for every trigger).
    private static let presentStatePhrases: [[String]] = [
        ["control"], ["controls"], ["hold"], ["holds"], ["still", "controls"], ["still", "holds"], ["dominates"], ["dominate"],
        ["has", "its", "power", "in"], ["has", "its", "power", "base", "in"], ["holds", "sway", "over"],
        ["holds", "sway", "in"], ["occupies"], ["retains", "control", "of"], ["maintains", "control", "of"]]

    var name: String { voiceName + ":" + phrase.text }
    private var voiceName: String {
        switch voice {
        case .active: return "active"
        case .passive: return "passive"
        case .subjectLoses: return "loss"
        case .nominal: return "nominal"
        case .nominalLoss: return "nominal-loss"
        }
    }
}

enum Triggers {
    /// Verbs of entering a place: fighting in it, not yet holding it ("GNA forces moved into the neighbourhood").
    static let enteringPhrases: [String] = ["entered", "enter", "entering", "moved into", "rolled into", "advanced into", "pushed into", "advanced in", "advanced across",
        "advanced through", "advanced inside", "advanced further into", "made advances in",
        "swept into", "swept through", "stormed into", "broke into", "pushed through", "advancing inside", "advancing in", "pressed into",
        "pressing into",
        "advances in", "advancing into", "advances into", "advancing through", "advances through", "advancing across", "advances across",
        "pushing through", "sweeping through", "moving through",
        // Headlines and present tense: "Haftar loyalists push into Tripoli suburbs".
        "push into", "pushes into", "pushing into", "advance into", "move into", "moves into", "moving into", "roll into",
        "rolls into", "sweep into", "sweeps into", "enters"]
    /// ``enteringPhrases`` as rule names read them back (``Extractor/entryOpposition(_:earlier:)``).
    static let enteringPhraseSet = Set(enteringPhrases)

    static let all: [Trigger] = {
        var list: [Trigger] = []
        let shortReach: Set<String> = ["took", "taken", "take", "takes", "taking", "free", "freed", "secured", "cleared", "control", "controls", "controlled",
                                       "controlling", "hold", "holds", "held", "holding", "lost", "lose", "loses", "losing", "attack",
                                       "attacks", "attacked", "attacking", "struck", "hit", "hits", "hitting", "entered", "enter", "entering", "regained",
                                       "regain", "occupied", "expelled", "abandoned", "drove", "driven", "drive", "driving", "pushed", "ousted", "ousting",
                                       "evicted", "removed", "removing", "chased", "expelling", "evacuated", "fled", "shelling", "bombing",
                                       "expel", "oust", "evict", "dislodge", "dislodged", "dislodging", "dislodges", "evicting"]
        func add(_ phrases: [String], _ status: ClaimStatus, _ voice: Trigger.Voice, _ strength: Double = 0.9, bare: Bool = false) {
            for phrase in phrases {
                // (Split at the spaces' bytes: the phrases are ASCII words, and splitting by Characters cost
                // thousands of instructions a phrase, paid once on the first article; done for speed.)
                let words = phrase.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                let reach = words.count == 1 && shortReach.contains(words[0]) ? 4 : 10
                list.append(Trigger(words: words, status: status, voice: voice, strength: strength, reach: reach, bare: bare))
            }
        }
        // Taking a place.
        add(["captured", "capture", "captures", "capturing", "seized", "seize", "seizes", "seizing", "took control of",
             "take control of", "taken control of", "taking control of", "takes control of", "took full control of",
             "took over", "take over", "taken over", "recaptured", "recapture", "retook", "retake", "retaken", "regained control of",
             "regain control of", "regained", "regain", "overran", "overrun", "stormed", "conquered", "liberated", "liberate", "liberating", "freeing",
             "freed", "free", "gained control of", "gain control of", "wrested control of", "wrested", "occupied", "secured",
             "drove out", "expelled", "took", "taken", "grabbed", "grabs", "took under control", "taken under control", "take under control",
             // "The units of the army took under their control the airport of Tamanhint" (a translation's word order).
             "took under their control", "took under its control", "taken under their control", "taken under its control",
             "take under their control", "take under its control",
             "seize control of", "seized control of", "assumed control of", "restored control over",
             "restored control of", "cleared", "took control over", "take control over", "taken control over", "taking control over",
             "seized control over", "assumed control over", "wrested control over", "regained control over",
             "drove", "driven", "drive", "driving", "pushed", "ousted", "ousting", "evicted", "removed", "removing", "remove", "chased",
             "expelling", "took back", "take back", "taken back", "taking back", "takes back", "won back", "win back", "reclaimed",
             "reclaim", "reclaiming", "retaking", "recapturing", "established control over", "established control of",
             "asserted control over", "asserted control of", "extended control over", "extended control to", "gained control over",
             "captured control of", "took charge of", "wrested back", "take", "takes", "taking", "recaptures", "retakes", "regains",
             "liberates", "overruns", "storms", "frees", "reclaims", "secures", "clears", "expels", "drives out",
             // "fighting to expel ISIL from Sirte", "pushing to oust the militias from the airport".
             "pushing", "pushes", "expel", "oust", "dislodge", "dislodged", "dislodging", "dislodges", "evict", "evicting", "flush out", "flushed out",
             "flushing out", "root out", "rooted out", "rooting out",
             // "declares full control of Benghazi", "claimed victory in Derna": a taking announced.
             "declared control of", "declares control of", "declared full control of", "declares full control of",
             "declared complete control of", "announced full control of", "announced control of", "announces full control of",
             "claimed control of", "claims control of", "claimed full control of", "claimed victory in", "claims victory in",
             "declared victory in", "declares victory in", "announced victory in", "declared the liberation of",
             "defeated", "defeats", "routed", "routs", "vanquished",
             "achieved victory in", "achieves victory in", "won the battle of", "won the battle for", "won the battle in", "emerged victorious in",
             "achieved victory in the battle of", "achieved victory in the battle for", "claimed victory in the battle of",
             "prevailed in", "recovered control of", "recovers control of", "reconquered", "reconquers", "won control of", "wins control of",
             "announced the liberation of", "declared liberated", "declared the fall of", "announced control over", "declared control over",
             "claimed control over", "announces control over", "declares control over",
             // "GNA-aligned forces re-entered Tarhouna": coming back into a town is taking it back (entering alone is a fight;
             // a hyphen parts words as a space does).
             "re entered", "reentered", "re enters", "re entering"], .captured, .active)
        // Entering a place is fighting in it, not yet holding it.
        add(enteringPhrases, .contested, .active, 0.6)
        // "forces aligned with the GNA have reduced the territory under ISIL control", "scored major victories in Sirte":
        // gains inside a town still fought for.
        add(["reduced the territory", "reduced territory", "reduced the territory in", "reduced territory in", "whittling down",
             "whittled down", "scored victories in", "scored major victories in", "scored a major victory in", "making progress in",
             "made progress in", "making solid progress in", "made gains against"], .contested, .active, 0.65)
        // "PFG forces advanced … and reached the town of Harawa": arriving in a town is taking it ("reached the outskirts of" is an attack).
        add(["reached"], .captured, .active, 0.6)
        add(["captured by", "seized by", "taken by", "retaken by", "recaptured by", "liberated by", "overrun by", "stormed by",
             "fell to", "fall to", "falls to", "fell into the hands of", "passed to", "handed over to", "handed to", "ceded to",
             "surrendered to", "won by", "reclaimed by", "taken back by",
             // "Sirte's capture by ISIL": a noun of taking after a place in the possessive.
             "capture by", "seizure by", "takeover by", "recapture by"], .captured, .passive)
        // "the city fell within hours" (said by a side): taken by whoever reports it.
        add(["fell"], .captured, .passive, 0.7)
        // "Sirte had been liberated from Islamic State": the actor after "from" loses the places before.
        add(["liberated from", "freed from", "recaptured from", "retaken from", "captured from", "seized from", "taken from",
             "wrested from", "cleared of", "purged of",
             // "Sirte's liberation from ISIL".
             "liberation from", "recapture from",
             // "Sirte was declared free of ISIL", "The GNA declared Sirte free of ISIL".
             "declared free of", "declared clear of", "free of"], .lost, .passive, 0.85)
        // Holding a place.
        add(["control", "controls", "controlled", "controlling", "hold", "holds", "held", "holding", "remains in control of",
             "remained in control of", "still controls", "still holds", "in control of", "provided security for", "in charge of",
             "guarded", "guarding", "defending", "defends", "defended", "has its power in", "have their power in", "had its power in",
             "has its power base in", "holds sway over", "hold sway over", "held sway over", "holds sway in", "held sway in",
             "dominate", "dominates", "dominated", "dominating", "occupies", "occupying", "tightened its grip on", "tightened their grip on",
             "tightens its grip on", "consolidated its hold on", "consolidated its hold over", "consolidated control over",
             "consolidated its grip on", "consolidated their grip on", "consolidated their hold on", "grip on", "grip over",
             "maintains control of", "maintained control of", "retains control of", "retained control of", "kept control of"], .controls, .active, 0.8)
        // "the GNA, based in Tripoli": an actor's seat.
        add(["based in", "headquartered in", "entrenched in", "stationed in", "established its headquarters in",
             "established their headquarters in", "established its parliament in", "established its base in", "set up its headquarters in",
             "set up its base in", "set up headquarters in", "moved its headquarters to", "established its seat in", "seated in",
             "headquartered at", "set up a base in", "set up bases in", "set up offices in", "set up base in", "established a base in",
             "established bases in", "established a presence in", "set up camps in", "set up a camp in", "established in", "installed in",
             "sits in", "convenes in", "convened in", "reconvened in", "reconvenes in", "bases itself in", "based itself in", "based themselves in",
             "established itself in", "established themselves in", "installed itself in", "set itself up in",
             // "the GNA Presidency Council seated itself in Tripoli".
             "seated itself in", "seats itself in", "installed themselves in", "seated themselves in",
             // "The Islamic State established a foothold in Sirte in early 2015".
             "established a foothold in", "gained a foothold in", "has a foothold in", "had a foothold in"], .controls, .active, 0.75)
        // "The House of Representatives relocated to Tobruk": a government's new seat (only a government's: "the LNA moved to Sirte" is an advance).
        add(["relocated to", "moved to", "relocated its seat to", "moved its seat to", "relocates to", "moves to",
             "relocated itself to", "moved itself to", "relocated themselves to",
             // "Fayez Sarraj, the head of the GNA, arrived in Tripoli": a government arriving takes its seat.
             "arrived in", "arrives in"], .controls, .active, 0.7)
        // "The Kaniyat ruled Tarhuna".
        add(["ruled", "rules"], .controls, .active, 0.75)
        add(["under the control of", "under control of", "in the hands of", "into the hands of", "held by", "controlled by", "remained in the hands of",
             "remains in the hands of", "stronghold of", "under the rule of", "dominated by", "under the territorial control of",
             "under the effective control of", "under the de facto control of", "under the military control of", "under the full control of",
             "under the complete control of", "under the firm control of", "under the nominal control of"], .controls, .passive, 0.85)
        // "Some areas of the country operated under the influence of the LNA": held, less firmly said.
        add(["under the influence of", "under the sway of"], .controls, .passive, 0.7)
        // Losing a place.
        add(["lost", "lose", "loses", "losing", "withdrew from", "retreating from", "retreats from", "pulling out of", "pulls out of", "withdraw from", "withdrawn from", "withdrawing from",
             "retreated from", "retreat from", "pulled out of", "pull out of", "abandoned", "evacuated", "fled", "fled from",
             "were forced out of", "was forced out of", "were driven out of", "was driven out of", "were expelled from",
             "were knocked out of", "was knocked out of", "were ousted out of",
             "was expelled from", "were pushed out of", "were ousted from", "was ousted from", "forced to retreat from",
             "forced to withdraw from", "forced to retreat", "forced to withdraw", "lost control of", "lost control over",
             "lose control of", "losing control of", "loses control of", "loses control over", "lose control over", "losing control over",
             "pulled back from", "pulled out from", "were routed from", "was routed from",
             "ceded", "relinquished", "gave up", "surrendered", "withdrawal from", "pullout from", "pull-out from",
             "vacated", "vacates", "handed over",
             // "In July 2016 Jadhran handed the oil terminals to the GNA": the side after "to" took them.
             "handed", "hands", "handing", "handed back", "handed control of", "handed back control of", "turned over",
             "gave control of", "ceded control of"], .lost, .subjectLoses, 0.8)
        // "lost ground in Sirte": a fight going badly, not the place lost.
        add(["lost ground in", "losing ground in", "lost ground around", "losing ground around", "ceded ground in", "gave ground in"], .contested, .active, 0.6)
        add(["withdrew", "withdrawn", "withdrawing", "withdraws", "retreated", "retreating", "pulled out", "pulled back",
             "pulling out", "fled the city", "fled the town"], .lost, .subjectLoses, 0.75, bare: true)
        // "pulled its forces back from Tripoli", "withdrew their troops from Sirte".
        add(["pulled its forces back from", "pulled their forces back from", "pulled its forces out of", "pulled their forces out of",
             "withdrew its forces from", "withdrew their forces from", "withdrew its troops from", "withdrew their troops from",
             "pulled its troops out of", "pulled its fighters out of", "withdrew his forces from", "withdrew his troops from",
             "pulled his forces out of", "pulled his forces back from", "pulled their troops out of", "pulled their fighters out of"], .lost, .subjectLoses, 0.85)
        // "the recapture of Gharyan", "the capture of Sirte by the GNA".
        add(["capture of", "recapture of", "liberation of", "seizure of", "takeover of", "fall of"], .captured, .nominal, 0.8)
        // "the GNA's victory in Sirte": a victory won at a place takes it.
        add(["victory in", "victories in", "victory at"], .captured, .nominal, 0.7)
        // "ISIL's defeat in Sirte", "the LNA's loss of Gharyan", "ISIL's expulsion from Derna": the side whose
        // defeat it is (a possessive before the noun, ``Triggers/ownedLossNouns``) loses the place.
        add(["defeat in", "defeat at", "loss of", "expulsion from", "ouster from", "eviction from"], .lost, .subjectLoses, 0.75)
        // "Haftar suffered a major defeat in Gharyan": the subject lost the place.
        add(["suffered a defeat in", "suffered a defeat at", "suffered defeats in", "suffered a setback in", "suffered a heavy defeat in",
             "suffered a major defeat in", "suffered a crushing defeat in", "suffered a major setback in"], .lost, .subjectLoses, 0.75)
        // "Haftar's forces suffered heavy losses in Tarhuna": a fight there.
        add(["suffered heavy losses in", "suffered losses in", "suffered heavy casualties in", "suffered casualties in"], .contested, .active, 0.6)
        // "the expulsion of ISIL from Darnah": the actor after the noun loses the place after "from".
        add(["expulsion of", "ouster of", "withdrawal of", "retreat of", "eviction of", "defeat of", "removal of", "ousting of"],
            .lost, .nominalLoss, 0.8)
        add(["control of", "control over"], .controls, .active, 0.75)
        // Fighting for a place.
        add(["fighting in", "fighting for", "fighting around", "clashes in", "clashes around", "clashes near", "battle for",
             "battles for", "battles in", "fights for", "fights began for", "fighting broke out in", "broke out in", "erupted in", "clashes broke out in",
             "clashes", "clashed", "fighting between", "clashes erupted", "clashes occurred in", "fighting erupted", "contested", "broke out between", "erupted between", "fighting broke out between",
             "clashes broke out between", "clashes erupted between", "clashes continued between", "fighting continued between",
             "clashes continued in", "fighting continued in", "battle of", "confrontation in", "confrontations in", "standoff in",
             // "It was fought in May and July 2014 between …": the sides after, the place in the sentence or the title.
             "was fought", "is fought", "were fought", "been fought", "being fought", "fought between", "battle between",
             "battles between", "war between", "battle in", "heavy fighting", "street fighting", "fierce fighting", "broken out between", "broken out in",
             "vying for control of", "vying for control over", "battling for control of", "changed hands",
             // "Forces loyal to Libya's two rival governments continue to square off in and around the capital".
             "square off in", "squared off in", "squaring off in", "squares off in", "faced off in", "face off in", "facing off in",
             "square off around", "squared off around", "squaring off around",
             "fight against", "fight for", "fight in", "struggle against", "struggle for", "battle against",
             // "Over the next two months, sporadic fighting took place around Sirte".
             "fighting took place in", "fighting took place around", "fighting took place near", "clashes took place in",
             "clashes took place around", "clashes took place near", "battles took place in", "battles took place around",
             "fighting occurred in", "fighting occurred around", "fighting raged in", "fighting raged around", "fighting raged on",
             "clashes raged in", "clashes raged around", "fighting continued around", "fighting continued near",
             "clashes erupted near", "clashes erupted around", "fighting erupted around", "fighting erupted near",
             // "Fighting has been concentrated in the southern suburbs of the capital".
             "fighting has been concentrated in", "fighting was concentrated in", "fighting is concentrated in", "fighting has been centered on",
             "fighting has centred on", "clashes have been concentrated in", "clashes were concentrated in"],
            .contested, .nominal, 0.7)
        // "GNA forces fighting Islamic State in Sirte": both sides fight for the place.
        add(["fighting", "battling", "fought", "fights", "battled", "clashing",
             // "Forces loyal to the GNA have been engaged with ISIL in Sirte since May".
             "engaged with", "engaged in fighting with", "engaged in clashes with", "engaged in battles with"], .contested, .active, 0.7)
        // "ISIL is down to three neighbourhoods in Sirte", "holding out in Sirte": the last of a place fought for.
        add(["down to", "holding out in", "held out in", "holds out in", "hold out in", "made gains in", "making gains in",
             "gained ground in", "gaining ground in", "confined to", "holed up in", "trapped in", "cornered in", "besieged in",
             "surrounded in", "encircled in", "reduced to", "been reduced to", "whittled down to"], .contested, .active, 0.7)
        // "ISIL forces had been present in the city since February 2015": a side's forces in a place it does not hold.
        add(["present in", "been present in",
             // "ISIL still has a presence in Sabha", "the group maintains a presence in Derna".
             "has a presence in", "have a presence in", "had a presence in", "maintains a presence in", "maintained a presence in",
             "retains a presence in", "kept a presence in"], .contested, .active, 0.6)
        // "The GNA repelled an LNA attack on Tripoli airport": who repels holds the place.
        add(["repelled", "repulsed", "fended off", "beat back", "beat off", "thwarted", "pushed back",
             // "Forces aligned with the GNA have been fighting off an LNA assault on Tripoli".
             "fighting off", "fought off", "fend off", "fending off", "fends off", "beating back", "beats back", "repel", "repels",
             "repelling", "repulsing"], .controls, .active, 0.7)
        // "The LNA's attack on Gharyan was repelled by GNA forces": the side after "by" holds the place attacked.
        add(["was repelled by", "were repelled by", "was repulsed by", "were repulsed by", "was beaten back by", "were beaten back by",
             "was thwarted by", "was fended off by"], .controls, .passive, 0.7)
        // Attacking a place.
        // A siege is an attack on the place, not yet fighting inside it.
        add(["attacked", "attack", "attacks", "attacking", "struck", "shelled", "bombed", "raided", "assaulted", "besieged and shelled",
             "besieged", "besiege", "besieging", "besieges", "laid siege to", "encircled", "encircling", "surrounded", "bombarded", "shelling",
             "blockaded", "blockading", "blockades",
             "target", "targets", "targeted", "targeting", "moved on", "advanced on", "marched on", "advancing on", "moving on",
             "advance on", "advances on", "march on", "marches on", "marching on",
             "bombs", "shells", "pounded", "pounds", "pounding", "bombarding", "bombards", "raid", "raids", "raiding", "hit", "hits", "hitting",
             "advanced towards", "advanced toward", "advancing towards", "advancing toward", "advance towards", "advance toward",
             "marched towards", "marching towards", "moved towards", "pushed towards", "pushing towards", "pushed toward", "pushing toward",
             "moved toward", "moving toward", "moving towards", "marched toward", "marching toward", "headed toward", "headed towards",
             "heading toward", "heading towards",
             "closing in on", "closed in on", "closes in on", "close in on", "converging on", "converged on",
             "expanded operations into", "expanded its operations into", "expanded their operations into", "extended operations into",
             "reached the outskirts of", "reach the outskirts of", "reaching the outskirts of", "reached the gates of", "reach the gates of",
             "reached the edge of", "at the gates of", "ambushed", "ambush", "ambushes", "ambushing", "extended into", "spread to",
             "inching towards", "inching toward", "inching in towards", "inching closer to", "edging towards", "edging closer to",
             // "The LNA has advanced to within 30 km of Tripoli".
             "advanced to within", "advancing to within", "advance to within", "pushed to within", "moved to within", "came within",
             "closed to within",
             "expanded into",
             // "Five U.S. strikes took out two ISIL tanks in Sirte": what a strike destroys is at the place of the sentence.
             "took out", "destroyed", "destroying"],
            .attacked, .active, 0.75)
        // "launched Operation Dignity against extremist groups in Benghazi": an operation launched on a place.
        add(["launched", "launches", "launching"], .attacked, .active, 0.6)
        // "Derna has been besieged by the LNA": the places before, the actor after.
        add(["besieged by", "encircled by", "surrounded by", "attacked by", "shelled by", "bombed by", "targeted by", "bombarded by",
             "raided by", "under siege by", "under siege from", "under attack by", "under attack from", "under fire from"], .attacked, .passive, 0.75)
        add(["operations against", "operation against", "campaign against", "attack on", "attacks on", "attack against", "assault on", "offensive on", "offensive against", "air strikes on",
             "airstrikes on", "air strike on", "airstrike on", "strikes on", "bombing attacks on", "bombing of", "shelling of",
             "bombardment of", "raid on", "raids on", "offensive to capture", "siege of", "blockade of", "airstrikes against", "attacks against",
             "air strikes against", "airstrikes in", "air strikes in", "airstrikes targeting", "air strikes targeting", "drone strikes on",
             "drone strike on", "shelling on", "offensive toward", "offensive towards", "push on", "push toward", "push towards",
             "assault against", "counteroffensive on", "counter-offensive on", "counteroffensive against", "strikes in", "strike in",
             "strikes against", "strike against", "strike on", "strikes targeting", "airstrike in", "air strike in", "airstrike against",
             "air strike against", "airstrikes near", "air strikes near", "airstrike near", "strikes near", "strike near",
             "bombing raids on", "bombing raid on", "air raids on", "air raid on", "bombardment on", "bombing in", "bombings in",
             "attack in", "attacks in", "bombing attacks in", "suicide attack in", "suicide attacks in", "ambush on", "ambush near",
             "ambush in",
             // "a series of killings in Ajdabiya", "the military action by the LNA against GNA forces in Tripoli", "tightened the siege on".
             "killings in", "assassinations in", "car bombing in", "car bombings in", "suicide bombing in", "suicide bombings in",
             "siege on", "military action against", "military action in", "military operations in", "military operation in",
             "bombing campaign against", "bombing campaign on", "air campaign against", "air campaign on"], .attacked, .nominal, 0.75)
        // "An air strike by the LNA on Tajoura": the attacker between the noun and its target.
        add(["military action by", "air strike by", "air strikes by", "airstrike by", "airstrikes by", "drone strike by", "drone strikes by", "strike by",
             "strikes by", "attack by", "attacks by", "assault by", "offensive by", "shelling by", "bombardment by", "raid by",
             "raids by", "bombing by"], .attacked, .nominal, 0.75)
        return list
    }()

    /// "under GNA control", "under Houthi rule": found around the actor's name, not as a
    /// run of words; places before, the actor inside.
    static let underActorControl = Trigger(words: ["under"], status: .controls, voice: .passive, strength: 0.85, reach: 10)

    /// "The strike was carried out by the LNA": an attack referred back to, ascribed to a side.
    static let attackReferredBack = Trigger(words: ["carried", "out", "by"], status: .attacked, voice: .nominal, strength: 0.7, reach: 10)

    /// "Gharyan back in GNA hands", "the town remained in LNA hands": found around the actor's name.
    static let inActorHands = Trigger(words: ["in", "hands"], status: .controls, voice: .passive, strength: 0.8, reach: 10)
    static let backInActorHands = Trigger(words: ["back", "in", "hands"], status: .captured, voice: .passive, strength: 0.8, reach: 10)

    /// "Sirte returned to LNA control": found around the actor's name; places before, the actor inside.
    static let toActorControl = Trigger(words: ["to"], status: .captured, voice: .passive, strength: 0.8, reach: 10)
    /// "Haftar led Operation Dignity against Islamist militias in Benghazi": a side named as an operation, then
    /// "against": the operation's attack (found after the name, whose "Operation" the side's name holds).
    static let namedOperationAgainst = Trigger(words: ["against"], status: .attacked, voice: .nominal, strength: 0.75, reach: 10)

    /// "Sirte was ISIS's center of governance", "ISIS's stronghold in Sirte": a noun of a
    /// held seat between the actor and the place. Found around the actor's name.
    static let seatOfActor = Trigger(words: ["seat"], status: .controls, voice: .passive, strength: 0.8, reach: 10, describesSeat: true)
    static let actorSeat = Trigger(words: ["seat"], status: .controls, voice: .active, strength: 0.8, reach: 3)

    /// "the government in Tobruk": a government named with its city; the actor before, the place after.
    static let governmentIn = Trigger(words: ["in"], status: .controls, voice: .active, strength: 0.7, reach: 2, describesSeat: true)

    /// An infobox row "Headquarters: Derna (2014–18), Sirte (2015–16)": the title's group holds those towns.
    static let headquartersRow = Trigger(words: ["headquarters:"], status: .controls, voice: .nominal, strength: 0.8, reach: 20, describesSeat: true)
    static let headquartersWord = WordKey("headquarters")

    /// Verbs of moving that give a government a new seat: "relocated to Tobruk".
    static let relocationWords: Set<String> = ["relocated", "moved", "relocates", "moves", "arrived", "arrives"]

    /// Words of a seat in a trigger ("based in", "headquartered in", "established its parliament in").
    static let seatWords: Set<String> = ["based", "headquartered", "stationed", "seated", "entrenched", "headquarters", "parliament",
                                         "seat", "base"]

    /// The last word of a government's name that may be followed by its city: "government in Tobruk".
    /// Words a verb of fighting takes before its other side: "fought battles against ISIL".
    static let foughtObjectWords: Set<String> = ["battles", "battle", "fierce", "heavy", "pitched", "a"]

    static let governmentNouns: Set<String> = ["government", "congress", "parliament", "authorities", "cabinet"]

    /// "the Tripoli-based GNA": the place before "-based", the actor after.
    /// "defending Tripoli from an LNA offensive": the side after "from" attacked (``SentenceAnalysis/attacksDefendedFrom()``).
    static let defendedFrom = Trigger(words: ["defending", "from"], status: .attacked, voice: .active, strength: 0.75, reach: 6)
    static let placeBasedActor = Trigger(words: ["based"], status: .controls, voice: .passive, strength: 0.75, reach: 10, describesSeat: true)

    /// Nouns for a place an actor holds as its seat.
    static let seatNouns: Set<String> = ["stronghold", "strongholds", "bastion", "headquarters", "capital", "seat", "base", "bases", "center",
                                         "centre", "hub", "fiefdom", "heartland", "territory"]

    /// Forms of "be" and "become" linking a place to what it is: "Sirte was ISIS's stronghold".
    static let copulas: Set<String> = ["is", "was", "remains", "remained", "became", "becomes"]

    /// The same words packed, tested at every word of a sentence.
    static let seatNounKeys: WordKeySet = WordKeySet(seatNouns.map { WordKey($0) })
    static let copulaKeys: WordKeySet = WordKeySet(copulas.map { WordKey($0) })
    static let under = WordKey("under"), based = WordKey("based"), inWord = WordKey("in")
    /// Verbs of attack that are more often nouns ("car bombs", "artillery shells"): verbs only after a force's name.
    /// Nouns of striking that may end a side's name ("U.S. airstrikes") and open a trigger of attack ("airstrikes in").
    static let strikeNounKeys: WordKeySet = [WordKey("airstrikes"), WordKey("strikes")]
    static let nounLikeVerbKeys: WordKeySet = [WordKey("bombs"), WordKey("shells"), WordKey("pounds")]

    /// Triggers by their first word (packed), longest first.
    /// Vocabularies read at every trigger, tested by packed keys.
    static let notTakingWords = WordVocabulary(notTaking), degreeWordSet = WordVocabulary(degreeWords)
    static let partitiveWords = WordVocabulary(partitives), operationNounWords = WordVocabulary(operationNouns), launchVerbWords = WordVocabulary(launchVerbs)
    static let genericForceNounWords = WordVocabulary(genericForceNouns), originWordSet = WordVocabulary(originWords)
    static let forceNameNounWords = WordVocabulary(forceNameNouns), placeAdjectiveWords = WordVocabulary(placeAdjectives)
    static let relocationWordSet = WordVocabulary(relocationWords), repelWordSet = WordVocabulary(repelWords)
    static let reportingWords = WordVocabulary(reporting), accomplishedInfinitiveWords = WordVocabulary(accomplishedInfinitive)

    static let byFirstWord: WordKeyTable<[Trigger]> = {
        var table: [WordKey: [Trigger]] = [:]
        for trigger in all { table[WordKey(trigger.words[0]), default: []].append(trigger) }
        for key in table.keys { table[key]!.sort { $0.words.count > $1.words.count } }
        return WordKeyTable(table)
    }()

    /// Words that make a clause a hypothesis, plan, condition, negation, denial, opinion or
    /// accusation rather than a report of fact.
    /// Words before "control of" that give it up: "loss of control over", "ceded control of".
    static let controlLossWords: Set<String> = ["loss", "lost", "ceded", "cedes", "cede", "ceding", "relinquished", "relinquishes",
                                                "surrendered", "surrenders", "stripped", "deprived",
                                                // "handed over control of Sirte to the GNA", "transferred control of the port".
                                                "handed", "hands", "handing", "transferred", "transfers", "transferring", "gave", "gives"]
    /// "lost control of": what a loss of control is read as.
    static let lostControl: Trigger = all.first { $0.words == ["lost", "control", "of"] }!

    /// First words of the verbs of repelling an attack: "repelled an LNA attack on Tripoli airport".
    static let repelWords: Set<String> = ["repelled", "repulsed", "fended", "beat", "thwarted", "pushed", "fighting", "fought", "fend",
                                          "fending", "fends", "beating", "beats", "repel", "repels", "repelling", "repulsing"]

    /// Verbs of defeating a side: "defeats ISIL in Derna" takes the place from the side defeated.
    static let defeatWords: Set<String> = ["defeated", "defeats", "routed", "routs", "vanquished"]

    /// Words of trying: "in an attempt to seize", "attempted to storm" (an attack, not a refusal).
    static let attemptWords: Set<String> = ["try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "bid", "effort", "efforts"]

    static let refusals: Set<String> = [
        "if", "unless", "could", "would", "might", "should", "will", "shall", "wont", "plans", "plan", "planned", "planning",
        "intends", "intend", "intended", "aims", "aim", "hopes", "hope", "hoping", "unlikely", "likely", "possible", "possibly",
        "perhaps", "probably", "may", "threatened", "threatens", "threaten", "vowed", "vows", "pledged", "ready", "preparing",
        "prepare", "prepares", "decide", "decides", "want", "wants", "wanted", "try", "tries", "tried", "attempt", "attempts",
        "attempted", "attempting", "not", "no", "never", "nor", "didnt", "did", "hadnt", "hasnt", "havent", "wasnt", "werent", "isnt", "arent", "dont", "doesnt", "couldnt", "wouldnt", "shouldnt", "cant", "cannot", "denied", "denies", "deny", "failed",
        "fail", "fails", "unable", "accused", "accusing", "accuses", "alleged", "allegedly", "suspected", "involvement",
        "investigation", "inability", "failure", "believe", "believes", "think", "thinks", "thought", "expected", "expect", "expects", "order", "orders",
        "ordered", "called", "calls", "urged", "demanded", "lest", "needs", "need", "supposed", "rumours", "rumors",
        "imminent", "preparations", "potential", "upcoming", "looming", "aiming", "seeking", "seeks", "sought", "premature", "false",
        // "rejected claims that the LNA had captured Gharyan" ("disputed" is also an adjective, "short" of many phrases).
        "rejected", "rejects", "refuted",
    ]

    /// Verbs after which an infinitive reports what happened ("managed to regain
    /// control"); after any other word, "to" + a verb of taking is a purpose.
    static let accomplishedInfinitive: Set<String> = [
        "managed", "manages", "manage", "able", "went", "goes", "proceeded", "proceeds", "began", "begins", "begun",
        "started", "starts", "continued", "continues", "continue", "came", "succeeded",
    ]

    /// Capitalized words that make the place before them part of a force's name.
    static let forceNameNouns: Set<String> = [
        "defence", "defense", "protection", "brigade", "brigades", "battalion", "battalions", "shura", "revolutionaries",
        "military", "martyrs", "militia", "militias", "guards", "shield",
    ]

    /// Verbs of a relative clause that give its antecedent's span of time.
    static let durationVerbs: Set<String> = ["lasted", "lasting", "lasts", "ran", "continued", "spanned", "took",
                                             // "The LNA's offensive on Tripoli, which began on April 4, stalled": its start dates it.
                                             "began", "started", "commenced"]

    /// ``refusals`` packed, to test every word before a trigger cheaply (all are short
    /// enough to pack, so no long word matches).
    static let refusalKeys: WordKeySet = WordKeySet(refusals.map { WordKey($0) })

    /// Words that refer back to the last actor named: "they", "his troops", "the army".
    static let actorAnaphora: Set<String> = [
        "they", "he", "his", "their", "its", "it", "troops", "forces", "force", "units", "fighters", "militants", "operatives", "army", "militia", "militias",
        "brigades", "battalion",
        "brigade", "soldiers", "detachments", "detachment", "council", "group", "coalition", "alliance", "organization",
        "organisation", "movement", "jihadists", "insurgents", "rebels", "islamists", "extremists", "terrorists", "we", "our",
    ]
    static let actorAnaphoraKeys: WordKeySet = WordKeySet(actorAnaphora.map { WordKey($0) })

    /// Nouns among ``actorAnaphora`` that any force's fighters are called: they refer to the
    /// last actor named, whatever its name.
    static let genericForceNouns: Set<String> = ["troops", "forces", "units", "fighters", "militants", "operatives", "soldiers", "detachments",
                                                 "detachment", "jihadists", "insurgents", "rebels",
                                                 // "Libyan Army tanks advancing through Benghazi": a force's machines stand for it.
                                                 "tanks", "vehicles", "armour", "armor", "columns", "convoys"]

    /// The pronouns among ``actorAnaphora``.
    static let actorPronouns: Set<String> = ["they", "he", "his", "their", "its", "it", "we", "our"]

    /// Words that refer back to the last place named ("the town", "the air base", "the
    /// harbor"), with the kinds of place they can mean.
    static let placeAnaphora: [String: Set<PlaceKind>] = [
        "town": [.town, .city, .village], "city": [.city, .town], "village": [.village, .town], "settlement": [.town, .village],
        "settlements": [.town, .village],
        "oasis": [.town, .village, .district, .area], "base": [.airbase, .airport], "airbase": [.airbase, .airport],
        "airport": [.airport, .airbase], "airfield": [.airbase, .airport], "terminal": [.oilTerminal, .port],
        "terminals": [.oilTerminal, .port], "port": [.port, .oilTerminal], "harbor": [.port], "harbour": [.port],
        "field": [.oilField], "oilfield": [.oilField], "region": [.region, .district, .area], "district": [.district, .area],
        "prison": [.area], "compound": [.area], "camp": [.area], "neighbourhood": [.area], "neighborhood": [.area],
        "areas": [.city, .town, .village, .area, .district], "cities": [.city, .town], "towns": [.town, .city, .village],
        "villages": [.village, .town], "ports": [.port, .oilTerminal], "bases": [.airbase, .airport], "airbases": [.airbase, .airport],
        // "recaptured all lost positions": the places the text named last, whatever their kind.
        "positions": [.city, .town, .village, .area, .port, .oilTerminal, .airbase, .airport, .oilField],
    ]

    /// Nouns for a part of a place: a capture of "two barracks in Sirte" or "part of the
    /// city" is fighting for the place, not its capture.
    static let partitives: Set<String> = [
        "part", "parts", "area", "areas", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "quarter", "quarters",
        "barracks", "bridge", "bridges", "building", "buildings", "positions", "position", "locations", "outskirts", "suburb",
        "suburbs", "checkpoint", "checkpoints", "hotel", "hospital", "center", "centre", "compound", "headquarters", "street",
        "streets", "district", "districts", "houses", "blocks", "block", "factory", "camp", "camps", "road", "roads",
        "much", "most", "majority", "half", "percent", "sections", "section", "pockets", "swathes", "swaths",
        // Sites inside a city: "recaptured the Guest Palace complex", "took over the prime ministerial offices".
        "complex", "palace", "ministry", "ministries", "offices", "ruins", "structures",
    ]

    /// Words of degree that may stand inside a trigger: "took full control of", "lost effective control over".
    static let degreeWords: Set<String> = ["full", "complete", "total", "effective", "firm", "back", "overall", "sole", "forward", "main", "deeper", "further",
                                           // "pushed east toward Sirte": a direction inside a verb of moving.
                                           "east", "west", "north", "south", "eastward", "westward", "northward", "southward"]
    static let degreeWordKeys: WordKeySet = WordKeySet(degreeWords.map { WordKey($0) })

    /// Verbs that launch an operation and nouns of one: "launched an offensive to take
    /// Sabha" is an attack on Sabha, not a purpose to refuse.
    static let launchVerbs: Set<String> = ["launched", "launches", "launching", "began", "begun", "begins", "started", "starts",
                                           "mounted", "mounts", "opened", "initiated", "waged",
                                           // "taking part in the military operations … to clear Jafara": joining an operation.
                                           "part", "joined", "joining", "joins", "participating", "participated", "led", "leading", "conducting", "conducted"]
    /// Nouns of a loss that count only after the possessive of the side that suffers it
    /// ("ISIL's defeat in Sirte", not "the defeat of ISIL in Sirte" nor "the loss of life in Sirte").
    static let ownedLossNouns: Set<String> = ["defeat", "loss", "expulsion", "ouster", "eviction"]
    static let operationNouns: Set<String> = ["offensive", "operation", "campaign", "attack", "assault", "push", "drive", "bid",
                                              "advance", "counteroffensive", "counter-offensive", "offensives", "operations", "attacks",
                                              "attempt", "attempts", "effort"]

    /// Words after a verb of taking that make it something else: "took place", "took part".
    static let notTaking: Set<String> = ["place", "part", "office", "power", "note", "hostage", "hostages", "refuge", "shelter", "up",
                                         "advantage", "steps", "measures", "action", "responsibility", "care"]

    /// Words of change before a state ("came under the control of", "passed into the hands
    /// of", "the transition under the control of"): the state begins there, a capture.
    static let changeIntoState: Set<String> = ["came", "come", "comes", "coming", "passed", "passes", "fell", "falls", "went",
                                               "returned", "transition", "transfer", "transferred", "brought", "placed"]

    /// Adjectives that may stand between a determiner and a noun referring back to a place:
    /// "the entire city", "the former international airport", "Tripoli's old airport".
    static let placeAdjectives: Set<String> = ["entire", "whole", "besieged", "coastal", "same", "former", "old", "new", "international",
                                               "main", "military", "civilian", "strategic", "key", "nearby", "only", "southern",
                                               "northern", "eastern", "western", "central", "desert", "oil", "air", "lost",
                                               // "the southern oasis town".
                                               "oasis", "mountain", "border", "frontline", "northeastern", "northwestern",
                                               "southeastern", "southwestern"]

    /// Whether a word describes a place before its noun: an adjective of ``placeAdjectives``, or
    /// a capitalized adjective of nationality ("the eastern Libyan coastal city", "the Syrian
    /// border town", "the Sudanese oasis", "an Iraqi city"), whatever the country.
    static func describesPlace(_ word: TextWord) -> Bool {
        if placeAdjectiveWords.contains(word) { return true }
        guard word.capitalized, !word.allCaps, word.key.utf8.count >= 5 else { return false }
        return word.key.hasSuffix("an") || word.key.hasSuffix("ese") || word.key.hasSuffix("i")
    }

    /// Words before a noun that make it refer back to places named: "the town", "these areas".
    static let aWord = WordKey("a")
    static let anWord = WordKey("an")
    /// Nouns of facilities ``placeAnaphora`` knows: "a major airbase" may be named in the next sentence.
    static let facilityNounKeys: WordKeySet = WordKeySet(placeAnaphora.filter { $0.value.contains(where: \.isFacility) }.keys.map { WordKey($0) })

    /// The words that may refer back to a place: "capital" and the nouns of ``placeAnaphora``, packed.
    static let placeReferringKeys: WordKeySet = WordKeySet((Array(placeAnaphora.keys) + ["capital"]).map { WordKey($0) })

    static let placeDeterminers: Set<String> = ["the", "air", "oil", "these", "those", "both", "all"]

    /// Forms of "be" (and "get") that make the participle after them passive.
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are", "got", "gets"]

    /// Words that make the actors after them supporters of a side, not a side: "supported by
    /// the LROR", "backed by Turkey", "composed of".
    static let supportWords: Set<String> = ["supported", "backed", "composed", "aided", "assisted", "consisting", "supporting",
                                            "including", "helped", "support", "backing", "help", "assistance"]
    /// ``supportWords`` packed, tested before every actor named (all are short enough to pack).
    static let supportWordKeys: WordKeySet = WordKeySet(supportWords.map { WordKey($0) })

    /// Nouns of a battle: a sentence about "the battle" or "it" with no place speaks of the title's place.
    static let battleNouns: Set<String> = ["battle", "fighting", "offensive", "siege", "clashes", "war", "conflict", "it",
                                           "campaign", "operation"]

    /// Nouns of fighting: "in control of Garabulli after three days of fighting".
    static let fightingNouns: Set<String> = ["fighting", "clashes", "battle", "battles", "siege", "combat", "offensive", "assault"]

    /// Verbs that report what someone else says: the actor of the claim comes after "that".
    static let reporting: Set<String> = ["said", "says", "declared", "announced", "reported", "claimed", "stated", "confirmed",
                                         "added", "told", "insisted", "acknowledged", "admitted", "noted", "indicated"]

    /// Nouns that make an actor named after a trigger part of its object: "airstrikes on LNA targets in Gharyan".
    static let targetNouns: Set<String> = ["targets", "target", "positions", "position", "troops", "fighters", "units", "forces",
                                           "militants", "convoy", "convoys", "bases", "base", "depots", "depot",
                                           // "the airstrike on an ISIL training camp in Sabratha"
                                           "camp", "camps", "training", "hideout", "hideouts", "compound", "compounds"]
    static let targetNounKeys: WordKeySet = WordKeySet(targetNouns.map { WordKey($0) })

    /// Words before "from" that make the place after it a force's origin: "originating from Tarhuna".
    static let originWords: Set<String> = ["originating", "originate", "originates", "hailing", "hails", "coming", "comes", "native"]

    /// Words of a removal before "from its stronghold": the seat is lost, not held.
    static let removalWords: Set<String> = ["removal", "removing", "removed", "expulsion", "expelled", "expelling", "ouster", "ousted",
                                            "driven", "drove", "driving", "pushed", "evicted", "eviction", "withdrew", "withdrawal",
                                            "retreated", "retreat", "fled", "flight", "ejected", "cleared", "liberation", "liberated"]

    /// The directions among ``locators``.
    static let directions: Set<String> = ["south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest"]
    static let directionKeys: WordKeySet = WordKeySet(directions.map { WordKey($0) })

    /// Words before a place that make it a landmark rather than the object: "near Sirte", "south of Sirte".
    static let locators: Set<String> = ["near", "outside", "beyond", "towards", "toward", "far", "south", "north", "east", "west",
                                        "southeast", "southwest", "northeast", "northwest", "kilometres", "kilometers", "km", "miles"]
    static let locatorKeys: WordKeySet = WordKeySet(locators.map { WordKey($0) })

}
