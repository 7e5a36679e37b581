// swift-tools-version:6.0
//
// ControlMap: news articles about a war become dated, sourced maps of who held what.
//
// Layers, imported in one direction only (see README "Where things live"):
//   C boundary   CGEOS, CPROJ            system libraries through pkg-config
//   geometry     GeometryCore            the only module that imports the C modules
//   formats      DataFiles, GeoJSON      files, errors with locations, RFC 7946
//   domain       Atlas, Places, Claims   plain Swift value types, no C
//   command line controlmap              thin subcommands over the libraries
import PackageDescription

let package = Package(
    name: "ControlMap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "controlmap", targets: ["controlmap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C boundary
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev", "proj-data"])]
        ),

        // Files and formats (no C)
        .target(name: "DataFiles"),
        // A seeded generator for benchmark data and randomized tests.
        .target(name: "SeededRandom"),
        .target(name: "GeoJSON", dependencies: ["DataFiles"]),

        // Safe geometry core over GEOS and PROJ
        .target(name: "GeometryCore", dependencies: ["CGEOS", "CPROJ", "GeoJSON", "DataFiles"]),

        // Domain
        .target(name: "Atlas", dependencies: ["GeometryCore", "GeoJSON", "DataFiles"]),
        .target(name: "Places", dependencies: ["GeoJSON", "DataFiles"]),
        .target(name: "Claims", dependencies: ["Places", "DataFiles", "GeoJSON"]),
        .target(name: "Timeline", dependencies: ["Claims", "Places", "GeometryCore"]),
        .target(name: "Territory", dependencies: ["Timeline", "Claims", "Places", "Atlas", "GeometryCore", "GeoJSON"]),
        .target(name: "Rendering", dependencies: ["Territory", "Timeline", "Claims", "Places", "Atlas", "GeometryCore", "GeoJSON"]),

        // Command line
        .executableTarget(
            name: "controlmap",
            dependencies: [
                "Atlas", "Places", "Claims", "Timeline", "Territory", "Rendering", "GeometryCore", "GeoJSON", "DataFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // `make bench`: measurements against peers run in the same run.
        .executableTarget(name: "controlmap-bench", dependencies: ["SeededRandom", "DataFiles", "Places", "Claims", "Atlas", "GeoJSON", "GeometryCore", "Territory", "Timeline"]),

        // Tests mirror the source tree.
        .testTarget(name: "DataFilesTests", dependencies: ["DataFiles"]),
        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON", "DataFiles", "SeededRandom"]),
        .testTarget(name: "GeometryCoreTests", dependencies: ["GeometryCore", "GeoJSON", "DataFiles"]),
        .testTarget(name: "AtlasTests", dependencies: ["Atlas", "GeometryCore", "GeoJSON", "DataFiles"]),
        .testTarget(name: "PlacesTests", dependencies: ["Places", "Atlas", "GeometryCore", "GeoJSON", "DataFiles"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "Places", "DataFiles", "SeededRandom"]),
        .testTarget(name: "TerritoryTests", dependencies: ["SeededRandom", "DataFiles", "Territory", "Timeline", "Claims", "Places", "Atlas", "GeometryCore", "GeoJSON"]),
        .testTarget(name: "RenderingTests", dependencies: ["DataFiles", "Rendering", "Territory", "Timeline", "Claims", "Places", "Atlas"]),
        .testTarget(name: "CommandLineTests", dependencies: ["controlmap", "DataFiles"]),
    ],
    swiftLanguageModes: [.v6]
)
