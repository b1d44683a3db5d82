// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "FrenchText",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FrenchText", targets: ["FrenchText"]),
        .library(name: "FrenchTextStore", targets: ["FrenchTextStore"]),
        .library(name: "FrenchTextServer", targets: ["FrenchTextServer"]),
        .executable(name: "frtext", targets: ["frtext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Only FrenchTextStore and FrenchTextServer (and so frtext) use these: `import FrenchText` builds neither.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // C shims: plain functions over ICU's versioned symbols and Hunspell's C API.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "CHunspellShim",
            linkerSettings: [.linkedLibrary("hunspell")]
        ),

        // Core library
        .target(
            name: "FrenchText",
            dependencies: ["CICUShim", "CHunspellShim"],
            exclude: ["Resources/SOURCES.md"],
            resources: [.embedInCode("Resources")]
        ),

        // Corpus database (SQLite through GRDB) and HTTP service (Hummingbird): outside the core library.
        .target(
            name: "FrenchTextStore",
            dependencies: ["FrenchText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "FrenchTextServer",
            dependencies: ["FrenchText", .product(name: "Hummingbird", package: "hummingbird")]
        ),

        // Tools
        .executableTarget(
            name: "frtext",
            dependencies: [
                "FrenchText",
                "FrenchTextStore",
                "FrenchTextServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Fuzzing: `make fuzz` builds it with -sanitize=fuzzer,address (see Sources/FrenchTextFuzz).
        .executableTarget(name: "FrenchTextFuzz", dependencies: ["FrenchText"]),

        // Tests
        .testTarget(name: "FrenchTextTests", dependencies: ["FrenchText"], exclude: ["Quotes/dev-known-misses.tsv"]),
        .testTarget(name: "frtextTests", dependencies: ["frtext", "FrenchTextStore"], exclude: ["Snapshots"]),
        .testTarget(name: "FrenchTextStoreTests", dependencies: ["FrenchTextStore"]),
    ]
)
