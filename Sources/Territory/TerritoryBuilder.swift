import Atlas
import Claims
import GeoJSON
import GeometryCore
import Places
import Timeline

/// What a cell of land shows on a day.
enum CellLabel: Hashable, Comparable {
    case held(String)
    case contested
    case changing
    case unattributed

    var key: String {
        switch self {
        case .held(let actor): return actor
        case .contested: return "(contested)"
        case .changing: return "(changing hands)"
        case .unattributed: return "(unattributed)"
        }
    }

    static func < (lhs: CellLabel, rhs: CellLabel) -> Bool { lhs.key < rhs.key }
}

/// The GEOS side of territories: the cells of the places, computed once, and their
/// unions for any day. Not `Sendable`: it owns a GEOS context (one per build run).
public final class TerritoryBuilder {
    public let method: TerritoryMethod
    let geos: GEOSContext
    let proj: PROJContext
    let projection: Projection
    /// The places of each cell (places at the same point share one).
    let cellPlaces: [[Place]]
    /// The faces of the noded cells (each cell clipped to the country and to its radius), projected metres.
    let faces: [Geometry]
    /// The faces that make up each cell.
    let facesOfCell: [[Int]]
    /// The faces' areas, m², and their shared edges.
    let faceAreas: [Double]
    let coverage: FaceCoverage
    let cellAreasKm2: [Double]
    public let countryKm2: Double
    private let cellOfPlace: [String: Int]

    /// Computes the cells of every place on the map that has a radius in `method`.
    /// - Throws: ``LibraryError`` or ``GeometryError`` from GEOS or PROJ.
    public convenience init(area: AreaOfInterest, gazetteer: Gazetteer, method: TerritoryMethod = .standard) throws {
        try self.init(area: area, places: gazetteer.places, method: method)
    }

    /// Computes the cells of the given places (those on the map with a radius in `method`).
    public init(area: AreaOfInterest, places: [Place], method: TerritoryMethod = .standard) throws {
        self.method = method
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundaryLonLat = try geos.geometry(area.boundary.geometry)
        guard let envelope = try boundaryLonLat.envelope() else { throw GeometryError("the boundary is empty") }
        let projection = try Projection.equalArea(around: envelope, context: proj)
        let boundary = try projection.forward(boundaryLonLat.densified(maxSegmentLength: 0.01))
        let sites = places.filter { $0.scope == .map && method.radius(for: $0.kind) != nil }
        let points = try projection.forward(sites.map { XY($0.position) })
        let extent = try boundary.envelope()!.expanded(by: 200_000)
        let diagram = try geos.voronoiDiagram(sites: points, extent: extent)
        var grouped = [[Place]](repeating: [], count: diagram.cells.count)
        for (index, place) in sites.enumerated() { grouped[diagram.cellOfSite[index]].append(place) }
        let prepared = try PreparedGeometry(boundary)
        var pieces: [Geometry] = []
        var siteIndex: [String: Int] = [:]
        for (index, place) in sites.enumerated() where siteIndex[place.id] == nil { siteIndex[place.id] = index }
        for (index, cell) in diagram.cells.enumerated() {
            let site = points[siteIndex[grouped[index][0].id]!]
            let clipped = try prepared.covers(cell) ? cell : cell.intersection(boundary)
            if method.fullCoverage {
                pieces.append(clipped)
            } else {
                let radius = grouped[index].compactMap { method.radius(for: $0.kind) }.max()! * 1000
                pieces.append(try clipped.intersection(geos.point(site).buffer(radius, quadrantSegments: 16)))
            }
        }
        // Node every piece's outline once: the faces that result tile the pieces with
        // shared vertices, so the land of any set of cells is a fast, exact coverage union.
        let outlines = try geos.collection(.geometryCollection, of: pieces.filter { !$0.isEmpty }.map { try $0.boundary() })
        let faces = try geos.polygonize([outlines.unaryUnion()]).parts()
        let pieceIndex = try SpatialIndex(pieces, in: geos)
        var facesOfCell = [[Int]](repeating: [], count: pieces.count)
        var keptFaces: [Geometry] = []
        for face in faces {
            let inside = try face.pointOnSurface()
            guard let owner = try pieceIndex.candidates(intersecting: inside).first(where: { try pieces[$0].covers(inside) }) else { continue }
            facesOfCell[owner].append(keptFaces.count)
            keptFaces.append(face)
        }
        self.geos = geos
        self.proj = proj
        self.projection = projection
        self.cellPlaces = grouped
        self.faces = keptFaces
        self.facesOfCell = facesOfCell
        self.faceAreas = try keptFaces.map { try $0.area() }
        self.coverage = try FaceCoverage(faces: keptFaces)
        self.cellAreasKm2 = try pieces.map { try $0.area() / 1e6 }
        self.countryKm2 = try boundary.area() / 1e6
        var cellOfPlace: [String: Int] = [:]
        for (index, places) in grouped.enumerated() { for place in places { cellOfPlace[place.id] = index } }
        self.cellOfPlace = cellOfPlace
    }

