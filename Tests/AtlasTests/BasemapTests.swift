import DataFiles
import Foundation
import GeoJSON
import GeometryCore
import Testing
@testable import Atlas

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let libyaFolder = repositoryRoot.appendingPathComponent("Gazetteer/libya")

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of the Libya gazetteer folder that a test may break.
func libyaCopy() throws -> URL {
    let copy = try temporaryFolder().appendingPathComponent("libya")
    try FileManager.default.copyItem(at: libyaFolder, to: copy)
    return copy
}

@Suite struct BasemapTests {
    @Test func libyaLoadsWithItsDistrictsAndRegions() throws {
        let area = try AreaOfInterest.load(folder: libyaFolder)
        #expect(area.manifest.id == "libya")
        #expect(area.districts.count == 22)
        #expect(area.regions.map(\.id) == ["Cyrenaica", "Fezzan", "Tripolitania"])
        #expect(area.districts.map(\.id) == area.districts.map(\.id).sorted())
        #expect(area.districts.first { $0.id == "LY-JU" }?.group == "Fezzan")
        #expect(area.manifest.attribution.contains("GeoNames"))
    }

    @Test func theMeasuredLayersFitTogether() throws {
        let report = try Basemap.measure(AreaOfInterest.load(folder: libyaFolder))
        #expect(abs(report.country.areaKm2 - 1_623_760) / 1_623_760 < 0.001)
        #expect(abs(report.districtsTotalKm2 - report.country.areaKm2) / report.country.areaKm2 < 0.0001)
        #expect(abs(report.regions.reduce(0) { $0 + $1.areaKm2 } - report.country.areaKm2) / report.country.areaKm2 < 0.0001)
        #expect(report.largestDistrictOverlapKm2 < 1)
        #expect(report.uncoveredKm2 < 1)
        #expect(abs(report.districts.reduce(0) { $0 + $1.sharePercent } - 100) < 0.01)
        // Al Kufrah is the largest district by far.
        #expect(report.districts.max { $0.areaKm2 < $1.areaKm2 }?.area.id == "LY-KF")
        let table = report.table()
        #expect(table.split(separator: "\n").count == 22 + 3 + 1 + 1 + 1)
        #expect(table.contains("LY-KF") && table.contains("Cyrenaica"))
    }

    @Test func writingTwiceGivesTheSameBytes() throws {
        let area = try AreaOfInterest.load(folder: libyaFolder)
        let report = try Basemap.measure(area)
        let first = try temporaryFolder(), second = try temporaryFolder()
        let a = try Basemap.write(report, attribution: area.manifest.attribution, to: first)
        let b = try Basemap.write(try Basemap.measure(area), attribution: area.manifest.attribution, to: second)
        #expect(a.map(\.lastPathComponent) == ["boundary.geojson", "districts.geojson", "regions.geojson"])
        for (x, y) in zip(a, b) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y))
        }
        let districts = try GeoJSONReader.featureCollection(at: first.appendingPathComponent("districts.geojson"))
        #expect(districts.features.count == 22)
        #expect(districts.foreignMembers["attribution"] != nil)
        let kufra = try #require(districts.features.first { $0.properties?["id"] == .string("LY-KF") })
        guard case .number(let km2)? = kufra.properties?["area_km2"] else { Issue.record("no area"); return }
        #expect(km2 > 400_000 && km2 < 500_000)
    }

    @Test func aMissingManifestNamesTheFile() throws {
        let folder = try temporaryFolder()
        let error = try #require(throws: DataFileError.self) { try AreaOfInterest.load(folder: folder) }
        #expect(error.file.hasSuffix("area.json"))
        #expect(error.reason.contains("not found"))
    }

    @Test func aManifestWithoutBoundaryGivesThePath() throws {
        let copy = try libyaCopy()
        try Data(#"{"id": "x", "name": "X", "districts": {"file": "d", "id": "i", "name": "n"}, "attribution": "a"}"#.utf8)
            .write(to: copy.appendingPathComponent("area.json"))
        let error = try #require(throws: DataFileError.self) { try AreaOfInterest.load(folder: copy) }
        #expect(error.location == .jsonPath("$"))
        #expect(error.reason.contains("boundary"))
    }

    @Test func aDistrictWithoutItsIdPropertyIsNamed() throws {
        let copy = try libyaCopy()
        let url = copy.appendingPathComponent("sources/ly_districts_ne10m.geojson")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"iso_3166_2\":\"LY-JU\"", with: "\"iso\":\"LY-JU\"")
        try FileManager.default.removeItem(at: url)
        try Data(text.utf8).write(to: url)
        let error = try #require(throws: DataFileError.self) { try AreaOfInterest.load(folder: copy) }
        #expect(error.file.hasSuffix("ly_districts_ne10m.geojson"))
        guard case .jsonPath(let path) = error.location else { Issue.record("no path"); return }
        #expect(path.hasSuffix(".properties.iso_3166_2"))
    }

    @Test func aDuplicateDistrictIdIsRefused() throws {
        let copy = try libyaCopy()
        let url = copy.appendingPathComponent("sources/ly_districts_ne10m.geojson")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"iso_3166_2\":\"LY-JU\"", with: "\"iso_3166_2\":\"LY-KF\"")
        try FileManager.default.removeItem(at: url)
        try Data(text.utf8).write(to: url)
        let error = try #require(throws: DataFileError.self) { try AreaOfInterest.load(folder: copy) }
        #expect(error.reason.contains("duplicate id \"LY-KF\""))
    }
}
