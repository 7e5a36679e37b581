import DataFiles
import Foundation
import Testing

@Suite struct DataFileTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-datafiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aMissingFileIsNamed() throws {
        let url = try temporaryFolder().appendingPathComponent("absent.tsv")
        let error = try #require(throws: DataFileError.self) { try DataFile.read(url) }
        #expect(error.file == url.path)
        #expect(error.description == "\(url.path): file not found")
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try temporaryFolder()
        let error = try #require(throws: DataFileError.self) { try DataFile.read(folder) }
        #expect(error.reason.contains("directory"))
    }

    @Test func textMustBeUTF8() throws {
        let url = try temporaryFolder().appendingPathComponent("latin1.txt")
        try Data([0x42, 0x65, 0x6E, 0x67, 0x68, 0xE2, 0x7A, 0x69]).write(to: url)
        let error = try #require(throws: DataFileError.self) { try DataFile.readText(url) }
        #expect(error.reason.contains("UTF-8"))
    }

    @Test func atomicWritesLeaveNoTemporaryFiles() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("nested/out.geojson")
        try DataFile.writeAtomically(Data("one".utf8), to: url)
        try DataFile.writeAtomically(Data("two".utf8), to: url)
        #expect(try DataFile.readText(url) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["out.geojson"])
    }

    @Test func aFailedWriteKeepsTheOldFile() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("out.txt")
        try DataFile.writeAtomically(Data("old".utf8), to: url)
        // A folder in the way of the target: the rename fails, the old file stays whole.
        let blocked = folder.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: DataFileError.self) { try DataFile.writeAtomically(Data("new".utf8), to: blocked) }
        #expect(try DataFile.readText(url) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "out.txt"])
    }

    @Test func locationsPrintAsOneLine() {
        #expect(DataFileError(file: "a.tsv", location: .line(3), reason: "bad").description == "a.tsv: line 3: bad")
        #expect(DataFileError(file: "a.json", location: .line(2, column: 7), reason: "bad").description == "a.json: line 2, column 7: bad")
        #expect(DataFileError(file: "a.json", location: .jsonPath("$.features[0]"), reason: "bad").description == "a.json: $.features[0]: bad")
    }
}
