// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mp-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mp-tutor", targets: ["mp-tutor"]),
        .library(name: "MPTutorKit", targets: ["MPTutorKit"]),
    ],
    targets: [
        .executableTarget(name: "mp-tutor", dependencies: ["MPTutorKit"]),
        .target(name: "MPTutorKit"),
        .testTarget(name: "MPTutorKitTests", dependencies: ["MPTutorKit"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
