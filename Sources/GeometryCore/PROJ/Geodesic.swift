import CPROJ
import GeoJSON

/// Measures on the WGS 84 ellipsoid with the geodesic routines PROJ ships
/// (GeographicLib's C port, `geodesic.h`; C. F. F. Karney, J. Geodesy 87, 2013).
public enum Geodesic {
    /// WGS 84 semi-major axis (m) and flattening.
    private static let equatorialRadius = 6_378_137.0
    private static let flattening = 1 / 298.257223563

    private static func ellipsoid() -> geod_geodesic {
        var geodesic = geod_geodesic()
        geod_init(&geodesic, equatorialRadius, flattening)
        return geodesic
    }

    /// The area in km² of the polygons in a longitude/latitude geometry; points and
    /// lines count 0. Edges are straight lines in longitude/latitude, as GeoJSON draws
    /// them, so each is first densified to steps of at most `maxStepDegrees` and the
    /// polygon is then measured along geodesics (`geod_polygonarea`). Holes are
    /// subtracted; winding does not matter.
    public static func areaKm2(_ geometry: GeoJSONGeometry, maxStepDegrees: Double = 0.01) -> Double {
        var geodesic = ellipsoid()
        func ringArea(_ ring: [Position]) -> Double {
            var lats: [Double] = []
            var lons: [Double] = []
            let points = ring.count > 1 && ring.first == ring.last ? Array(ring.dropLast()) : ring
            guard points.count >= 3 else { return 0 }
            for (index, start) in points.enumerated() {
                let end = points[(index + 1) % points.count]
                let span = max(abs(end.longitude - start.longitude), abs(end.latitude - start.latitude))
                let steps = max(1, Int((span / maxStepDegrees).rounded(.up)))
                for step in 0..<steps {
                    let t = Double(step) / Double(steps)
                    lons.append(start.longitude + (end.longitude - start.longitude) * t)
                    lats.append(start.latitude + (end.latitude - start.latitude) * t)
                }
            }
            var area = 0.0
            var perimeter = 0.0
            geod_polygonarea(&geodesic, &lats, &lons, Int32(lats.count), &area, &perimeter)
            return abs(area)
        }
        func polygonArea(_ rings: [[Position]]) -> Double {
            guard let shell = rings.first else { return 0 }
            return rings.dropFirst().reduce(ringArea(shell)) { $0 - ringArea($1) }
        }
        let squareMetres: Double
        switch geometry {
        case .polygon(let rings): squareMetres = polygonArea(rings)
        case .multiPolygon(let polygons): squareMetres = polygons.reduce(0) { $0 + polygonArea($1) }
        case .geometryCollection(let members): return members.reduce(0) { $0 + areaKm2($1, maxStepDegrees: maxStepDegrees) }
        case .point, .multiPoint, .lineString, .multiLineString: squareMetres = 0
        }
        return squareMetres / 1_000_000
    }

    /// The area in km² of a longitude/latitude GEOS geometry; see ``areaKm2(_:maxStepDegrees:)-(GeoJSONGeometry,_)``.
    public static func areaKm2(_ geometry: Geometry, maxStepDegrees: Double = 0.01) throws -> Double {
        areaKm2(try geometry.geoJSON(), maxStepDegrees: maxStepDegrees)
    }

    /// The length in km of the shortest path on the ellipsoid between two points (`geod_inverse`).
    public static func distanceKm(_ from: Position, _ to: Position) -> Double {
        var geodesic = ellipsoid()
        var distance = 0.0
        var azimuth1 = 0.0
        var azimuth2 = 0.0
        geod_inverse(&geodesic, from.latitude, from.longitude, to.latitude, to.longitude, &distance, &azimuth1, &azimuth2)
        return distance / 1000
    }
}
