import Foundation

/// Reading and writing the project's data files.
///
/// Reads fail with a ``DataFileError`` naming the file; writes go to a temporary
/// file beside the target and are renamed into place, so a failed run never
/// leaves a half-written output behind.
public enum DataFile {
    /// The whole contents of a file.
    /// - Throws: ``DataFileError`` when the file is missing, is a directory or cannot be read.
    public static func read(_ url: URL) throws -> Data {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataFileError(file: path, reason: "file not found")
        }
        if isDirectory.boolValue {
            throw DataFileError(file: path, reason: "is a directory, expected a file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DataFileError(file: path, reason: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// A file's contents as UTF-8 text.
    /// - Throws: ``DataFileError`` when the file cannot be read or is not valid UTF-8.
    public static func readText(_ url: URL) throws -> String {
        let data = try read(url)
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DataFileError(file: url.path, reason: "is not valid UTF-8 text")
        }
        return text
    }

    /// Writes `data` to `url` atomically: to a temporary file in the same folder,
    /// then `rename(2)` over the target. Creates the folder when missing.
    /// - Throws: ``DataFileError`` naming the target when any step fails; the
    ///   temporary file is removed.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DataFileError(file: url.path, reason: "cannot create folder \(folder.path) (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw DataFileError(file: url.path, reason: "cannot write (\(error.localizedDescription))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fileManager.removeItem(at: temporary)
            throw DataFileError(file: url.path, reason: "cannot move the finished file into place (\(reason))")
        }
    }
}
