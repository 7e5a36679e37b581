import CGEOS
import GeoJSON

// Geometries from coordinates and back. GEOS copies coordinates in bulk with
// `GEOSCoordSeq_copyFromBuffer_r` / `GEOSCoordSeq_copyToBuffer_r` (GEOS ≥ 3.10).

extension GEOSContext {
    /// A Point (`GEOSGeom_createPointFromXY_r`).
    public func point(_ xy: XY) throws -> Geometry {
        try own(GEOSGeom_createPointFromXY_r(handle, xy.x, xy.y), from: "GEOSGeom_createPointFromXY_r")
    }

    /// A MultiPoint of the given points.
    public func multiPoint(_ points: [XY]) throws -> Geometry {
        let members = try points.map { xy -> OpaquePointer in
            guard let point = GEOSGeom_createPointFromXY_r(handle, xy.x, xy.y) else { throw failure("GEOSGeom_createPointFromXY_r") }
            return point
        }
        return try own(collectionTakingOwnership(of: members, type: GEOS_MULTIPOINT), from: "GEOSGeom_createCollection_r")
    }

    /// A LineString (`GEOSGeom_createLineString_r`).
    public func lineString(_ points: [XY]) throws -> Geometry {
        let sequence = try coordinateSequence(points)
        // GEOSGeom_createLineString_r takes ownership of the sequence.
        return try own(GEOSGeom_createLineString_r(handle, sequence), from: "GEOSGeom_createLineString_r")
    }

    /// A Polygon from its shell and holes, each ring closed (`GEOSGeom_createPolygon_r`).
    public func polygon(shell: [XY], holes: [[XY]] = []) throws -> Geometry {
        try own(rawPolygon([shell] + holes), from: "GEOSGeom_createPolygon_r")
    }

    /// The rectangle as a Polygon (`GEOSGeom_createRectangle_r`).
    public func rectangle(_ envelope: Envelope) throws -> Geometry {
        try own(GEOSGeom_createRectangle_r(handle, envelope.minX, envelope.minY, envelope.maxX, envelope.maxY),
                from: "GEOSGeom_createRectangle_r")
    }

    /// A collection of copies of `members` (`GEOSGeom_createCollection_r`, which takes
    /// ownership of the copies, never of the originals).
    public func collection(_ kind: Geometry.Kind, of members: [Geometry]) throws -> Geometry {
        let type: GEOSGeomTypes
        switch kind {
        case .multiPoint: type = GEOS_MULTIPOINT
        case .multiLineString: type = GEOS_MULTILINESTRING
        case .multiPolygon: type = GEOS_MULTIPOLYGON
        case .geometryCollection: type = GEOS_GEOMETRYCOLLECTION
        default: throw GeometryError("a collection must be a multi-geometry or a geometry collection, not \(kind)")
        }
        var copies: [OpaquePointer] = []
        copies.reserveCapacity(members.count)
        for member in members {
            guard let copy = GEOSGeom_clone_r(handle, member.pointer) else {
                copies.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw failure("GEOSGeom_clone_r")
            }
            copies.append(copy)
        }
        return try own(collectionTakingOwnership(of: copies, type: type), from: "GEOSGeom_createCollection_r")
    }

    /// A geometry from its GeoJSON value, longitude as x and latitude as y.
    /// - Throws: ``LibraryError`` when GEOS refuses a part (e.g. a ring GEOS cannot close).
    public func geometry(_ value: GeoJSONGeometry) throws -> Geometry {
        try own(rawGeometry(value), from: "GEOSGeom_create")
    }

    // MARK: - Owned raw pointers, destroyed on every failure path

    func coordinateSequence(_ points: [XY]) throws -> OpaquePointer {
        var buffer = [Double]()
        buffer.reserveCapacity(points.count * 2)
        for point in points {
            buffer.append(point.x)
            buffer.append(point.y)
        }
        guard let sequence = GEOSCoordSeq_copyFromBuffer_r(handle, buffer, UInt32(points.count), 0, 0) else {
            throw failure("GEOSCoordSeq_copyFromBuffer_r")
        }
        return sequence
    }

    private func rawRing(_ points: [XY]) throws -> OpaquePointer {
        let sequence = try coordinateSequence(points)
        // Takes ownership of the sequence, also on failure.
        guard let ring = GEOSGeom_createLinearRing_r(handle, sequence) else { throw failure("GEOSGeom_createLinearRing_r") }
        return ring
    }

