import DataFiles
import Foundation
import GeoJSON
import Testing

@Suite("GeoJSON writing")
struct WriterTests {
    let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }

    @Test func writesAFeatureCollectionOneFeaturePerLine() {
        let collection = FeatureCollection(features: [
            Feature(id: "a", geometry: .point(p(1, 2)), properties: ["pop": 88318, "x": 0.1]),
            Feature(geometry: nil, properties: nil),
        ])
        let expected = """
            {"features":[
            {"geometry":{"coordinates":[1,2],"type":"Point"},"id":"a","properties":{"pop":88318,"x":0.1},"type":"Feature"},
            {"geometry":null,"properties":null,"type":"Feature"}
            ],"type":"FeatureCollection"}

            """
        #expect(text(GeoJSONWriter.data(collection)) == expected)
    }

    @Test func writesAnEmptyCollection() {
        #expect(text(GeoJSONWriter.data(FeatureCollection(features: []))) == "{\"features\":[],\"type\":\"FeatureCollection\"}\n")
    }

    @Test func writesForeignMembersAndBBoxInKeyOrder() {
        let collection = FeatureCollection(
            features: [
                Feature(id: 3, geometry: .point(p(1, 2)), properties: [:], bbox: [1, 2, 1, 2], foreignMembers: ["zz": true, "a": [1]]),
            ],
            bbox: [0.12345678, -1, 2, 3.5],
            foreignMembers: ["name": "districts", "crs": ["type": "name"]]
        )
        let expected = """
            {"bbox":[0.123457,-1,2,3.5],"crs":{"type":"name"},"features":[
            {"a":[1],"bbox":[1,2,1,2],"geometry":{"coordinates":[1,2],"type":"Point"},"id":3,"properties":{},"type":"Feature","zz":true}
            ],"name":"districts","type":"FeatureCollection"}

            """
        #expect(text(GeoJSONWriter.data(collection)) == expected)
    }

    @Test func standardMembersWinOverForeignMembersOfTheSameName() {
        let feature = Feature(geometry: nil, properties: nil, foreignMembers: ["type": "Nonsense", "id": 5, "bbox": 1])
        #expect(text(GeoJSONWriter.data(.feature(feature))) == "{\"geometry\":null,\"properties\":null,\"type\":\"Feature\"}\n")
    }

    @Test(arguments: [
        (12.3456789, "12.345679"), (-0.0000001, "0"), (45.0000004, "45"), (45.0000006, "45.000001"), (-0.0000006, "-0.000001"),
        (1.5, "1.5"), (-179.9999999, "-180"), (0.1, "0.1"), (33, "33"), (-33.000001, "-33.000001"), (10.10, "10.1"),
    ])
    func roundsCoordinatesToSixDecimals(coordinate: Double, expected: String) {
        let data = GeoJSONWriter.data(.geometry(.point(p(coordinate, 0))))
        #expect(text(data) == #"{"coordinates":[\#(expected),0],"type":"Point"}"# + "\n")
    }

    @Test func formatsPropertyNumbers() {
        let feature = Feature(geometry: nil, properties: [
            "count": 88318, "share": 0.1, "big": 1e300, "tiny": 1e-7, "third": .number(1.0 / 3.0), "nan": .number(.nan),
        ])
        let expected = #"{"geometry":null,"properties":{"big":1e+300,"count":88318,"nan":null,"share":0.1,"third":0.3333333333333333,"tiny":1e-07},"type":"Feature"}"#
        #expect(text(GeoJSONWriter.data(.feature(feature))) == expected + "\n")
    }

    @Test func writesEveryGeometryType() {
        let ring = [p(0, 0), p(1, 0), p(1, 1), p(0, 0)]
        let geometry = GeoJSONGeometry.geometryCollection([
            .multiPoint([p(1, 2)]), .lineString([p(1, 2), p(3, 4)]), .multiLineString([[p(1, 2), p(3, 4)]]),
            .polygon([ring]), .multiPolygon([[ring]]),
        ])
        let expected = #"{"geometries":[{"coordinates":[[1,2]],"type":"MultiPoint"},{"coordinates":[[1,2],[3,4]],"type":"LineString"},"#
            + #"{"coordinates":[[[1,2],[3,4]]],"type":"MultiLineString"},{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"},"#
            + #"{"coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]],"type":"MultiPolygon"}],"type":"GeometryCollection"}"#
        #expect(text(GeoJSONWriter.data(.geometry(geometry))) == expected + "\n")
    }

    @Test func writtenPolygonsFollowTheRFC7946WindingRule() throws {
        var collection = try GeoJSONReader.featureCollection(at: shippedFile("ly_districts_ne10m.geojson"))
        for index in collection.features.indices {
            collection.features[index].geometry = reversingRings(collection.features[index].geometry)
        }
        // A square with a square hole, both wound the wrong way (exterior clockwise, hole counter-clockwise),
        // and a MultiPolygon with the same polygon twice.
        let exterior = [p(10, 20), p(10, 21), p(11, 21), p(11, 20), p(10, 20)]
        let hole = [p(10.25, 20.25), p(10.75, 20.25), p(10.75, 20.75), p(10.25, 20.75), p(10.25, 20.25)]
        #expect(testSignedArea(exterior) < 0 && testSignedArea(hole) > 0)
        collection.features.append(Feature(geometry: .polygon([exterior, hole])))
        collection.features.append(Feature(geometry: .multiPolygon([[exterior, hole], [exterior.reversed(), hole.reversed()]])))
        for feature in collection.features.dropLast(2) {
            for rings in polygons(in: feature.geometry) {
                #expect(testSignedArea(rings[0]) < 0, "the test input must have clockwise exteriors")
            }
        }

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("reversed.geojson")
        try GeoJSONWriter.write(collection, to: url)
        let written = try GeoJSONReader.featureCollection(at: url)

        var polygonCount = 0
        var holeCount = 0
        for feature in written.features {
            for rings in polygons(in: feature.geometry) {
                polygonCount += 1
                #expect(testSignedArea(rings[0]) > 0, "exterior rings are counter-clockwise")
                for hole in rings.dropFirst() {
                    holeCount += 1
                    #expect(testSignedArea(hole) < 0, "holes are clockwise")
                }
            }
        }
        #expect(polygonCount == 22 + 3)
        #expect(holeCount == 3)
        // Rewinding keeps the same rings.
        #expect(written.features.last?.geometry == .multiPolygon([[exterior.reversed(), hole.reversed()], [exterior.reversed(), hole.reversed()]]))
    }

    @Test func windingIsAPublicTransform() {
        let clockwise = [p(0, 0), p(0, 1), p(1, 1), p(1, 0), p(0, 0)]
        let counterClockwise = Array(clockwise.reversed())
        #expect(GeoJSONGeometry.polygon([clockwise, counterClockwise]).withRFC7946Winding() == .polygon([counterClockwise, clockwise]))
        #expect(GeoJSONGeometry.polygon([counterClockwise, clockwise]).withRFC7946Winding() == .polygon([counterClockwise, clockwise]))
        #expect(GeoJSONGeometry.geometryCollection([.polygon([clockwise])]).withRFC7946Winding() == .geometryCollection([.polygon([counterClockwise])]))
        #expect(GeoJSONGeometry.lineString(clockwise).withRFC7946Winding() == .lineString(clockwise))
    }

    @Test func writingIsDeterministic() throws {
        for name in shippedGeoJSONFiles {
            let collection = try GeoJSONReader.featureCollection(at: shippedFile(name))
            let first = GeoJSONWriter.data(collection)
            let second = GeoJSONWriter.data(collection)
            #expect(first == second, "\(name)")
            let reread = try GeoJSONReader.featureCollection(from: first, file: name)
            #expect(GeoJSONWriter.data(reread) == first, "\(name)")
        }
    }

    @Test func dictionaryOrderDoesNotMatter() {
        // The same members inserted in different orders (so likely different dictionary orders) write the same bytes.
        var a: [String: JSONValue] = [:]
        var b: [String: JSONValue] = [:]
        let keys = (0..<200).map { "key\($0)" }
        for key in keys { a[key] = .string(key) }
        for key in keys.reversed() { b[key] = .string(key) }
        let first = GeoJSONWriter.data(FeatureCollection(features: [Feature(properties: a)], foreignMembers: a))
        let second = GeoJSONWriter.data(FeatureCollection(features: [Feature(properties: b)], foreignMembers: b))
        #expect(first == second)
    }

    @Test func foreignMembersSurviveARoundTrip() throws {
        let json = #"""
        {"type":"FeatureCollection","name":"districts","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
         "features":[{"type":"Feature","title":"Tripoli","links":[{"href":"https://example.org/a?b=c"}],"geometry":null,"properties":null}]}
        """#
        let collection = try GeoJSONReader.featureCollection(from: Data(json.utf8), file: "foreign.geojson")
        #expect(collection.foreignMembers["name"] == "districts")
        #expect(collection.foreignMembers["crs"]?["properties"]?["name"] == "urn:ogc:def:crs:OGC:1.3:CRS84")
        #expect(collection.features[0].foreignMembers == ["title": "Tripoli", "links": [["href": "https://example.org/a?b=c"]]])
        let reread = try GeoJSONReader.featureCollection(from: GeoJSONWriter.data(collection), file: "written.geojson")
        expectSameCollection(reread, collection)
    }

    @Test func propertyValuesOfEveryKindSurvive() throws {
        let properties: [String: JSONValue] = [
            "null": nil, "true": true, "false": false, "integer": 88318, "negative": -42, "fraction": 0.1,
            "large": 1e300, "tiny": .number(.leastNonzeroMagnitude), "precise": .number(1.0 / 3.0), "minusZero": .number(-0.0),
            "string": "ليبيا \"quoted\" \\ / \n\t\u{1}😀", "empty": "", "array": [1, "two", [3], ["four": 4], nil],
            "object": ["nested": ["deeper": [true]]], "emptyArray": [], "emptyObject": [:], "keyé": "non-ASCII key",
        ]
        let collection = FeatureCollection(features: [Feature(id: .number(2.5), geometry: nil, properties: properties)])
        let reread = try GeoJSONReader.featureCollection(from: GeoJSONWriter.data(collection), file: "kinds.geojson")
        expectSameCollection(reread, collection)
        #expect(reread.features[0].properties == properties)
    }

    @Test func writesAnyObject() throws {
        let feature = Feature(id: "x", geometry: .point(p(1.0000004, 2)), properties: ["a": 1])
        let data = GeoJSONWriter.data(.feature(feature))
        #expect(text(data) == #"{"geometry":{"coordinates":[1,2],"type":"Point"},"id":"x","properties":{"a":1},"type":"Feature"}"# + "\n")
        let object = try GeoJSONReader.object(from: data, file: "feature.geojson")
        #expect(object == .feature(Feature(id: "x", geometry: .point(p(1, 2)), properties: ["a": 1])))
        let collection = FeatureCollection(features: [feature])
        #expect(GeoJSONWriter.data(.featureCollection(collection)) == GeoJSONWriter.data(collection))
    }
}
