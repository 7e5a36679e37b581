import CGEOS

// Planar measures and derived points, in the units of the geometry's coordinates.

extension Geometry {
    /// Planar area (`GEOSArea_r`). For km² on the ellipsoid, use ``Geodesic/areaKm2(_:)``.
    public func area() throws -> Double {
        var area = 0.0
        guard GEOSArea_r(handle, pointer, &area) != 0 else { throw context.failure("GEOSArea_r") }
        return area
    }

    /// Planar length (`GEOSLength_r`).
    public func length() throws -> Double {
        var length = 0.0
        guard GEOSLength_r(handle, pointer, &length) != 0 else { throw context.failure("GEOSLength_r") }
        return length
    }

    /// Planar distance between the closest points (`GEOSDistance_r`).
    public func distance(to other: Geometry) throws -> Double {
        var distance = 0.0
        guard GEOSDistance_r(handle, pointer, other.pointer, &distance) != 0 else { throw context.failure("GEOSDistance_r") }
        return distance
    }

    /// The bounding rectangle (`GEOSGeom_getXMin_r` and friends); nil when empty.
    public func envelope() throws -> Envelope? {
        guard !isEmpty else { return nil }
        var box = Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0)
        guard GEOSGeom_getXMin_r(handle, pointer, &box.minX) != 0,
              GEOSGeom_getYMin_r(handle, pointer, &box.minY) != 0,
              GEOSGeom_getXMax_r(handle, pointer, &box.maxX) != 0,
              GEOSGeom_getYMax_r(handle, pointer, &box.maxY) != 0
        else { throw context.failure("GEOSGeom_getXMin_r") }
        return box
    }

    /// The centroid (`GEOSGetCentroid_r`).
    public func centroid() throws -> Geometry {
        try context.own(GEOSGetCentroid_r(handle, pointer), from: "GEOSGetCentroid_r")
    }

    /// A point guaranteed to lie inside (`GEOSPointOnSurface_r`).
    public func pointOnSurface() throws -> Geometry {
        try context.own(GEOSPointOnSurface_r(handle, pointer), from: "GEOSPointOnSurface_r")
    }

    /// Whether `other` lies in the interior of self (`GEOSContains_r`).
    public func contains(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSContains_r(handle, pointer, other.pointer), from: "GEOSContains_r")
    }

    /// Whether no point of `other` lies outside self (`GEOSCovers_r`).
    public func covers(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSCovers_r(handle, pointer, other.pointer), from: "GEOSCovers_r")
    }

    /// Whether the two share at least one point (`GEOSIntersects_r`).
    public func intersects(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSIntersects_r(handle, pointer, other.pointer), from: "GEOSIntersects_r")
    }

    /// A copy with extra vertices so that no segment is longer than `maxSegmentLength` (`GEOSDensify_r`).
    public func densified(maxSegmentLength: Double) throws -> Geometry {
        guard maxSegmentLength > 0 else { throw GeometryError("segment length must be > 0, not \(maxSegmentLength)") }
        return try context.own(GEOSDensify_r(handle, pointer, maxSegmentLength), from: "GEOSDensify_r")
    }
}
