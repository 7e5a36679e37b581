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
    let projection: Projection
    /// The places of each cell (places at the same point share one).
    let cellPlaces: [[Place]]
    /// The faces of the noded cells (each cell clipped to the country and to its radius).
    let mesh: FaceMesh
    /// The faces that make up each cell.
    let facesOfCell: [[Int]]
    /// Each cell's area (its faces'), km².
    let cellAreasKm2: [Double]
    /// Each label's land on the last day asked for, retraced only where cells change
    /// label (``LandCache``), and the small numbers that stand for the labels there.
    private var landCache = LandCache()
    private var labelCodes: [CellLabel: Int32] = [:]
    /// The last timeline asked for, the cell of each of its places, and its states on the last day.
    private var lastTimeline: (identity: ControlTimeline.Identity, cellOfPlace: [Int], day: Day)?
    private var lastStates: [PlaceState] = []
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
        var siteOfCell = [XY](repeating: XY(0, 0), count: diagram.cells.count)
        for (index, place) in sites.enumerated() {
            if grouped[diagram.cellOfSite[index]].isEmpty { siteOfCell[diagram.cellOfSite[index]] = points[index] }
            grouped[diagram.cellOfSite[index]].append(place)
        }
        let radii = grouped.map { places in method.fullCoverage ? nil : places.compactMap { method.radius(for: $0.kind) }.max()! * 1000 }
        // The faces of the cells cut to the country and to their discs, meeting edge to
        // edge; should the check find a place where they do not, every cell is noded.
        var cellFaces = try CellFaces.build(cells: diagram.cells, sites: siteOfCell, radii: radii, boundary: boundary, in: geos)
        var mesh = try FaceMesh(faces: cellFaces.faces, projection: projection)
        // A point on the edge of a cell's disc: the disc is a polygon of 64 sides, so a point of its edge lies between
        // the radius times cos(π/64) and the radius from the site (give or take the 1 m grid).
        let shrink = CellFaces.discEdgeInnerRatio
        func onDiscEdge(_ point: XY) -> Bool {
            for (index, radius) in radii.enumerated() {
                guard let radius else { continue }
                let site = siteOfCell[index]
                let distance = ((point.x - site.x) * (point.x - site.x) + (point.y - site.y) * (point.y - site.y)).squareRoot()
                if distance >= radius * shrink - 2, distance <= radius + 2 { return true }
            }
            return false
        }
        do {
            try mesh.checkTiling(betweenDiscs: onDiscEdge)
        } catch is GeometryError {
            cellFaces = try CellFaces.build(cells: diagram.cells, sites: siteOfCell, radii: radii, boundary: boundary, in: geos, nodeEverything: true)
            mesh = try FaceMesh(faces: cellFaces.faces, projection: projection)
            try mesh.checkTiling(betweenDiscs: onDiscEdge)
        }
        let facesOfCell = cellFaces.facesOfCell
        self.geos = geos
        self.projection = projection
        self.cellPlaces = grouped
        self.mesh = mesh
        self.facesOfCell = facesOfCell
        self.cellAreasKm2 = facesOfCell.map { $0.reduce(0) { $0 + mesh.area[$1] } / 1e6 }
        self.countryKm2 = try boundary.area() / 1e6
        var cellOfPlace: [String: Int] = [:]
        for (index, places) in grouped.enumerated() { for place in places { cellOfPlace[place.id] = index } }
        self.cellOfPlace = cellOfPlace
    }

    /// The cell of each state's place (from `cells`, the cell of each of the timeline's
    /// places, -1 for places without one), and the label of
    /// every cell for a day's states: the holder when all its places that anyone claims
    /// are held by one actor, contested when they disagree or fight, changing when a
    /// change of hands is under way, unattributed when nobody is known.
    func labels(_ states: [PlaceState], cells: [Int]) -> (cellOfState: [Int], labels: [CellLabel]) {
        var cellOfState = [Int](repeating: -1, count: states.count)
        var labels = [CellLabel](repeating: .unattributed, count: cellPlaces.count)
        var changingCell = [Bool](repeating: false, count: cellPlaces.count)
        var contestedCell = [Bool](repeating: false, count: cellPlaces.count)
        // By index, reading fields in place: copying whole states would cost more than the rest.
        for index in states.indices where states[index].condition != .unknown {
            let cell = cells[index]
            guard cell >= 0 else { continue }
            cellOfState[index] = cell
            switch states[index].condition {
            case .contested: contestedCell[cell] = true
            case .changing: changingCell[cell] = true
            default:
                guard let holder = states[index].holder?.id else { continue }
                switch labels[cell] {
                case .unattributed: labels[cell] = .held(holder)
                case .held(let other) where other != holder: labels[cell] = .contested
                default: break
                }
            }
        }
        // Fighting outranks a change under way, which outranks holders who disagree.
        for cell in labels.indices where contestedCell[cell] || changingCell[cell] {
            labels[cell] = contestedCell[cell] ? .contested : .changing
        }
        return (cellOfState, labels)
    }

    /// The land of a set of cells (`inSet[cell]`): longitude/latitude MultiPolygon
    /// coordinates traced from the face mesh.
    func land(of inSet: [Bool]) throws -> GeoJSONGeometry {
        var member = [Bool](repeating: false, count: mesh.faceCount)
        for cell in inSet.indices where inSet[cell] {
            for face in facesOfCell[cell] { member[face] = true }
        }
        return .multiPolygon(try mesh.lonLatPolygons(of: member))
    }

    /// The snapshot of a day.
    public func snapshot(_ timeline: ControlTimeline, on day: Day) throws -> Snapshot {
        var states: [PlaceState]
        let cellOfTimelinePlace: [Int]
        if let last = lastTimeline, last.identity === timeline.identity {
            states = lastStates
            lastStates = []  // so that the states are updated in place, not copied
            timeline.advance(&states, from: last.day, to: day)
            cellOfTimelinePlace = last.cellOfPlace
        } else {
            states = timeline.states(on: day)
            cellOfTimelinePlace = timeline.places.map { cellOfPlace[$0.id] ?? -1 }
        }
        lastTimeline = (timeline.identity, cellOfTimelinePlace, day)
        lastStates = states
        let (cellOfState, labels) = labels(states, cells: cellOfTimelinePlace)
        var territories: [Snapshot.Territory] = []
        var contested: Snapshot.Territory?
        var changing: Snapshot.Territory?
        // The label of every cell and face as a small number, each label's area (its
        // cells'), the places it holds (in id order, as the states are).
        var cellCodes = [Int32](repeating: -1, count: labels.count)
        var faceLabels = [Int32](repeating: -1, count: mesh.faceCount)
        var areasKm2: [Int32: Double] = [:]
        for (cell, label) in labels.enumerated() where label != .unattributed {
            let code = labelCodes[label] ?? Int32(labelCodes.count)
            labelCodes[label] = code
            cellCodes[cell] = code
            for face in facesOfCell[cell] { faceLabels[face] = code }
            areasKm2[code, default: 0] += cellAreasKm2[cell]
        }
        var placeIDs = [[String]](repeating: [], count: labelCodes.count)
        for (index, cell) in cellOfState.enumerated() where cell >= 0 && cellCodes[cell] >= 0 {
            placeIDs[Int(cellCodes[cell])].append(timeline.places[index].id)
        }
        let polygons = try landCache.polygons(labels: faceLabels, mesh: mesh)
        for (label, code) in labelCodes.sorted(by: { $0.key < $1.key }) {
            guard let areaKm2 = areasKm2[code] else { continue }  // a label of an earlier day
            var territory = Snapshot.Territory(label: label.key, actor: nil, geometry: .multiPolygon(polygons[code] ?? []),
                                               areaKm2: areaKm2, placeIDs: placeIDs[Int(code)])
            switch label {
            case .held(let id):
                territory.actor = timeline.actors.actor(id: id)
                territories.append(territory)
            case .contested: contested = territory
            case .changing: changing = territory
            case .unattributed: break
            }
        }
        let attributed = territories.reduce(0) { $0 + $1.areaKm2 } + (contested?.areaKm2 ?? 0) + (changing?.areaKm2 ?? 0)
        return Snapshot(day: day, territories: territories, contested: contested, changing: changing,
                        unattributedKm2: countryKm2 - attributed, countryKm2: countryKm2,
                        places: reconciled(states, cellOfState: cellOfState, labels: labels), method: method, cellLabels: labels)
    }

    /// The states of the places anyone claims, where places that share a cell (records
    /// at one point) with a place held by another actor are shown as contested between
    /// them, as their cell is: the map and the list of places never disagree.
    func reconciled(_ states: [PlaceState], cellOfState: [Int], labels: [CellLabel]) -> [PlaceState] {
        func disagrees(_ index: Int) -> Bool {
            let cell = cellOfState[index]
            guard states[index].condition == .held, let holder = states[index].holder?.id, cell >= 0 else { return false }
            return labels[cell] != .held(holder)
        }
        // Most days nothing is unknown or disagrees: the states are the answer, uncopied.
        guard states.indices.contains(where: { states[$0].condition == .unknown || disagrees($0) }) else { return states }
        var statesOfCell: [Int: [Int]] = [:]
        for (index, cell) in cellOfState.enumerated() where cell >= 0 { statesOfCell[cell, default: []].append(index) }
        return states.indices.compactMap { index in
            guard states[index].condition != .unknown else { return nil }
            guard disagrees(index), let holder = states[index].holder else { return states[index] }
            var contested = states[index]
            contested.condition = .contested
            var sides = [holder]
            for other in statesOfCell[cellOfState[index]] ?? [] {
                if let otherHolder = states[other].holder, !sides.contains(where: { $0.id == otherHolder.id }) { sides.append(otherHolder) }
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
        let gained = facesOfCell.indices.map { after.cellLabels[$0] == .held(actor) && before.cellLabels[$0] != .held(actor) }
        let lost = facesOfCell.indices.map { before.cellLabels[$0] == .held(actor) && after.cellLabels[$0] != .held(actor) }
        return (try land(of: gained), try land(of: lost))
    }
}
