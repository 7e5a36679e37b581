import DataFiles
import Foundation
import GeoJSON

/// The tab-separated record files of a gazetteer folder: `places.tsv` (generated,
/// never edited) and `curated.tsv` (edited by hand, laid over it).
///
/// One record per line; lines starting with `#` are comments; the first other line
/// is the header. Columns: `id kind name name_ar lat lon scope district region
/// geonames_id population polygon outside_km same_as codes aliases source`, lists
/// separated by `|`.
enum GazetteerFile {
    static let columns = ["id", "kind", "name", "name_ar", "lat", "lon", "scope", "district", "region",
                          "geonames_id", "population", "polygon", "outside_km", "same_as", "codes", "aliases", "source"]

    typealias Row = TabularFile.Row

    /// Reads the rows of a record file.
    /// - Throws: ``DataFileError`` with the line for a missing or wrong header, a row
    ///   with the wrong number of fields, a row without an id, or a duplicate id.
    static func rows(of url: URL) throws -> [Row] {
        let rows = try TabularFile.rows(of: url, columns: columns)
        var seen: [String: Int] = [:]
        for row in rows {
            guard !row["id"].isEmpty else { throw DataFileError(file: url.path, location: .line(row.line), reason: "record without an id") }
            if let first = seen[row["id"]] {
                throw DataFileError(file: url.path, location: .line(row.line), reason: "duplicate id \(row["id"]) (first on line \(first))")
            }
            seen[row["id"]] = row.line
        }
        return rows
    }

    /// A full record from a row; `base` supplies the fields a curated row leaves blank.
    static func place(_ row: Row, file: String, base: Place? = nil) throws -> Place {
        func fail(_ reason: String) -> DataFileError { DataFileError(file: file, location: .line(row.line), reason: reason) }
        func optional(_ column: String) -> String? { row[column].isEmpty ? nil : row[column] }
        func number<T: LosslessStringConvertible>(_ column: String, _ type: T.Type) throws -> T? {
            guard let text = optional(column) else { return nil }
            guard let value = T(text) else { throw fail("\(column) \"\(text)\" is not a number") }
            return value
        }
        func list(_ column: String) -> [String] {
            row[column].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        let kind: PlaceKind
        if let text = optional("kind") {
            guard let parsed = PlaceKind(rawValue: text) else {
                throw fail("unknown kind \"\(text)\" (known: \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            kind = parsed
        } else if let base {
            kind = base.kind
        } else {
            throw fail("record without a kind")
        }
        let scope: PlaceScope
        if let text = optional("scope") {
            guard let parsed = PlaceScope(rawValue: text) else { throw fail("unknown scope \"\(text)\" (map or outside)") }
            scope = parsed
        } else {
            scope = base?.scope ?? .map
        }
        let latitude = try number("lat", Double.self)
        let longitude = try number("lon", Double.self)
        guard (latitude == nil) == (longitude == nil) else { throw fail("lat and lon must be given together") }
        let position: Position
        if let latitude, let longitude {
            guard (-90...90).contains(latitude) else { throw fail("latitude \(latitude) is out of range [-90, 90]") }
            guard (-180...180).contains(longitude) else { throw fail("longitude \(longitude) is out of range [-180, 180]") }
            position = Position(longitude: longitude, latitude: latitude)
        } else if let base {
            position = base.position
        } else {
            throw fail("record without coordinates (lat, lon)")
        }
        guard let name = optional("name") ?? base?.name else { throw fail("record without a name") }
        // A curated rename keeps the generated names as aliases.
        let renamed = [base?.name, base?.arabicName].compactMap { $0 }
        let aliases = renamed + (base?.aliases ?? []) + list("aliases")
        var unique: [String] = []
        let arabicName = optional("name_ar") ?? base?.arabicName
        var seen: Set<String> = [name]
        if let arabicName { seen.insert(arabicName) }
        for alias in aliases where seen.insert(alias).inserted { unique.append(alias) }
        return Place(id: row["id"], kind: kind, name: name,
                     arabicName: arabicName,
                     position: position, scope: scope,
                     district: optional("district") ?? base?.district,
                     region: optional("region") ?? base?.region,
                     geonamesID: try number("geonames_id", Int.self) ?? base?.geonamesID,
                     population: try number("population", Int.self) ?? base?.population,
                     polygon: optional("polygon") ?? base?.polygon,
                     outsideKm: try number("outside_km", Double.self) ?? base?.outsideKm,
                     codes: (base?.codes ?? []) + list("codes"),
                     aliases: unique,
                     source: [base?.source, optional("source")].compactMap { $0 }.joined(separator: "; "),
                     mergedIDs: base?.mergedIDs ?? [],
                     curatedAliases: (base?.curatedAliases ?? []) + (file.hasSuffix("curated.tsv") ? list("aliases") : []))
    }

    /// The records of `places.tsv` with `curated.tsv` laid over them, sorted by id.
    /// - Throws: ``DataFileError`` with file and line for any bad record, a curated
    ///   `same_as` naming an unknown record, or a chain of `same_as`.
    static func load(folder: URL) throws -> [Place] {
        let generatedURL = folder.appendingPathComponent("places.tsv")
        let curatedURL = folder.appendingPathComponent("curated.tsv")
        var places: [String: Place] = [:]
        for row in try rows(of: generatedURL) {
            places[row["id"]] = try place(row, file: generatedURL.path)
        }
        let curated = try rows(of: curatedURL)
        var folds: [(row: Row, target: String)] = []
        for row in curated {
            if !row["same_as"].isEmpty {
                folds.append((row, row["same_as"]))
                continue
            }
            places[row["id"]] = try place(row, file: curatedURL.path, base: places[row["id"]])
        }
        for (row, target) in folds {
            let fail = { (reason: String) in DataFileError(file: curatedURL.path, location: .line(row.line), reason: reason) }
            guard let folded = places.removeValue(forKey: row["id"]) else { throw fail("same_as: no record \(row["id"]) to fold") }
            guard var into = places[target] else { throw fail("same_as: unknown record \(target)") }
            var seen = Set(into.allNames)
            for name in folded.allNames where seen.insert(name).inserted { into.aliases.append(name) }
            into.codes += folded.codes
            into.mergedIDs.append(folded.id)
            into.geonamesID = into.geonamesID ?? folded.geonamesID
            into.population = into.population ?? folded.population
            places[target] = into
        }
        return places.values.sorted { $0.id < $1.id }
    }
}
