import CGEOS

// Overlay and union. Inputs must be valid; GEOS reports a TopologyException otherwise.

extension Geometry {
    /// Points in both (`GEOSIntersection_r`).
    public func intersection(_ other: Geometry) throws -> Geometry {
        context.clearMessages()
        return try context.own(GEOSIntersection_r(handle, pointer, other.pointer), from: "GEOSIntersection_r")
    }

    /// The polygons of an overlay result, without the lines or points where the shapes
    /// only touch (GEOS returns those beside the polygons in a GeometryCollection); the
    /// geometry itself when it is not a collection.
    public func polygonalPart() throws -> Geometry {
        guard kind == .geometryCollection else { return self }
        let polygons = try parts().filter { $0.kind == .polygon || $0.kind == .multiPolygon }.flatMap { try $0.parts() }
        return try context.collection(.multiPolygon, of: polygons)
    }

    /// Points in self but not in `other` (`GEOSDifference_r`).
    public func difference(_ other: Geometry) throws -> Geometry {
        context.clearMessages()
        return try context.own(GEOSDifference_r(handle, pointer, other.pointer), from: "GEOSDifference_r")
    }

    /// Points in either (`GEOSUnion_r`).
    public func union(_ other: Geometry) throws -> Geometry {
        context.clearMessages()
        return try context.own(GEOSUnion_r(handle, pointer, other.pointer), from: "GEOSUnion_r")
    }

    /// The union of all parts of a collection, any overlaps allowed (`GEOSUnaryUnion_r`).
    public func unaryUnion() throws -> Geometry {
        context.clearMessages()
        return try context.own(GEOSUnaryUnion_r(handle, pointer), from: "GEOSUnaryUnion_r")
    }

    /// The union of all parts with every coordinate snapped to a grid of `gridSize`
    /// units (`GEOSUnaryUnionPrec_r`: OverlayNG with snap-rounding). Lines come back
    /// noded on the grid: crossings and near-touches become shared vertices, which is
    /// what polygonizing needs and what floating-point noding cannot promise.
    public func unaryUnion(gridSize: Double) throws -> Geometry {
        guard gridSize > 0, gridSize.isFinite else { throw GeometryError("grid size must be a finite number > 0, not \(gridSize)") }
        context.clearMessages()
        return try context.own(GEOSUnaryUnionPrec_r(handle, pointer, gridSize), from: "GEOSUnaryUnionPrec_r")
    }

    /// The union of a polygonal coverage — parts that touch along shared edges but
    /// never overlap — much faster than ``unaryUnion()`` (`GEOSCoverageUnion_r`).
    ///
    /// GEOS 3.11 returns a wrong, invalid result without any error when parts overlap;
    /// this method checks the result's validity and that its area equals the sum of
    /// the parts' areas (relative `tolerance`), and throws instead.
    /// - Throws: ``GeometryError`` when the parts overlap; ``LibraryError`` on a GEOS failure.
    public func coverageUnion(tolerance: Double = 1e-9) throws -> Geometry {
        context.clearMessages()
        let result = try context.own(GEOSCoverageUnion_r(handle, pointer), from: "GEOSCoverageUnion_r")
        let partsArea = try parts().reduce(0.0) { $0 + (try $1.area()) }
        let unionArea = try result.area()
        let valid = try result.isValid()
        if !valid || abs(unionArea - partsArea) > tolerance * max(partsArea, 1e-300) {
            let reason = valid ? "" : " (\(try result.invalidityReason() ?? "invalid"))"
            throw GeometryError("coverage union: the parts overlap; their areas add up to \(partsArea) but the union covers \(unionArea)\(reason)")
        }
        return result
    }
}
