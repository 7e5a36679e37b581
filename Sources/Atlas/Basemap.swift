import DataFiles
import Foundation
import GeoJSON
import GeometryCore

/// The area of one administrative polygon, in km² on the WGS 84 ellipsoid.
public struct AreaMeasurement: Sendable, Hashable {
    public var area: AdminArea
    public var areaKm2: Double
    /// Share of the country's area, in percent.
    public var sharePercent: Double
}

/// The measured base layers of an area of interest, and the checks that they fit together.
public struct BasemapReport: Sendable, Hashable {
    public var country: AreaMeasurement
    public var districts: [AreaMeasurement]
    public var regions: [AreaMeasurement]
    /// The equal-area projection used for the overlap and gap checks.
    public var projection: String
    /// The largest area shared by two districts, km².
    public var largestDistrictOverlapKm2: Double
    /// Land of the country that no district covers, km².
    public var uncoveredKm2: Double

    /// Sum of the districts' areas, km².
    public var districtsTotalKm2: Double { districts.reduce(0) { $0 + $1.areaKm2 } }
}

/// The main job until territories are built: measure the country, its districts and
/// regions, check that the districts tile the country, and write them as GeoJSON.
public enum Basemap {
    /// How areas are measured, recorded in every output file.
    public static let areaMethod = "geodesic area on the WGS 84 ellipsoid (GeographicLib via PROJ), edges densified to 0.01°"

    /// Measures every polygon of `area` and checks the district layer against the boundary.
    /// - Throws: ``LibraryError`` from GEOS or PROJ (e.g. PROJ cannot find `proj.db`),
    ///   ``GeometryError`` when the districts overlap.
    public static func measure(_ area: AreaOfInterest) throws -> BasemapReport {
        let geos = try GEOSContext()
        let proj = try PROJContext()
        let boundary = try geos.geometry(area.boundary.geometry)
        guard let envelope = try boundary.envelope() else { throw GeometryError("the boundary of \(area.manifest.name) is empty") }
        let projection = try Projection.equalArea(around: envelope, context: proj)

        let countryKm2 = Geodesic.areaKm2(area.boundary.geometry)
        func measured(_ admin: AdminArea) -> AreaMeasurement {
            let km2 = Geodesic.areaKm2(admin.geometry)
            return AreaMeasurement(area: admin, areaKm2: km2, sharePercent: 100 * km2 / countryKm2)
        }

        // Overlaps and gaps, in square metres of the equal-area projection, on densified edges.
        let step = 0.01
        let districts = try area.districts.map { try projection.forward(geos.geometry($0.geometry).densified(maxSegmentLength: step)) }
        let index = try SpatialIndex(districts, in: geos)
        var largestOverlap = 0.0
        for (i, district) in districts.enumerated() {
            for j in index.candidates(intersecting: district) where j > i {
                largestOverlap = max(largestOverlap, try district.intersection(districts[j]).area() / 1e6)
            }
        }
        let projectedBoundary = try projection.forward(boundary.densified(maxSegmentLength: step))
        let union = try geos.collection(.multiPolygon, of: districts.flatMap { try $0.parts() }).unaryUnion()
        let uncovered = try projectedBoundary.difference(union).area() / 1e6

        return BasemapReport(
            country: AreaMeasurement(area: area.boundary, areaKm2: countryKm2, sharePercent: 100),
            districts: area.districts.map(measured),
            regions: area.regions.map(measured),
            projection: projection.target,
            largestDistrictOverlapKm2: largestOverlap,
            uncoveredKm2: uncovered)
    }

    /// The output files, by file name: `boundary.geojson`, `districts.geojson` and,
    /// when the area has regions, `regions.geojson`. Features sorted by id, areas in km²
    /// rounded to 0.1, the attribution and the method as foreign members.
    public static func featureCollections(_ report: BasemapReport, attribution: String) -> [(name: String, collection: FeatureCollection)] {
        func collection(_ measurements: [AreaMeasurement]) -> FeatureCollection {
            let features = measurements.sorted { $0.area.id < $1.area.id }.map { measurement -> Feature in
                var properties: [String: JSONValue] = [
                    "id": .string(measurement.area.id),
                    "name": .string(measurement.area.name),
                    "level": .string(measurement.area.level.rawValue),
                    "area_km2": .number((measurement.areaKm2 * 10).rounded() / 10),
                    "share_pct": .number((measurement.sharePercent * 100).rounded() / 100),
                ]
                if let group = measurement.area.group { properties["group"] = .string(group) }
                return Feature(id: .string(measurement.area.id), geometry: measurement.area.geometry, properties: properties)
            }
            return FeatureCollection(features: features, foreignMembers: [
                "attribution": .string(attribution),
                "area_method": .string(areaMethod),
            ])
        }
        var files = [(name: "boundary.geojson", collection: collection([report.country])),
                     (name: "districts.geojson", collection: collection(report.districts))]
        if !report.regions.isEmpty { files.append((name: "regions.geojson", collection: collection(report.regions))) }
        return files
    }

    /// Writes the files of ``featureCollections(_:attribution:)`` into `folder`, each
    /// atomically, after all of them have been serialized.
    public static func write(_ report: BasemapReport, attribution: String, to folder: URL) throws -> [URL] {
        let files = featureCollections(report, attribution: attribution).map { (url: folder.appendingPathComponent($0.name), data: GeoJSONWriter.data($0.collection)) }
        for file in files { try DataFile.writeAtomically(file.data, to: file.url) }
        return files.map(\.url)
    }
}

extension BasemapReport {
    /// A plain-text table: one line per district, then the country and the checks.
    public func table() -> String {
        func km2(_ value: Double) -> String { String(format: "%12.1f", value) }
        let nameWidth = max(24, districts.map(\.area.name.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["\(pad("district", 8)) \(pad("name", nameWidth)) \(pad("region", 14)) \("km²".leftPadded(12))  share"]
        for district in districts {
            lines.append("\(pad(district.area.id, 8)) \(pad(district.area.name, nameWidth)) \(pad(district.area.group ?? "", 14)) \(km2(district.areaKm2))  \(String(format: "%5.2f%%", district.sharePercent))")
        }
        for region in regions {
            lines.append("\(pad("region", 8)) \(pad(region.area.name, nameWidth)) \(pad("", 14)) \(km2(region.areaKm2))  \(String(format: "%5.2f%%", region.sharePercent))")
        }
        lines.append("\(pad("country", 8)) \(pad(country.area.name, nameWidth)) \(pad("", 14)) \(km2(country.areaKm2))  100.00%")
        let difference = 100 * (districtsTotalKm2 - country.areaKm2) / country.areaKm2
        lines.append("districts add up to \(String(format: "%.1f", districtsTotalKm2)) km² (\(String(format: "%+.4f", difference))% of the country); largest overlap \(String(format: "%.3f", largestDistrictOverlapKm2)) km²; uncovered \(String(format: "%.3f", uncoveredKm2)) km²")
        return lines.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
