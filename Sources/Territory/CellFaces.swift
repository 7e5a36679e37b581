import GeoJSON
import GeometryCore

/// The faces that tile the places' land — each Voronoi cell cut to the country and to
/// its disc — sharing the vertices of their common edges, which is what ``FaceMesh``
/// needs. Projected metres, every vertex on a 1 m grid.
///
/// Most cells need no cutting: they lie inside the country and within their disc, so
/// the cell is its own face. Their vertices are rounded to the grid one by one, which
/// keeps the vertices neighbours share identical. Only the other cells, and two rings of
/// neighbours around them, are cut (`GEOSIntersection_r`), noded together on the grid
/// (`GEOSUnaryUnionPrec_r`) and polygonized; the rings of neighbours keep the noding's
/// new vertices away from the edges they share with the untouched cells. The result is
/// checked (``FaceMesh/checkTiling()``); should the check fail, every cell is noded.
public struct CellFaces {
    /// The segments of a quarter of a disc (`GEOSBuffer_r`'s quadrant segments): 64 sides in all.
    static let discQuadrantSegments = 16
    /// How far in from its circle a disc's edge may lie, as a share of the radius: the middle
    /// of a side is at cos(π / 64) of the radius.
    static let discEdgeInnerRatio = 0.998_795_456_205_172_4
    /// The faces, in the order of their cells.
    public var faces: [Geometry]
    /// The faces of each cell (none when its piece is empty).
    public var facesOfCell: [[Int]]

    /// - Parameters:
    ///   - cells: the Voronoi cells, one per distinct site.
    ///   - sites: each cell's site; `radii`: each cell's disc in metres, nil for the whole cell.
    public static func build(cells: [Geometry], sites: [XY], radii: [Double?], boundary: Geometry, in geos: GEOSContext,
                      nodeEverything: Bool = false) throws -> CellFaces {
        let prepared = try PreparedGeometry(boundary)
        let rounded = try cells.map { try $0.withPrecision(1.0, keepTopology: false) }
        // Cells that are their own face: inside the country, within their disc, still valid once rounded.
        var whole = [Bool](repeating: false, count: cells.count)
        var cellsAtVertex: [XY: [Int32]] = [:]
        for (index, cell) in rounded.enumerated() {
            guard case .polygon(let rings) = try cell.geoJSON(), let shell = rings.first else { continue }
            let vertices = shell.map(XY.init)
            for vertex in vertices { cellsAtVertex[vertex, default: []].append(Int32(index)) }
            guard !nodeEverything, try prepared.covers(cell), try cell.isValid() else { continue }
            if let radius = radii[index] {
                let site = sites[index]
                guard vertices.allSatisfy({ ($0.x - site.x) * ($0.x - site.x) + ($0.y - site.y) * ($0.y - site.y) <= radius * radius }) else { continue }
            }
            whole[index] = true
        }
        // The cells to cut and node: the others, and two rings of neighbours around them.
        var noded = whole.map { !$0 }
        for _ in 0..<2 {
            var grown = noded
            for members in cellsAtVertex.values where members.contains(where: { noded[Int($0)] }) {
                for member in members { grown[Int(member)] = true }
            }
            noded = grown
        }
        cellsAtVertex = [:]
        let cutCells = cells.indices.filter { noded[$0] }
        let cut = try cutCells.map { index -> Geometry in
            let cell = rounded[index]
            guard !whole[index] else { return cell }
            let clipped = try prepared.covers(cell) ? cell : cell.intersection(boundary)
            guard let radius = radii[index] else { return try clipped.polygonalPart() }
            return try clipped.intersection(geos.point(sites[index]).buffer(radius, quadrantSegments: discQuadrantSegments)).polygonalPart()
        }
        let polygons = try geos.polygonize([geos.outlines(of: cut).unaryUnion(gridSize: 1.0)]).parts()
        let index = try SpatialIndex(cut, in: geos)
        var facesOfCut = [[Geometry]](repeating: [], count: cut.count)
        for polygon in polygons {
            let inside = try polygon.pointOnSurface()
            // Faces outside every piece are the gaps between discs.
            if let owner = try index.candidates(intersecting: inside).first(where: { try cut[$0].covers(inside) }) {
                facesOfCut[owner].append(polygon)
            }
        }
        var facesOfCell = rounded.map { [$0] }
        for (position, cell) in cutCells.enumerated() { facesOfCell[cell] = facesOfCut[position] }
        var result = CellFaces(faces: [], facesOfCell: [[Int]](repeating: [], count: cells.count))
        for (cell, own) in facesOfCell.enumerated() {
            for face in own {
                result.facesOfCell[cell].append(result.faces.count)
                result.faces.append(face)
            }
        }
        return result
    }
}
