import DataFiles
import Foundation
import Places
import Testing

@Suite struct BadInputTests {
    let header = "id\tkind\tname\tname_ar\tlat\tlon\tscope\tdistrict\tregion\tgeonames_id\tpopulation\tpolygon\toutside_km\tsame_as\tcodes\taliases\tsource"

    func folder(places: [String], curated: [String] = []) throws -> URL {
        let folder = try temporaryFolder()
        try ([header] + places).joined(separator: "\n").appending("\n").write(to: folder.appendingPathComponent("places.tsv"), atomically: true, encoding: .utf8)
        try (["# curated", header] + curated).joined(separator: "\n").appending("\n").write(to: folder.appendingPathComponent("curated.tsv"), atomically: true, encoding: .utf8)
        return folder
    }

    func record(_ id: String, kind: String = "town", lat: String = "29.1", lon: String = "15.9") -> String {
        "\(id)\t\(kind)\tHun\t\t\(lat)\t\(lon)\tmap\t\t\t\t\t\t\t\t\tHoun\ttest"
    }

    func loadError(_ folder: URL) throws -> DataFileError {
        try #require(throws: DataFileError.self) { try Gazetteer.load(folder: folder) }
    }

    @Test func aMalformedRecordGivesFileAndLine() throws {
        let error = try loadError(folder(places: [record("gn:1"), "gn:2\ttown\tToo few"]))
        #expect(error.file.hasSuffix("places.tsv"))
        #expect(error.location == .line(3))
        #expect(error.reason.contains("malformed record"))
    }

    @Test func aDuplicateIdIsRefused() throws {
        let error = try loadError(folder(places: [record("gn:1"), record("gn:2"), record("gn:1")]))
        #expect(error.location == .line(4))
        #expect(error.reason.contains("duplicate id gn:1"))
    }

    @Test func coordinatesOutOfRange() throws {
        let latitude = try loadError(folder(places: [record("gn:1", lat: "91")]))
        #expect(latitude.reason.contains("latitude 91.0 is out of range"))
        let longitude = try loadError(folder(places: [record("gn:1", lon: "-181")]))
        #expect(longitude.reason.contains("longitude -181.0 is out of range"))
        let text = try loadError(folder(places: [record("gn:1", lat: "north")]))
        #expect(text.reason.contains("lat \"north\" is not a number"))
    }

    @Test func anUnknownKind() throws {
        let error = try loadError(folder(places: [record("gn:1", kind: "castle")]))
        #expect(error.location == .line(2))
        #expect(error.reason.contains("unknown kind \"castle\""))
    }

    @Test func curatedErrorsNameTheCuratedFile() throws {
        let error = try loadError(folder(places: [record("gn:1")], curated: ["gn:9\t\t\t\t\t\t\t\t\t\t\t\t\tgn:404\t\t\t"]))
        #expect(error.file.hasSuffix("curated.tsv"))
        #expect(error.location == .line(3))
        #expect(error.reason.contains("gn:9"))
    }

    @Test func theCuratedLayerAmendsAndFolds() throws {
        let places = try Gazetteer.load(folder: folder(
            places: [record("gn:1"), record("gn:2", kind: "village")],
            curated: ["gn:1\tcity\t\t\t\t\t\t\t\t\t\t\t\t\t\tHuna\tcurated", "gn:2\t\t\t\t\t\t\t\t\t\t\t\t\tgn:1\t\t\t"]))
        #expect(places.places.count == 1)
        let hun = try #require(places.place(id: "gn:1"))
        #expect(hun.kind == .city)
        #expect(hun.aliases.contains("Huna") && hun.aliases.contains("Houn"))
        #expect(hun.mergedIDs == ["gn:2"])
        #expect(places.place(id: "gn:2")?.id == "gn:1")
    }

    @Test func aMissingFileIsNamed() throws {
        let empty = try temporaryFolder()
        let error = try loadError(empty)
        #expect(error.reason == "file not found")
    }
}
