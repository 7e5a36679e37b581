import Claims
import Testing

/// Wordings found in the tuning texts' misses in the session after the twelfth round of
/// held-out texts (press releases on air support, wire news on street fighting), written
/// as general rules.
@Suite struct ThirteenthSessionWordingTests {
    let day = Day(iso: "2016-08-02")!

    /// "fighting to expel ISIL from Sirte", "the fight to drive ISIL out of the city": the
    /// side to be driven out is still there, both fight for the place; a fight to *take* a
    /// place stays an attack on its holder.
    @Test func aFightToDriveASideOutIsContestedByBoth() {
        for text in ["GNA forces are fighting to expel ISIL from Sirte.", "GNA forces are fighting to drive ISIL out of Sirte.",
                     "GNA forces accelerated the fight to oust ISIL from Sirte."] {
            let found = claims(text, published: day)
            #expect(found.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(text): \(found)")
            #expect(found.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(text): \(found)")
        }
        let taking = claims("The GNA's fight to retake Sirte from ISIL continued.", published: day)
        #expect(taking.contains { $0.hasPrefix("gna attacked gn:2210554") }, "\(taking)")
        #expect(taking.contains { $0.hasPrefix("isil controls gn:2210554") }, "\(taking)")
        // (A purpose of no fight is still refused: "plans to expel".)
        #expect(claims("The GNA plans to expel ISIL from Sirte.", published: day).isEmpty)
    }

    /// "U.S. airstrikes allowed GNA forces to expel ISIL from Sirte": the side allowed or
    /// helped does it (also through a fight it is helped on); the helper loses nothing, and
    /// a help still to come is no event.
    @Test func theSideAllowedToDoItDoesIt() {
        let allowed = claims("U.S. airstrikes allowed GNA forces to expel ISIL from Sirte.", published: day)
        #expect(allowed.contains { $0.hasPrefix("gna captured gn:2210554") }, "\(allowed)")
        #expect(allowed.contains { $0.hasPrefix("isil lost gn:2210554") }, "\(allowed)")
        let chain = claims("U.S. airstrikes on ISIL targets in Sirte have allowed GNA-affiliated forces to accelerate the fight to expel ISIL from the Libyan city.",
                           published: day)
        #expect(chain.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(chain)")
        #expect(chain.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(chain)")
        #expect(chain.contains { $0.hasPrefix("usa-af attacked gn:2210554") }, "\(chain)")
        let helped = claims("U.S. airstrikes helped GNA forces to retake Sirte.", published: day)
        #expect(helped.contains { $0.hasPrefix("gna captured gn:2210554") }, "\(helped)")
        #expect(!helped.contains { $0.hasPrefix("usa-af lost") }, "\(helped)")
        #expect(claims("The strikes will allow GNA forces to retake Sirte.", published: day).isEmpty)
        #expect(claims("The United States plans to help GNA forces to retake Sirte.", published: day).isEmpty)
    }

    /// "ISIL has held Sirte since 2015. GNA forces entered the city": a side entering a place
    /// another side held, as the text said, fights that side there; not an ally, and not a
    /// holder the text said lost it.
    @Test func enteringAPlaceHeldByAnotherSideIsAFightWithIt() {
        let found = claims("ISIL has held Sirte since 2015. GNA forces entered the city on Monday.", published: day)
        #expect(found.contains("isil contested gn:2210554 2016-08-01..2016-08-01"), "\(found)")
        let ally = claims("Misratan brigades have held Sirte since June. GNA forces entered the city on Monday.", published: day)
        #expect(!ally.contains { $0.hasPrefix("misrata contested") }, "\(ally)")
        let lost = claims("ISIL lost Sirte in December. GNA forces entered the city on Monday.", published: day)
        #expect(!lost.contains { $0.hasPrefix("isil contested") }, "\(lost)")
    }

    /// "GNA forces have moved into the neighborhood", after a quarter of Sirte no gazetteer
    /// names: a part of the town the text just spoke of.
    @Test func theNeighbourhoodJustSpokenOfIsAPartOfItsTown() {
        let found = claims("Yesterday’s airstrike hit a tank in the southwestern Sirte neighborhood of al-Dular. GNA forces have moved into the neighborhood since then.",
                           published: day)
        #expect(found.contains { $0.hasPrefix("gna contested gn:2210554") }, "\(found)")
    }

