// swift-tools-version: 6.0
// ChatGuard: an example app that embeds ScamSignals to flag fake job offers in a stream of chat messages.
import PackageDescription

let package = Package(
    name: "ChatGuard",
    // The same minimum platforms as ScamSignals itself.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .executable(name: "chat-guard", targets: ["chat-guard"])
    ],
    dependencies: [
        // The repository root. `name:` fixes the package's name to "ScamSignals" for `.product(package:)`
        // below: without it a path dependency is named after its folder, which depends on where the
        // repository was checked out. In your own app: .package(url: "<repository URL>", from: "<version>").
        .package(name: "ScamSignals", path: "../..")
    ],
    targets: [
        // The logic lives in a library so the tests can call it; the executable only wires it to stdin/stdout.
        .target(name: "ChatGuardCore", dependencies: [.product(name: "ScamSignals", package: "ScamSignals")]),
        .executableTarget(
            name: "chat-guard", dependencies: ["ChatGuardCore", .product(name: "ScamSignals", package: "ScamSignals")]),
        .testTarget(
            name: "ChatGuardTests",
            dependencies: ["ChatGuardCore", .product(name: "ScamSignals", package: "ScamSignals")]
        ),
    ]
)
