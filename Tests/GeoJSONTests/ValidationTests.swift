import DataFiles
import Foundation
import GeoJSON
import Testing

/// One invalid GeoJSON text, the JSON path its error must name and a word of the reason.
struct InvalidCase: Sendable, CustomTestStringConvertible {
    var json: String
    var path: String
    var reason: String
    var testDescription: String { "\(path): \(reason)" }

    init(_ json: String, _ path: String, _ reason: String) {
        self.json = json
        self.path = path
        self.reason = reason
    }
}

/// A FeatureCollection text whose only Feature has `geometry`.
func collection(geometry: String) -> String {
    #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":"# + geometry + "}]}"
}

let square = "[[0,0],[1,0],[1,1],[0,1],[0,0]]"

let invalidCases: [InvalidCase] = [
    // type
    InvalidCase(#"{"type":"Polygn","coordinates":[]}"#, "$", #"unknown GeoJSON type "Polygn""#),
    InvalidCase(collection(geometry: #"{"type":"Polygn","coordinates":[]}"#), "$.features[0].geometry", #"unknown geometry type "Polygn""#),
    InvalidCase(#"{"coordinates":[1,2]}"#, "$", #"missing member "type""#),
    InvalidCase(#"{"type":5,"coordinates":[1,2]}"#, "$.type", "must be a string"),
    InvalidCase("[1,2]", "$", "expected a GeoJSON object"),
    InvalidCase(collection(geometry: #"{"type":"Feature","properties":null,"geometry":null}"#), "$.features[0].geometry", "expected a geometry, found a Feature"),
    // nesting
    InvalidCase(#"{"type":"Polygon","coordinates":[[0,0],[1,0],[1,1],[0,0]]}"#, "$.coordinates", "expected an array of linear rings (arrays of positions)"),
    InvalidCase(#"{"type":"MultiPolygon","coordinates":[\#(square)]}"#, "$.coordinates", "expected an array of polygons"),
    InvalidCase(#"{"type":"LineString","coordinates":[[[0,0],[1,1]]]}"#, "$.coordinates", "expected an array of positions"),
    InvalidCase(#"{"type":"MultiLineString","coordinates":[[0,0],[1,1]]}"#, "$.coordinates", "expected an array of line strings"),
    InvalidCase(#"{"type":"Point","coordinates":[[0,0]]}"#, "$.coordinates", "expected a position"),
    InvalidCase(#"{"type":"Point","coordinates":"0,0"}"#, "$.coordinates", "expected a position"),
    InvalidCase(#"{"type":"Polygon","coordinates":[\#(square),5]}"#, "$.coordinates[1]", "expected a linear ring"),
    InvalidCase(#"{"type":"Point"}"#, "$", #"missing member "coordinates""#),
    // positions
    InvalidCase(#"{"type":"LineString","coordinates":[[0,0],[1]]}"#, "$.coordinates[1]", "2 or 3 numbers"),
    InvalidCase(#"{"type":"LineString","coordinates":[[0,0],[1,1,1,1]]}"#, "$.coordinates[1]", "at most 3 numbers"),
    InvalidCase(#"{"type":"LineString","coordinates":[[0,0],[1,"1"]]}"#, "$.coordinates[1]", "found a string at index 1"),
    InvalidCase(#"{"type":"Point","coordinates":[181.5,0]}"#, "$.coordinates", "longitude 181.5 is outside [-180, 180]"),
    InvalidCase(#"{"type":"Point","coordinates":[0,-90.25]}"#, "$.coordinates", "latitude -90.25 is outside [-90, 90]"),
    InvalidCase(#"{"type":"MultiPoint","coordinates":[[0,0],[-180.000001,0]]}"#, "$.coordinates[1]", "longitude -180.000001"),
    InvalidCase(
        #"{"type":"FeatureCollection","features":["# + String(repeating: #"{"type":"Feature","properties":null,"geometry":null},"#, count: 3)
            + #"{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,91],[0,0]]]}}]}"#,
        "$.features[3].geometry.coordinates[0][2]", "latitude 91"
    ),
    // LineString and rings
    InvalidCase(#"{"type":"LineString","coordinates":[[0,0]]}"#, "$.coordinates", "at least 2 positions"),
    InvalidCase(#"{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[0,0]]]}"#, "$.coordinates[1]", "at least 2 positions"),
    InvalidCase(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#, "$.coordinates[0]", "at least 4 positions"),
    InvalidCase(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#, "$.coordinates[0]", "not closed"),
    InvalidCase(#"{"type":"MultiPolygon","coordinates":[[\#(square)],[\#(square),[[0,0],[1,0],[1,1],[0,2]]]]}"#, "$.coordinates[1][1]", "not closed"),
    // Feature
    InvalidCase(#"{"type":"Feature","properties":{}}"#, "$", #"missing member "geometry""#),
    InvalidCase(#"{"type":"Feature","geometry":null}"#, "$", #"missing member "properties""#),
    InvalidCase(#"{"type":"Feature","geometry":null,"properties":[1]}"#, "$.properties", "object or null"),
    InvalidCase(#"{"type":"Feature","geometry":null,"properties":"x"}"#, "$.properties", "object or null"),
    InvalidCase(#"{"type":"Feature","id":true,"geometry":null,"properties":null}"#, "$.id", "string or a number"),
    InvalidCase(#"{"type":"Feature","id":{"a":1},"geometry":null,"properties":null}"#, "$.id", "string or a number"),
    // FeatureCollection
    InvalidCase(#"{"type":"FeatureCollection"}"#, "$", #"missing member "features""#),
    InvalidCase(#"{"type":"FeatureCollection","features":{}}"#, "$.features", "expected an array of Feature objects"),
    InvalidCase(#"{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[0,0]}]}"#, "$.features[0]", "expected a Feature, found a Point geometry"),
    InvalidCase(#"{"type":"FeatureCollection","features":[7]}"#, "$.features[0]", "expected a Feature object, found a number"),
    // GeometryCollection
    InvalidCase(#"{"type":"GeometryCollection"}"#, "$", #"missing member "geometries""#),
    InvalidCase(#"{"type":"GeometryCollection","geometries":{}}"#, "$.geometries", "expected an array of geometry objects"),
    InvalidCase(#"{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]},{"type":"Polygon","coordinates":[[0,0]]}]}"#, "$.geometries[1].coordinates", "linear rings"),
    // bbox
    InvalidCase(#"{"type":"FeatureCollection","features":[],"bbox":[1,2,3]}"#, "$.bbox", "4 or 6 numbers"),
    InvalidCase(#"{"type":"FeatureCollection","features":[],"bbox":[1,2,3,"4"]}"#, "$.bbox", "4 or 6 numbers"),
    InvalidCase(#"{"type":"Feature","geometry":null,"properties":null,"bbox":{}}"#, "$.bbox", "4 or 6 numbers"),
    InvalidCase(#"{"type":"Point","coordinates":[0,0],"bbox":[0,0,0,0,0]}"#, "$.bbox", "4 or 6 numbers"),
]

@Suite("GeoJSON validation")
struct ValidationTests {
    @Test(arguments: invalidCases)
    func rejectsInvalidGeoJSON(_ invalid: InvalidCase) {
        guard let error = dataFileError({ _ = try GeoJSONReader.object(from: Data(invalid.json.utf8), file: "in.geojson") }) else { return }
        #expect(error.file == "in.geojson")
        #expect(error.location == .jsonPath(invalid.path), "\(error)")
        #expect(error.reason.contains(invalid.reason), "\(error)")
    }

    @Test func errorsPrintAsOneLine() {
        let json = collection(geometry: #"{"type":"Polygn","coordinates":[]}"#)
        let error = dataFileError { _ = try GeoJSONReader.featureCollection(from: Data(json.utf8), file: "boundary.geojson") }
        #expect(error?.description == #"boundary.geojson: $.features[0].geometry: unknown geometry type "Polygn""#)
    }

    @Test func syntaxErrorsComeWithLineAndColumn() {
        let error = dataFileError { _ = try GeoJSONReader.object(from: Data("{\"type\":\n\"Point\",]".utf8), file: "in.geojson") }
        #expect(error?.location == .line(2, column: 9))
    }

    @Test func aFeatureCollectionIsRequired() {
        let feature = #"{"type":"Feature","geometry":null,"properties":null}"#
        let featureError = dataFileError { _ = try GeoJSONReader.featureCollection(from: Data(feature.utf8), file: "f.geojson") }
        #expect(featureError?.location == .jsonPath("$"))
        #expect(featureError?.reason == "expected a FeatureCollection, found a Feature")

        let polygon = #"{"type":"Polygon","coordinates":[\#(square)]}"#
        let polygonError = dataFileError { _ = try GeoJSONReader.featureCollection(from: Data(polygon.utf8), file: "p.geojson") }
        #expect(polygonError?.reason == "expected a FeatureCollection, found a Polygon geometry")
    }

    @Test func aMissingFileIsADataFileError() {
        let url = repositoryRoot.appendingPathComponent("no/such/file.geojson")
        let error = dataFileError { _ = try GeoJSONReader.featureCollection(at: url) }
        #expect(error?.file == url.path)
        #expect(error?.reason == "file not found")
    }

    @Test func acceptsWhatRFC7946Allows() throws {
        let json = #"""
        {"type":"FeatureCollection","bbox":[-10,-10,10,10,0,5],"features":[
          {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[1,2,300],"crs":{"type":"name"},"extra":1},"properties":null},
          {"type":"Feature","id":"a","geometry":null,"properties":{"k":"v"}},
          {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{}},
          {"type":"Feature","geometry":{"type":"MultiPoint","coordinates":[]},"properties":{}},
          {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[]},"properties":{}},
          {"type":"Feature","geometry":{"type":"LineString","coordinates":[[-180,-90],[180,90]],"bbox":[-180,-90,180,90]},"properties":{}}
        ]}
        """#
        let collection = try GeoJSONReader.featureCollection(from: Data(json.utf8), file: "ok.geojson")
        #expect(collection.bbox == [-10, -10, 10, 10, 0, 5])
        #expect(collection.features.map(\.id) == [.number(7), .string("a"), nil, nil, nil, nil])
        #expect(collection.features[0].geometry == .point(Position(longitude: 1, latitude: 2)))
        #expect(collection.features[0].properties == nil)
        #expect(collection.features[1].geometry == nil)
        #expect(collection.features[1].properties == ["k": "v"])
        #expect(collection.features[2].geometry == .polygon([]))
        #expect(collection.features[3].geometry == .multiPoint([]))
        #expect(collection.features[4].geometry == .geometryCollection([]))
        #expect(collection.features[5].geometry?.typeName == "LineString")
        #expect(collection.features.allSatisfy { $0.foreignMembers.isEmpty })
    }

    @Test func readsEveryGeometryType() throws {
        let json = #"""
        {"type":"GeometryCollection","geometries":[
          {"type":"Point","coordinates":[1,2]},
          {"type":"MultiPoint","coordinates":[[1,2],[3,4]]},
          {"type":"LineString","coordinates":[[1,2],[3,4]]},
          {"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]},
          {"type":"Polygon","coordinates":[\#(square)]},
          {"type":"MultiPolygon","coordinates":[[\#(square)],[\#(square)]]},
          {"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[0,0]}]}
        ]}
        """#
        let object = try GeoJSONReader.object(from: Data(json.utf8), file: "all.geojson")
        guard case .geometry(.geometryCollection(let geometries)) = object else {
            Issue.record("expected a GeometryCollection, got \(object)")
            return
        }
        #expect(geometries.map(\.typeName) == [
            "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
        ])
        let p = { (x: Double, y: Double) in Position(longitude: x, latitude: y) }
        let squareRing = [p(0, 0), p(1, 0), p(1, 1), p(0, 1), p(0, 0)]
        #expect(geometries[1] == .multiPoint([p(1, 2), p(3, 4)]))
        #expect(geometries[3] == .multiLineString([[p(1, 2), p(3, 4)], [p(5, 6), p(7, 8)]]))
        #expect(geometries[4] == .polygon([squareRing]))
        #expect(geometries[5] == .multiPolygon([[squareRing], [squareRing]]))
        #expect(geometries[6] == .geometryCollection([.point(p(0, 0))]))
    }
}
