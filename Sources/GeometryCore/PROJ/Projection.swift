import CPROJ
import Foundation
import GeoJSON

/// A transformation from longitude/latitude (WGS 84) to a projected reference system
/// and back (`proj_create_crs_to_crs`), with the axis order fixed to x = easting or
/// longitude, y = northing or latitude (`proj_normalize_for_visualization`).
/// Freed with `proj_destroy`; used by one thread at a time.
public final class Projection {
    public let context: PROJContext
    /// The projected reference system, as given to PROJ.
    public let target: String
    private let pointer: OpaquePointer

    /// - Parameters:
    ///   - source: the geographic reference system of the input, "EPSG:4326" by default
    ///     (read from PROJ's `proj.db`).
    ///   - target: a PROJ string, WKT or authority code of the projected system.
    /// - Throws: ``LibraryError`` with PROJ's message, e.g. when `proj.db` cannot be found
    ///   or the definition is not understood.
    public init(from source: String = "EPSG:4326", to target: String, context: PROJContext) throws {
        context.clearMessages()
        guard let raw = proj_create_crs_to_crs(context.pointer, source, target, nil) else {
            throw context.failure("proj_create_crs_to_crs")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.pointer, raw) else {
            throw context.failure("proj_normalize_for_visualization")
        }
        self.context = context
        self.target = target
        self.pointer = normalized
    }

    deinit {
        proj_destroy(pointer)
    }

    /// A Lambert azimuthal equal-area projection centred on a longitude/latitude
    /// rectangle (the centre rounded to 0.01°): areas measured in it are true areas,
    /// and shapes stay close to true across a country-sized area.
    public static func equalArea(around envelope: Envelope, context: PROJContext) throws -> Projection {
        let center = envelope.center
        let lat = (center.y * 100).rounded() / 100
        let lon = (center.x * 100).rounded() / 100
        return try Projection(to: "+proj=laea +lat_0=\(lat) +lon_0=\(lon) +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs",
                              context: context)
    }

    /// Longitude/latitude to projected metres (`proj_trans_generic`, `PJ_FWD`).
    /// - Throws: ``GeometryError`` naming the first point PROJ cannot project.
    public func forward(_ points: [XY]) throws -> [XY] { try transform(points, PJ_FWD) }

    /// Projected metres back to longitude/latitude (`proj_trans_generic`, `PJ_INV`).
    public func inverse(_ points: [XY]) throws -> [XY] { try transform(points, PJ_INV) }

    /// A geometry in longitude/latitude, projected; the result lives in the same GEOS context.
    public func forward(_ geometry: Geometry) throws -> Geometry {
        try geometry.context.geometry(geometry.geoJSON().mappingPoints { try forward($0) })
    }

    /// A projected geometry back in longitude/latitude.
    public func inverse(_ geometry: Geometry) throws -> Geometry {
        try geometry.context.geometry(geometry.geoJSON().mappingPoints { try inverse($0) })
    }

    /// Every point within `kilometres` of a longitude/latitude geometry, computed in this
    /// projection (choose one centred on the data, e.g. ``equalArea(around:context:)``)
    /// and returned in longitude/latitude.
    public func buffer(_ geometry: Geometry, kilometres: Double, quadrantSegments: Int = 16) throws -> Geometry {
        let projected = try forward(geometry).buffer(kilometres * 1000, quadrantSegments: quadrantSegments)
        return try inverse(projected)
    }

    private func transform(_ points: [XY], _ direction: PJ_DIRECTION) throws -> [XY] {
        var xs = points.map(\.x)
        var ys = points.map(\.y)
        context.clearMessages()
        let stride = MemoryLayout<Double>.stride
        let count = points.count
        _ = xs.withUnsafeMutableBufferPointer { x in
            ys.withUnsafeMutableBufferPointer { y in
                proj_trans_generic(pointer, direction, x.baseAddress, stride, count, y.baseAddress, stride, count,
                                   nil, 0, 0, nil, 0, 0)
            }
        }
        for index in 0..<count where !xs[index].isFinite || !ys[index].isFinite {
            let error = context.failure("proj_trans_generic")
            throw GeometryError("cannot transform (\(points[index].x), \(points[index].y)) with \(target): \(error.messages.joined(separator: "; "))")
        }
        return zip(xs, ys).map { XY($0, $1) }
    }
}

extension GeoJSONGeometry {
    /// The same geometry with every run of points (a ring, a line, a point) passed through `transform`.
    func mappingPoints(_ transform: ([XY]) throws -> [XY]) rethrows -> GeoJSONGeometry {
        func run(_ positions: [Position]) throws -> [Position] {
            try transform(positions.map(XY.init)).map(\.position)
        }
        switch self {
        case .point(let position): return .point(try run([position])[0])
        case .multiPoint(let positions): return .multiPoint(try run(positions))
        case .lineString(let positions): return .lineString(try run(positions))
        case .multiLineString(let lines): return .multiLineString(try lines.map(run))
        case .polygon(let rings): return .polygon(try rings.map(run))
        case .multiPolygon(let polygons): return .multiPolygon(try polygons.map { try $0.map(run) })
        case .geometryCollection(let members): return .geometryCollection(try members.map { try $0.mappingPoints(transform) })
        }
    }
}
