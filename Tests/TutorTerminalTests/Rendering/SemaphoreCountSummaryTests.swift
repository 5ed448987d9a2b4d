import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// semaphore-ktv changed to one room with release() twice per visitor (r10a_semaphore_double_release): the program
/// printed "room count at the end: 4" and "2 in the room"; the summary said only "3 acquisitions, 0 had to wait".
final class SemaphoreCountSummaryTests: XCTestCase {
    private func summary(type: String, releasesPerHolder: Int) -> String {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Semaphore#1", [("type", .string(type)), ("value", .int(1))])
        for n in 1...3 {
            let pid = Int32(200 + n), name = "Process-\(n)"
            s.add(Double(n * 10), pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
            s.add(Double(n * 10) + 1, pid: pid, process: name, .lockAcquire, object: "Semaphore#1", [("waited_ns", .int(0))])
            for r in 0..<releasesPerHolder { s.add(Double(n * 10) + 2 + Double(r) * 0.1, pid: pid, process: name, .lockRelease, object: "Semaphore#1") }
        }
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        return SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
    }

    func testASemaphoreReleasedMoreOftenThanAcquiredSaysItsCountEndedAboveItsValue() {
        let text = summary(type: "Semaphore", releasesPerHolder: 2)
        XCTAssertTrue(text.contains("Semaphore#1 (Semaphore): 3 acquisitions, 0 had to wait, 6 release() calls: its count ended at 4, above its "
                                    + "initial value 1"), text)
    }

    func testBalancedReleasesSayNothingMore() {
        let text = summary(type: "Semaphore", releasesPerHolder: 1)
        XCTAssertFalse(text.contains("release() calls"), text)
    }
}