    /// The label of every cell for a day's states: the holder when all its places that
    /// anyone claims are held by one actor, contested when they disagree or fight,
    /// changing when a change of hands is under way, unattributed when nobody is known.
    func labels(_ states: [PlaceState]) -> [CellLabel] {
        var byPlace: [String: PlaceState] = [:]
        for state in states { byPlace[state.place.id] = state }
        return cellPlaces.map { places in
            let known = places.compactMap { byPlace[$0.id] }.filter { $0.condition != .unknown }
            guard !known.isEmpty else { return .unattributed }
            if known.contains(where: { $0.condition == .contested }) { return .contested }
            if known.contains(where: { $0.condition == .changing }) { return .changing }
            let holders = Set(known.compactMap { $0.holder?.id })
            return holders.count == 1 ? .held(holders.first!) : .contested
        }
    }

    /// The land of a set of cells, in projected metres: the rings formed by the edges
    /// between their faces and the others (``FaceCoverage``), checked against the faces'
    /// total area; should that check fail, the coverage union of the faces
    /// (`GEOSCoverageUnion_r`), and should GEOS find them overlapping, the unary union.
    func union(of indexes: [Int]) throws -> Geometry {
        let faceIndexes = indexes.flatMap { facesOfCell[$0] }
        guard !faceIndexes.isEmpty else { return try geos.collection(.multiPolygon, of: []) }
        let expected = faceIndexes.reduce(0) { $0 + faceAreas[$1] }
        if let assembled = try? coverage.union(of: Set(faceIndexes), in: geos),
           let area = try? assembled.area(), abs(area - expected) <= 1e-6 * max(expected, 1) {
            return assembled
        }
        let collection = try geos.collection(.multiPolygon, of: faceIndexes.map { faces[$0] })
        do {
            return try collection.coverageUnion(tolerance: 1e-6)
        } catch is GeometryError {
            return try collection.unaryUnion()
        }
    }

    /// A projected polygon as longitude/latitude GeoJSON: snapped to a 1 m grid before
    /// the inverse projection (so that shared edges stay shared), repaired if needed,
    /// normalized so that the same land gives the same bytes.
    func lonLat(_ geometry: Geometry) throws -> GeoJSONGeometry {
        guard !geometry.isEmpty else { return .multiPolygon([]) }
        // Rounding alone is enough almost always; the full snap-rounding only when it is not.
        var result = try projection.inverse(geometry.withPrecision(1.0, keepTopology: false))
        if try !result.isValid() { result = try projection.inverse(geometry.withPrecision(1.0)) }
        if try !result.isValid() { result = try result.makeValid() }
        let polygons = try result.normalized().geoJSON()
        switch polygons {
        case .polygon(let rings): return .multiPolygon([rings])
        case .multiPolygon: return polygons
        case .geometryCollection(let members):
            return .multiPolygon(members.flatMap { member -> [[[Position]]] in
                if case .polygon(let rings) = member { return [rings] }
                if case .multiPolygon(let polygons) = member { return polygons }
                return []
            })
        default: return .multiPolygon([])
        }
    }