    /// "Yesterday’s airstrike on the first tank in Sirte removed a menacing problem for GNA
    /// forces": a side the attack served is not its attacker; an attack no side owns is by
    /// whoever the text just said attacked the place.
    @Test func anAttackNoSideOwnsIsByTheRecentAttacker() {
        let found = claims("Five U.S. precision strikes yesterday took out two ISIL tanks in Sirte. Yesterday’s airstrike on the first tank in Sirte removed what was a menacing problem for GNA forces.",
                           published: day)
        #expect(!found.contains { $0.hasPrefix("gna attacked") }, "\(found)")
        #expect(found.filter { $0.hasPrefix("usa-af attacked gn:2210554") }.count == 2, "\(found)")
    }
}

/// Wordings of press releases on air support: strikes told in the passive, the side they
/// were done for, a taking told as under way, a push repelled.
@Suite struct AirSupportWordingTests {
    let day = Day(iso: "2016-08-02")!

    /// "The strikes were conducted in Sirte", "airstrikes have been carried out on Derna": a
    /// noun of attack, a passive verb of doing it, then its preposition; the side it was done
    /// for ("at the request of the U.N.-backed Libyan Government of National Accord (GNA)") or
    /// a source ("according to U.S. and Libyan officials") is no attacker.
    @Test func strikesToldInThePassiveAreAttacks() {
        let carried = claims("LNA airstrikes have been carried out on Derna.", published: day)
        #expect(carried.contains { $0.hasPrefix("lna attacked gn:87205") }, "\(carried)")
        let requested = claims("US jets struck ISIL in Sirte on Monday. The strikes were conducted in Sirte at the request of the U.N.-backed Libyan Government of National Accord (GNA), according to U.S. and Libyan officials.",
                               published: day)
        #expect(!requested.contains { $0.hasPrefix("gna attacked") }, "\(requested)")
        #expect(requested.filter { $0.hasPrefix("usa-af attacked gn:2210554") }.count == 2, "\(requested)")
        // (A source's phrase ends at its comma: "According to local sources, Haftar's forces launched airstrikes on …".)
        let sourced = claims("According to local sources, Haftar's forces launched airstrikes on ISIS positions in Derna.", published: day)
        #expect(sourced.contains { $0.hasPrefix("lna attacked gn:87205") }, "\(sourced)")
    }

    /// "GNA forces are pushing ISIL out of Sirte", "are retaking Sirte": a taking under way is
    /// a fight for the place as the text is written; a taking told done stays a taking, and
    /// "pushing for elections" is no push at all.
    @Test func aTakingUnderWayIsAFight() {
        let pushing = claims("GNA forces are pushing ISIL out of Sirte.", published: day)
        #expect(pushing.contains("gna contested gn:2210554 2016-08-02..2016-08-02"), "\(pushing)")
        #expect(pushing.contains("isil contested gn:2210554 2016-08-02..2016-08-02"), "\(pushing)")
        let retaking = claims("GNA forces are retaking Sirte.", published: day)
        #expect(retaking.contains("gna contested gn:2210554 2016-08-02..2016-08-02"), "\(retaking)")
        let done = claims("After pushing ISIL out of Sirte, GNA forces celebrated.", published: day)
        #expect(done.contains { $0.hasPrefix("gna captured gn:2210554") }, "\(done)")
        #expect(claims("The GNA is pushing for elections in Tripoli.", published: day).isEmpty)
    }

    /// "were pushed back from the port": those pushed back attacked it, as those repelled did;
    /// "pushed back an LNA attack on the airport" holds it; "pushed back to Sirte" is where a
    /// side fell back to.
    @Test func aSidePushedBackAttacked() {
        let port = claims("Islamic State militants were reportedly pushed back from the port of Sidra.", published: day)
        #expect(port.contains { $0.hasPrefix("isil attacked cm:es-sider-terminal") }, "\(port)")
        #expect(!port.contains { $0.hasPrefix("isil lost") }, "\(port)")
        let airport = claims("GNA forces pushed back an LNA attack on Tripoli airport.", published: day)
        #expect(airport.contains { $0.hasPrefix("gna controls oa:HLLT") }, "\(airport)")
        #expect(airport.contains { $0.hasPrefix("lna attacked oa:HLLT") }, "\(airport)")
    }

