import CGEOS

/// A geometry indexed for repeated predicates against many others (`GEOSPrepare_r`),
/// freed with `GEOSPreparedGeom_destroy_r`. Keeps its base geometry alive, which GEOS
/// reads for as long as the prepared geometry exists.
public final class PreparedGeometry {
    public let base: Geometry
    private let pointer: OpaquePointer

    /// - Throws: ``LibraryError`` when `GEOSPrepare_r` returns NULL.
    public init(_ base: Geometry) throws {
        guard let pointer = GEOSPrepare_r(base.handle, base.pointer) else { throw base.context.failure("GEOSPrepare_r") }
        self.base = base
        self.pointer = pointer
    }

    deinit {
        GEOSPreparedGeom_destroy_r(base.handle, pointer)
    }

    /// Whether `other` lies in the interior of the base (`GEOSPreparedContains_r`).
    public func contains(_ other: Geometry) throws -> Bool {
        try base.context.predicate(GEOSPreparedContains_r(base.handle, pointer, other.pointer), from: "GEOSPreparedContains_r")
    }

    /// Whether no point of `other` lies outside the base (`GEOSPreparedCovers_r`).
    public func covers(_ other: Geometry) throws -> Bool {
        try base.context.predicate(GEOSPreparedCovers_r(base.handle, pointer, other.pointer), from: "GEOSPreparedCovers_r")
    }

    /// Whether `other` shares a point with the base (`GEOSPreparedIntersects_r`).
    public func intersects(_ other: Geometry) throws -> Bool {
        try base.context.predicate(GEOSPreparedIntersects_r(base.handle, pointer, other.pointer), from: "GEOSPreparedIntersects_r")
    }
}
