import CGEOS

extension Geometry {
    /// The part of the geometry inside a rectangle, fast but possibly with collapsed
    /// linework on the rectangle's edges (`GEOSClipByRect_r`).
    public func clipped(to rectangle: Envelope) throws -> Geometry {
        try context.own(GEOSClipByRect_r(handle, pointer, rectangle.minX, rectangle.minY, rectangle.maxX, rectangle.maxY),
                        from: "GEOSClipByRect_r")
    }
}
