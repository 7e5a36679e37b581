import CGEOS

/// Messages GEOS sends to a context's handlers; reached from C through `userdata`.
final class GEOSMessageLog {
    var errors: [String] = []
    var notices: [String] = []
}

/// A GEOS context handle (`GEOS_init_r`) with its error and notice messages captured.
///
/// One context per build run or task: GEOS allows a context to be used by one
/// thread at a time only, so this class is not `Sendable`. Every ``Geometry``
/// keeps its context alive.
public final class GEOSContext {
    let handle: GEOSContextHandle_t
    private let log = GEOSMessageLog()

    /// Creates a context and installs the handlers that capture GEOS's messages.
    /// - Throws: ``LibraryError`` when `GEOS_init_r` returns NULL.
    public init() throws {
        guard let handle = GEOS_init_r() else {
            throw LibraryError(library: .geos, function: "GEOS_init_r", messages: ["could not create a context"])
        }
        self.handle = handle
        // The log is owned by self, which outlives the handle (freed in deinit).
        let userdata = Unmanaged.passUnretained(log).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            Unmanaged<GEOSMessageLog>.fromOpaque(userdata).takeUnretainedValue().errors.append(String(cString: message))
        }, userdata)
        _ = GEOSContext_setNoticeMessageHandler_r(handle, { message, userdata in
            guard let message, let userdata else { return }
            Unmanaged<GEOSMessageLog>.fromOpaque(userdata).takeUnretainedValue().notices.append(String(cString: message))
        }, userdata)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The GEOS version this context runs on (`GEOSversion`), e.g. "3.11.1-CAPI-1.17.1".
    public static var version: String { String(cString: GEOSversion()) }

    /// Drops messages left over from earlier calls, so an error carries only its own.
    func clearMessages() {
        log.errors.removeAll(keepingCapacity: true)
        log.notices.removeAll(keepingCapacity: true)
    }

    /// The error for a failed call: GEOS's error messages, else its notices.
    func failure(_ function: String) -> LibraryError {
        let messages = log.errors.isEmpty ? log.notices : log.errors
        clearMessages()
        return LibraryError(library: .geos, function: function, messages: messages)
    }

    /// Takes ownership of a geometry GEOS returned, or throws GEOS's message when it returned NULL.
    func own(_ pointer: OpaquePointer?, from function: String) throws -> Geometry {
        guard let pointer else { throw failure(function) }
        return Geometry(owning: pointer, in: self)
    }

    /// Reads a GEOS predicate result: 1 true, 0 false, 2 exception.
    func predicate(_ result: CChar, from function: String) throws -> Bool {
        switch result {
        case 0: return false
        case 1: return true
        default: throw failure(function)
        }
    }

    /// Reads a string GEOS allocated and frees it with `GEOSFree_r`.
    func takeString(_ pointer: UnsafeMutablePointer<CChar>?, from function: String) throws -> String {
        guard let pointer else { throw failure(function) }
        defer { GEOSFree_r(handle, pointer) }
        return String(cString: pointer)
    }
}
