import DataFiles
import Foundation

/// Writes GeoJSON deterministically: the same value always gives the same bytes.
///
/// - Keys sorted by their UTF-8 bytes, compact JSON, a trailing newline.
/// - A FeatureCollection has one feature per line, for readable diffs:
///   `{"features":[\n{...},\n{...}\n],"type":"FeatureCollection"}\n`.
/// - Coordinates and bbox values rounded to 6 decimals (about 0.1 m) and printed
///   exactly (`12.3456789` as `12.345679`, `-0.0000001` as `0`).
/// - Polygon rings wound per RFC 7946 §3.1.6 (exterior counter-clockwise, holes
///   clockwise), see ``GeoJSONGeometry/withRFC7946Winding()``.
/// - Property numbers as in ``JSONText/serialize(_:)`` (`88318`, `0.1`; NaN as null).
/// - A Feature always has "geometry" and "properties" (null when nil, §3.2),
///   "id" and "bbox" only when present, and its foreign members (§6.1).
public enum GeoJSONWriter {
    /// The FeatureCollection as GeoJSON text, one feature per line.
    public static func data(_ collection: FeatureCollection) -> Data {
        var serializer = JSONSerializer(capacity: 64 * 1024)
        serializer.writeObject(GeoJSONEncoding.members(of: collection, .canonical), linePerElement: "features")
        serializer.appendLineFeed()
        return Data(serializer.bytes)
    }

    /// Any GeoJSON object as GeoJSON text; a FeatureCollection one feature per line as above,
    /// a Feature or geometry on one line.
    public static func data(_ object: GeoJSONObject) -> Data {
        if case .featureCollection(let collection) = object {
            return data(collection)
        }
        var serializer = JSONSerializer()
        serializer.write(GeoJSONEncoding.value(object, .canonical))
        serializer.appendLineFeed()
        return Data(serializer.bytes)
    }

    /// Writes the FeatureCollection to `url` atomically (`DataFile.writeAtomically`).
    /// - Throws: ``DataFileError`` when the file cannot be written.
    public static func write(_ collection: FeatureCollection, to url: URL) throws {
        try DataFile.writeAtomically(data(collection), to: url)
    }
}
