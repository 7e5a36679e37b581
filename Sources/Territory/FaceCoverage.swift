import Foundation
import GeometryCore

/// The faces of the noded cells with their shared edges, so that the land of any set of
/// faces is assembled from the edges between faces in the set and faces outside it, in
/// time proportional to the faces' edges, without a polygonize per union.
struct FaceCoverage {
    /// A point of a face's ring, compared exactly: noding gives shared edges the same coordinates.
    struct Point: Hashable {
        var x: Double
        var y: Double
    }

    /// Each face's rings as directed segments with the face on their left (exterior rings
    /// counter-clockwise, holes clockwise).
    let segments: [[(Point, Point)]]
    /// For each undirected segment, the faces it bounds.
    private let facesOfSegment: [SegmentKey: [Int32]]

    struct SegmentKey: Hashable {
        var a: Point
        var b: Point
        init(_ p: Point, _ q: Point) {
            if (p.x, p.y) < (q.x, q.y) { a = p; b = q } else { a = q; b = p }
        }
    }

    init(faces: [Geometry]) throws {
        var segments: [[(Point, Point)]] = []
        var facesOfSegment: [SegmentKey: [Int32]] = [:]
        for (index, face) in faces.enumerated() {
            guard case .polygon(let rings) = try face.geoJSON() else { segments.append([]); continue }
            var own: [(Point, Point)] = []
            for (ringIndex, ring) in rings.enumerated() {
                var points = ring.map { Point(x: $0.longitude, y: $0.latitude) }
                let area = Self.signedArea(points)
                // Exterior counter-clockwise, holes clockwise: the face lies on the left.
                if (ringIndex == 0) != (area > 0) { points.reverse() }
                for position in 0..<(points.count - 1) where points[position] != points[position + 1] {
                    own.append((points[position], points[position + 1]))
                    facesOfSegment[SegmentKey(points[position], points[position + 1]), default: []].append(Int32(index))
                }
            }
            segments.append(own)
        }
        self.segments = segments
        self.facesOfSegment = facesOfSegment
    }

    static func signedArea(_ ring: [Point]) -> Double {
        var sum = 0.0
        for index in 0..<(ring.count - 1) { sum += ring[index].x * ring[index + 1].y - ring[index + 1].x * ring[index].y }
        return sum / 2
    }

    /// The rings bounding the union of `faces`: shells counter-clockwise, holes clockwise.
    func outline(of faces: Set<Int>) -> [[Point]] {
        // Directed boundary segments: the face in the set on the left, none of the set on the right.
        var outgoing: [Point: [Point]] = [:]
        var count = 0
        for face in faces {
            for (a, b) in segments[face] {
                let sharing = facesOfSegment[SegmentKey(a, b)] ?? []
                if sharing.contains(where: { Int($0) != face && faces.contains(Int($0)) }) { continue }
                outgoing[a, default: []].append(b)
                count += 1
            }
        }
        var rings: [[Point]] = []
        var remaining = count
        var starts = Array(outgoing.keys)
        while remaining > 0, let start = starts.last {
            guard let pending = outgoing[start], !pending.isEmpty else { starts.removeLast(); continue }
            var ring = [start]
            var previous = start
            var current = outgoing[start]!.removeLast()
            remaining -= 1
            while current != start {
                ring.append(current)
                guard var choices = outgoing[current], !choices.isEmpty else { break }
                // At a vertex where the region touches itself, turn as far right as possible.
                var best = 0
                if choices.count > 1 {
                    let incoming = (current.x - previous.x, current.y - previous.y)
                    func turn(_ next: Point) -> Double {
                        let out = (next.x - current.x, next.y - current.y)
                        let cross = incoming.0 * out.1 - incoming.1 * out.0
                        let dot = incoming.0 * out.0 + incoming.1 * out.1
                        return atan2(cross, dot)
                    }
                    best = choices.indices.min { turn(choices[$0]) < turn(choices[$1]) }!
                }
                let next = choices.remove(at: best)
                outgoing[current] = choices
                remaining -= 1
                previous = current
                current = next
            }
            ring.append(start)
            if ring.count >= 4 { rings.append(ring) }
        }
        return rings
    }

    /// The union of `faces` as a GEOS MultiPolygon: shells with the holes they contain.
    func union(of faces: Set<Int>, in context: GEOSContext) throws -> Geometry {
        let rings = outline(of: faces)
        var shells: [[Point]] = []
        var holes: [[Point]] = []
        for ring in rings { if Self.signedArea(ring) > 0 { shells.append(ring) } else { holes.append(ring) } }
        var holesOfShell = [[[Point]]](repeating: [], count: shells.count)
        for hole in holes {
            // The smallest shell that contains a vertex of the hole.
            let probe = hole[0]
            let containing = shells.indices.filter { Self.contains(shells[$0], probe) }
            if let owner = containing.min(by: { abs(Self.signedArea(shells[$0])) < abs(Self.signedArea(shells[$1])) }) {
                holesOfShell[owner].append(hole)
            }
        }
        let polygons = try shells.indices.map { index in
            try context.polygon(shell: shells[index].map { XY($0.x, $0.y) }, holes: holesOfShell[index].map { $0.map { XY($0.x, $0.y) } })
        }
        return try context.collection(.multiPolygon, of: polygons)
    }

    /// Even-odd point in ring; a point on the ring counts as inside only by chance, so
    /// callers probe with a vertex of a hole, which lies strictly inside its shell.
    static func contains(_ ring: [Point], _ point: Point) -> Bool {
        var inside = false
        var j = ring.count - 2
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[j]
            if (a.y > point.y) != (b.y > point.y), point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }
}
