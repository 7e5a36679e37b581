import CGEOS

extension Geometry {
    /// The boundary: a polygon's rings as lines (`GEOSBoundary_r`).
    public func boundary() throws -> Geometry {
        try context.own(GEOSBoundary_r(handle, pointer), from: "GEOSBoundary_r")
    }
}

extension GEOSContext {
    /// The polygons that noded linework encloses (`GEOSPolygonize_r`), as a collection.
    /// Node the lines first (a unary union of them does).
    public func polygonize(_ lines: [Geometry]) throws -> Geometry {
        clearMessages()
        var pointers: [OpaquePointer?] = lines.map { $0.pointer }
        let result = pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: OpaquePointer?.self, capacity: buffer.count) {
                GEOSPolygonize_r(handle, $0, UInt32(buffer.count))
            }
        }
        return try own(result, from: "GEOSPolygonize_r")
    }
}
