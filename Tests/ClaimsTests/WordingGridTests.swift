import Claims
import Testing

/// Laws of paraphrase: a claim gives the same assertions whichever common name its side is
/// given ("the LNA", "forces loyal to Khalifa Haftar", "fighters of the self-styled Libyan
/// National Army"), whichever spelling or description its town has ("Sebha", "the oasis
/// city of Sabha", "Gharyan, south of Tripoli,"), and whatever opens or closes the
/// sentence ("On Tuesday,", ", a spokesman said"). Each frame below is written once with
/// every form of every side and once with every form of every town, the other parts taken
/// in turn; each family of frames must come out right in at least 97% of its sentences.
/// The frames were written as news words them, not from the texts the rules were tuned on.
@Suite struct WordingGridTests {
    static let published = Day(year: 2019, month: 6, day: 20)!

    struct Side {
        let id: String
        /// The ways news names the side as a subject or object.
        let forms: [String]
        /// As a word before a noun ("an LNA stronghold", "under GNA control").
        let attributive: [String]
        /// As an owner ("the LNA's capture of Gharyan").
        let possessive: [String]
    }

    static let sides: [Side] = [
        Side(id: "lna", forms: ["the LNA", "the Libyan National Army", "Haftar's forces", "forces loyal to Khalifa Haftar",
                                "the eastern-based Libyan National Army", "LNA troops", "Haftar's Libyan National Army (LNA)",
                                "fighters of the self-styled Libyan National Army", "the Libyan Arab Armed Forces",
                                "the LNA, led by Khalifa Haftar,", "Haftar loyalists", "Hifter's forces", "UAE-backed forces",
                                "the renegade general's forces"],
             attributive: ["LNA", "Haftar", "Libyan National Army"], possessive: ["the LNA's", "Haftar's", "the Libyan National Army's"]),
        Side(id: "gna", forms: ["the GNA", "GNA forces", "forces loyal to the Government of National Accord",
                                "forces aligned with the UN-backed government", "pro-GNA forces",
                                "troops of the internationally recognised government", "the Tripoli-based Government of National Accord",
                                "militias allied with the GNA", "the UN-backed Government of National Accord (GNA)",
                                "forces of the Tripoli government", "Turkish-backed forces", "forces of Fayez al-Saraj"],
             attributive: ["GNA", "Government of National Accord", "Tripoli government"],
             possessive: ["the GNA's", "the Government of National Accord's", "the UN-backed government's"]),
        Side(id: "isil", forms: ["the Islamic State", "IS militants", "ISIS fighters", "Islamic State fighters", "Daesh", "ISIL",
                                 "the Islamic State group", "jihadists of the Islamic State"],
             attributive: ["Islamic State", "ISIS", "IS"], possessive: ["ISIL's", "the Islamic State's", "Daesh's"]),
    ]

    /// The sides fought against, taken in turn.
    static let opponents = ["lna": ["gna", "isil"], "gna": ["lna", "isil"], "isil": ["gna", "lna"]]

    struct Town {
        let id: String
        let noun: String
        let forms: [String]
    }

    static let towns: [Town] = [
        Town(id: "gn:2210554", noun: "city", forms: ["Sirte", "the city of Sirte", "the coastal city of Sirte", "Sirte, 450 km east of Tripoli,",
                                                     "the central city of Sirte", "Sirt"]),
        Town(id: "gn:2217362", noun: "town", forms: ["Gharyan", "the town of Gharyan", "the strategic town of Gharyan", "Gharyan, south of Tripoli,",
                                                     "the mountain town of Gharyan", "Gharian"]),
        Town(id: "gn:2212775", noun: "city", forms: ["Sabha", "the southern city of Sabha", "the oasis city of Sabha", "Sebha",
                                                     "Sabha, the main city of the south,"]),
        Town(id: "gn:2210221", noun: "town", forms: ["Tarhuna", "the town of Tarhouna", "Tarhuna, 65 km southeast of Tripoli,", "Tarhunah"]),
        Town(id: "gn:87205", noun: "city", forms: ["Derna", "the eastern city of Derna", "Darnah", "the port city of Derna"]),
        Town(id: "gn:89113", noun: "city", forms: ["Ajdabiya", "the town of Ajdabiya", "Ajdabiyah"]),
        Town(id: "gn:2218840", noun: "town", forms: ["Bani Walid", "the town of Bani Walid"]),
    ]

