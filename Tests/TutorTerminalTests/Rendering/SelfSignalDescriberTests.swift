import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A process that signals itself with os.kill(os.getpid(), …) (r7b_leaked_semaphore): the tracer records it, so the
/// note says so instead of "the process may have signalled itself, or another program did".
final class SelfSignalDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func script(signal kind: EventKind, _ fields: [(String, JSONValue)], end: Int64) -> (EventScript, Int, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(2, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        let sent = s.add(5, pid: 201, ppid: 100, process: "Process-1", kind,
                         [("child_pid", .int(201)), ("name", .string("Process-1"))] + fields + [("call", .string("os.kill()"))])
        let reaped = s.add(8, pid: 100, process: "MainProcess", .processReaped,
                           [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(end))])
        return (s, sent, reaped)
    }

    func testASigkillAProcessSentItselfHasARowAndTheNoteSaysItSentItItself() {
        let (s, sent, reaped) = script(signal: .processKill, [], end: -9)
        let timeline = s.timeline()
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(sent),
                       "os.kill(os.getpid(), SIGKILL): Process-1 sends SIGKILL to itself (pid 201)")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == reaped }
        XCTAssertEqual(note?.text, "Process-1 was ended by SIGKILL (it sent SIGKILL to itself with os.kill()): exitcode -9.")
        XCTAssertEqual(note?.premise, .signalSent(childPid: 201, call: "os.kill()", beforeStep: reaped))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testAnotherSignalAProcessSentItselfSaysItToo() {
        let (s, sent, reaped) = script(signal: .processSignal, [("signum", .int(10)), ("signame", .string("SIGUSR1"))], end: -10)
        let timeline = s.timeline()
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(sent),
                       "os.kill(os.getpid(), SIGUSR1): Process-1 sends SIGUSR1 to itself (pid 201)")
        let note = Annotator(timeline: timeline).notes().first { $0.eventIndex == reaped }
        XCTAssertEqual(note?.text, "Process-1 was ended by SIGUSR1 (it sent SIGUSR1 to itself with os.kill()): exitcode -10.")
    }
}
