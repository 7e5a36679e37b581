import Foundation
import GeoJSON
import GeometryCore
import Testing

@Suite struct GeodesicTests {
    let geos = try! GEOSContext()

    @Test func libyasBoundaryMeasures1623760SquareKilometres() throws {
        let km2 = Geodesic.areaKm2(try libyaBoundary())
        #expect(abs(km2 - 1_623_760) / 1_623_760 < 0.001)
    }

    @Test func theDistrictsAddUpToTheBoundary() throws {
        let total = try libyaDistricts().reduce(0) { $0 + Geodesic.areaKm2($1) }
        let boundary = Geodesic.areaKm2(try libyaBoundary())
        #expect(try libyaDistricts().count == 22)
        #expect(abs(total - boundary) / boundary < 0.0001)
    }

    @Test func noTwoDistrictsOverlapByMoreThanOneSquareKilometre() throws {
        let proj = try PROJContext()
        let boundary = try geos.geometry(libyaBoundary())
        let projection = try Projection.equalArea(around: try #require(try boundary.envelope()), context: proj)
        let districts = try libyaDistricts().map { try projection.forward(geos.geometry($0).densified(maxSegmentLength: 0.01)) }
        for i in districts.indices {
            for j in districts.indices where j > i {
                #expect(try districts[i].intersection(districts[j]).area() / 1e6 < 1, "districts \(i) and \(j) overlap")
            }
        }
    }

    @Test func windingAndHolesAreHandled() throws {
        let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }
        let ccw = [p(10, 20), p(11, 20), p(11, 21), p(10, 21), p(10, 20)]
        let outer = Geodesic.areaKm2(.polygon([ccw]))
        #expect(Geodesic.areaKm2(.polygon([ccw.reversed()])) == outer)
        // A one-degree cell between 20° and 21°N is about 11,600 km² (111.3 km × 104.4 km).
        #expect(abs(outer - 11_600) < 100)
        let hole = [p(10.25, 20.25), p(10.75, 20.25), p(10.75, 20.75), p(10.25, 20.75), p(10.25, 20.25)]
        let holed = Geodesic.areaKm2(.polygon([ccw, hole]))
        #expect(abs(holed - (outer - Geodesic.areaKm2(.polygon([hole])))) < 1e-6)
        #expect(Geodesic.areaKm2(.multiPolygon([[ccw], [hole]])) > outer)
        #expect(Geodesic.areaKm2(.lineString(ccw)) == 0)
    }

    @Test func densifyingMattersForLargeBoxes() throws {
        // Edges along parallels are not geodesics: a box spanning Libya measured by its
        // corners alone misses the land between each parallel and the geodesic above it.
        let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }
        let box: GeoJSONGeometry = .polygon([[p(10, 20), p(25, 20), p(25, 33), p(10, 33), p(10, 20)]])
        let dense = Geodesic.areaKm2(box)
        let cornersOnly = Geodesic.areaKm2(box, maxStepDegrees: 100)
        #expect(abs(dense - cornersOnly) > 1000)
        #expect(abs(dense - Geodesic.areaKm2(box, maxStepDegrees: 0.001)) < 0.01)
    }

    @Test func distanceTripoliBenghazi() {
        let tripoli = Position(longitude: 13.18733, latitude: 32.88743)
        let benghazi = Position(longitude: 20.06859, latitude: 32.11486)
        let km = Geodesic.distanceKm(tripoli, benghazi)
        #expect(km > 640 && km < 660)
    }
}
