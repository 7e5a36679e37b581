import CPROJ
import Foundation

/// Messages PROJ sends to a context's log function; reached from C through `app_data`.
final class PROJMessageLog {
    var messages: [String] = []
}

/// A PROJ context (`proj_context_create`) whose log messages are captured, so that a
/// failure carries PROJ's own words (e.g. "proj_create: Cannot find proj.db") rather
/// than the bare "Unknown error (code 2)" of `proj_context_errno_string`.
/// Used by one thread at a time, like a ``GEOSContext``.
public final class PROJContext {
    let pointer: OpaquePointer
    private let log = PROJMessageLog()

    /// - Parameter searchPaths: folders to look for `proj.db` and grids in instead of
    ///   PROJ's defaults (`proj_context_set_search_paths`); nil keeps the defaults.
    /// - Throws: ``LibraryError`` when `proj_context_create` returns NULL.
    public init(searchPaths: [String]? = nil) throws {
        guard let pointer = proj_context_create() else {
            throw LibraryError(library: .proj, function: "proj_context_create", messages: ["could not create a context"])
        }
        self.pointer = pointer
        // The log is owned by self, which outlives the context (destroyed in deinit).
        proj_log_func(pointer, Unmanaged.passUnretained(log).toOpaque()) { appData, _, message in
            guard let appData, let message else { return }
            Unmanaged<PROJMessageLog>.fromOpaque(appData).takeUnretainedValue().messages.append(String(cString: message))
        }
        _ = proj_log_level(pointer, PJ_LOG_ERROR)
        if let searchPaths {
            var cStrings = searchPaths.map { strdup($0) }
            defer { cStrings.forEach { free($0) } }
            cStrings.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                    proj_context_set_search_paths(pointer, Int32(buffer.count), $0)
                }
            }
        }
    }

    deinit {
        proj_context_destroy(pointer)
    }

    /// The PROJ version (`proj_info`), e.g. "9.1.1".
    public static var version: String { String(cString: proj_info().version) }

    func clearMessages() {
        log.messages.removeAll(keepingCapacity: true)
    }

    /// The error for a failed call: the logged messages or, when PROJ logged nothing,
    /// `proj_context_errno_string` (PROJ has no call to reset a context's errno, so it
    /// is only read when no message says more).
    func failure(_ function: String) -> LibraryError {
        var messages = log.messages
        let code = proj_context_errno(pointer)
        if messages.isEmpty, code != 0, let text = proj_context_errno_string(pointer, code) {
            messages.append(String(cString: text))
        }
        clearMessages()
        return LibraryError(library: .proj, function: function, messages: messages)
    }
}