    /// "Fayez Sarraj, the head of the GNA, arrived in Tripoli": a government arriving takes its
    /// seat there; a force arriving ("LNA reinforcements arrived in Sirte") claims nothing.
    @Test func aGovernmentArrivingTakesItsSeat() {
        let arrived = claims("On 30 March 2016, Fayez Sarraj, the head of GNA, arrived in Tripoli and began working from there.", published: day)
        #expect(arrived.contains("gna controls gn:2210247 2016-03-30..2016-03-30"), "\(arrived)")
        #expect(claims("LNA reinforcements arrived in Sirte on Monday.", published: day).isEmpty)
    }

    /// "ISIL takes over most of Derna, some Sabha countryside, Nofaliya, Sirte": when the list
    /// says of some places that a part was taken, the part named first is the first place's
    /// only; "parts of Sirte, Derna and Benghazi" are parts of all three.
    @Test func partsNamedPerPlaceOfAList() {
        let each = claims("ISIL takes over most of Derna, some Sabha countryside, Nofaliya, Sirte, and other cities in Libya.", published: day)
        #expect(each.contains { $0.hasPrefix("isil contested gn:87205") }, "\(each)")
        #expect(each.contains { $0.hasPrefix("isil contested gn:2212775") }, "\(each)")
        #expect(each.contains { $0.hasPrefix("isil captured gn:2219589") }, "\(each)")
        #expect(each.contains { $0.hasPrefix("isil captured gn:2210554") }, "\(each)")
        let all = claims("ISIL took parts of Sirte, Derna and Benghazi.", published: day)
        #expect(all.count == 3 && all.allSatisfy { $0.hasPrefix("isil contested") }, "\(all)")
    }

    /// "GNA forces, backed by U.S. airstrikes, captured the centre in Sirte": the side whose
    /// strikes backed it attacked the place (not a supporter of another kind, and not taking
    /// it: the side it backed did).
    @Test func strikesThatBackedASideAttackedThePlace() {
        let backed = claims("GNA forces, backed by U.S. airstrikes, captured the Ouagadougou center in Sirte on Monday.", published: day)
        #expect(backed.contains("usa-af attacked gn:2210554 2016-08-01..2016-08-01"), "\(backed)")
        let drones = claims("With the support of Turkish drones, GNA forces seized Watiya air base on Monday.", published: day)
        #expect(drones.contains { $0.hasPrefix("turkey-af attacked oa:") }, "\(drones)")
        #expect(!drones.contains { $0.hasPrefix("turkey-af captured") }, "\(drones)")
        let brigades = claims("GNA forces, backed by Misratan brigades, captured Sirte.", published: day)
        #expect(!brigades.contains { $0.hasPrefix("misrata") }, "\(brigades)")
    }

    /// An excerpt that opens mid-narrative ("clashes … on 1 October", then "4 October 2017"):
    /// the months written alone before the text dates anything take the year of its first
    /// full date, not the publication's.
    @Test func anExcerptOpeningMidNarrativeTakesTheYearOfItsFirstFullDate() {
        let text = "Three people were killed in clashes between the Tripoli Revolutionaries Brigade on 1 October and the Nawasi Brigade in Tripoli's Gurji district. On 4 October 2017 the TRB attacked Qasr bin Ghashir."
        let found = claims(text, published: Day(iso: "2018-10-01")!)
        #expect(found.contains("trb contested gn:2213247 2017-10-01..2017-10-01"), "\(found)")
        #expect(!found.contains { $0.contains("2018-10-01..2018-10-01") }, "\(found)")
    }

    /// "which is backed by the UAE, Egypt and Russia": every name listed after a supporter
    /// supports; "With the support of Turkish drones, GNA forces seized …" is no list.
    @Test func theNamesListedAfterASupporterSupport() {
        let listed = claims("The LNA, which is backed by the UAE, Egypt and Russia, has been trying to seize Tripoli since April.", published: day)
        #expect(listed.contains { $0.hasPrefix("lna attacked gn:2210247") }, "\(listed)")
        #expect(!listed.contains { $0.hasPrefix("egypt-af") || $0.hasPrefix("uae-af") }, "\(listed)")
        let drones = claims("With the support of Turkish drones, GNA forces seized Sabratha on Monday.", published: day)
        #expect(drones.contains { $0.hasPrefix("gna captured gn:2212771") }, "\(drones)")
    }

