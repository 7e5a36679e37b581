import GeoJSON
import GeometryCore

/// The faces of the noded cells as a half-edge mesh (a doubly connected edge list):
/// vertices shared exactly between faces, each directed edge with its face on its left
/// and, when another face lies on its right, that face's opposite edge.
///
/// Built once per gazetteer. The land of any set of faces is then traced from the edges
/// between the set and the rest, in time proportional to those faces' edges and without
/// a call to GEOS or PROJ: the per-date work of a timeline. Its vertices come snapped to
/// a 1 m grid (GEOS snap-rounding), so their longitude/latitude, computed once and
/// rounded to the GeoJSON writer's 1e-6°, keep every ring apart from every other.
struct FaceMesh {
    /// Vertices in projected metres.
    let projected: [XY]
    /// The same vertices in longitude/latitude, rounded to 1e-6°.
    let lonLat: [Position]
    /// The start vertex of each half-edge.
    let origin: [Int32]
    /// The half-edge that follows each one around its face's ring.
    let next: [Int32]
    /// The opposite half-edge (the neighbouring face's), or -1 on the edge of the cells.
    let twin: [Int32]
    /// The face on the left of each half-edge.
    let face: [Int32]
    /// The half-edges of face `f` are `faceStart[f]..<faceStart[f + 1]`.
    let faceStart: [Int32]
    /// Each face's area in the projection's units squared (m² in an equal-area projection).
    let area: [Double]
    /// For each edge longer than ``detourSpacing``, keyed by its two vertices (lower index
    /// first), the points of its straight projected line every ``detourSpacing`` metres in
    /// longitude/latitude, from the lower vertex to the higher. A long straight edge of the
    /// projection is a curve in longitude/latitude: drawn straight there, it strays by up to
    /// metres and may cross a ring that passes within a metre of it.
    let detours: [Int64: [Position]]

    /// The spacing of the points of a long edge in longitude/latitude, in metres.
    static let detourSpacing = 5_000.0

    var faceCount: Int { faceStart.count - 1 }

    /// The mesh of `faces`, polygons that tile the land without overlapping and share the
    /// vertices of their common edges (the output of noding and polygonizing).
    /// - Throws: ``GeometryError`` when two faces run along the same edge in the same
    ///   direction (they overlap) or a face is not a polygon; ``LibraryError`` from PROJ.
    init(faces: [Geometry], projection: Projection) throws {
        struct Key: Hashable { let x: UInt64, y: UInt64 }
        var vertexOf: [Key: Int32] = [:]
        var projected: [XY] = []
        var origin: [Int32] = []
        var next: [Int32] = []
        var face: [Int32] = []
        var faceStart: [Int32] = [0]
        var area: [Double] = []
        func vertex(_ xy: XY) -> Int32 {
            let key = Key(x: xy.x.bitPattern, y: xy.y.bitPattern)
            if let index = vertexOf[key] { return index }
            let index = Int32(projected.count)
            vertexOf[key] = index
            projected.append(xy)
            return index
        }
        for (index, polygon) in faces.enumerated() {
            guard case .polygon(let rings) = try polygon.geoJSON() else { throw GeometryError("face \(index) is not a polygon") }
            var faceArea = 0.0
            for (ringIndex, ring) in rings.enumerated() {
                var points = ring.dropLast().map { XY($0.longitude, $0.latitude) }
                points = points.enumerated().filter { $0.offset == 0 || $0.element != points[$0.offset - 1] }.map(\.element)
                if points.count > 1, points.first == points.last { points.removeLast() }
                guard points.count >= 3 else { continue }
                let signed = Self.signedArea(points)
                // The face on the left: its outer ring counter-clockwise, its holes clockwise.
                if (ringIndex == 0) != (signed > 0) { points.reverse() }
                faceArea += ringIndex == 0 ? abs(signed) : -abs(signed)
                let first = Int32(origin.count)
                for (position, point) in points.enumerated() {
                    origin.append(vertex(point))
                    next.append(position == points.count - 1 ? first : Int32(origin.count))
                    face.append(Int32(index))
                }
            }
            faceStart.append(Int32(origin.count))
            area.append(faceArea)
        }
        var edgeOf: [Int64: Int32] = [:]
        edgeOf.reserveCapacity(origin.count)
        func key(_ a: Int32, _ b: Int32) -> Int64 { Int64(a) << 32 | Int64(b) }
        for half in origin.indices {
            let directed = key(origin[half], origin[Int(next[half])])
            if let other = edgeOf[directed] {
                throw GeometryError("faces \(face[Int(other)]) and \(face[half]) overlap along an edge")
            }
            edgeOf[directed] = Int32(half)
        }
        var twin = [Int32](repeating: -1, count: origin.count)
        for half in origin.indices {
            twin[half] = edgeOf[key(origin[Int(next[half])], origin[half])] ?? -1
        }
        self.projected = projected
        func rounded(_ xy: XY) -> Position {
            Position(longitude: (xy.x * 1e6).rounded() / 1e6, latitude: (xy.y * 1e6).rounded() / 1e6)
        }
        self.lonLat = try projection.inverse(projected).map(rounded)
        // The long edges' points, inverse-projected in one call.
        var long: [(key: Int64, count: Int)] = []
        var between: [XY] = []
        for half in origin.indices {
            let a = origin[half], b = origin[Int(next[half])]
            guard a < b || twin[half] < 0 else { continue }
            let (low, high) = a < b ? (a, b) : (b, a)
            let p = projected[Int(low)], q = projected[Int(high)]
            let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            let pieces = Int(length / Self.detourSpacing)
            guard pieces >= 1 else { continue }
            for step in 1...pieces {
                let t = Double(step) / Double(pieces + 1)
                between.append(XY(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t))
            }
            long.append((key(low, high), pieces))
        }
        let betweenLonLat = try between.isEmpty ? [] : projection.inverse(between).map(rounded)
        var detours: [Int64: [Position]] = [:]
        detours.reserveCapacity(long.count)
        var cursor = 0
        for (edge, count) in long {
            detours[edge] = Array(betweenLonLat[cursor..<(cursor + count)])
            cursor += count
        }
        self.detours = detours
        self.origin = origin
        self.next = next
        self.twin = twin
        self.face = face
        self.faceStart = faceStart
        self.area = area
    }

