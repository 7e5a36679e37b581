import Foundation
import GeoJSON
import GeometryCore
import Testing

@Suite struct ProjectionTests {
    let geos = try! GEOSContext()
    let proj = try! PROJContext()

    var libyaEnvelope: Envelope { try! geos.geometry(libyaBoundary()).envelope()! }

    @Test func equalAreaProjectionIsCentredOnTheArea() throws {
        let projection = try Projection.equalArea(around: libyaEnvelope, context: proj)
        #expect(projection.target.hasPrefix("+proj=laea"))
        #expect(projection.target.contains("+lon_0=17.") && projection.target.contains("+lat_0=26.") )
        // The centre maps to the origin, and x grows eastwards (axis order normalized).
        let centre = try projection.forward([libyaEnvelope.center])[0]
        #expect(abs(centre.x) < 2000 && abs(centre.y) < 2000)
        let east = try projection.forward([XY(20, 26.5)])[0]
        #expect(east.x > 200_000)
    }

    @Test func forwardThenInverseReturnsThePoints() throws {
        let projection = try Projection.equalArea(around: libyaEnvelope, context: proj)
        let places = try gazetteerPlaces().map { XY($0.position) }
        let back = try projection.inverse(projection.forward(places))
        for (a, b) in zip(places, back) {
            #expect(abs(a.x - b.x) < 1e-7 && abs(a.y - b.y) < 1e-7)
        }
    }

    @Test func projectedAreaAgreesWithTheGeodesicArea() throws {
        let boundary = try geos.geometry(libyaBoundary())
        let projection = try Projection.equalArea(around: libyaEnvelope, context: proj)
        let projectedKm2 = try projection.forward(boundary.densified(maxSegmentLength: 0.01)).area() / 1e6
        let geodesicKm2 = try Geodesic.areaKm2(boundary)
        #expect(abs(projectedKm2 - geodesicKm2) / geodesicKm2 < 1e-4)
    }

    @Test func aBufferInKilometresHasTheRightArea() throws {
        let projection = try Projection.equalArea(around: libyaEnvelope, context: proj)
        let hun = try geos.point(XY(15.94, 29.13))
        let disc = try projection.buffer(hun, kilometres: 40, quadrantSegments: 32)
        let km2 = try Geodesic.areaKm2(disc)
        #expect(abs(km2 - Double.pi * 1600) / (Double.pi * 1600) < 0.005)
        #expect(try disc.contains(hun))
    }

    @Test func anUnknownDefinitionCarriesPROJsMessage() throws {
        let error = try #require(throws: LibraryError.self) { try Projection(to: "+proj=nonsense +type=crs", context: proj) }
        #expect(error.library == .proj)
        #expect(error.function == "proj_create_crs_to_crs")
        #expect(!error.description.contains("Unknown error"))
    }

    @Test func aMissingProjDatabaseIsNamedInTheError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-no-proj-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let blind = try PROJContext(searchPaths: [empty.path])
        let error = try #require(throws: LibraryError.self) { try Projection.equalArea(around: libyaEnvelope, context: blind) }
        #expect(error.description.contains("proj.db"))
    }

    @Test func unprojectablePointsAreRefused() throws {
        let projection = try Projection(to: "+proj=ortho +lat_0=0 +lon_0=0 +type=crs", context: proj)
        let error = try #require(throws: GeometryError.self) { try projection.forward([XY(0, 0), XY(170, 0)]) }
        #expect(error.reason.contains("170"))
    }
}
