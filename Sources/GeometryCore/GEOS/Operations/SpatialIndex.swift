import CGEOS

/// Collects the items an STRtree query reaches; passed to C as `userdata`.
private final class QueryHits {
    var items: [Int] = []
}

/// An STR-packed R-tree over geometries' envelopes (`GEOSSTRtree_create_r`), answering
/// "which of these may touch that?" The tree is built on the first query; no insert
/// after that. Items are the positions of the geometries in `geometries`.
public final class SpatialIndex {
    public let context: GEOSContext
    /// The indexed geometries, kept alive for the tree, which points into them.
    public let geometries: [Geometry]
    private let tree: OpaquePointer

    /// - Throws: ``LibraryError`` when GEOS cannot create the tree.
    public init(_ geometries: [Geometry], in context: GEOSContext, nodeCapacity: Int = 10) throws {
        guard let tree = GEOSSTRtree_create_r(context.handle, nodeCapacity) else {
            throw context.failure("GEOSSTRtree_create_r")
        }
        self.context = context
        self.geometries = geometries
        self.tree = tree
        for (index, geometry) in geometries.enumerated() {
            // Items are index + 1 so that no item is a NULL pointer.
            GEOSSTRtree_insert_r(context.handle, tree, geometry.pointer, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
    }

    /// Positions of the geometries whose envelope intersects the envelope of `geometry`,
    /// ascending (`GEOSSTRtree_query_r`). Candidates only: test them with a predicate.
    public func candidates(intersecting geometry: Geometry) -> [Int] {
        let hits = QueryHits()
        GEOSSTRtree_query_r(context.handle, tree, geometry.pointer, { item, userdata in
            guard let item, let userdata else { return }
            Unmanaged<QueryHits>.fromOpaque(userdata).takeUnretainedValue().items.append(Int(bitPattern: item) - 1)
        }, Unmanaged.passUnretained(hits).toOpaque())
        return hits.items.sorted()
    }
}
