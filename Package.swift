// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FrenchText",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "FrenchText", targets: ["FrenchText"]),
        .executable(name: "frtext", targets: ["frtext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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

        // Tools
        .executableTarget(
            name: "frtext",
            dependencies: [
                "FrenchText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Fuzzing: `make fuzz` builds it with -sanitize=fuzzer,address (see Sources/FrenchTextFuzz).
        .executableTarget(name: "FrenchTextFuzz", dependencies: ["FrenchText"]),

        // Tests
        .testTarget(name: "FrenchTextTests", dependencies: ["FrenchText"]),
        .testTarget(name: "frtextTests", dependencies: ["frtext"]),
    ]
)
