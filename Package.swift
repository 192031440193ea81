// swift-tools-version: 6.1
import PackageDescription

// Dependency arrows point one way:
//   lede (CLI) → LedeAnalysis → LedeClassifier, LedeSummarizer
//   LedeSummarizer → LedePages → LedeInput → LedeCore → CBLAS, CPrefetch
//   LedeClassifier → LedeInput
let package = Package(
    name: "Lede",
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeInput", targets: ["LedeInput"]),
        .library(name: "LedePages", targets: ["LedePages"]),
        .library(name: "LedeClassifier", targets: ["LedeClassifier"]),
        .library(name: "LedeSummarizer", targets: ["LedeSummarizer"]),
        .library(name: "LedeAnalysis", targets: ["LedeAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The only target that knows about OpenBLAS.
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // The cache prefetch hint the n-gram counter issues ahead of its table lookups.
        .target(name: "CPrefetch"),
        // Tokeniser, sentence splitter, vocabulary, TF-IDF, sparse and dense linear algebra,
        // concurrency and memory helpers.
        .target(name: "LedeCore", dependencies: ["CBLAS", "CPrefetch"]),
        // Bytes in: decoding, input limits, file walking, corpus readers (JSONL, CSV, folders,
        // plain text) and the binary model-file container with atomic writes.
        .target(name: "LedeInput", dependencies: ["LedeCore"]),
        // Pages in, articles out: HTML reduced to text, a page split into its articles, bylines,
        // captions and boilerplate recognised.
        .target(name: "LedePages", dependencies: ["LedeInput"]),
        // Multinomial and complement naive Bayes, evaluation and explanation.
        .target(name: "LedeClassifier", dependencies: ["LedeInput"]),
        // TextRank sentence ranking, keywords and ROUGE.
        .target(name: "LedeSummarizer", dependencies: ["LedePages"]),
        // Articles in, topics and summaries out: the main job, shared by CLI and library users.
        .target(name: "LedeAnalysis", dependencies: ["LedeClassifier", "LedeSummarizer"]),
        // The command-line program; it only calls library API.
        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and FoundationEssentials linked in: a one-article run starts in half
            // the time (no dynamic loading of a dozen Swift libraries). Lede imports only
            // FoundationEssentials, which keeps ICU and full Foundation out of the binary (31 MB
            // instead of 80, and fewer protocol conformances for the runtime to scan at start).
            // Only the CLI; the libraries are unaffected.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"], .when(platforms: [.linux]))]
        ),
        // Hot-path micro-benchmarks, runnable on their own: `swift run -c release lede-microbench`.
        .executableTarget(
            name: "lede-microbench",
            dependencies: ["LedeAnalysis"],
            path: "Benchmarks/Micro"
        ),
        // The property checks behind the libFuzzer harnesses (Tests/Fuzz/run builds those with
        // -sanitize=fuzzer); built normally too, so FuzzSeedReplayTests replay seeds through them.
        .target(name: "LedeFuzzTargets", dependencies: ["LedeClassifier", "LedePages"], path: "Tests/Fuzz/Targets"),
        // Finds ../shared for corpus-scale tests and the built `lede` binary for end-to-end tests.
        .target(name: "LedeTestSupport", path: "Tests/LedeTestSupport"),
        .testTarget(
            name: "LedeCoreTests", dependencies: ["LedeCore", "LedeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LedeInputTests", dependencies: ["LedeInput", "LedeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LedePagesTests", dependencies: ["LedePages", "LedeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LedeClassifierTests", dependencies: ["LedeClassifier", "LedeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LedeSummarizerTests", dependencies: ["LedeSummarizer", "LedeTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeAnalysisTests", dependencies: ["LedeAnalysis", "LedeTestSupport"]),
        .testTarget(name: "LedeEndToEndTests", dependencies: ["LedeAnalysis", "LedeTestSupport", "LedeFuzzTargets"]),
        .testTarget(name: "LedeFuzzTests", dependencies: ["LedeFuzzTargets", "LedeTestSupport"]),
    ]
)