    /// "The recapture of al-Watiya air base dealt a major blow to Haftar", "The fall of
    /// Gharyan was a setback for the LNA": the side a taking hurt lost the place.
    @Test func theSideATakingHurtLostThePlace() {
        let blow = claims("The recapture of al-Watiya air base dealt a major blow to Haftar.", published: day)
        #expect(blow.contains { $0.hasPrefix("lna lost oa:") }, "\(blow)")
        #expect(!blow.contains { $0.hasPrefix("lna captured") }, "\(blow)")
        let setback = claims("The fall of Gharyan was a major setback for the LNA.", published: day)
        #expect(setback.contains { $0.hasPrefix("lna lost gn:2217362") }, "\(setback)")
    }

    /// "fighting off an LNA assault on Tripoli" holds the place as repelling does; "advanced to
    /// within 30 km of Tripoli" attacks it (the distance is the verb's own, no landmark).
    @Test func fightingOffAndAdvancingToWithin() {
        let off = claims("Forces aligned with the GNA have been fighting off an LNA assault on Tripoli since April.", published: Day(iso: "2019-06-20")!)
        #expect(off.contains { $0.hasPrefix("gna controls gn:2210247") }, "\(off)")
        #expect(off.contains { $0.hasPrefix("lna attacked gn:2210247") }, "\(off)")
        let within = claims("The LNA, which holds eastern Libya, has advanced to within 30 km of Tripoli.", published: Day(iso: "2019-06-20")!)
        #expect(within.contains { $0.hasPrefix("lna attacked gn:2210247") }, "\(within)")
    }

    /// "Gharyan, 100 km south of Tripoli, was the LNA's main base until it fell to the GNA":
    /// "it" is the place the sentence opened with, not the landmark.
    @Test func itIsThePlaceTheSentenceOpenedWith() {
        let found = claims("Gharyan, 100 km south of Tripoli, was the LNA's main forward base until it fell to the GNA.", published: Day(iso: "2019-06-20")!)
        #expect(found.contains { $0.hasPrefix("gna captured gn:2217362") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("lna lost gn:2217362") }, "\(found)")
        #expect(!found.contains { $0.contains("gn:2210247") }, "\(found)")
    }

    /// "GNA fighters … with ISIL still controlling around 10 buildings", then "Sirte was
    /// completely captured by pro-GNA militias": a part held is the town fought for, and the
    /// side the text last said fought for a town loses it when another takes it whole (not an ally).
    @Test func thePartHeldIsTheTownFoughtForAndLostWhenTaken() {
        let text = "GNA forces attacked Sirte on Sunday. GNA fighters advanced in the Jizah neighbourhood, with ISIL still controlling around 10 buildings. Sirte was completely captured by GNA forces on Tuesday."
        let found = claims(text, published: day)
        #expect(found.contains { $0.hasPrefix("isil contested gn:2210554") }, "\(found)")
        #expect(found.contains("isil lost gn:2210554 2016-08-02..2016-08-02"), "\(found)")
        let beside = claims("Sirte is a key city because Haftar's LNA controls the area to its immediate east.", published: day)
        #expect(!beside.contains { $0.hasPrefix("lna contested gn:2210554") }, "\(beside)")
    }

    /// Descriptions the wires give the sides: "east-based forces" (the LNA), "forces of the
    /// UN-backed administration" (the GNA), "the rival administration in the east" (the HoR).
    @Test func sidesByTheirDescriptions() {
        let published = Day(iso: "2019-06-20")!
        #expect(claims("East-based forces captured Gharyan on Monday.", published: published).contains { $0.hasPrefix("lna captured gn:2217362") })
        #expect(claims("Forces of the UN-backed administration captured Gharyan on Monday.", published: published).contains { $0.hasPrefix("gna captured gn:2217362") })
        #expect(claims("The rival administration in the east controls Benghazi.", published: published).contains { $0.hasPrefix("hor controls gn:88319") })
    }

