import Claims
import DataFiles
import Foundation
import Testing

/// The evaluation's figures, held to floors so they cannot fall silently. Raise the
/// floors as the extractor improves; the goal is F1 ≥ 0.85, dates ≥ 0.90, places ≥ 0.97.
@Suite struct EvaluationTests {
    static let goldFolder = repositoryRoot.appendingPathComponent("Evaluation/gold")

    func scores() throws -> [EvaluationScore] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.goldFolder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        return try names.map { name in
            let id = String(name.dropLast(4))
            let local = repositoryRoot.appendingPathComponent("Articles/\(id).txt")
            let url = FileManager.default.fileExists(atPath: local.path) ? local : seedArticleURL
            let article = try Article.read(url, published: seedPublished)
            #expect(article.id == id, "no article for the gold file \(name)")
            var score = EvaluationScore.score(text: id, predicted: extractor.extract(article),
                                              gold: try GoldFile.read(Self.goldFolder.appendingPathComponent(name)), gazetteer: extractor.gazetteer)
            score.heldOut = EvaluationScore.isHeldOut(article)
            return score
        }
    }

    @Test func figuresStayAboveTheirFloors() throws {
        let all = try scores()
        #expect(all.count >= 7)
        let overall = all.dropFirst().reduce(all[0], +)
        // Lowered from F1 0.79, precision 0.82, recall 0.76, dates 0.96 when the first held-out texts joined the overall
        // figures, again (F1 0.67, recall 0.59, places 0.98) when three fresh held-out texts joined, and again when eight
        // fresh held-out texts (68 gold rows, F1 0.25) joined, and again when six more (103 gold rows, F1 0.30) joined,
        // and again when eight held-out news items and eight short tuning texts (125 gold rows) joined, and again when the
        // fifteen held-out texts of the fifth round (100 gold rows, F1 0.38) joined, and checked (not lowered) when the eleven of
        // the sixth round (93 gold rows, F1 0.39) joined; precision lowered from 0.72 when the ten of the seventh round
        // (53 gold rows, F1 0.19, precision 0.27) joined.
        #expect(overall.gold >= 1000)
        #expect(overall.f1 >= 0.62, "overall F1 \(overall.f1)")
        #expect(overall.precision >= 0.69, "overall precision \(overall.precision)")
        #expect(overall.recall >= 0.54, "overall recall \(overall.recall)")
        #expect(overall.dateAccuracy >= 0.90, "date accuracy \(overall.dateAccuracy)")
        #expect(overall.placeAccuracy >= 0.97, "place accuracy \(overall.placeAccuracy)")
        // The texts the rules were written and tuned against.
        let tuning = try #require(EvaluationScore.total(all.filter { !$0.heldOut }, text: "tuning"))
        // Lowered from 0.70 when the fourteen texts held out until the fifth round joined the tuning texts (F1 0.62 then),
        // and from 0.66 when the fifteen of the fifth round joined them (F1 0.39 then; 0.52 after the rules written from them),
        // and from 0.65 when the 21 of the seventh round joined them (F1 0.25 then; tuning F1 0.68 → 0.65).
        #expect(tuning.f1 >= 0.66, "tuning F1 \(tuning.f1)")
        let heldOut = try #require(EvaluationScore.total(all.filter(\.heldOut), text: "held-out"))
        print("evaluation: held-out \(heldOut), overall \(overall)")
        // Texts the rules were never written against (`heldout: true`): the figures the goal is about.
        // (Earlier held-out texts became tuning texts when rules were written from their misses.)
        // The sixth round stood at F1 0.38, precision 0.58, recall 0.29, dates 0.33, places 0.95 when its first seven texts
        // were added and at F1 0.45 when it became tuning texts. The seventh round's first ten texts (53 gold rows: VOA
        // stories, Treasury releases, the Factbook, Wikipedia leads) stood at F1 0.19, precision 0.27, recall 0.15, dates
        // 0.88 (7 of 8), places 1.00 when they were added, with the build of the session that added them and with the one
        // before; its eleven more (37 rows: State Department texts, a CRS summary, Wikipedia articles on airstrikes, a
        // Wikinews item) at F1 0.35 (9 of 37 matched, 14 predicted); the 21 together at F1 0.25, precision 0.38, recall 0.19,
        // dates 0.82 (0.88 since matches pair with the gold assertion of the same sentence), places 1.00.
        // The seventh round became tuning texts when the eighth came in (8 texts, 32 gold rows: Wikipedia on Sirte 2020,
        // Traghan and the Murzuq airstrike, VOA and DoD news items, a State Department report), which stood at F1 0.52,
        // precision 0.86, recall 0.38, dates 0.92, places 1.00 when they were added, with the build of the session that
        // added them and with the one before alike.
        // The ninth round's seven (28 rows, Wikipedia on groups, people and an airstrike), added later in that session
        // after its rules were written, stood at F1 0.39, precision 0.43, recall 0.36 when added; the fifteen together at
        // F1 0.46, precision 0.61, recall 0.37, dates 0.91, places 1.00.
        // The tenth round's five (12 rows), added last, stood at F1 0.25 (0.38 once a place the coder had flagged as a guess
        // was corrected in its gold); the twenty together at F1 0.45, precision 0.62, recall 0.35, dates 0.92, places 1.00.
        // The eleventh round's seven (22 rows: Wikipedia on two towns, a brigade and the GNA; AFRICOM releases and a
        // commander's remarks on Sirte 2016), added after the session's wording grid was written, stood at F1 0.24,
        // precision 0.36, recall 0.18; the 27 together at F1 0.40, precision 0.57, recall 0.31, dates 0.90, places 1.00.
        // The twelfth round's three (12 rows: Wikipedia on the Wagner Group and on Egypt's intervention, a Secretary of
        // State's statement), added mid-session, stood at F1 0.29, precision 0.33, recall 0.25; the 30 together at F1 0.40,
        // precision 0.54, recall 0.31, dates 0.91, places 1.00, and at F1 0.41 (34 of 106) at the session's end.
        // Raised from F1 0.36, precision 0.50, recall 0.27 in the next session (rules from tuning misses and the wires'
        // descriptions of the sides: 39 of 106 matched, 68 predicted, F1 0.45, precision 0.57, recall 0.37).
        // The eighth round became tuning texts in the session after (12 of its 32 matched then), and the thirteenth came in
        // (4 texts, 13 rows: VOA items on Benghazi, al-Qubbah and Derna, a State Department report), which stood at F1 0.56
        // (5 of 13 matched, 5 predicted) with the build of that session's start and after its first rules alike; the 26
        // together (87 rows) at F1 0.44, precision 0.53, recall 0.38.
        // Then the ninth round became tuning texts too (11 of its 28 matched), and the fourteenth came in (4 texts, 9 rows:
        // a DoD item on Sirte strikes, two U.S. Embassy texts, a State Department statement), which stood at F1 0.00 (0 of 9,
        // 3 predicted) with the session's starting build and the build of that moment alike; the 23 together (68 rows) at
        // F1 0.40, precision 0.52, recall 0.32: floors lowered from F1 0.41, precision 0.52, recall 0.33.
        // Raised from F1 0.37, precision 0.48, recall 0.29 when suggestions came in (26 of 68 matched, 49 predicted:
        // F1 0.44, precision 0.53, recall 0.38).
        // The fifteenth round came in (11 texts, 29 rows: Wikipedia, VOA), coded blind by three helpers: F1 0.46 (13 of 29,
        // 27 predicted) with the build of that moment, 0.45 (12 of 29, 24 predicted) with the session's starting build; the
        // 34 together (97 rows) at F1 0.45, precision 0.52, recall 0.40 (39 of 97, 75 predicted).
        #expect(all.filter(\.heldOut).count >= 34)
        #expect(heldOut.gold >= 97)
        #expect(heldOut.f1 >= 0.42, "held-out F1 \(heldOut.f1)")
        #expect(heldOut.precision >= 0.48, "held-out precision \(heldOut.precision)")
        #expect(heldOut.recall >= 0.37, "held-out recall \(heldOut.recall)")
        #expect(heldOut.dateAccuracy >= 0.80, "held-out date accuracy \(heldOut.dateAccuracy)")
        #expect(heldOut.placeAccuracy >= 0.95, "held-out place accuracy \(heldOut.placeAccuracy)")
        // Confidence means what it says: over all texts, the bands of at least 20 predictions grow more precise as they
        // rise, and each is right within 0.2 of its middle (0.44, 0.64, 0.74, 0.90 for the bands from 0.2 up when measured).
        let calibration = overall.calibration
        let bands = (0..<ConfidenceCalibration.bandCount).filter { calibration.predicted[$0] >= 20 }
        #expect(bands.count >= 3, "predictions by band \(calibration.predicted)")
        for (lower, upper) in zip(bands, bands.dropFirst()) {
            #expect(calibration.precision(lower)! <= calibration.precision(upper)!, "bands \(lower) and \(upper): \(calibration)")
        }
        for band in bands {
            let (from, to) = ConfidenceCalibration.bounds(band)
            #expect(abs(calibration.precision(band)! - (from + to) / 2) <= 0.2, "band \(band): \(calibration)")
        }
        let seed = try #require(all.first { $0.text == "jihadists-in-libya-retreat-2017-06" })
        #expect(seed.f1 >= 0.78, "seed article F1 \(seed.f1)")
        #expect(seed.recall >= 0.90, "seed article recall \(seed.recall)")
    }

    /// When several gold assertions could pair with a prediction, the one quoting the same
    /// sentence wins, then the one of the closest dates: a day and a span of days within it,
    /// each told by its own sentence, both pair with their own sentence, dates right.
    @Test func pairsPreferTheSameSentence() throws {
        let first = "On 3 March 2017, the BDB captured Es Sider.", second = "From 1 to 31 March 2017 the BDB was capturing Es Sider."
        let actor = try #require(extractor.actors.actor(id: "bdb"))
        let place = try #require(extractor.gazetteer.place(id: "cm:es-sider-terminal"))
        func interval(_ from: String, _ to: String) -> DayInterval { DayInterval(from: Day(iso: from)!, to: Day(iso: to)!, precision: .day) }
        let predicted = [
            Assertion(article: "t", actor: actor, place: place, status: .captured, interval: interval("2017-03-01", "2017-03-31"), exceptions: [],
                      quote: second, offset: 44, confidence: 0.95, rule: "test"),
            Assertion(article: "t", actor: actor, place: place, status: .captured, interval: interval("2017-03-03", "2017-03-03"), exceptions: [],
                      quote: first, offset: 0, confidence: 0.9, rule: "test"),
        ]
        let day = GoldAssertion(actor: "bdb", place: "cm:es-sider-terminal", status: .captured, interval: interval("2017-03-03", "2017-03-03"),
                                quote: first, line: 1)
        let span = GoldAssertion(actor: "bdb", place: "cm:es-sider-terminal", status: .captured, interval: interval("2017-03-01", "2017-03-31"),
                                 quote: second, line: 2)
        let score = EvaluationScore.score(text: "t", predicted: predicted, gold: [day, span], gazetteer: extractor.gazetteer)
        #expect(score.matched == 2 && score.datesRight == 2, "\(score)")
    }

    @Test func matchingRules() throws {
        let article = try Article.parse("On May 18, the LNA captured Hun.", file: "t", id: "t", published: seedPublished)
        let predicted = extractor.extract(article)
        func gold(_ from: String, _ to: String, _ precision: DatePrecision, place: String = "gn:2216645") -> GoldAssertion {
            GoldAssertion(actor: "lna", place: place, status: .captured,
                          interval: DayInterval(from: Day(iso: from)!, to: Day(iso: to)!, precision: precision), quote: "", line: 1)
        }
        let exact = EvaluationScore.score(text: "t", predicted: predicted, gold: [gold("2017-05-18", "2017-05-18", .day)], gazetteer: extractor.gazetteer)
        #expect(exact.matched == 1 && exact.datesRight == 1 && exact.f1 == 1)
        let month = EvaluationScore.score(text: "t", predicted: predicted, gold: [gold("2017-05-01", "2017-05-31", .month)], gazetteer: extractor.gazetteer)
        #expect(month.matched == 1 && month.datesRight == 1)
        let wrongDay = EvaluationScore.score(text: "t", predicted: predicted, gold: [gold("2017-06-18", "2017-06-18", .day)], gazetteer: extractor.gazetteer)
        #expect(wrongDay.matched == 0 && wrongDay.precision == 0)
        let wrongPlace = EvaluationScore.score(text: "t", predicted: predicted, gold: [gold("2017-05-18", "2017-05-18", .day, place: "gn:2209055")],
                                               gazetteer: extractor.gazetteer)
        #expect(wrongPlace.matched == 0)
    }

    /// Bands of width 0.2, the last closed at 1; a match counts as a prediction and a match of its band.
    @Test func calibrationBandsCountPredictionsAndMatches() throws {
        #expect([0, 0.19, 0.2, 0.4, 0.59, 0.6, 0.8, 0.99, 1].map(ConfidenceCalibration.band) == [0, 0, 1, 2, 2, 3, 4, 4, 4])
        let article = Article(id: "t", file: "t", published: Day(iso: "2017-06-25")!,
                              body: "The LNA captured Hun on May 18, 2017. The LNA captured Sokna on May 18, 2017.")
        let predicted = extractor.extract(article)
        try #require(predicted.count == 2)
        let gold = GoldAssertion(actor: "lna", place: predicted[0].place.id, status: .captured, interval: predicted[0].interval,
                                 quote: predicted[0].quote, line: 2)
        let calibration = EvaluationScore.score(text: "t", predicted: predicted, gold: [gold], gazetteer: extractor.gazetteer).calibration
        let bands = predicted.map { ConfidenceCalibration.band($0.confidence) }
        #expect(calibration.predicted.reduce(0, +) == 2)
        #expect(calibration.matched.reduce(0, +) == 1)
        #expect(calibration.matched[bands[0]] == 1)
        let kept = calibration.atOrAbove(0)
        #expect(kept.predicted == 2 && kept.matched == 1)
    }

    @Test func heldOutTextsAreDeclaredInTheirMetadataAndSummedApart() throws {
        let text = "On May 18, the LNA captured Hun."
        let heldOut = try Article.parse("---\npublished: 2017-06-25\nheldout: true\n---\n" + text, file: "h", id: "h", published: nil)
        let seen = try Article.parse("---\npublished: 2017-06-25\n---\n" + text, file: "s", id: "s", published: nil)
        #expect(EvaluationScore.isHeldOut(heldOut))
        #expect(!EvaluationScore.isHeldOut(seen))
        let gold = GoldAssertion(actor: "lna", place: "gn:2216645", status: .captured,
                                 interval: DayInterval(from: Day(iso: "2017-05-18")!, to: Day(iso: "2017-05-18")!, precision: .day), quote: "", line: 1)
        var a = EvaluationScore.score(text: "a", predicted: extractor.extract(heldOut), gold: [gold], gazetteer: extractor.gazetteer)
        var b = EvaluationScore.score(text: "b", predicted: extractor.extract(heldOut), gold: [gold, gold], gazetteer: extractor.gazetteer)
        #expect(!a.heldOut)
        a.heldOut = true
        b.heldOut = true
        let total = try #require(EvaluationScore.total([a, b], text: "held-out"))
        #expect(total.text == "held-out" && total.heldOut && total.gold == 3 && total.matched == a.matched + b.matched)
        #expect(EvaluationScore.total([], text: "none") == nil)
    }

    @Test func aBadGoldRowGivesTheLine() throws {
        let url = try temporaryFolder().appendingPathComponent("g.tsv")
        try "actor\tplace\tstatus\tdate_from\tdate_to\tprecision\tquote\nlna\tgn:1\tseized\t2017-01-01\t2017-01-01\tday\tq\n"
            .write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DataFileError.self) { try GoldFile.read(url) }
        #expect(error.location == .line(2))
        #expect(error.reason.contains("unknown status \"seized\""))
    }
}

