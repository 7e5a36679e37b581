import Foundation
import GeoJSON
import GeometryCore
import Testing

/// The law the builder rests on: the Voronoi cells of all gazetteer places, clipped to
/// the country, tile it, and each place lies in its own cell.
@Suite struct VoronoiTilingTests {
    @Test func cellsOfAllGazetteerPlacesTileLibya() throws {
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundaryLonLat = try geos.geometry(libyaBoundary())
        let projection = try Projection.equalArea(around: try #require(try boundaryLonLat.envelope()), context: proj)
        let boundary = try projection.forward(boundaryLonLat.densified(maxSegmentLength: 0.01))
        let places = try gazetteerPlaces()
        #expect(places.count == 903)
        let sites = try projection.forward(places.map { XY($0.position) })

        let extent = try #require(try boundary.envelope()).expanded(by: 100_000)
        let diagram = try geos.voronoiDiagram(sites: sites, extent: extent)
        let prepared = try PreparedGeometry(boundary)
        let clipped = try diagram.cells.map { cell in try prepared.covers(cell) ? cell : cell.intersection(boundary) }

        let total = try clipped.reduce(0.0) { $0 + (try $1.area()) }
        let country = try boundary.area()
        #expect(abs(total - country) / country < 1e-4)

        let union = try geos.collection(.multiPolygon, of: clipped.flatMap { try $0.parts().filter { $0.kind == .polygon } }).coverageUnion(tolerance: 1e-6)
        #expect(abs(try union.area() - country) / country < 1e-4)

        for (index, place) in places.enumerated() where place.inside {
            let cell = clipped[diagram.cellOfSite[index]]
            #expect(try cell.covers(geos.point(sites[index])), "\(place.id) is not in its own cell")
        }
    }
}
