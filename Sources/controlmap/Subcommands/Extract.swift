import ArgumentParser
import Claims
import DataFiles
import Foundation
import Places

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension ControlMap {
    /// `controlmap extract FILE...`: the dated actor–place assertions of articles.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract dated actor–place assertions from articles, one row per assertion.",
            discussion: "A file that cannot be read is reported with its reason; the others are still processed, and the exit code is 2.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

        @OptionGroup var gazetteer: GazetteerOptions
        @OptionGroup var articles: ArticleFiles

        @Option(help: "Output format: csv or jsonl.")
        var format: Format = .csv

        @Option(name: [.short, .long], help: "Output file; standard output when omitted.")
        var output: String?

        func run() throws {
            var failed = 0
            try reportingFailures {
                let assertions: [Assertion]
                (assertions, failed) = extractAll(articles.files, published: articles.published, extractor: try makeExtractor(gazetteer))
                let text = format == .csv ? AssertionTable.csv(assertions) : AssertionTable.jsonLines(assertions)
                if let output {
                    try DataFile.writeAtomically(Data(text.utf8), to: URL(fileURLWithPath: output))
                } else {
                    FileHandle.standardOutput.write(Data(text.utf8))
                }
            }
            if failed > 0 { throw ExitCode(2) }
        }
    }
}
