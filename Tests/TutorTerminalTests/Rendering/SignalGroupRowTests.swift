import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// os.killpg() and os.kill(pid, 0) (gaps 11A): neither had a row; a probe delivers nothing and is never said to.
final class SignalGroupRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testAGroupSignalAndProbesSayWhatTheyDid() throws {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Sleeper")), ("daemon", .bool(false))])
        s.add(2, pid: 201, ppid: 100, process: "Sleeper", .processStart, [("name", .string("Sleeper")), ("role", .string("child"))])
        let group = s.add(3, pid: 100, process: "MainProcess", .processSignalSent,
                          [("to_pgid", .int(100)), ("signum", .int(10)), ("signame", .string("SIGUSR1")), ("call", .string("os.killpg()")), ("own_group", .bool(true))])
        let found = s.add(4, pid: 201, ppid: 100, process: "Sleeper", .processSignalSent,
                          [("to_pid", .int(100)), ("signum", .int(0)), ("signame", .null), ("call", .string("os.kill()")), ("probe", .bool(true)), ("error", .null)])
        let gone = s.add(5, pid: 201, ppid: 100, process: "Sleeper", .processSignalSent,
                         [("to_pid", .int(4_000_000)), ("signum", .int(0)), ("signame", .null), ("call", .string("os.kill()")), ("probe", .bool(true)),
                          ("error", .string("ProcessLookupError"))])
        let reaped = s.add(6, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Sleeper")), ("exitcode", .int(-10))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(group), "os.killpg() sends SIGUSR1 to process group 100: every process in that group gets it, this process too (it is in that group)")
        XCTAssertEqual(describer.describe(found), "os.kill(pid 100, 0) → MainProcess, its parent: sends no signal, only checks that the process exists: it does")
        XCTAssertEqual(describer.describe(gone), "os.kill(pid 4000000, 0) (no process of this run had that pid): sends no signal, only checks that the process exists: no process has that pid (ProcessLookupError)")
        // which processes were in the group is not recorded: the note does not name a sender it cannot show
        let note = try XCTUnwrap(Annotator(timeline: timeline).notes().first { $0.eventIndex == reaped })
        XCTAssertFalse(note.text.contains("MainProcess sent"), note.text)
    }
}
