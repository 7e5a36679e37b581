import DataFiles
import Foundation

/// Reads GeoJSON (RFC 7946) and validates it.
///
/// Every error is a ``DataFileError``: JSON syntax errors at `.line(l, column: c)`,
/// GeoJSON rule violations at `.jsonPath("$.features[3].geometry.coordinates[0][2]")`
/// with a reason. Checked: known `type` (§1.4); coordinate nesting per geometry
/// type; positions of 2 or 3 numbers with longitude in [-180, 180] and latitude in
/// [-90, 90] (§3.1.1; an altitude is dropped); LineStrings of 2 or more positions
/// (§3.1.4); closed linear rings of 4 or more positions (§3.1.6); Features with
/// `geometry` and `properties` members, each possibly null, properties an object,
/// id a string or number (§3.2); a FeatureCollection `features` array (§3.3); a
/// GeometryCollection `geometries` array (§3.1.8); `bbox` of 4 or 6 numbers (§5).
/// Foreign members (§6.1) of Features and FeatureCollections are kept; those of
/// geometry objects (including `crs`) are ignored.
public enum GeoJSONReader {
    /// Parses and validates any GeoJSON object: a geometry, a Feature or a FeatureCollection.
    /// - Parameter file: names the input in error messages only.
    /// - Throws: ``DataFileError`` for a JSON syntax error or a broken GeoJSON rule.
    public static func object(from data: Data, file: String) throws -> GeoJSONObject {
        let value = try JSONText.parse(data, file: file)
        do throws(GeoJSONValidationError) {
            return try GeoJSONDecoding.object(value, at: .root)
        } catch {
            throw DataFileError(file: file, location: .jsonPath(error.path.description), reason: error.reason)
        }
    }

    /// Parses and validates a FeatureCollection (RFC 7946 §3.3).
    /// - Parameter file: names the input in error messages only.
    /// - Throws: ``DataFileError`` for a JSON syntax error, a broken GeoJSON rule, or
    ///   another kind of object (a lone Feature or geometry), naming what was found.
    public static func featureCollection(from data: Data, file: String) throws -> FeatureCollection {
        let value = try JSONText.parse(data, file: file)
        do throws(GeoJSONValidationError) {
            return try GeoJSONDecoding.featureCollection(value, at: .root)
        } catch {
            throw DataFileError(file: file, location: .jsonPath(error.path.description), reason: error.reason)
        }
    }

    /// Reads (with `DataFile.read`) and validates a FeatureCollection file.
    /// - Throws: ``DataFileError`` when the file cannot be read or is not a valid FeatureCollection.
    public static func featureCollection(at url: URL) throws -> FeatureCollection {
        try featureCollection(from: DataFile.read(url), file: url.path)
    }
}
