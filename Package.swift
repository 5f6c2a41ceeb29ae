// swift-tools-version: 6.0
// ScamSignals: warning signs of fake job-offer scams in Indonesian, Vietnamese and English ads.
import PackageDescription

let package = Package(
    name: "ScamSignals",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9)],
    products: [
        .library(name: "ScamSignals", targets: ["ScamSignals"]),
        .executable(name: "scamsignals", targets: ["scamsignals"]),
        .executable(name: "scamsignals-bench", targets: ["scamsignals-bench"]),
    ],
    targets: [
        .target(
            name: "ScamSignals",
            // The JSON data files are the reviewable source of truth; Scripts/embed-resources.py copies
            // them into Generated/ as Swift string literals so the library needs no Bundle (and so no full
            // Foundation on Linux). A test checks that the two stay identical.
            exclude: ["Resources"]
        ),
        .executableTarget(name: "scamsignals", dependencies: ["ScamSignals"]),
        // The benchmark: Foundation only, plus a small C file of its own that counts heap allocations.
        .target(name: "BenchSupport", path: "Benchmarks/BenchSupport"),
        .executableTarget(
            name: "scamsignals-bench", dependencies: ["ScamSignals", "BenchSupport"],
            path: "Benchmarks/scamsignals-bench"),
        // One stage run a fixed number of times, for Benchmarks/profile.sh to count instructions under callgrind.
        .executableTarget(
            name: "scamsignals-profile", dependencies: ["ScamSignals"], path: "Benchmarks/scamsignals-profile"),
        .testTarget(name: "ScamSignalsTests", dependencies: ["ScamSignals"], exclude: ["Fixtures"]),
    ]
)
