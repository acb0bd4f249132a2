// swift-tools-version:6.1
import PackageDescription

/// HocTap: the server of a commune's digital community learning centre.
/// The target list is the architecture: dependencies point inward (see ../shared/design.md).
let package = Package(
    name: "HocTap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hoctap", targets: ["hoctap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(name: "Domain"),
        .target(name: "Credentials", dependencies: ["CSodium"]),
        .target(name: "QRCode", dependencies: ["CQRencode"]),
        .target(
            name: "MicroHTTP",
            dependencies: ["CMicroHTTPD", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "Storage",
            dependencies: ["Domain", "Credentials", "CCmarkGFM", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "Routes", dependencies: ["Domain"]),
        .target(name: "Views", dependencies: ["Domain", "Routes"]),
        .target(
            name: "Web",
            dependencies: [
                "Domain", "Routes", "Views", "Storage", "MicroHTTP", "Credentials", "QRCode",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "hoctap",
            dependencies: [
                "Web", "Views", "Storage", "MicroHTTP", "Domain", "Credentials", "Routes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["Domain", "Storage", "Web", "MicroHTTP", "Routes", "Credentials"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "DomainTests", dependencies: ["Domain", "TestSupport"]),
        .testTarget(name: "CredentialsTests", dependencies: ["Credentials"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode"]),
        .testTarget(name: "RoutesTests", dependencies: ["Routes", "Domain", "MicroHTTP"]),
        .testTarget(name: "ViewsTests", dependencies: ["Views", "Routes", "Domain", "TestSupport"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Domain", "TestSupport"]),
        .testTarget(name: "WebTests", dependencies: ["Web", "MicroHTTP", "Routes", "Domain", "Storage", "TestSupport", "QRCode"]),
        .testTarget(name: "MicroHTTPTests", dependencies: ["MicroHTTP", "TestSupport"]),
        // libFuzzer harnesses (Tests/Fuzz/README.md): the properties checked per input, libFuzzer's
        // driver declared in C, the entry (fuzzer under `Tests/Fuzz/run.sh`, file replayer otherwise),
        // and the seed corpus replayed in every `swift test`.
        .target(name: "FuzzTargets", dependencies: ["MicroHTTP", "Domain", "Routes"], path: "Tests/Fuzz/Targets"),
        .target(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
        .executableTarget(name: "hoctap-fuzz", dependencies: ["FuzzTargets", "CLibFuzzer"], path: "Tests/Fuzz/Entry"),
        .testTarget(name: "FuzzReplayTests", dependencies: ["FuzzTargets"], path: "Tests/Fuzz/ReplayTests"),
    ],
    swiftLanguageModes: [.v6]
)
