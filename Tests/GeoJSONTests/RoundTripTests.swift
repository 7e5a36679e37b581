import DataFiles
import Foundation
import GeoJSON
import SeededRandom
import Testing

@Suite("GeoJSON round trips")
struct RoundTripTests {
    @Test(arguments: shippedGeoJSONFiles)
    func shippedFilesRoundTrip(name: String) throws {
        let original = try GeoJSONReader.featureCollection(at: shippedFile(name))
        #expect(!original.features.isEmpty)

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try GeoJSONWriter.write(original, to: url)
        let written = try GeoJSONReader.featureCollection(at: url)

        expectSameCollection(written, original)
        #expect(written.features.count == original.features.count)
        for (before, after) in zip(original.features, written.features) {
            let expected = allPositions(before.geometry).map {
                Position(longitude: roundedToSixDecimals($0.longitude), latitude: roundedToSixDecimals($0.latitude))
            }
            #expect(allPositions(after.geometry) == expected)
            #expect(after.properties == before.properties)
        }
    }

    @Test func shippedFilesAreAlreadyInWrittenForm() throws {
        // Written at 6 decimals with counter-clockwise exteriors: writing changes no coordinate.
        for name in shippedGeoJSONFiles {
            let collection = try GeoJSONReader.featureCollection(at: shippedFile(name))
            for feature in collection.features {
                for rings in polygons(in: feature.geometry) {
                    #expect(testSignedArea(rings[0]) > 0, "\(name)")
                }
            }
        }
    }

    @Test func twentyThousandRandomPolygonsRoundTrip() throws {
        var generator = SplitMix64(state: 2024)
        var features: [Feature] = []
        features.reserveCapacity(20_000)
        for index in 0..<20_000 {
            let center = Position(
                longitude: Double.random(in: -170...170, using: &generator),
                latitude: Double.random(in: -80...80, using: &generator)
            )
            let vertexCount = Int.random(in: 4...12, using: &generator)
            // A star-shaped ring around the center: increasing angles with gaps below 180 degrees make it counter-clockwise.
            var ring: [Position] = (0..<vertexCount).map { vertex in
                let angle = (Double(vertex) + Double.random(in: 0..<0.5, using: &generator)) / Double(vertexCount) * 2 * .pi
                let radius = Double.random(in: 0.05...5, using: &generator)
                return Position(
                    longitude: roundedToSixDecimals(center.longitude + radius * cos(angle)),
                    latitude: roundedToSixDecimals(center.latitude + radius * sin(angle))
                )
            }
            ring.append(ring[0])
            features.append(Feature(
                id: .number(Double(index)),
                geometry: .polygon([ring]),
                properties: ["index": .number(Double(index)), "name": .string("polygon \(index)"), "area": .number(Double.random(in: 0...1e6, using: &generator))]
            ))
        }
        let collection = FeatureCollection(features: features, foreignMembers: ["generator": "SplitMix64"])
        let data = GeoJSONWriter.data(collection)
        #expect(data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } == 20_000 + 2)
        let reread = try GeoJSONReader.featureCollection(from: data, file: "random.geojson")
        expectSameCollection(reread, collection)
        #expect(GeoJSONWriter.data(reread) == data)
    }
}

/// `round(x * 10^6) / 10^6`, the test's own rounding.
func roundedToSixDecimals(_ value: Double) -> Double {
    (value * 1e6).rounded() / 1e6
}
