import ArgumentParser
import Claims
import DataFiles
import Foundation
import Places

extension ControlMap {
    /// `controlmap claims update FILE...`: extraction merged into the reviewed claims file.
    struct ClaimsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "Keep the reviewed claims file in step with the articles.",
            subcommands: [Update.self])

        struct Update: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Extract claims from articles and merge them into the claims file, keeping every human decision.")

            @OptionGroup var gazetteer: GazetteerOptions
            @OptionGroup var articles: ArticleFiles

            @Option(name: [.short, .long], help: "The claims file to update.")
            var claims: String = "Review/claims.tsv"

            func run() throws {
                var failed = 0
                try reportingFailures {
                    let assertions: [Assertion]
                    (assertions, failed) = try extractAll(articles.files, published: articles.published, extractor: makeExtractor(gazetteer))
                    let url = URL(fileURLWithPath: claims)
                    let existing = try ReviewFile.read(url)
                    let merged = ReviewFile.merge(existing, extracted: assertions)
                    try ReviewFile.write(merged, to: url)
                    let counts = Dictionary(grouping: merged, by: \.decision).mapValues(\.count)
                    print("\(claims): " + ReviewFile.Decision.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
                }
                if failed > 0 { throw ExitCode(2) }
            }
        }
    }

    /// `controlmap eval FILE...`: precision, recall and F1 against hand-coded gold assertions.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against the gold assertions in Evaluation/gold/<article id>.tsv.")

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var articles: ArticleFiles

        @Option(help: "Folder of gold files.")
        var gold: String = "Evaluation/gold"

        @Flag(help: "After the table, list per text the gold assertions missed, the predictions that match none, and the matches with a wrong date.")
        var misses = false

        @Flag(name: .customLong("by-rule"), help: "After the tables, the predictions, matches, precision and mean confidence of each rule family (of 5 predictions or more).")
        var byRule = false

        func run() throws {
            try reportingFailures {
                let extractor = try makeExtractor(gazetteer)
                var scores: [EvaluationScore] = []
                var report: [String] = []
                for file in articles.files {
                    let article = try Article.read(URL(fileURLWithPath: file), published: articles.published)
                    let goldRows = try GoldFile.read(URL(fileURLWithPath: gold).appendingPathComponent("\(article.id).tsv"))
                    let predicted = extractor.extract(article)
                    var score = EvaluationScore.score(text: article.id, predicted: predicted, gold: goldRows, gazetteer: extractor.gazetteer,
                                                          actors: extractor.actors)
                    score.heldOut = EvaluationScore.isHeldOut(article)
                    scores.append(score)
                    if misses {
                        report.append(EvaluationTable.misses(EvaluationMatch(predicted: predicted, gold: goldRows, gazetteer: extractor.gazetteer, actors: extractor.actors),
                                                             text: article.id))
                    }
                }
                print(EvaluationTable.render(scores))
                print()
                print(EvaluationTable.calibration(scores))
                print()
                print(EvaluationTable.causes(scores))
                if byRule {
                    print()
                    print(EvaluationTable.rules(scores))
                }
                if misses { print(report.joined()) }
            }
        }
    }
}

/// The assertions of every readable file; each unreadable one is reported on standard
/// error with its reason and counted, and the others are still processed.
func extractAll(_ files: [String], published: Day?, extractor: Extractor) -> (assertions: [Assertion], failed: Int) {
    var assertions: [Assertion] = []
    var failed = 0
    for file in files {
        do {
            assertions += extractor.extract(try Article.read(URL(fileURLWithPath: file), published: published))
        } catch {
            FileHandle.standardError.write(Data("controlmap: \(error)\n".utf8))
            failed += 1
        }
    }
    return (assertions, failed)
}

func makeExtractor(_ options: GazetteerOptions) throws -> Extractor {
    let places = try Gazetteer.load(folder: options.folder)
    let actors = try ActorRegistry.load(options.folder.appendingPathComponent("actors.tsv"))
    // (An area may name no periods.)
    let periodsFile = options.folder.appendingPathComponent("periods.tsv")
    let periods = FileManager.default.fileExists(atPath: periodsFile.path) ? try NamedPeriods.load(periodsFile) : NamedPeriods()
    return Extractor(gazetteer: places, actors: actors, periods: periods)
}

/// The evaluation as a table: one line per text (held-out texts marked `*`), then a line for the
/// held-out texts alone when there are any, then the overall line.
enum EvaluationTable {
    static func render(_ scores: [EvaluationScore]) -> String {
        let heldOut = scores.filter(\.heldOut)
        let heldOutName = "held-out texts (\(heldOut.count))"
        let names = scores.map { $0.heldOut ? "\($0.text) *" : $0.text }
        let width = max(20, (names + [heldOutName]).map(\.count).max() ?? 0)
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        func line(_ score: EvaluationScore) -> String {
            pad(score.text) + String(format: " %5d %5d %5d   %.2f   %.2f   %.2f     %.2f     %.2f",
                                     score.gold, score.predicted, score.matched, score.precision, score.recall, score.f1,
                                     score.dateAccuracy, score.placeAccuracy)
        }
        var lines = [pad("text") + "  gold  pred match  prec.  recall  F1    dates    places"]
        lines += zip(scores, names).map { score, name in
            var named = score
            named.text = name
            return line(named)
        }
        if let total = EvaluationScore.total(heldOut, text: heldOutName) {
            lines.append(line(total))
        }
        if let total = EvaluationScore.total(scores, text: "overall") {
            lines.append(line(total))
        }
        return lines.joined(separator: "\n")
    }

