import CGEOS
import Foundation

// Well-known binary and text (OGC Simple Features), through GEOS's readers and writers.

extension GEOSContext {
    /// A geometry from well-known binary (`GEOSWKBReader_read_r`).
    /// - Throws: ``LibraryError`` with GEOS's parse message on malformed input.
    public func geometry(wkb: Data) throws -> Geometry {
        guard let reader = GEOSWKBReader_create_r(handle) else { throw failure("GEOSWKBReader_create_r") }
        defer { GEOSWKBReader_destroy_r(handle, reader) }
        let raw = wkb.withUnsafeBytes { bytes in
            GEOSWKBReader_read_r(handle, reader, bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count)
        }
        return try own(raw, from: "GEOSWKBReader_read_r")
    }

    /// A geometry from well-known text (`GEOSWKTReader_read_r`).
    /// - Throws: ``LibraryError`` with GEOS's parse message, e.g. "ParseException: Expected word but encountered end of stream".
    public func geometry(wkt: String) throws -> Geometry {
        guard let reader = GEOSWKTReader_create_r(handle) else { throw failure("GEOSWKTReader_create_r") }
        defer { GEOSWKTReader_destroy_r(handle, reader) }
        return try own(GEOSWKTReader_read_r(handle, reader, wkt), from: "GEOSWKTReader_read_r")
    }
}

extension Geometry {
    /// Well-known binary, little-endian, 2-D (`GEOSWKBWriter_write_r`; the buffer is freed with `GEOSFree_r`).
    public func wkb() throws -> Data {
        guard let writer = GEOSWKBWriter_create_r(handle) else { throw context.failure("GEOSWKBWriter_create_r") }
        defer { GEOSWKBWriter_destroy_r(handle, writer) }
        GEOSWKBWriter_setByteOrder_r(handle, writer, Int32(GEOS_WKB_NDR.rawValue))
        GEOSWKBWriter_setOutputDimension_r(handle, writer, 2)
        var size = 0
        guard let bytes = GEOSWKBWriter_write_r(handle, writer, pointer, &size) else {
            throw context.failure("GEOSWKBWriter_write_r")
        }
        defer { GEOSFree_r(handle, bytes) }
        return Data(bytes: bytes, count: size)
    }

    /// Well-known text with trailing zeros trimmed (`GEOSWKTWriter_write_r`).
    /// - Parameter decimals: digits after the decimal point; nil keeps full precision.
    public func wkt(decimals: Int? = nil) throws -> String {
        guard let writer = GEOSWKTWriter_create_r(handle) else { throw context.failure("GEOSWKTWriter_create_r") }
        defer { GEOSWKTWriter_destroy_r(handle, writer) }
        GEOSWKTWriter_setTrim_r(handle, writer, 1)
        GEOSWKTWriter_setOutputDimension_r(handle, writer, 2)
        if let decimals { GEOSWKTWriter_setRoundingPrecision_r(handle, writer, Int32(decimals)) }
        return try context.takeString(GEOSWKTWriter_write_r(handle, writer, pointer), from: "GEOSWKTWriter_write_r")
    }
}
