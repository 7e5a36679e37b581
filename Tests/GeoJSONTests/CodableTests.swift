import Foundation
import GeoJSON
import Testing

struct Place: Codable, Equatable {
    var name: String
    var shape: GeoJSONGeometry
}

@Suite("Codable")
struct CodableTests {
    let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }

    @Test func featureRoundTripsThroughJSONEncoderAndDecoder() throws {
        let feature = Feature(
            id: "LY-TB",
            geometry: .multiPolygon([[[p(13, 32), p(13.5, 32), p(13.5, 32.9), p(13, 32)]], [[p(0, 0), p(1, 0), p(1, 1), p(0, 0)]]]),
            properties: ["name": "Tripoli", "population": 1_170_000, "tags": ["capital", nil, true], "meta": ["x": 0.25]],
            bbox: [0, 0, 13.5, 32.9],
            foreignMembers: ["source": "test"]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(feature)
        #expect(try JSONDecoder().decode(Feature.self, from: data) == feature)
        // What JSONEncoder wrote is valid GeoJSON for the reader too.
        #expect(try GeoJSONReader.object(from: data, file: "encoded.json") == .feature(feature))
    }

    @Test func collectionAndGeometryAndValuesRoundTrip() throws {
        let collection = FeatureCollection(
            features: [Feature(geometry: .lineString([p(1, 2), p(3, 4)]), properties: nil), Feature(id: 9)],
            bbox: [1, 2, 3, 4],
            foreignMembers: ["name": "lines"]
        )
        let decoded = try JSONDecoder().decode(FeatureCollection.self, from: JSONEncoder().encode(collection))
        #expect(decoded == collection)

        let value: JSONValue = ["a": [1, 2.5, "x", true, nil, ["b": []]]]
        #expect(try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value)) == value)

        let object = GeoJSONObject.geometry(.point(p(5, 6)))
        #expect(try JSONDecoder().decode(GeoJSONObject.self, from: JSONEncoder().encode(object)) == object)
    }

    @Test func decodingAnInvalidGeometryThrows() {
        let json = #"{"name":"x","shape":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}"#
        #expect {
            _ = try JSONDecoder().decode(Place.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("$.shape.coordinates[0]") && context.debugDescription.contains("not closed")
        }
    }

    @Test func decodingAFeatureWithoutPropertiesThrows() {
        let json = #"[{"type":"Feature","geometry":null,"properties":null},{"type":"Feature","geometry":null}]"#
        #expect {
            _ = try JSONDecoder().decode([Feature].self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.hasPrefix("$[1]: missing member \"properties\"")
        }
    }
}
