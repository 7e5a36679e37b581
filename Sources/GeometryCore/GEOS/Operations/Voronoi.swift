import CGEOS

/// Voronoi cells matched to their sites.
///
/// GEOS 3.11 returns the cells of `GEOSVoronoiDiagram_r` in an order of its own, not
/// the order of the input points, so each cell is matched to the one site it contains
/// through an STRtree. Sites at identical coordinates share one cell.
public struct VoronoiDiagram {
    /// One cell per distinct site, in the order the distinct sites first appear.
    public let cells: [Geometry]
    /// For each input site, the index of its cell in ``cells``.
    public let cellOfSite: [Int]

    /// The cell of input site `index`.
    public func cell(ofSite index: Int) -> Geometry { cells[cellOfSite[index]] }
}

extension GEOSContext {
    /// The Voronoi cells of `sites` (`GEOSVoronoiDiagram_r`, tolerance 0), covering at
    /// least `extent`. Cells along the outside reach beyond it: clip them to the area
    /// of interest.
    /// - Throws: ``LibraryError`` on a GEOS failure; ``GeometryError`` when a cell
    ///   cannot be matched to exactly one site.
    public func voronoiDiagram(sites: [XY], extent: Envelope) throws -> VoronoiDiagram {
        var distinct: [XY] = []
        var indexOfSite: [XY: Int] = [:]
        let cellOfSite = sites.map { site -> Int in
            if let index = indexOfSite[site] { return index }
            indexOfSite[site] = distinct.count
            distinct.append(site)
            return distinct.count - 1
        }
        guard distinct.count > 1 else {
            let whole = distinct.isEmpty ? [] : [try rectangle(extent)]
            return VoronoiDiagram(cells: whole, cellOfSite: cellOfSite)
        }
        let points = try multiPoint(distinct)
        let frame = try rectangle(extent)
        clearMessages()
        let diagram = try own(GEOSVoronoiDiagram_r(handle, points.pointer, frame.pointer, 0, 0), from: "GEOSVoronoiDiagram_r")
        let unordered = try diagram.parts()
        let sitePoints = try distinct.map { try point($0) }
        let siteIndex = try SpatialIndex(sitePoints, in: self)

        var cells = [Geometry?](repeating: nil, count: distinct.count)
        for cell in unordered {
            let prepared = try PreparedGeometry(cell)
            let inside = try siteIndex.candidates(intersecting: cell).filter { try prepared.contains(sitePoints[$0]) }
            guard inside.count == 1, cells[inside[0]] == nil else {
                throw GeometryError("Voronoi cell matched \(inside.count) sites instead of one")
            }
            cells[inside[0]] = cell
        }
        let matched = try cells.enumerated().map { index, cell -> Geometry in
            guard let cell else { throw GeometryError("no Voronoi cell contains site \(distinct[index])") }
            return cell
        }
        return VoronoiDiagram(cells: matched, cellOfSite: cellOfSite)
    }
}
