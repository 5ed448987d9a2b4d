import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r12_manager_after_with: "list#1.__len__() raised BrokenPipeError (no answer: the connection to the manager failed)"
/// after `with Manager() as m:` had ended, and nothing said why: leaving the block shut the manager down and its server
/// process had ended (round 12).
final class ProxyAfterShutdownNoteTests: XCTestCase {
    private func script(shutdown: Bool = true, serverEnds: Bool = true, manager: String? = "SyncManager#1")
        -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1",
              [("type", .string("SyncManager")), ("server_pid", .int(200)), ("address", .string("/tmp/l"))])
        s.add(2, pid: 200, ppid: 100, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        s.add(5, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("type", .string("list")), ("method", .string("__len__")), ("ok", .bool(true)), ("result", .string("3"))])
        if shutdown {
            s.add(6, pid: 100, process: "MainProcess", .managerShutdown, object: "SyncManager#1", [("how", .string("with"))])
        }
        if serverEnds { s.add(8, pid: 200, ppid: 100, process: "SyncManager-1", .processExit, [("exitcode", .int(0))]) }
        var fields: [(String, JSONValue)] = [("type", .string("list")), ("method", .string("__len__")), ("ok", .bool(false)),
                                             ("error", .string("BrokenPipeError"))]
        if let manager { fields.append(("manager_label", .string(manager))) }
        let call = s.add(10, pid: 100, process: "MainProcess", .managerCall, object: "list#1", fields)
        return (s.timeline(), call)
    }

    func testACallAfterTheManagersShutdownSaysTheManagerIsGone() {
        let (timeline, call) = script()
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == call }
        XCTAssertEqual(note?.kind, .proxyCallAfterShutdown)
        XCTAssertEqual(note?.text, "list#1's manager was gone: SyncManager#1 had been shut down at 0.006 s, and its server process "
                       + "SyncManager-1 (pid 200) had ended at 0.008 s. A proxy holds no data of its own; it sends every call to that "
                       + "server process, so once the manager is shut down (leaving a `with Manager() as m:` block does it) every call "
                       + "on its proxies fails, here with BrokenPipeError. Copy what you need out of it (list(proxy), dict(proxy)) "
                       + "before the manager is shut down, or keep it running until every process is done with its proxies.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testNoShutdownNoServerEndOrNoManagerSaysNothing() {
        for (timeline, call) in [script(shutdown: false), script(serverEnds: false), script(manager: nil)] {
            XCTAssertNil(Annotator(timeline: timeline).notes().first { $0.eventIndex == call && $0.kind == .proxyCallAfterShutdown })
        }
    }
}
