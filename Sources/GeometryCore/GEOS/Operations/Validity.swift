import CGEOS

// Validity (OGC Simple Features rules as GEOS checks them), repair, normal form and precision.

extension Geometry {
    /// Whether the geometry is valid (`GEOSisValid_r`).
    public func isValid() throws -> Bool {
        context.clearMessages()
        return try context.predicate(GEOSisValid_r(handle, pointer), from: "GEOSisValid_r")
    }

    /// Why the geometry is invalid, e.g. "Self-intersection[10 5]"; nil when it is valid
    /// (`GEOSisValidReason_r`, string freed with `GEOSFree_r`).
    public func invalidityReason() throws -> String? {
        let reason = try context.takeString(GEOSisValidReason_r(handle, pointer), from: "GEOSisValidReason_r")
        return reason == "Valid Geometry" ? nil : reason
    }

    /// A valid geometry covering the same points (`GEOSMakeValid_r`, the "linework" method).
    public func makeValid() throws -> Geometry {
        try context.own(GEOSMakeValid_r(handle, pointer), from: "GEOSMakeValid_r")
    }

    /// A copy in GEOS's normal form: rings start at their smallest vertex, parts sorted
    /// (`GEOSNormalize_r`). Two equal geometries normalize to the same coordinates.
    public func normalized() throws -> Geometry {
        let copy = try clone()
        guard GEOSNormalize_r(handle, copy.pointer) == 0 else { throw context.failure("GEOSNormalize_r") }
        return copy
    }

    /// A copy snapped to a grid of `gridSize` units (`GEOSGeom_setPrecision_r`). By
    /// default collapsed parts are removed and the result kept valid (flags 0, a full
    /// snap-rounding overlay); with `keepTopology: false` the coordinates are only rounded
    /// (`GEOS_PREC_NO_TOPO`), which is much faster and may leave the result invalid.
    public func withPrecision(_ gridSize: Double, keepTopology: Bool = true) throws -> Geometry {
        guard gridSize >= 0, gridSize.isFinite else { throw GeometryError("grid size must be a finite number ≥ 0, not \(gridSize)") }
        let flags: Int32 = keepTopology ? 0 : Int32(GEOS_PREC_NO_TOPO.rawValue)
        return try context.own(GEOSGeom_setPrecision_r(handle, pointer, gridSize, flags), from: "GEOSGeom_setPrecision_r")
    }
}