    /// Twice-free shoelace area of an open ring: positive when counter-clockwise.
    static func signedArea(_ ring: [XY]) -> Double {
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for point in ring {
            sum += previous.x * point.y - point.x * previous.y
            previous = point
        }
        return sum / 2
    }

    /// The groups of faces where `member` is true that edges join, each as its faces in
    /// ascending order, the groups in the order of their lowest face.
    func groups(of member: [Bool]) -> [[Int32]] {
        precondition(member.count == faceCount)
        var grouped = [Bool](repeating: false, count: faceCount)
        var groups: [[Int32]] = []
        for start in 0..<faceCount where member[start] && !grouped[start] {
            let faces = group(from: start) { member[$0] }
            for face in faces { grouped[Int(face)] = true }
            groups.append(faces)
        }
        return groups
    }

    /// The faces reached from `start` across edges into faces where `joins` is true,
    /// `start` included, in ascending order.
    func group(from start: Int, joins: (Int) -> Bool) -> [Int32] {
        var reached: Set<Int> = [start]
        var stack = [start]
        var faces: [Int32] = []
        while let current = stack.popLast() {
            faces.append(Int32(current))
            for neighbour in neighbours(of: current) where joins(neighbour) && reached.insert(neighbour).inserted {
                stack.append(neighbour)
            }
        }
        return faces.sorted()
    }

    /// The faces across the edges of `face`.
    func neighbours(of face: Int) -> [Int] {
        (Int(faceStart[face])..<Int(faceStart[face + 1])).compactMap { half in
            twin[half] >= 0 ? Int(self.face[Int(twin[half])]) : nil
        }
    }

    /// The rings of one group of faces joined by edges (`faces`, ascending; `member`
    /// true for exactly them, or for a superset that no edge of theirs reaches), as
    /// vertex indexes (open rings): the outer ring counter-clockwise first, then the
    /// holes clockwise, each ring starting from the first outline edge of the lowest
    /// face it touches. Where the land touches itself at a vertex, each ring turns into
    /// the land as tightly as it can, so rings touch there but never cross (valid in the
    /// OGC sense: a hole may touch its shell at a point). `visited` (one flag per
    /// half-edge, all false) is left all false again.
    /// - Throws: ``GeometryError`` if the mesh is inconsistent (a group without exactly
    ///   one outer ring), which noding and polygonizing rule out.
    func rings(ofGroup faces: [Int32], member: [Bool], visited: inout [Bool]) throws -> [[Int32]] {
        @inline(__always) func isOutline(_ half: Int32) -> Bool {
            let opposite = twin[Int(half)]
            return opposite < 0 || !member[Int(face[Int(opposite)])]
        }
        var shell: [Int32]?
        var holes: [[Int32]] = []
        var traced: [Int32] = []
        defer { for half in traced { visited[Int(half)] = false } }
        for start in faces {
            for first in faceStart[Int(start)]..<faceStart[Int(start) + 1] where !visited[Int(first)] && isOutline(first) {
                var ring: [Int32] = []
                var half = first
                repeat {
                    visited[Int(half)] = true
                    traced.append(half)
                    ring.append(origin[Int(half)])
                    // The next outline edge out of this edge's end: turn around the vertex
                    // through the member faces until an edge leaves them.
                    var candidate = next[Int(half)]
                    var turns = 0
                    while !isOutline(candidate) {
                        candidate = next[Int(twin[Int(candidate)])]
                        turns += 1
                        if turns > origin.count { throw GeometryError("the face mesh is inconsistent around vertex \(origin[Int(candidate)])") }
                    }
                    half = candidate
                    if ring.count > origin.count { throw GeometryError("an outline ring of the face mesh does not close") }
                } while half != first
                // A ring through a vertex twice touches itself there, which OGC forbids: its
                // loops are rings of their own, the one turning counter-clockwise the shell,
                // the others holes that touch it (or each other) at that vertex.
                for piece in Self.loops(of: ring) {
                    let area = Self.signedArea(piece.map { projected[Int($0)] })
                    if area > 0 {
                        guard shell == nil else { throw GeometryError("a group of faces has two outer rings") }
                        shell = piece
                    } else if area < 0 {
                        holes.append(piece)
                    }
                }
            }
        }
        guard let shell else { throw GeometryError("a group of faces has no outer ring") }
        return [shell] + holes
    }