    /// "attacked and seized control of two oil terminals in the oil crescent region": a verb
    /// of attack with no object of its own shares the next verb's, joined by "and".
    @Test func anAttackJoinedToTheNextVerbSharesItsObjects() {
        let found = claims("The LNA attacked and captured Gharyan on Monday.", published: day)
        #expect(found.contains("lna attacked gn:2217362 2016-08-01..2016-08-01"), "\(found)")
        #expect(found.contains("lna captured gn:2217362 2016-08-01..2016-08-01"), "\(found)")
    }

    /// "a series of killings in Ajdabiya", "tightened the siege on ISIL in Sirte": nouns of
    /// attack that name where they struck.
    @Test func killingsAndASiegeOnASide() {
        let killings = claims("ISIL is believed to be responsible for a series of killings in Ajdabiya targeting military leaders.", published: day)
        #expect(killings.contains { $0.hasPrefix("isil attacked gn:89113") }, "\(killings)")
        let siege = claims("The GNA tightened the siege on ISIL in Sirte.", published: day)
        #expect(siege.contains { $0.hasPrefix("gna attacked gn:2210554") }, "\(siege)")
    }

    /// "rival administrations based in Tripoli and the eastern city of Tobruk", "two rival
    /// governments, one based in Tripoli and the other in Tobruk": each town's government on
    /// the date, as the actors file seats it (the GNC's government in Tripoli until 2016, the
    /// GNA's after).
    @Test func rivalGovernmentsSeatedInTwoTowns() {
        let early = claims("The outbreak of violence in July 2014 led to the emergence of rival administrations based in Tripoli and the eastern city of Tobruk.",
                           published: Day(iso: "2015-06-01")!)
        #expect(early.contains("gns controls gn:2210247 2014-07-01..2014-07-31"), "\(early)")
        #expect(early.contains("hor controls gn:81302 2014-07-01..2014-07-31"), "\(early)")
        let later = claims("In 2017 two rival governments were based in Tripoli and Bayda.", published: Day(iso: "2018-01-01")!)
        #expect(later.contains { $0.hasPrefix("gna controls gn:2210247 2017") }, "\(later)")
        #expect(later.contains { $0.hasPrefix("hor controls") }, "\(later)")
    }

    /// "the LNA moved its forward headquarters to Tarhuna": a force's headquarters moved to a
    /// town is held there (a force merely moving there advances: no claim of its own).
    @Test func aForceMovingItsHeadquartersHoldsTheTown() {
        let moved = claims("In June 2019 the LNA moved its forward headquarters to Tarhuna.", published: Day(iso: "2019-07-01")!)
        #expect(moved.contains("lna controls gn:2210221 2019-06-01..2019-06-30"), "\(moved)")
        #expect(claims("In June 2019 the LNA moved to Tarhuna.", published: Day(iso: "2019-07-01")!).isEmpty)
    }

    /// "Forces battling to retake Sirte from IS said they had captured the port": the side a
    /// place was to be taken from is no subject, and "they" are forces no name tells.
    @Test func theSideAPlaceIsTakenFromIsNoSubject() {
        let found = claims("Forces battling to retake Sirte from IS said they had captured the port.", published: day)
        #expect(!found.contains { $0.hasPrefix("isil captured") }, "\(found)")
        let named = claims("The GNA took Sirte from IS on Monday.", published: day)
        #expect(named.contains("gna captured gn:2210554 2016-08-01..2016-08-01"), "\(named)")
        #expect(named.contains("isil lost gn:2210554 2016-08-01..2016-08-01"), "\(named)")
    }

    /// "Jadhran handed the oil terminals of Ras Lanuf and Es Sider to the GNA": the giver lost
    /// them, the side after "to" took them; "Haftar led Operation Dignity against Islamist
    /// militias in Benghazi": a side named as an operation attacks what follows "against".
    @Test func handingOverAndAnOperationNamedAgainst() {
        let handed = claims("In July 2016 Jadhran handed the oil terminals of Ras Lanuf and Es Sider to the GNA.", published: Day(iso: "2019-12-01")!)
        #expect(handed.contains("pfg lost cm:es-sider-terminal 2016-07-01..2016-07-31"), "\(handed)")
        #expect(handed.contains("gna captured cm:es-sider-terminal 2016-07-01..2016-07-31"), "\(handed)")
        let operation = claims("Haftar led Operation Dignity against Islamist militias in Benghazi in 2014.", published: Day(iso: "2019-12-01")!)
        #expect(operation.contains("lna attacked gn:88319 2014-01-01..2014-12-31"), "\(operation)")
    }

