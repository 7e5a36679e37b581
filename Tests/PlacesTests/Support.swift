import DataFiles
import Foundation
import Places

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let libyaFolder = repositoryRoot.appendingPathComponent("Gazetteer/libya")
/// The article the project started from; not shipped (copyrighted), so read from shared/.
let seedArticle = SharedData.seedArticle(besides: repositoryRoot)

/// The Libya gazetteer, loaded once for all tests.
let libya: Gazetteer = try! Gazetteer.load(folder: libyaFolder)

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-places-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The id a text's first mention resolves to, or a description of what happened instead.
func firstMention(in text: String) -> String {
    guard let mention = libya.mentions(in: text).first else { return "no mention" }
    switch mention.resolution {
    case .resolved(let best, _): return best.place.id
    case .ambiguous(let candidates): return "ambiguous: " + candidates.map(\.place.id).joined(separator: ", ")
    case .unknown: return "unknown"
    }
}

func resolvedID(_ name: String) -> String {
    switch libya.resolve(name) {
    case .resolved(let best, _): return best.place.id
    case .ambiguous(let candidates): return "ambiguous: " + candidates.map(\.place.id).joined(separator: ", ")
    case .unknown: return "unknown"
    }
}
