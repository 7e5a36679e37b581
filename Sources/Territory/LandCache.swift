import GeoJSON
import GeometryCore

/// Each label's land from one day to the next: the groups of faces that edges join,
/// with their rings in longitude/latitude. A new day retraces only the groups that
/// contain, or touch, a face whose label changed; between two dates of a timeline that
/// is a small share of the map. The polygons come out exactly as
/// ``FaceMesh/polygonRings(of:)`` gives them for the whole label, whatever days were
/// asked before.
struct LandCache {
    private struct Group {
        var label: Int32
        var faces: [Int32]
        var polygon: [[Position]]
    }

    /// The label of each face on the last day (-1: none), and the group it belongs to.
    private var faceLabel: [Int32] = []
    private var groupOfFace: [Int32] = []
    private var groups: [Group?] = []
    private var freeGroups: [Int32] = []
    /// Scratch flags, all false between calls: one per face, one per half-edge.
    private var member: [Bool] = []
    private var visited: [Bool] = []

    /// The polygons of every label (its groups, in the order of their lowest face) for
    /// the faces' labels of a new day (-1: no label).
    mutating func polygons(labels: [Int32], mesh: FaceMesh) throws -> [Int32: [[[Position]]]] {
        if faceLabel.count != labels.count {
            faceLabel = [Int32](repeating: -1, count: labels.count)
            groupOfFace = [Int32](repeating: -1, count: labels.count)
            groups = []
            freeGroups = []
            member = [Bool](repeating: false, count: labels.count)
            visited = [Bool](repeating: false, count: mesh.origin.count)
        }
        // The groups a change of label may split, join or grow, and the faces to regroup.
        var seeds: [Int32] = []
        var stale = Set<Int32>()
        for face in 0..<labels.count where labels[face] != faceLabel[face] {
            seeds.append(Int32(face))
            if groupOfFace[face] >= 0 { stale.insert(groupOfFace[face]) }
            for neighbour in mesh.neighbours(of: face) where groupOfFace[neighbour] >= 0 { stale.insert(groupOfFace[neighbour]) }
        }
        for id in stale.sorted() {
            for face in groups[Int(id)]!.faces {
                seeds.append(face)
                groupOfFace[Int(face)] = -1
            }
            groups[Int(id)] = nil
            freeGroups.append(id)
        }
        faceLabel = labels
        seeds.sort()
        for seed in seeds where faceLabel[Int(seed)] >= 0 && groupOfFace[Int(seed)] < 0 {
            let label = faceLabel[Int(seed)]
            let id = freeGroups.popLast() ?? Int32(groups.count)
            if Int(id) == groups.count { groups.append(nil) }
            let faces = mesh.group(from: Int(seed)) { labels[$0] == label }
            for face in faces {
                guard groupOfFace[Int(face)] < 0 else { throw GeometryError("the land of a label reaches a group that was not retraced") }
                groupOfFace[Int(face)] = id
            }
            for face in faces { member[Int(face)] = true }
            defer { for face in faces { member[Int(face)] = false } }
            let rings = try mesh.rings(ofGroup: faces, member: member, visited: &visited)
            groups[Int(id)] = Group(label: label, faces: faces, polygon: mesh.lonLatRings(rings))
        }
        var byLabel: [Int32: [(first: Int32, polygon: [[Position]])]] = [:]
        for case let group? in groups { byLabel[group.label, default: []].append((group.faces[0], group.polygon)) }
        return byLabel.mapValues { $0.sorted { $0.first < $1.first }.map(\.polygon) }
    }
}