/// The nearest cause of each miss, told by what the other side agrees on.
@Suite struct MissCauseTests {
    @Test func eachMissHasItsNearestCause() throws {
        let published = Day(iso: "2017-06-25")!
        let text = "The LNA captured Sirte on May 18. The GNA captured Hun on May 20. They took it on June 1."
        let predicted = extractor.extract(try Article.parse(text, file: "t.txt", id: "t", published: published))
        #expect(predicted.contains { $0.actor.id == "lna" && $0.status == .captured && $0.place.id == "gn:2210554" })
        func gold(_ actor: String, _ place: String, _ status: ClaimStatus, _ day: String, _ quote: String) -> GoldAssertion {
            GoldAssertion(actor: actor, place: place, status: status, interval: .day(Day(iso: day)!), quote: quote, line: 1)
        }
        let first = "The LNA captured Sirte on May 18."
        let rows = [gold("lna", "gn:2210554", .captured, "2017-06-10", first),      // dates apart
                    gold("lna", "gn:2210554", .controls, "2017-05-18", first),      // other status
                    gold("bdb", "gn:2210554", .captured, "2017-05-18", first),      // other actor
                    gold("lna", "gn:2209055", .captured, "2017-05-18", first),      // other place (Waddan, same sentence)
                    gold("lna", "gn:2214846", .attacked, "2017-06-01", "Its fighters were reported in the coastal city of Misrata that week.")]  // silent, no side
        let match = EvaluationMatch(predicted: predicted, gold: rows, gazetteer: extractor.gazetteer, actors: extractor.actors)
        #expect(match.missed.count == 5)
        #expect(match.missedCauses.map(\.cause) == [.dates, .status, .actor, .place, .sideUnnamed])
        #expect(match.missedCauses[1].detail == .status(.captured))
        let score = EvaluationScore.score(text: "t", predicted: predicted, gold: rows, gazetteer: extractor.gazetteer, actors: extractor.actors)
        #expect(score.causes.missed[MissCause.dates.rawValue] == 1)
        #expect(score.causes.statusConfusions == [MissCauses.StatusConfusion(gold: .controls, predicted: .captured): 1])
        // Predictions matching none: the GNA's Hun is coded nowhere.
        #expect(match.spuriousCauses.contains { $0.cause == .silentSentence })
    }
}

