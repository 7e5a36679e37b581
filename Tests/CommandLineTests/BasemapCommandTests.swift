import Foundation
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `controlmap` executable SwiftPM built beside this test bundle.
let executable: URL = {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    return bundle.appendingPathComponent("controlmap")
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

func controlmap(_ arguments: [String], environment: [String: String] = [:], in folder: URL = repositoryRoot) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("controlmap-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func libyaCopy() throws -> URL {
    let copy = try temporaryFolder().appendingPathComponent("libya")
    try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Gazetteer/libya"), to: copy)
    return copy
}

func files(in folder: URL) -> [String] {
    (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
}

@Suite(.serialized) struct BasemapCommandTests {
    @Test func theMainJobWritesTheLayersAndPrintsTheTable() throws {
        let output = try temporaryFolder()
        let run = try controlmap(["basemap", "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("LY-KF"))
        #expect(run.stdout.contains("districts add up to"))
        #expect(files(in: output) == ["libya", "libya/boundary.geojson", "libya/districts.geojson", "libya/regions.geojson"])
    }

    @Test func theCommittedOutputIsUpToDate() throws {
        let output = try temporaryFolder()
        let run = try controlmap(["basemap", "--output", output.path])
        #expect(run.status == 0)
        for name in ["boundary.geojson", "districts.geojson", "regions.geojson"] {
            let fresh = try Data(contentsOf: output.appendingPathComponent("libya/\(name)"))
            let committed = try Data(contentsOf: repositoryRoot.appendingPathComponent("Output/libya/\(name)"))
            #expect(fresh == committed, "Output/libya/\(name) is stale: run `make run`")
        }
    }

    @Test func malformedGeoJSONGivesOneLineAndNoOutput() throws {
        let copy = try libyaCopy()
        let boundary = copy.appendingPathComponent("sources/ly_boundary_ne10m.geojson")
        try FileManager.default.removeItem(at: boundary)
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[10,20],[11,20],[11,21]]]}}]}"#.utf8).write(to: boundary)
        let output = try temporaryFolder()
        let run = try controlmap(["basemap", "--gazetteer", copy.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.stderr.contains("ly_boundary_ne10m.geojson"))
        #expect(run.stderr.contains("$.features[0].geometry.coordinates[0]"))
        #expect(files(in: output).isEmpty)
    }

    @Test func aMissingDataFileIsNamed() throws {
        let copy = try libyaCopy()
        try FileManager.default.removeItem(at: copy.appendingPathComponent("sources/ly_districts_ne10m.geojson"))
        let output = try temporaryFolder()
        let run = try controlmap(["basemap", "--gazetteer", copy.path, "--output", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("ly_districts_ne10m.geojson: file not found"))
        #expect(files(in: output).isEmpty)
    }

    @Test func aMissingProjDatabaseIsSaidPlainly() throws {
        let empty = try temporaryFolder()
        let output = try temporaryFolder()
        let run = try controlmap(["basemap", "--output", output.path], environment: ["PROJ_DATA": empty.path, "PROJ_LIB": empty.path])
        #expect(run.status == 3)
        #expect(run.stderr.contains("proj.db"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(files(in: output).isEmpty)
    }
}