    /// Whether a place's point lies in a projected geometry.
    func covers(_ geometry: Geometry, _ place: Place) throws -> Bool {
        try geometry.covers(geos.point(projection.forward([XY(place.position)])[0]))
    }

    /// The snapshot of a day.
    public func snapshot(_ timeline: ControlTimeline, on day: Day) throws -> Snapshot {
        let states = timeline.states(on: day)
        let labels = labels(states)
        var byLabel: [CellLabel: [Int]] = [:]
        for (index, label) in labels.enumerated() { byLabel[label, default: []].append(index) }
        let known = Set(states.filter { $0.condition != .unknown }.map(\.place.id))
        var territories: [Snapshot.Territory] = []
        var contested: Snapshot.Territory?
        var changing: Snapshot.Territory?
        for label in byLabel.keys.sorted() where label != .unattributed {
            let indexes = byLabel[label]!
            let geometry = try union(of: indexes)
            let km2 = try geometry.area() / 1e6
            let places = indexes.flatMap { cellPlaces[$0] }.filter { known.contains($0.id) }
            let territory = Snapshot.Territory(label: label.key, actor: nil, geometry: try lonLat(geometry), areaKm2: km2, placeCount: places.count)
            switch label {
            case .held(let id):
                var held = territory
                held.actor = timeline.actors.actor(id: id)
                territories.append(held)
            case .contested: contested = territory
            case .changing: changing = territory
            case .unattributed: break
            }
        }
        let attributed = territories.reduce(0) { $0 + $1.areaKm2 } + (contested?.areaKm2 ?? 0) + (changing?.areaKm2 ?? 0)
        return Snapshot(day: day, territories: territories, contested: contested, changing: changing,
                        unattributedKm2: countryKm2 - attributed, countryKm2: countryKm2,
                        places: reconciled(states.filter { $0.condition != .unknown }, labels: labels), method: method, cellLabels: labels)
    }

    /// Places that share a cell (records at one point) with a place held by another
    /// actor are shown as contested between them, as their cell is: the map and the list
    /// of places never disagree.
    func reconciled(_ states: [PlaceState], labels: [CellLabel]) -> [PlaceState] {
        var byPlace: [String: PlaceState] = [:]
        for state in states { byPlace[state.place.id] = state }
        return states.map { state in
            guard state.condition == .held, let holder = state.holder, let cell = cellOfPlace[state.place.id],
                  labels[cell] != .held(holder.id) else { return state }
            var contested = state
            contested.condition = .contested
            var sides = [holder]
            for other in cellPlaces[cell] {
                if let otherHolder = byPlace[other.id]?.holder, !sides.contains(where: { $0.id == otherHolder.id }) { sides.append(otherHolder) }
            }
            contested.sides = sides
            return contested
        }
    }

    /// The cell areas transferred between labels from one snapshot to another, km².
    func transfers(from before: Snapshot, to after: Snapshot) -> [String: [String: Double]] {
        var matrix: [String: [String: Double]] = [:]
        for index in facesOfCell.indices where before.cellLabels[index] != after.cellLabels[index] {
            matrix[before.cellLabels[index].key, default: [:]][after.cellLabels[index].key, default: 0] += cellAreasKm2[index]
        }
        return matrix
    }

    /// Land that passed to (gained) or from (lost) an actor between two snapshots, in longitude/latitude.
    func changedLand(from before: Snapshot, to after: Snapshot, actor: String) throws -> (gained: GeoJSONGeometry, lost: GeoJSONGeometry) {
        let gained = facesOfCell.indices.filter { after.cellLabels[$0] == .held(actor) && before.cellLabels[$0] != .held(actor) }
        let lost = facesOfCell.indices.filter { before.cellLabels[$0] == .held(actor) && after.cellLabels[$0] != .held(actor) }
        return (try lonLat(union(of: gained)), try lonLat(union(of: lost)))
    }
}
