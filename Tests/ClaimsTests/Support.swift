import Claims
import DataFiles
import Foundation
import Places

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let libyaFolder = repositoryRoot.appendingPathComponent("Gazetteer/libya")
/// The seed article (copyrighted, so not shipped): read from shared/ by tests only.
let seedArticleURL = SharedData.seedArticle(besides: repositoryRoot)
let seedPublished = Day(year: 2017, month: 6, day: 25)!

let extractor: Extractor = {
    let gazetteer = try! Gazetteer.load(folder: libyaFolder)
    let actors = try! ActorRegistry.load(libyaFolder.appendingPathComponent("actors.tsv"))
    let periods = try! NamedPeriods.load(libyaFolder.appendingPathComponent("periods.tsv"))
    return Extractor(gazetteer: gazetteer, actors: actors, periods: periods)
}()

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-claims-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The claims of a short text as "actor status place from..to" lines.
func claims(_ text: String, published: Day = Day(year: 2017, month: 6, day: 25)!) -> [String] {
    let article = try! Article.parse(text, file: "test.txt", id: "test", published: published)
    return extractor.extract(article).map { "\($0.actor.id) \($0.status.rawValue) \($0.place.id) \($0.interval.from.iso)..\($0.interval.to.iso)" }
}