    private func rawPolygon(_ rings: [[XY]]) throws -> OpaquePointer {
        guard let shellPoints = rings.first else {
            guard let empty = GEOSGeom_createEmptyPolygon_r(handle) else { throw failure("GEOSGeom_createEmptyPolygon_r") }
            return empty
        }
        let shell = try rawRing(shellPoints)
        var holes: [OpaquePointer?] = []
        for ring in rings.dropFirst() {
            do {
                holes.append(try rawRing(ring))
            } catch {
                GEOSGeom_destroy_r(handle, shell)
                holes.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw error
            }
        }
        // Takes ownership of shell and holes (the array itself stays ours).
        let polygon = holes.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(handle, shell, buffer.baseAddress, UInt32(buffer.count))
        }
        guard let polygon else { throw failure("GEOSGeom_createPolygon_r") }
        return polygon
    }

    func collectionTakingOwnership(of members: [OpaquePointer], type: GEOSGeomTypes) -> OpaquePointer? {
        var optionals = members.map { Optional($0) }
        // GEOSGeom_createCollection_r takes ownership of the members.
        return optionals.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), buffer.baseAddress, UInt32(buffer.count))
        }
    }

    private func rawCollection(_ parts: [GeoJSONGeometry], type: GEOSGeomTypes) throws -> OpaquePointer {
        var members: [OpaquePointer] = []
        members.reserveCapacity(parts.count)
        for part in parts {
            do {
                members.append(try rawGeometry(part))
            } catch {
                members.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw error
            }
        }
        guard let collection = collectionTakingOwnership(of: members, type: type) else {
            throw failure("GEOSGeom_createCollection_r")
        }
        return collection
    }

    private func rawGeometry(_ value: GeoJSONGeometry) throws -> OpaquePointer {
        switch value {
        case .point(let position):
            guard let point = GEOSGeom_createPointFromXY_r(handle, position.longitude, position.latitude) else {
                throw failure("GEOSGeom_createPointFromXY_r")
            }
            return point
        case .multiPoint(let positions):
            return try rawCollection(positions.map { .point($0) }, type: GEOS_MULTIPOINT)
        case .lineString(let positions):
            let sequence = try coordinateSequence(positions.map(XY.init))
            guard let line = GEOSGeom_createLineString_r(handle, sequence) else { throw failure("GEOSGeom_createLineString_r") }
            return line
        case .multiLineString(let lines):
            return try rawCollection(lines.map { .lineString($0) }, type: GEOS_MULTILINESTRING)
        case .polygon(let rings):
            return try rawPolygon(rings.map { $0.map(XY.init) })
        case .multiPolygon(let polygons):
            return try rawCollection(polygons.map { .polygon($0) }, type: GEOS_MULTIPOLYGON)
        case .geometryCollection(let members):
            return try rawCollection(members, type: GEOS_GEOMETRYCOLLECTION)
        }
    }
}

extension XY {
    /// Longitude as x, latitude as y (RFC 7946 §3.1.1 order).
    public init(_ position: Position) { self.init(position.longitude, position.latitude) }
    public var position: Position { Position(longitude: x, latitude: y) }
}

extension Geometry {
    /// The coordinates of a Point, LineString or LinearRing (`GEOSCoordSeq_copyToBuffer_r`).
    public func coordinates() throws -> [XY] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, pointer) else { throw context.failure("GEOSGeom_getCoordSeq_r") }
        return try Geometry.read(sequence, context: context)
    }

    static func read(_ sequence: OpaquePointer, context: GEOSContext) throws -> [XY] {
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context.handle, sequence, &size) != 0 else { throw context.failure("GEOSCoordSeq_getSize_r") }
        var buffer = [Double](repeating: 0, count: Int(size) * 2)
        guard GEOSCoordSeq_copyToBuffer_r(context.handle, sequence, &buffer, 0, 0) != 0 else {
            throw context.failure("GEOSCoordSeq_copyToBuffer_r")
        }
        return (0..<Int(size)).map { XY(buffer[2 * $0], buffer[2 * $0 + 1]) }
    }

    private func rings(of polygon: OpaquePointer) throws -> [[Position]] {
        guard GEOSisEmpty_r(handle, polygon) == 0 else { return [] }
        guard let shell = GEOSGetExteriorRing_r(handle, polygon) else { throw context.failure("GEOSGetExteriorRing_r") }
        var rings = [try ringPositions(shell)]
        let holeCount = GEOSGetNumInteriorRings_r(handle, polygon)
        guard holeCount >= 0 else { throw context.failure("GEOSGetNumInteriorRings_r") }
        for index in 0..<holeCount {
            guard let hole = GEOSGetInteriorRingN_r(handle, polygon, index) else { throw context.failure("GEOSGetInteriorRingN_r") }
            rings.append(try ringPositions(hole))
        }
        return rings
    }

    private func ringPositions(_ ring: OpaquePointer) throws -> [Position] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, ring) else { throw context.failure("GEOSGeom_getCoordSeq_r") }
        return try Geometry.read(sequence, context: context).map(\.position)
    }

    private func part(_ index: Int, of collection: OpaquePointer) throws -> OpaquePointer {
        guard let part = GEOSGetGeometryN_r(handle, collection, Int32(index)) else { throw context.failure("GEOSGetGeometryN_r") }
        return part
    }

    private func value(of raw: OpaquePointer) throws -> GeoJSONGeometry {
        let count = Int(GEOSGetNumGeometries_r(handle, raw))
        switch Kind(rawValue: GEOSGeomTypeId_r(handle, raw)) {
        case .point:
            guard GEOSisEmpty_r(handle, raw) == 0 else { return .multiPoint([]) }
            guard let sequence = GEOSGeom_getCoordSeq_r(handle, raw) else { throw context.failure("GEOSGeom_getCoordSeq_r") }
            return .point(try Geometry.read(sequence, context: context)[0].position)
        case .lineString, .linearRing:
            return .lineString(try ringPositions(raw))
        case .polygon:
            let rings = try rings(of: raw)
            return rings.isEmpty ? .multiPolygon([]) : .polygon(rings)
        case .multiPoint:
            return .multiPoint(try (0..<count).map { index in
                guard case .point(let position) = try value(of: part(index, of: raw)) else {
                    throw GeometryError("a MultiPoint holds an empty point")
                }
                return position
            })
        case .multiLineString:
            return .multiLineString(try (0..<count).map { try ringPositions(part($0, of: raw)) })
        case .multiPolygon:
            return .multiPolygon(try (0..<count).map { try rings(of: part($0, of: raw)) }.filter { !$0.isEmpty })
        case .geometryCollection, nil:
            return .geometryCollection(try (0..<count).map { try value(of: part($0, of: raw)) })
        }
    }

    /// The geometry as a GeoJSON value, x as longitude and y as latitude. Empty
    /// geometries become empty multi-geometries (GeoJSON has no empty Point or Polygon).
    public func geoJSON() throws -> GeoJSONGeometry {
        try value(of: pointer)
    }
}