    static let wrappers: [(opening: String, closing: String)] = [
        ("", ""), ("On Tuesday, ", ""), ("", " on Tuesday"), ("According to local sources, ", ""), ("", ", a spokesman said"),
        ("", ", after heavy fighting"), ("Meanwhile, ", ""), ("Late on Sunday, ", ""), ("In early May, ", ""),
    ]

    /// A sentence with slots: {A} and {B} the sides (`{a}` the first side before a noun),
    /// {P} a town, {S} the closing words; and the assertions it makes, as "side status"
    /// with the side written "A" or "B".
    struct Frame {
        let text: String
        let claims: [String]
        init(_ text: String, _ claims: String) {
            self.text = text
            self.claims = claims.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    static func frames(_ verbs: [String], _ pattern: String, _ claims: String) -> [Frame] {
        verbs.map { Frame(pattern.replacingOccurrences(of: "{V}", with: $0), claims) }
    }

    static let families: [String: [Frame]] = [
        "takings": frames(["captured", "seized", "took", "took control of", "seized control of", "gained control of", "took over", "overran",
                           "stormed", "recaptured", "retook", "regained control of", "regained", "liberated", "wrested control of", "secured",
                           "have captured", "has seized", "took full control of", "claimed control of", "captured the whole of",
                           "retook control of", "quickly overran", "finally took", "has now captured", "reportedly seized",
                           "managed to capture", "succeeded in taking"], "{A} {V} {P}{S}.", "A captured")
            + [Frame("{A} entered {P}{S}.", "A contested"), Frame("{A} are in full control of {P}{S}.", "A controls"),
               Frame("After capturing {P}, {A} advanced south{S}.", "A captured"), Frame("{A} said it had captured {P}{S}.", "A captured"),
               Frame("A spokesman for {A} said its forces had seized {P}{S}.", "A captured"),
               Frame("{A} announced that it had taken full control of {P}{S}.", "A captured"),
               Frame("{A} claimed to have captured {P}{S}.", "A captured"), Frame("{A}'s capture of {P} surprised observers{S}.", "A captured"),
               Frame("The capture of {P} by {A} changed the war{S}.", "A captured"), Frame("{A} captured {P} without a fight{S}.", "A captured"),
               Frame("{P}, which was captured by {A} last week, is quiet{S}.", "A captured")],
        "passive takings": frames(["was captured by", "was seized by", "fell to", "was retaken by", "was liberated by", "was overrun by",
                                   "came under the control of", "was taken by", "has been recaptured by"], "{P} {V} {A}{S}.", "A captured"),
        "losses": frames(["withdrew from", "pulled out of", "retreated from", "abandoned", "lost", "lost control of", "was driven out of",
                          "was expelled from", "was forced to withdraw from", "fled", "was pushed out of", "have withdrawn from", "evacuated",
                          "was routed from", "withdrew its forces from"], "{A} {V} {P}{S}.", "A lost")
            + [Frame("Having lost {P}, {A} regrouped further south{S}.", "A lost"), Frame("{A} lost {P} to {B}{S}.", "A lost; B captured"),
               Frame("{A}'s withdrawal from {P} ended the siege{S}.", "A lost")],
        "changes of hands": frames(["seized {P} from {B}", "captured {P} from {B}", "retook {P} from {B}", "drove {B} out of {P}",
                                    "expelled {B} from {P}", "pushed {B} out of {P}", "ousted {B} from {P}"], "{A} {V}{S}.", "A captured; B lost")
            + [Frame("{P} was recaptured by {A} from {B}{S}.", "A captured; B lost"), Frame("{B} handed {P} over to {A}{S}.", "A captured; B lost")],
        "holdings": [Frame("{A} controls {P}{S}.", "A controls"), Frame("{A} holds {P}{S}.", "A controls"),
                     Frame("{A} is in control of {P}{S}.", "A controls"), Frame("{P} is under the control of {A}{S}.", "A controls"),
                     Frame("{P} is held by {A}{S}.", "A controls"), Frame("{P} remains in the hands of {A}{S}.", "A controls"),
                     Frame("{P} is controlled by {A}{S}.", "A controls"), Frame("{A} still holds {P}{S}.", "A controls"),
                     Frame("{A} maintains control of {P}{S}.", "A controls"), Frame("{P} remains under the control of {A}{S}.", "A controls"),
                     Frame("{A} has controlled {P} since 2016{S}.", "A controls"), Frame("{P} has been held by {A} since last year{S}.", "A controls"),
                     Frame("{A} remained in control of {P}{S}.", "A controls"), Frame("{a}-held {P} was quiet{S}.", "A controls"),
                     Frame("{a}-controlled {P} was quiet{S}.", "A controls"), Frame("{P}, held by {A}, was quiet{S}.", "A controls"),
                     Frame("{P} has been under {a} control since 2017{S}.", "A controls"), Frame("{P} is firmly in the hands of {A}{S}.", "A controls"),
                     Frame("{A} has held {P} for two years{S}.", "A controls"), Frame("{P} remains a key {a} stronghold{S}.", "A controls"),
                     Frame("{P} is now {a} territory{S}.", "A controls")],
        "fights": frames(["{A} clashed with {B} in {P}{S}.", "Fighting broke out between {A} and {B} in {P}{S}.",
                          "{A} and {B} fought for control of {P}{S}.", "{A} fought {B} in {P}{S}.", "Clashes erupted in {P} between {A} and {B}{S}.",
                          "{A} battled {B} for {P}{S}.", "{A} and {B} fought in {P}{S}."], "{V}", "A contested; B contested"),
        // Two sentences: the second refers back to the town ("the city") or the side ("its fighters", "the attack").
        "references back": [Frame("{A} and {B} fought in {P} on Monday. On Tuesday, {Bc} withdrew from the {k}.", "A contested; B contested; B lost"),
                            Frame("{P} was shelled on Monday. {Ac} claimed responsibility for the attack.", "A attacked"),
                            Frame("{A} captured {P} on Monday. {Bc} retook the {k} a week later.", "A captured; B captured; A lost"),
                            Frame("{A} said it had seized {P}. {Bc} denied losing the {k}.", "A captured"),
                            Frame("{A} entered {P} on Monday. By Wednesday, its fighters had taken full control of the {k}.", "A contested; A captured"),
                            Frame("{A} besieged {P} for months. The {k} finally fell to {a} forces in June.", "A attacked; A captured"),
                            Frame("{P} has been held by {A} since 2017. {Bc} attacked the {k} on Monday.", "A controls; B attacked"),
                            Frame("{A} launched an offensive on {P} in April. By June, it had captured the {k}.", "A attacked; A captured"),
                            Frame("{A} launched an offensive on {P} in April. The offensive stalled on the outskirts of the {k} in May.", "A attacked")],
        "attacks": frames(["shelled", "bombed", "launched airstrikes on", "carried out air strikes on", "struck", "attacked",
                           "launched an offensive on", "launched an attack on", "targeted", "besieged", "laid siege to", "launched a drone strike on",
                           "shelled residential areas of", "pounded", "is besieging", "has surrounded", "is advancing on",
                           "launched a major offensive to capture"], "{A} {V} {P}{S}.", "A attacked")
            + frames(["was shelled by", "was bombed by", "came under attack from", "was attacked by", "was besieged by", "was struck by"],
                     "{P} {V} {A}{S}.", "A attacked")
            + [Frame("{A} shelled {P}, killing three civilians{S}.", "A attacked"), Frame("Airstrikes by {A} hit {P}{S}.", "A attacked"),
               Frame("{a} warplanes bombed {P}{S}.", "A attacked"), Frame("{A}'s offensive on {P} stalled{S}.", "A attacked")],
        // A side struck is no attacker; the attacker may be referred back to.
        "strikes on a side": frames(["launched airstrikes on", "shelled", "carried out strikes against", "struck", "pounded", "launched an attack on",
                                     "bombed", "launched drone strikes on"], "{A} {V} {b} positions in {P}{S}.", "A attacked")
            + frames(["targeted", "carried out airstrikes on", "hit"], "{A} {V} {b} targets in {P}{S}.", "A attacked")
            + [Frame("{A} massed troops near {P} on Monday. It then launched an attack on the {k}.", "A attacked"),
               Frame("{A} said on Monday it would not negotiate. Its forces then launched an offensive on {P}.", "A attacked"),
               Frame("{A} threatened {P} on Monday. The next day, it carried out airstrikes on {b} positions in the {k}.", "A attacked")],
        "nouns of events": [Frame("{A's} capture of {P} surprised observers{S}.", "A captured"),
                            Frame("The liberation of {P} from {B} by {A} ended the siege{S}.", "A captured; B lost"),
                            Frame("{A's} victory in {P} was a turning point{S}.", "A captured"),
                            Frame("After {A's} defeat in {P}, its fighters dispersed{S}.", "A lost"),
                            Frame("{A's} loss of {P} weakened it{S}.", "A lost"),
                            Frame("{A's} expulsion from {P} ended its rule{S}.", "A lost"),
                            Frame("{A's} withdrawal from {P} ended the siege{S}.", "A lost"),
                            Frame("{A's} operations against {B} in {P} continued{S}.", "A attacked"),
                            Frame("{A's} offensive on {P} stalled{S}.", "A attacked"),
                            Frame("{A's} siege of {P} lasted two years{S}.", "A attacked"),
                            Frame("The United States supports {A's} efforts to retake {P}{S}.", "A attacked"),
                            Frame("{A's} takeover of {P} alarmed its rivals{S}.", "A captured"),
                            Frame("The fall of {P} to {A} alarmed its rivals{S}.", "A captured")],
        "refusals": frames(["could seize", "plans to attack", "denied that it had captured", "did not capture", "threatened to attack",
                            "is expected to take", "may try to seize", "wants to take", "would never hold", "said it would retake",
                            "vowed to capture", "has not yet entered", "is preparing to attack", "aims to seize", "hopes to take",
                            "threatened to storm", "never controlled", "failed to take", "refused to withdraw from", "has no plans to attack"],
                           "{A} {V} {P}{S}.", "")
            + [Frame("If {A} takes {P}, the war will change.", ""), Frame("It is unlikely that {A} will capture {P}{S}.", ""),
               Frame("{A} denied reports that it had lost {P}{S}.", ""), Frame("Reports that {A} captured {P} were false{S}.", ""),
               Frame("Analysts say {A} might soon attack {P}{S}.", ""), Frame("Should {A} capture {P}, the balance would shift.", "")],
    ]

    struct Probe {
        let sentence: String
        let expected: Set<String>
        /// Assertions that may come besides: a seat a side's name holds ("the Tripoli-based GNA").
        let allowed: Set<String>
    }

    /// Every frame of a family with every side's forms and every town's forms, the other
    /// parts taken in turn.
    static func probes(of family: String) -> [Probe] {
        var probes: [Probe] = []
        var turn = 0
        for frame in families[family]! {
            var settings: [(side: Side, form: String, town: Town, townForm: String)] = []
            for side in sides { for form in side.forms { settings.append((side, form, towns[turn % towns.count], "")); turn += 1 } }
            for town in towns { for form in town.forms { let side = sides[turn % sides.count]; settings.append((side, side.forms[turn % side.forms.count], town, form)); turn += 1 } }
            for setting in settings {
                let town = setting.town
                let townForm = setting.townForm.isEmpty ? town.forms[turn % town.forms.count] : setting.townForm
                let otherID = opponents[setting.side.id]![turn % 2]
                let other = sides.first { $0.id == otherID }!
                let otherForm = other.forms[(turn / 2) % other.forms.count]
                let wrapper = wrappers[turn % wrappers.count]
                turn += 1
                let sentence = render(frame.text, side: setting.form, attributive: setting.side.attributive[turn % setting.side.attributive.count],
                                      otherAttributive: other.attributive[turn % other.attributive.count],
                                      possessive: setting.side.possessive[turn % setting.side.possessive.count],
                                      other: otherForm, town: townForm, noun: town.noun, wrapper: wrapper)
                let expected = Set(frame.claims.map { claim -> String in
                    let parts = claim.split(separator: " ")
                    return "\(parts[0] == "A" ? setting.side.id : other.id) \(parts[1]) \(town.id)"
                })
                // A seat written in a side's name ("the Tripoli-based Government of National Accord") is held.
                let seat: Set<String> = [setting.form, otherForm].contains { $0.contains("Tripoli-based") || $0.contains("Tripoli government") }
                    || sentence.contains("Tripoli government") ? ["gna controls gn:2210247"] : []
                probes.append(Probe(sentence: sentence, expected: expected, allowed: seat))
            }
        }
        return probes
    }

    static func render(_ frame: String, side: String, attributive: String, otherAttributive: String, possessive: String, other: String, town: String,
                       noun: String, wrapper: (opening: String, closing: String)) -> String {
        func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        var text = frame.replacingOccurrences(of: "{A's}", with: possessive).replacingOccurrences(of: "{a}", with: attributive)
            .replacingOccurrences(of: "{b}", with: otherAttributive)
            .replacingOccurrences(of: "{Ac}", with: capitalized(side)).replacingOccurrences(of: "{Bc}", with: capitalized(other))
            .replacingOccurrences(of: "{k}", with: noun)
            .replacingOccurrences(of: "{A}", with: side)
            .replacingOccurrences(of: "{B}", with: other).replacingOccurrences(of: "{P}", with: town)
            .replacingOccurrences(of: "{S}", with: wrapper.closing)
        for (typo, mend) in [(",,", ","), (", .", "."), (",.", "."), (", ,", ","), (", on Tuesday", " on Tuesday")] {
            text = text.replacingOccurrences(of: typo, with: mend)
        }
        // (Two sentences carry their own days: an opening date would contradict them.)
        let opening = frame.contains(". ") ? "" : wrapper.opening
        if !opening.isEmpty, !frame.hasPrefix("{") {
            text = text.prefix(1).lowercased() + text.dropFirst()
        }
        text = opening + text
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A probe passes when every expected assertion comes out and nothing else is said of
    /// its town (or anything at all, for a refusal).
    static func failures(of family: String) -> (count: Int, total: Int, examples: [String]) {
        var failed: [String] = []
        let all = probes(of: family)
        for probe in all {
            let found = Set(claims(probe.sentence, published: published).map { $0.split(separator: " ").prefix(3).joined(separator: " ") })
                .subtracting(probe.allowed)
            let towns = Set(probe.expected.map { $0.split(separator: " ")[2] })
            let extra = found.subtracting(probe.expected).filter { probe.expected.isEmpty || towns.contains($0.split(separator: " ")[2]) || $0.hasSuffix("gn:2210247") }
            if !probe.expected.isSubset(of: found) || !extra.isEmpty {
                failed.append("\(probe.sentence) → \(found.sorted())")
            }
        }
        return (failed.count, all.count, Array(failed.prefix(8)))
    }

    @Test(arguments: ["takings", "passive takings", "losses", "changes of hands", "holdings", "fights", "attacks", "strikes on a side",
                      "nouns of events", "references back", "refusals"])
    func family(_ name: String) {
        let (failed, total, examples) = Self.failures(of: name)
        #expect(total >= 100)
        #expect(Double(total - failed) / Double(total) >= 0.97, "\(name): \(failed) of \(total) wrong, e.g. \(examples.joined(separator: "\n"))")
    }

    /// Lists, references back across sentences and dates relative to publication, each as
    /// its own small text.
    @Test func listsReferencesAndDates() {
        let cases: [(text: String, expected: [String])] = [
            ("The LNA seized Tarhuna, 65 km southeast of Tripoli, and the town of Gharyan on Tuesday.",
             ["lna captured gn:2210221 2019-06-18..2019-06-18", "lna captured gn:2217362 2019-06-18..2019-06-18"]),
            ("Islamic State fighters seized the town of Ajdabiya, the eastern city of Derna and Sirte on Tuesday.",
             ["isil captured gn:89113 2019-06-18..2019-06-18", "isil captured gn:87205 2019-06-18..2019-06-18", "isil captured gn:2210554 2019-06-18..2019-06-18"]),
            ("The LNA launched an offensive on Gharyan on Monday. Two days later, it captured the town.",
             ["lna attacked gn:2217362 2019-06-17..2019-06-17", "lna captured gn:2217362 2019-06-19..2019-06-19"]),
            ("GNA forces captured Sirte on 3 March.", ["gna captured gn:2210554 2019-03-03..2019-03-03"]),
            ("Last Thursday, the LNA seized Derna.", ["lna captured gn:87205 2019-06-13..2019-06-13"]),
            ("The LNA withdrew from Sabha at the end of last year.", ["lna lost gn:2212775 2018-12-01..2018-12-31"]),
            // A season of a named year dates its sentence by its months; "the fall of Sirte" is no season.
            ("The LNA captured Sirte in spring 2017.", ["lna captured gn:2210554 2017-03-01..2017-05-31"]),
            ("ISIL lost Sirte in the fall of 2016.", ["isil lost gn:2210554 2016-09-01..2016-11-30"]),
            // The year it sets for the sentences after it, as "In 2016" would.
            ("In the summer of 2016, the GNA attacked Sirte. A year later, the LNA took Derna.",
             ["gna attacked gn:2210554 2016-06-01..2016-08-31", "lna captured gn:87205 2016-11-02..2017-03-02"]),
        ]
        for (text, expected) in cases {
            let found = claims(text, published: Self.published)
            for claim in expected { #expect(found.contains(claim), "\(text): \(found)") }
        }
    }
}
