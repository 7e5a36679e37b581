import ArgumentParser
import DataFiles
import Foundation
import GeometryCore

/// Runs a subcommand's work and turns its errors into one line on standard error and
/// an exit code: 2 for bad input data, 3 for a GEOS or PROJ failure.
func reportingFailures(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as DataFileError {
        try fail(error.description, code: 2)
    } catch let error as GeometryError {
        try fail(error.description, code: 2)
    } catch let error as LibraryError {
        try fail(error.description, code: 3)
    }
}

private func fail(_ message: String, code: Int32) throws -> Never {
    FileHandle.standardError.write(Data("controlmap: \(message)\n".utf8))
    throw ExitCode(code)
}
