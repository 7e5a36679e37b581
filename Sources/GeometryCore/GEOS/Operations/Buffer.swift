import CGEOS

extension Geometry {
    /// Every point within `distance` (in the coordinates' units), round joins and caps,
    /// `quadrantSegments` segments per quarter circle (`GEOSBuffer_r`). For a distance
    /// in kilometres on lon/lat data, see ``Projection/buffer(_:kilometres:)``.
    public func buffer(_ distance: Double, quadrantSegments: Int = 16) throws -> Geometry {
        guard distance.isFinite else { throw GeometryError("buffer distance must be finite, not \(distance)") }
        return try context.own(GEOSBuffer_r(handle, pointer, distance, Int32(quadrantSegments)), from: "GEOSBuffer_r")
    }
}
