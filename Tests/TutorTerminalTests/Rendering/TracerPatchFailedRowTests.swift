import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// `tracer.missing` rows (issue 11 item 10, other Pythons): an area whose patcher raised on this Python's internals
/// says what it raised, not that the module was not found (it was there: 3.13's multiprocessing.queues).
final class TracerPatchFailedRowTests: XCTestCase {
    func testAFailedPatcherSaysWhatItRaisedAndAMissingPointStaysAsItWas() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let failed = s.add(1, pid: 100, process: "MainProcess", .tracerMissing, [
            ("patch", .string("multiprocessing.queues")), ("events", .array([.string("queue.put"), .string("queue.get")])),
            ("error", .string("AttributeError: module 'multiprocessing.queues' has no attribute '_multiprocessing'"))])
        let missing = s.add(2, pid: 100, process: "MainProcess", .tracerMissing, [
            ("patch", .string("concurrent.futures._base._create_and_install_waiters")),
            ("events", .array([.string("executor.wait")]))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false)
        let describer = EventDescriber(timeline: s.timeline(run: RunFacts()), painter: Painter(capabilities: caps))
        XCTAssertEqual(describer.describe(failed), "the tracer could not watch multiprocessing.queues in this Python (AttributeError: module "
            + "'multiprocessing.queues' has no attribute '_multiprocessing'): queue.put, queue.get could not be recorded in this process")
        XCTAssertEqual(describer.describe(missing),
                       "the tracer found no concurrent.futures._base._create_and_install_waiters in this Python: executor.wait could not be recorded")
    }
}
