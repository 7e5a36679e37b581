import Foundation
import GeoJSON
import GeometryCore
import Testing

@Suite struct ConversionTests {
    let context = try! GEOSContext()

    @Test func everyGeoJSONGeometryRoundTripsThroughGEOS() throws {
        let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }
        let shell = [p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(0, 0)]
        let hole = [p(2, 2), p(2, 4), p(4, 4), p(4, 2), p(2, 2)]
        let values: [GeoJSONGeometry] = [
            .point(p(13.18733, 32.88743)),
            .multiPoint([p(1, 2), p(3, 4)]),
            .lineString([p(0, 0), p(1, 1), p(2, 0)]),
            .multiLineString([[p(0, 0), p(1, 1)], [p(2, 2), p(3, 3)]]),
            .polygon([shell, hole]),
            .multiPolygon([[shell], [[p(20, 20), p(21, 20), p(21, 21), p(20, 20)]]]),
            .geometryCollection([.point(p(5, 5)), .lineString([p(0, 0), p(1, 0)])]),
        ]
        for value in values {
            #expect(try context.geometry(value).geoJSON() == value)
        }
    }

    @Test func theLibyaBoundaryRoundTripsExactly() throws {
        let boundary = try libyaBoundary()
        let geometry = try context.geometry(boundary)
        #expect(try geometry.geoJSON() == boundary)
        #expect(try geometry.isValid())
        #expect(geometry.kind == .polygon)
    }

    @Test func emptyResultsBecomeEmptyMultiGeometries() throws {
        let a = try context.polygon(shell: square(0, 0, 1))
        let b = try context.polygon(shell: square(5, 5, 1))
        let nothing = try a.intersection(b)
        #expect(nothing.isEmpty)
        #expect(try nothing.geoJSON() == .multiPolygon([]))
        #expect(try nothing.envelope() == nil)
    }

    @Test func wkbAndWktRoundTrip() throws {
        let polygon = try context.geometry(libyaBoundary())
        let fromWKB = try context.geometry(wkb: polygon.wkb())
        #expect(try fromWKB.geoJSON() == polygon.geoJSON())
        let square = try context.polygon(shell: square(0, 0, 2))
        #expect(try square.wkt() == "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))")
        #expect(try context.geometry(wkt: "POINT (13.5 32.25)").geoJSON() == .point(Position(longitude: 13.5, latitude: 32.25)))
    }

    @Test func malformedWKTAndWKBCarryGEOSsMessage() throws {
        let error = try #require(throws: LibraryError.self) { try context.geometry(wkt: "POLYGON ((0 0, 1 1") }
        #expect(error.library == .geos)
        #expect(error.function == "GEOSWKTReader_read_r")
        #expect(error.description.contains("ParseException"))
        let wkbError = try #require(throws: LibraryError.self) { try context.geometry(wkb: Data([1, 3, 0])) }
        #expect(wkbError.description.contains("ParseException"))
    }

    @Test func anUnclosedRingIsRefusedWithGEOSsMessage() throws {
        let error = try #require(throws: LibraryError.self) {
            try context.polygon(shell: [XY(0, 0), XY(1, 0), XY(1, 1), XY(0, 1)])
        }
        #expect(error.description.lowercased().contains("closed"))
    }

    @Test func partsAreCopies() throws {
        let multi = try context.collection(.multiPolygon, of: [context.polygon(shell: square(0, 0, 1)), context.polygon(shell: square(2, 0, 1))])
        let parts = try multi.parts()
        #expect(parts.count == 2)
        #expect(try parts[1].envelope() == Envelope(minX: 2, minY: 0, maxX: 3, maxY: 1))
        #expect(try multi.area() == 2)
    }
}
