import CGEOS

extension Geometry {
    /// The boundary: a polygon's rings as lines (`GEOSBoundary_r`).
    public func boundary() throws -> Geometry {
        try context.own(GEOSBoundary_r(handle, pointer), from: "GEOSBoundary_r")
    }
}

extension GEOSContext {
    /// The outlines of `polygons` as one collection of lines: `GEOSBoundary_r` of each,
    /// handed to `GEOSGeom_createCollection_r` without a copy (it takes ownership), so
    /// that a large set costs one set of outlines in memory, not two.
    public func outlines(of polygons: [Geometry]) throws -> Geometry {
        clearMessages()
        var members: [OpaquePointer] = []
        members.reserveCapacity(polygons.count)
        for polygon in polygons where !polygon.isEmpty {
            guard let outline = GEOSBoundary_r(handle, polygon.pointer) else {
                members.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw failure("GEOSBoundary_r")
            }
            members.append(outline)
        }
        return try own(collectionTakingOwnership(of: members, type: GEOS_GEOMETRYCOLLECTION), from: "GEOSGeom_createCollection_r")
    }

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
