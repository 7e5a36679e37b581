import Foundation

/// The project's shared data beside the repository (`shared/`: the seed article, the
/// source data): what the tests and the benchmark read that the repository may not ship.
public enum SharedData {
    /// `$CONTROLMAP_SHARED` when it is set, else the `shared` folder beside `repository`.
    public static func folder(besides repository: URL) -> URL {
        if let path = ProcessInfo.processInfo.environment["CONTROLMAP_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        return repository.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// The article the project started from (copyrighted, so kept in the shared data only).
    public static func seedArticle(besides repository: URL) -> URL {
        folder(besides: repository).appendingPathComponent("articles/jihadists-in-libya-retreat-2017-06.txt")
    }
}