/// A rule family's predictions, matches and confidence, summed over texts.
@Suite struct RulePrecisionTests {
    @Test func familiesKeepTheKindAndTheSortedSuffixes() {
        #expect(RulePrecision.family(of: "active:took control of+reference+passive") == "active+passive+reference")
        #expect(RulePrecision.family(of: "seat in name") == "seat in name")
        #expect(RulePrecision.family(of: "co-occurrence:nominal:attacks against") == "co-occurrence")
    }

    @Test func talliesCountPredictionsMatchesAndConfidence() throws {
        let published = Day(iso: "2017-06-25")!
        let predicted = extractor.extract(try Article.parse("The LNA captured Sirte on May 18. The GNA captured Hun on May 20.",
                                                            file: "t.txt", id: "t", published: published))
        let gold = [GoldAssertion(actor: "lna", place: "gn:2210554", status: .captured, interval: .day(Day(iso: "2017-05-18")!),
                                  quote: "The LNA captured Sirte on May 18.", line: 1)]
        let score = EvaluationScore.score(text: "t", predicted: predicted, gold: gold, gazetteer: extractor.gazetteer)
        let tally = try #require(score.rules.families["active"])
        #expect(tally.predicted == predicted.filter { RulePrecision.family(of: $0.rule) == "active" }.count && tally.matched == 1)
        let twice = score.rules + score.rules
        #expect(twice.families["active"]?.predicted == 2 * tally.predicted)
        #expect(abs((twice.families["active"]?.meanConfidence ?? 0) - tally.meanConfidence) < 1e-9)
    }
}
