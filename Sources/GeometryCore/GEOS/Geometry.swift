import CGEOS

/// A GEOS geometry owned by Swift: destroyed with `GEOSGeom_destroy_r` in `deinit`.
///
/// Coordinates are plain x/y in whatever reference system the caller works in
/// (longitude/latitude, or metres of a projection). A geometry belongs to one
/// ``GEOSContext`` and must only be combined with geometries of the same context.
public final class Geometry {
    public let context: GEOSContext
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, in context: GEOSContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    var handle: GEOSContextHandle_t { context.handle }

    /// The GEOS kind of a geometry (`GEOSGeomTypeId_r`).
    public enum Kind: Int32, Sendable {
        case point = 0, lineString, linearRing, polygon, multiPoint, multiLineString, multiPolygon, geometryCollection
    }

    /// The kind (`GEOSGeomTypeId_r`).
    public var kind: Kind {
        Kind(rawValue: GEOSGeomTypeId_r(handle, pointer)) ?? .geometryCollection
    }

    /// True when the geometry has no points (`GEOSisEmpty_r`).
    public var isEmpty: Bool { GEOSisEmpty_r(handle, pointer) == 1 }

    /// A deep copy (`GEOSGeom_clone_r`).
    public func clone() throws -> Geometry {
        try context.own(GEOSGeom_clone_r(handle, pointer), from: "GEOSGeom_clone_r")
    }

    /// Number of parts of a multi-geometry or collection, 1 for a single geometry (`GEOSGetNumGeometries_r`).
    public var partCount: Int { Int(GEOSGetNumGeometries_r(handle, pointer)) }

    /// Copies of the parts of a multi-geometry or collection (`GEOSGetGeometryN_r`, cloned).
    public func parts() throws -> [Geometry] {
        try (0..<partCount).map { index in
            guard let part = GEOSGetGeometryN_r(handle, pointer, Int32(index)) else {
                throw context.failure("GEOSGetGeometryN_r")
            }
            return try context.own(GEOSGeom_clone_r(handle, part), from: "GEOSGeom_clone_r")
        }
    }
}

/// A 2-D coordinate in the reference system of the geometry it belongs to.
public struct XY: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle.
public struct Envelope: Sendable, Hashable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double
    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }
    /// The rectangle grown by `margin` on every side.
    public func expanded(by margin: Double) -> Envelope {
        Envelope(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }
    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var center: XY { XY((minX + maxX) / 2, (minY + maxY) / 2) }
}