    /// The totals of the held-out texts and of the others, each when there are any.
    static func heldOutAndOthers(_ scores: [EvaluationScore]) -> [EvaluationScore] {
        [EvaluationScore.total(scores.filter(\.heldOut), text: "held-out texts"),
         EvaluationScore.total(scores.filter { !$0.heldOut }, text: "other texts")].compactMap { $0 }
    }

    /// Precision by confidence band, for the held-out texts and for the others apart: per band the
    /// predictions, the matches and their precision, then the precision and recall of keeping
    /// only the claims at or above the band.
    static func calibration(_ scores: [EvaluationScore]) -> String {
        var lines = ["confidence    pred match  prec.   from here up: prec. recall"]
        for total in heldOutAndOthers(scores) {
            lines.append(total.text)
            let calibration = total.calibration
            for band in 0..<ConfidenceCalibration.bandCount {
                let (lower, upper) = ConfidenceCalibration.bounds(band)
                let kept = calibration.atOrAbove(band)
                let precision = calibration.precision(band).map { String(format: "%.2f", $0) } ?? "   –"
                let keptPrecision = kept.predicted == 0 ? "   –" : String(format: "%.2f", Double(kept.matched) / Double(kept.predicted))
                let keptRecall = total.gold == 0 ? "   –" : String(format: "%.2f", Double(kept.matched) / Double(total.gold))
                lines.append(String(format: "  [%.1f, %.1f%@ %5d %5d   %@               %@   %@", lower, upper, band == ConfidenceCalibration.bandCount - 1 ? "]" : ")",
                                    calibration.predicted[band], calibration.matched[band], precision, keptPrecision, keptRecall))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The nearest cause of the misses, for the held-out texts and the others apart: gold
    /// assertions missed and predictions matching none, counted by ``MissCause``.
    static func causes(_ scores: [EvaluationScore]) -> String {
        var lines = ["unmatched          gold missed  predictions matching none"]
        for total in heldOutAndOthers(scores) {
            lines.append(total.text)
            for cause in MissCause.allCases {
                let label = "  " + cause.label + String(repeating: " ", count: max(0, 17 - cause.label.count))
                lines.append(label + String(format: " %11d  %25d", total.causes.missed[cause.rawValue], total.causes.spurious[cause.rawValue]))
            }
            let confusions = total.causes.statusConfusions.sorted { $0.key < $1.key }
            if !confusions.isEmpty {
                lines.append("  gold status (predicted instead): " + confusions.map { "\($0.key.gold.rawValue) (\($0.key.predicted.rawValue)) \($0.value)" }.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each rule family's predictions, matches, precision and mean confidence, for the held-out texts and
    /// the others apart, most predictions first; families of fewer than five predictions are left out.
    static func rules(_ scores: [EvaluationScore]) -> String {
        var lines = ["rule family                                    pred match  prec.  mean confidence"]
        for total in heldOutAndOthers(scores) {
            lines.append(total.text)
            let families = total.rules.families.filter { $0.value.predicted >= 5 }
                .sorted { ($1.value.predicted, $0.key) < ($0.value.predicted, $1.key) }
            for (family, tally) in families {
                let label = "  " + family + String(repeating: " ", count: max(1, 45 - family.count))
                lines.append(label + String(format: "%5d %5d   %.2f   %.2f", tally.predicted, tally.matched, tally.precision, tally.meanConfidence))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The misses of one text, one line each with the quote: `-` a gold assertion missed
    /// (with its gold file line), `+` a prediction matching none (with its rule), `~` a
    /// match whose dates are wrong.
    static func misses(_ match: EvaluationMatch, text: String) -> String {
        func clip(_ quote: String) -> String { quote.count > 160 ? String(quote.prefix(157)) + "..." : quote }
        var lines: [String] = []
        func tag(_ found: EvaluationMatch.FoundCause) -> String {
            if case .status(let other) = found.detail { return "{\(found.cause.label): \(other.rawValue)}" }
            return "{\(found.cause.label)}"
        }
        for (gold, found) in zip(match.missed, match.missedCauses) {
            lines.append("- \(gold.actor) \(gold.status.rawValue) \(gold.place) \(gold.interval.from)..\(gold.interval.to) (line \(gold.line)) \(tag(found)): \(clip(gold.quote))")
        }
        for (assertion, found) in zip(match.spurious, match.spuriousCauses) {
            lines.append("+ \(assertion.actor.id) \(assertion.status.rawValue) \(assertion.place.id) \(assertion.place.name) \(assertion.interval.from)..\(assertion.interval.to) [\(assertion.rule)] \(tag(found)): \(clip(assertion.quote))")
        }
        for pair in match.pairs where !pair.dateRight {
            lines.append("~ \(pair.gold.actor) \(pair.gold.status.rawValue) \(pair.gold.place) gold \(pair.gold.interval.from)..\(pair.gold.interval.to), predicted \(pair.predicted.interval.from)..\(pair.predicted.interval.to): \(clip(pair.gold.quote))")
        }
        return lines.isEmpty ? "" : "\n## \(text)\n" + lines.joined(separator: "\n") + "\n"
    }
}