    /// An open ring cut at each vertex it passes twice into simple loops (open rings),
    /// the ring itself when it passes none twice. Loops of fewer than three vertices (an
    /// edge run back and forth) have no area and are dropped.
    static func loops(of ring: [Int32]) -> [[Int32]] {
        var seen = Set<Int32>(minimumCapacity: ring.count)
        guard !ring.allSatisfy({ seen.insert($0).inserted }) else { return [ring] }
        var stack: [Int32] = []
        var position: [Int32: Int] = [:]
        var result: [[Int32]] = []
        for vertex in ring {
            if let at = position[vertex] {
                let loop = Array(stack[at...])
                if loop.count >= 3 { result.append(loop) }
                for cut in stack[(at + 1)...] { position[cut] = nil }
                stack.removeSubrange((at + 1)...)
            } else {
                position[vertex] = stack.count
                stack.append(vertex)
            }
        }
        if stack.count >= 3 { result.append(stack) }
        return result
    }

    /// The rings of the land covered by the faces where `member` is true: one polygon
    /// per group of faces joined by edges, in the order of their lowest face (see
    /// ``rings(ofGroup:member:visited:)``).
    func polygonRings(of member: [Bool]) throws -> [[[Int32]]] {
        var visited = [Bool](repeating: false, count: origin.count)
        return try groups(of: member).map { try rings(ofGroup: $0, member: member, visited: &visited) }
    }

    /// Open rings of vertex indexes as closed RFC 7946 rings in longitude/latitude, long
    /// edges followed through their points (``detours``).
    func lonLatRings(_ rings: [[Int32]]) -> [[Position]] {
        rings.map { ring in
            var positions: [Position] = []
            positions.reserveCapacity(ring.count + 1)
            for (index, vertex) in ring.enumerated() {
                positions.append(lonLat[Int(vertex)])
                let following = ring[(index + 1) % ring.count]
                let (low, high) = vertex < following ? (vertex, following) : (following, vertex)
                if let points = detours[Int64(low) << 32 | Int64(high)] {
                    if vertex < following { positions += points } else { positions += points.reversed() }
                }
            }
            positions.append(positions[0])
            return positions
        }
    }

    /// Checks that the faces meet edge to edge. Where a vertex of one face lies on the
    /// edge of another without being one of its vertices, the two edges do not pair up
    /// and the union of all faces shows a ring of almost no width there (less than
    /// half a metre on average, which no ring on a 1 m grid has otherwise).
    /// - Parameter betweenDiscs: whether a point lies on the edge of a cell's disc. A thin
    ///   hole all of whose vertices do is land between two discs that almost touch (left
    ///   unattributed, as it should be), not faces that fail to meet.
    /// - Throws: ``GeometryError`` naming the first such ring.
    func checkTiling(betweenDiscs: (XY) -> Bool = { _ in false }) throws {
        let rings = try polygonRings(of: [Bool](repeating: true, count: faceCount))
        for polygon in rings {
            for (index, ring) in polygon.enumerated() {
                let points = ring.map { projected[Int($0)] }
                var perimeter = 0.0
                var previous = points[points.count - 1]
                for point in points {
                    perimeter += ((point.x - previous.x) * (point.x - previous.x) + (point.y - previous.y) * (point.y - previous.y)).squareRoot()
                    previous = point
                }
                let area = abs(Self.signedArea(points))
                guard area < perimeter * 0.5, !(index > 0 && points.allSatisfy(betweenDiscs)) else { continue }
                throw GeometryError("faces do not meet edge to edge near (\(points[0].x), \(points[0].y)): a ring of \(area) m² over \(perimeter) m")
            }
        }
    }

    /// The land covered by the faces where `member` is true, as RFC 7946 MultiPolygon
    /// coordinates in longitude/latitude (closed rings).
    func lonLatPolygons(of member: [Bool]) throws -> [[[Position]]] {
        try polygonRings(of: member).map(lonLatRings)
    }

    /// The land covered by the faces where `member` is true, as a projected GEOS MultiPolygon.
    func projectedPolygons(of member: [Bool], in context: GEOSContext) throws -> Geometry {
        let polygons = try polygonRings(of: member).map { rings in
            let closed = rings.map { ring in ring.map { projected[Int($0)] } + [projected[Int(ring[0])]] }
            return try context.polygon(shell: closed[0], holes: Array(closed.dropFirst()))
        }
        return try context.collection(.multiPolygon, of: polygons)
    }
}
