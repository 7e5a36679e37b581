extension GeoJSONGeometry {
    /// The geometry with its polygon rings wound as RFC 7946 §3.1.6 asks:
    /// exterior rings counter-clockwise, holes clockwise.
    ///
    /// Orientation is the sign of the ring's shoelace area in the longitude-latitude
    /// plane (positive is counter-clockwise); a ring with the wrong sign is
    /// reversed, one with zero area is left as it is. Applies to Polygon,
    /// MultiPolygon and, recursively, GeometryCollection; other geometries are
    /// returned unchanged.
    public func withRFC7946Winding() -> GeoJSONGeometry {
        switch self {
        case .polygon(let rings):
            return .polygon(Self.wound(rings))
        case .multiPolygon(let polygons):
            return .multiPolygon(polygons.map(Self.wound))
        case .geometryCollection(let geometries):
            return .geometryCollection(geometries.map { $0.withRFC7946Winding() })
        case .point, .multiPoint, .lineString, .multiLineString:
            return self
        }
    }

    /// The rings of one polygon: the first counter-clockwise, the rest clockwise.
    private static func wound(_ rings: [[Position]]) -> [[Position]] {
        var result = rings
        for index in result.indices {
            let area = signedArea(of: result[index])
            let wantsCounterClockwise = index == 0
            if (wantsCounterClockwise && area < 0) || (!wantsCounterClockwise && area > 0) {
                result[index].reverse()
            }
        }
        return result
    }

    /// Twice the signed area of a ring by the shoelace formula, in square degrees:
    /// positive when counter-clockwise. Coordinates are taken relative to the first
    /// position to keep the products small and exact.
    static func signedArea(of ring: [Position]) -> Double {
        guard let origin = ring.first, ring.count >= 3 else { return 0 }
        var sum = 0.0
        for index in 0..<ring.count {
            let a = ring[index]
            let b = ring[(index + 1) % ring.count]
            let ax = a.longitude - origin.longitude, ay = a.latitude - origin.latitude
            let bx = b.longitude - origin.longitude, by = b.latitude - origin.latitude
            sum += ax * by - bx * ay
        }
        return sum
    }
}
