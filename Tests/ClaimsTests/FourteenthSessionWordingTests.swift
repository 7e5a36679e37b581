import Claims
import Testing

/// Wordings found in the eighth round of held-out texts once they became tuning texts (the
/// fourteenth session), written as general rules.
@Suite struct FourteenthSessionWordingTests {
    let day = Day(iso: "2019-08-20")!

    /// "Haftar's forces had captured Murzuq on 22 February 2019, but had later withdrawn from
    /// the town": the clause "but" opens has no subject and shares the one before; "later"
    /// puts it after the date before, up to the text.
    @Test func aClauseAfterButSharesTheSubjectAndLaterFollowsTheDateBefore() {
        let found = claims("Haftar's forces had captured Murzuq earlier on 22 February 2019 as part of the Southern Libya offensive, but had later withdrawn from the town.",
                           published: day)
        #expect(found.contains("lna captured gn:2214603 2019-02-22..2019-02-22"), "\(found)")
        #expect(found.contains("lna lost gn:2214603 2019-02-23..2019-08-20"), "\(found)")
        // (A clause with a subject of its own keeps it: Tebu fighters, not the LNA, took the town.)
        let own = claims("The LNA captured Murzuq on 22 February 2019, but Tebu fighters later retook the town.", published: day)
        #expect(!own.contains { $0.hasPrefix("lna captured gn:2214603 2019-02-23") }, "\(own)")
        #expect(own.contains { $0.hasPrefix("tebu captured gn:2214603 2019-02-23") }, "\(own)")
        // (A clause with a date of its own keeps its date.)
        let dated = claims("The LNA captured Murzuq on 22 February 2019, but later withdrew from the town in June.", published: day)
        #expect(dated.contains("lna lost gn:2214603 2019-06-01..2019-06-30"), "\(dated)")
    }

    /// "his forces moved to seize the capital Tripoli in April": a move to take a place is an
    /// attack on it (a plan to move is still none).
    @Test func aMoveToSeizeIsAnAttack() {
        let found = claims("Haftar's forces moved to seize Tripoli in April.", published: day)
        #expect(found.contains("lna attacked gn:2210247 2019-04-01..2019-04-30"), "\(found)")
        #expect(claims("Haftar's forces plan to move to seize Tripoli.", published: day).isEmpty)
    }

    /// "the airstrike on an ISIL training camp early today near rural Sabratha": a camp is a
    /// target of the side named before it, a date between the noun and the place does not put
    /// the place out of reach, and "near rural Sabratha" is near the town.
    @Test func aStrikeOnACampNearATownIsAnAttackOnTheTown() {
        let published = Day(iso: "2016-02-19")!
        for text in ["The U.S. military's airstrike on an ISIL training camp early today near rural Sabratha was a success.",
                     "The U.S. military's airstrike on an ISIL training camp in Sabratha was a success.",
                     "The U.S. military's airstrike on an ISIL camp near the town of Sabratha was a success."] {
            let found = claims(text, published: published)
            #expect(found.contains { $0.hasPrefix("usa-af attacked gn:2212771") }, "\(text): \(found)")
            #expect(!found.contains { $0.hasPrefix("isil") }, "\(text): \(found)")
        }
    }

    /// "the operative Noureddine Chouchane, also known as \"Sabir\"": a name in quotes after
    /// "known as" is what someone is called; "the district known as Sabri" is a place.
    @Test func aQuotedNicknameIsNoPlace() {
        let published = Day(iso: "2016-02-19")!
        let nickname = claims("ISIL attacked an operative also known as \"Sabir\" on Friday.", published: published)
        #expect(nickname.isEmpty, "\(nickname)")
        let district = claims("ISIL attacked the district known as Sabri on Friday.", published: published)
        #expect(!district.isEmpty, "\(district)")
    }
}
