import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 32 (issue 11): network and I/O-bound scripts on loopback; each finding on the committed recording of the
/// round's program.
final class Round32Tests: XCTestCase {
    private func eofNotes(_ timeline: Timeline) -> [Note] {
        Annotator(timeline: timeline).notes().filter { $0.kind == .recvEOFPeerEnded }
    }

    /// r32_chat_relay_crash: the client "bo" called os._exit(3) mid-conversation, holding its Connection; the relay's
    /// "recv on Connection#3 (listener side): EOFError" came a few rows later with no word of why. The note now ties the
    /// EOFError to bo's end (the only holder of the client side, no close() of it recorded), under every start method.
    func testARecvEOFErrorSaysTheOtherEndsOnlyHolderEnded() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32_chat_relay_crash--\(method)")
            let events = timeline.events
            let recv = try XCTUnwrap(timeline.indices(of: .pipeRecv).first { events[$0].string(EventField.error) == "EOFError" })
            let object = try XCTUnwrap(events[recv].object)
            let exit = try XCTUnwrap(events.first { $0.is(.processExit) && $0.process == "bo" })
            let notes = eofNotes(timeline)
            XCTAssertEqual(notes.map(\.eventIndex), [recv], method)
            XCTAssertEqual(notes.first?.text, "relay's recv() on \(object) (listener side) raised EOFError because bo, the only process that "
                + "held the other end, \(object) (client side), had ended at \(Format.seconds(exit.t)) (exit code 3) without closing it: when "
                + "a process ends, the OS closes every socket it still holds, so this side read end of file. recv() raises EOFError once "
                + "the other side is closed and nothing is left to read, whether a close() closed it or, as here (no close() of it was "
                + "recorded), the end of its process.", method)
            let zh = Language.with(.zh) { eofNotes(timeline).first?.text ?? "" }
            XCTAssertTrue(zh.hasPrefix("relay 在 \(object) 的 Listener 端上调用的 recv() 抛出了 EOFError，原因是：另一端（\(object) 的 Client 端）只由 bo 一个进程持有"), zh)
            XCTAssertTrue(zh.contains("就已结束（退出码 3），一直没有关闭这一端"), zh)
        }
    }

    /// Connections whose other end was closed by a close() call, or whose EOFError the record cannot tie to a process's
    /// end, get no such note: the client's close() before the server's EOFError (r27_listener_child_jobs), the wrong
    /// authkey's refusals (g28b, r17m, r22m), the threaded server (r20), Pipes (round 22M's recv_bytes_into at EOF).
    func testNoSuchNoteWhereACloseWasRecordedOrNoHolderEnded() throws {
        var eofRecvs = 0
        for name in ["r27_listener_child_jobs", "g28b_listener_wrong_key", "r17m_listener_wrong_authkey_retry",
                     "r22m_listener_wrong_authkey", "r20_listener_thread_server", "r25_listener_wait_workers", "r22m_recv_bytes_into_short"] {
            for method in ["fork", "spawn"] {
                let timeline = try Round22MTests.timeline("\(name)--\(method)")
                eofRecvs += timeline.indices(of: .pipeRecv).filter { timeline.events[$0].string(EventField.error)?.hasPrefix("EOFError") == true }.count
                XCTAssertEqual(eofNotes(timeline).count, 0, "\(name)--\(method)")
            }
        }
        XCTAssertGreaterThan(eofRecvs, 3, "the negative cases must hold recv() EOFErrors to be worth anything")
    }
}
