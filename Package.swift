// swift-tools-version:6.0
import PackageDescription

// The targets read as the data flow; an arrow back up this list is a build error.
//   TutorCore        events, transcripts, JSON, formatting, errors, the text sanitizer, display width
//   TutorCapture     running python3 under the tracer, per-process logs, OS sampling      (Core)
//   TutorAnalysis    timeline, run state, claims, notes, lessons, markdown parsing         (Core)
//   TutorTerminal    terminal I/O, markdown and timeline rendering, the step view          (Core, Analysis)
//   TutorSimulation  the scheduling simulator                                              (Core, Terminal)
//   TutorExport      HTML, Perfetto and asciicast exports of a run                         (Core, Analysis, Terminal)
//   TutorCommands    argument parsing, the commands, the run-to-screen flow                (all of the above)
//   mp-tutor         the thin executable                                                   (Commands)
let package = Package(
    name: "mp-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mp-tutor", targets: ["mp-tutor"]),
    ],
    targets: [
        .target(name: "TutorCore"),
        .target(name: "TutorCapture", dependencies: ["TutorCore"]),
        .target(name: "TutorAnalysis", dependencies: ["TutorCore"]),
        .target(name: "TutorTerminal", dependencies: ["TutorCore", "TutorAnalysis"]),
        .target(name: "TutorSimulation", dependencies: ["TutorCore", "TutorTerminal"]),
        .target(name: "TutorExport", dependencies: ["TutorCore", "TutorAnalysis", "TutorTerminal"]),
        .target(name: "TutorCommands",
                dependencies: ["TutorCore", "TutorCapture", "TutorAnalysis", "TutorTerminal", "TutorSimulation", "TutorExport"]),
        .executableTarget(name: "mp-tutor", dependencies: ["TutorCommands"]),

        // Tests mirror the targets; helpers shared by several test targets live in TutorTestSupport, and the
        // recorded fixtures and golden files in Tests/Fixtures and Tests/Golden.
        .target(name: "TutorTestSupport", dependencies: ["TutorCore", "TutorCapture", "TutorAnalysis"], path: "Tests/TutorTestSupport"),
        .testTarget(name: "TutorCoreTests", dependencies: ["TutorCore", "TutorTestSupport"]),
        .testTarget(name: "TutorCaptureTests", dependencies: ["TutorCapture", "TutorTestSupport"]),
        .testTarget(name: "TutorAnalysisTests", dependencies: ["TutorAnalysis", "TutorTestSupport"]),
        .testTarget(name: "TutorTerminalTests", dependencies: ["TutorTerminal", "TutorTestSupport"]),
        .testTarget(name: "TutorSimulationTests", dependencies: ["TutorSimulation", "TutorTestSupport"]),
        .testTarget(name: "TutorExportTests", dependencies: ["TutorExport", "TutorTestSupport"]),
        .testTarget(name: "TutorCommandsTests", dependencies: ["TutorCommands", "TutorTestSupport"]),
        // Runs the built binary against real python3 programs, and the step view in tmux.
        .testTarget(name: "IntegrationTests", dependencies: ["TutorCommands", "TutorTestSupport", "mp-tutor"]),
    ],
    swiftLanguageModes: [.v6]
)
