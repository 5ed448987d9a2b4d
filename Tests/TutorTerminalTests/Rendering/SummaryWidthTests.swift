import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A summary row never reaches past the width it was drawn for, so the screen's edge (the present view cuts
/// rows there) can never turn a figure into another one ("busy 76" of "busy 76%").
final class SummaryWidthTests: XCTestCase {
    /// One pool worker busy 76% of a 1 s run, with a long name.
    private func timeline() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(0.01, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(0.02, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("SpawnPoolWorker-12345"))])
        s.add(0.03, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("method", .string("map")), ("chunks", .int(1))])
        s.add(0.1, pid: 201, ppid: 100, process: "SpawnPoolWorker-12345", .taskStart, [("job", .int(0)), ("index", .int(0)), ("items", .int(1))])
        s.add(0.86, pid: 201, ppid: 100, process: "SpawnPoolWorker-12345", .taskEnd, [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(1.0, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return s.timeline(run: RunFacts())
    }

    func testEveryRowFitsTheWidthAndTheBusyFigureStaysWhole() {
        let timeline = timeline()
        for language in [Language.en, .zh] {
            Language.with(language) {
                // both shares (gaps 20B): of the run's 1 ms, of the pool's 990 µs open
                let busy = Phrase.summaryPoolWorkerRowOpen.text(["n": 1, "unit": Phrase.summaryUnitChunk.text(), "busy": 76, "share": 77])
                    .components(separatedBy: " · ").last!
                for width in [24, 30, 34, 38, 60, 80] {
                    let caps = TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false)
                    let lines = SummaryRenderer(timeline: timeline, capabilities: caps).render().split(separator: "\n").map(String.init)
                    for line in lines { XCTAssertLessThanOrEqual(line.displayWidth, width, "\(language) at \(width): \(line)") }
                    // Cut where the screen cuts: the figure must still be there, whole, on the rows as drawn.
                    let onScreen = lines.map { $0.truncated(toWidth: width, ellipsis: "") }
                    // Chinese wraps between two characters with no space between them, or at a space: compared without spaces
                    let joined = onScreen.joined().replacingOccurrences(of: " ", with: "")
                    XCTAssertTrue(joined.contains(busy.replacingOccurrences(of: " ", with: "")),
                                  "\(language) at \(width): \(busy) not whole in\n\(lines.joined(separator: "\n"))")
                }
            }
        }
    }
}
