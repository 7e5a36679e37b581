import Foundation
import GeoJSON
import GeometryCore
import Testing

@Suite struct OperationTests {
    let context = try! GEOSContext()

    var bowtie: Geometry { try! context.polygon(shell: [XY(0, 0), XY(2, 2), XY(2, 0), XY(0, 2), XY(0, 0)]) }

    @Test func validityGivesTheReasonAndMakeValidRepairs() throws {
        #expect(try !bowtie.isValid())
        let reason = try #require(try bowtie.invalidityReason())
        #expect(reason.contains("Self-intersection"))
        let repaired = try bowtie.makeValid()
        #expect(try repaired.isValid())
        #expect(abs(try repaired.area() - 2) < 1e-12)
        #expect(try context.polygon(shell: square(0, 0, 1)).invalidityReason() == nil)
    }

    @Test func overlayOnInvalidInputCarriesGEOSsTopologyMessage() throws {
        let other = try context.polygon(shell: square(0.5, 0.5, 1))
        let error = try #require(throws: LibraryError.self) { try bowtie.intersection(other) }
        #expect(error.function == "GEOSIntersection_r")
        #expect(error.description.contains("TopologyException"))
    }

    @Test func intersectionDifferenceAndUnionAddUp() throws {
        let a = try context.polygon(shell: square(0, 0, 2))
        let b = try context.polygon(shell: square(1, 1, 2))
        let both = try a.intersection(b).area()
        let onlyA = try a.difference(b).area()
        let either = try a.union(b).area()
        #expect(both == 1)
        #expect(onlyA == 3)
        #expect(either == 7)
        let all = try context.collection(.multiPolygon, of: [a, b]).unaryUnion()
        #expect(try all.area() == 7)
    }

    @Test func coverageUnionOfATilingEqualsTheUnaryUnion() throws {
        let tiles = try (0..<4).flatMap { x in try (0..<4).map { y in try context.polygon(shell: square(Double(x), Double(y), 1)) } }
        let coverage = try context.collection(.multiPolygon, of: tiles)
        let fast = try coverage.coverageUnion()
        #expect(try fast.isValid())
        #expect(try fast.area() == 16)
        #expect(try fast.normalized().geoJSON() == coverage.unaryUnion().normalized().geoJSON())
    }

    @Test func coverageUnionRefusesOverlappingParts() throws {
        let overlapping = try context.collection(.multiPolygon, of: [context.polygon(shell: square(0, 0, 2)), context.polygon(shell: square(1, 0, 2))])
        let error = try #require(throws: GeometryError.self) { try overlapping.coverageUnion() }
        #expect(error.reason.contains("overlap"))
    }

    @Test func normalizeMakesEqualGeometriesIdentical() throws {
        let a = try context.polygon(shell: [XY(0, 0), XY(1, 0), XY(1, 1), XY(0, 1), XY(0, 0)])
        let b = try context.polygon(shell: [XY(1, 1), XY(0, 1), XY(0, 0), XY(1, 0), XY(1, 1)])
        #expect(try a.geoJSON() != b.geoJSON())
        #expect(try a.normalized().geoJSON() == b.normalized().geoJSON())
    }

    @Test func setPrecisionSnapsToTheGrid() throws {
        let line = try context.lineString([XY(0.123456789, 1.987654321), XY(2.5000004, 3)])
        let snapped = try line.withPrecision(0.001)
        #expect(try snapped.coordinates() == [XY(0.123, 1.988), XY(2.5, 3)])
        #expect(throws: GeometryError.self) { try line.withPrecision(-1) }
    }

    @Test func clipByRectKeepsTheInside() throws {
        let big = try context.polygon(shell: square(0, 0, 10))
        let clipped = try big.clipped(to: Envelope(minX: 5, minY: 5, maxX: 20, maxY: 7))
        #expect(try clipped.area() == 10)
    }

    @Test func bufferOfAPointApproximatesTheCircle() throws {
        let disc = try context.point(XY(0, 0)).buffer(1, quadrantSegments: 64)
        #expect(abs(try disc.area() - Double.pi) < 0.001)
    }

    @Test func preparedPredicatesAgreeWithPlainOnes() throws {
        let boundary = try context.geometry(libyaBoundary())
        let prepared = try PreparedGeometry(boundary)
        let tripoli = try context.point(XY(13.18733, 32.88743))
        let rome = try context.point(XY(12.5, 41.9))
        #expect(try prepared.contains(tripoli) && boundary.contains(tripoli))
        #expect(try prepared.covers(tripoli))
        #expect(try !prepared.contains(rome) && !prepared.intersects(rome))
    }

    @Test func spatialIndexFindsTheCandidates() throws {
        let tiles = try (0..<10).map { try context.polygon(shell: square(Double($0) * 2, 0, 1)) }
        let index = try SpatialIndex(tiles, in: context)
        let probe = try context.polygon(shell: square(3.5, 0.2, 3))
        #expect(index.candidates(intersecting: probe) == [2, 3])
        #expect(index.candidates(intersecting: try context.point(XY(100, 100))).isEmpty)
    }

    @Test func voronoiCellsAreMatchedToTheirSites() throws {
        // Sites in an order GEOS does not keep; a duplicate shares its cell.
        let sites = [XY(9, 9), XY(1, 1), XY(5, 5), XY(1, 9), XY(9, 1), XY(5, 5)]
        let diagram = try context.voronoiDiagram(sites: sites, extent: Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10))
        #expect(diagram.cells.count == 5)
        #expect(diagram.cellOfSite[5] == diagram.cellOfSite[2])
        for (index, site) in sites.enumerated() {
            #expect(try diagram.cell(ofSite: index).contains(context.point(site)))
        }
        let frame = try context.rectangle(Envelope(minX: 0, minY: 0, maxX: 10, maxY: 10))
        let total = try diagram.cells.reduce(0.0) { $0 + (try $1.intersection(frame).area()) }
        #expect(abs(total - 100) < 1e-9)
    }
}
