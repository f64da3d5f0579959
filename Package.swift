// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "zhkit",
  products: [
    .library(name: "ZhText", targets: ["ZhText", "ZhExtract"]),
    .executable(name: "zhkit", targets: ["zhkit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The only code that includes ICU's headers (see the header's comment for why).
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    // The project's lexicons from Corpora/lexicons, embedded in the binary with C23 #embed
    // so that a copied zhkit needs no data path.
    .target(name: "CZhData"),
    .target(
      name: "ZhText",
      dependencies: ["CICUShim", "CZhData"]
    ),
    .target(name: "ZhExtract", dependencies: ["ZhText"]),
    .executableTarget(
      name: "zhkit",
      dependencies: [
        "ZhText",
        "ZhExtract",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Raw ICU word-break and Hant-Hans speed, the baseline Tools/bench measures zhkit against.
    .executableTarget(name: "icu-baseline", dependencies: ["ZhText"]),
    // Goldens: Corpora/articles → Corpora/golden, rendered by one renderer for the tests and
    // for regenerate-goldens. Not products.
    .target(name: "ZhTextGoldens", dependencies: ["ZhText", "ZhExtract"]),
    .executableTarget(name: "regenerate-goldens", dependencies: ["ZhTextGoldens"]),
    .testTarget(name: "ZhTextGoldenTests", dependencies: ["ZhTextGoldens"]),
    .testTarget(name: "ZhTextTests", dependencies: ["ZhText"]),
    .testTarget(name: "ZhExtractTests", dependencies: ["ZhExtract"]),
    .testTarget(name: "ZhkitCLITests", dependencies: ["zhkit"]),
  ],
  swiftLanguageModes: [.v6]
)