    /// "In coordination with the Libyan Government of National Accord, U.S. Africa Command
    /// conducted an airstrike": a partner is no side of the act; "a strike against ISIL near
    /// Ubari": an attack near a town is on its ground (a distance and a direction are not:
    /// "50 km south of Tripoli").
    @Test func aPartnerIsNoSideAndAnAttackNearATownIsOnIt() {
        let published = Day(iso: "2019-09-27")!
        let partner = claims("In coordination with the Libyan Government of National Accord, U.S. Africa Command conducted an airstrike in southwest Libya on Sept. 26.",
                             published: published)
        #expect(partner.contains { $0.hasPrefix("usa-af attacked") }, "\(partner)")
        #expect(!partner.contains { $0.hasPrefix("gna") }, "\(partner)")
        let near = claims("U.S. forces conducted a strike against ISIL near Ubari on March 24.", published: published)
        #expect(near.contains("usa-af attacked gn:2219235 2019-03-24..2019-03-24"), "\(near)")
        let south = claims("LNA forces attacked GNA positions 50 km south of Tripoli on Monday.", published: published)
        #expect(!south.contains { $0.contains("gn:2210247") }, "\(south)")
    }

    /// "ISIL still has a presence in Sabha": a side's presence in a place it does not hold is a
    /// fight for it, as "present in" is.
    @Test func aPresenceIsAFight() {
        let found = claims("ISIL still has a presence in Sabha and the southern desert.", published: Day(iso: "2019-06-20")!)
        #expect(found.contains("isil contested gn:2212775 2019-06-20..2019-06-20"), "\(found)")
    }

    /// "Haftar suffered a major defeat in Gharyan": the subject lost the place; "suffered heavy
    /// losses in Tarhuna": a fight there.
    @Test func aDefeatSufferedAndLossesSuffered() {
        let published = Day(iso: "2020-06-10")!
        #expect(claims("Haftar suffered a major defeat in Gharyan last June.", published: published).contains("lna lost gn:2217362 2019-06-01..2019-06-30"))
        #expect(claims("Haftar's forces suffered heavy losses in Tarhuna.", published: published).contains { $0.hasPrefix("lna contested gn:2210221") })
    }

    /// "Forces opposed to Haftar", "Haftar's rivals": the side named is the one they fight,
    /// never them.
    @Test func theOpponentsOfASideAreNotThatSide() {
        let published = Day(iso: "2019-06-20")!
        for text in ["Forces opposed to Haftar captured Gharyan on Monday.", "Haftar's rivals captured Gharyan on Monday."] {
            #expect(!claims(text, published: published).contains { $0.hasPrefix("lna") }, "\(text)")
        }
    }

    /// "The GNA condemned the attack on Tripoli airport": who condemns an attack did not make
    /// it; "The GNA blamed the LNA for the attack": the side blamed did.
    @Test func whoCondemnsAnAttackDidNotMakeIt() {
        let published = Day(iso: "2020-02-20")!
        #expect(!claims("The GNA condemned the attack on Tripoli airport.", published: published).contains { $0.hasPrefix("gna") })
        let blamed = claims("The GNA blamed the LNA for the attack on the Tripoli military school.", published: published)
        #expect(blamed.contains { $0.hasPrefix("lna attacked") } && !blamed.contains { $0.hasPrefix("gna attacked") }, "\(blamed)")
    }

    /// "According to the GNA, LNA forces shelled residential areas in Abu Salim": the source is
    /// no side of what it reports.
    @Test func aCitedSourceIsNoSide() {
        let found = claims("According to the GNA, LNA forces shelled residential areas in Abu Salim.", published: Day(iso: "2020-02-20")!)
        #expect(found.contains { $0.hasPrefix("lna attacked") } && !found.contains { $0.hasPrefix("gna") }, "\(found)")
    }
}
