import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 22M: the library reference's least-used corners, each on its committed recording.
final class Round22MTests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    static func rows(_ timeline: Timeline, _ kind: EventKind, lang: Language = .en) -> [String] {
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { describer.describe($0) } }
    }

    /// r22m_recv_bytes_into_short: after the sender closed its end and ended, `poll()` returned True and the row said
    /// "data ready"; the recv_bytes() right after it raised EOFError. poll() is True at an end of file too: the row says
    /// so. A True poll followed by a message keeps "data ready" (r7a_child_exception_pipe), a False one "nothing".
    func testAPollThatWasTrueAtEndOfFileSaysSo() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let rows = Self.rows(try Self.timeline("r22m_recv_bytes_into_short--\(method)"), .pipePoll)
            XCTAssertEqual(rows.count, 2, method)
            XCTAssertTrue(rows[0].hasPrefix("poll Pipe#1 end A: nothing after 20"), rows[0])
            XCTAssertTrue(rows[1].hasPrefix("poll Pipe#1 end A: end of file, not data: every copy of Pipe#1 end B had been closed, "
                                            + "which also makes poll() return True (the next recv() here, at "), rows[1])
            XCTAssertFalse(rows[1].contains("data ready"), rows[1])
            let zh = Self.rows(try Self.timeline("r22m_recv_bytes_into_short--\(method)"), .pipePoll, lang: .zh)
            XCTAssertTrue(zh[1].contains("到了文件结尾，并没有数据：Pipe#1 B 端的每一份副本都已关闭"), zh[1])
        }
        let other = Self.rows(try Self.timeline("r7a_child_exception_pipe--fork"), .pipePoll)
        XCTAssertEqual(other, ["poll Pipe#1 end A: data ready", "poll Pipe#2 end A: data ready", "poll Pipe#2 end A: nothing"])
    }
}

extension Round22MTests {
    /// r22m_barrier_reset_abort: reset() after both workers' waits had been broken by abort() and they had ended read
    /// "every party waiting there now gets BrokenBarrierError, and Barrier#1 is left usable, not broken": nobody was
    /// waiting, and the barrier was broken (the program prints "broken: True" just before). r18e_barrier_reset_waiters,
    /// whose reset() breaks two waiters, keeps gaps 19A's words.
    func testABarrierResetWithNobodyWaitingAfterAnAbortSaysItRepairsIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r22m_barrier_reset_abort--\(method)")
            let rows = Self.rows(timeline, .barrierReset)
            XCTAssertEqual(rows.count, 1, method)
            XCTAssertTrue(rows[0].hasPrefix("reset() on Barrier#1: Barrier#1 had been broken since abort() by MainProcess at "), rows[0])
            XCTAssertTrue(rows[0].hasSuffix("No party was waiting there, so no wait() got BrokenBarrierError from this reset()"), rows[0])
            let found = try XCTUnwrap(StateQueries.barrierAtReset(at: timeline.indices(of: .barrierReset)[0], in: timeline))
            XCTAssertEqual(found.waiting, [], method)
            XCTAssertNotNil(found.abort, method)
            let zh = Self.rows(timeline, .barrierReset, lang: .zh)
            XCTAssertTrue(zh[0].contains("调用 abort() 起，Barrier#1 一直处于破坏状态"), zh[0])
        }
        let timeline = try Self.timeline("r18e_barrier_reset_waiters--fork")
        let rows = Self.rows(timeline, .barrierReset)
        XCTAssertFalse(rows.isEmpty)
        let first = try XCTUnwrap(StateQueries.barrierAtReset(at: timeline.indices(of: .barrierReset)[0], in: timeline))
        XCTAssertEqual(first.waiting.count, 2, rows.joined(separator: "\n"))
        XCTAssertTrue(rows[0].hasPrefix("reset() on Barrier#1: every party waiting there now gets BrokenBarrierError"), rows[0])
    }

    /// r22m_start_method_twice: `get_context(other).Process(...)` beside the default read "start() → second pid … ·
    /// target who" and nothing on the row said it was started with another method (only the header's list). The row says
    /// so; the processes started with the default, and the one started after set_start_method(force=True) changed the
    /// default to that method, say nothing more.
    func testAProcessStartedWithAnotherContextsMethodSaysWhich() throws {
        let other = ["fork": "spawn", "spawn": "fork", "forkserver": "spawn"]
        for method in ["fork", "spawn", "forkserver"] {
            let rows = Self.rows(try Self.timeline("r22m_start_method_twice--\(method)"), .processSpawn)
                .filter { !$0.contains("resource tracker") && !$0.contains("forkserver (pid") }
            XCTAssertEqual(rows.count, 3, rows.joined(separator: "\n"))
            XCTAssertFalse(rows[0].contains("started with"), rows[0])
            XCTAssertTrue(rows[1].hasSuffix(" · target who · started with \(other[method]!): its context's start method, not the default \(method)"), rows[1])
            XCTAssertFalse(rows[2].contains("started with"), rows[2])
        }
        // a name that says its method already (ForkProcess-1 beside a default spawn) gets nothing more
        let mixing = Self.rows(try Self.timeline("r6b_context_mixing--spawn"), .processSpawn)
        XCTAssertFalse(mixing.contains { $0.contains("started with") }, mixing.joined(separator: "\n"))
    }
}

extension Round22MTests {
    /// r22m_process_close_active: after close(), reading pid, exitcode and is_alive() raised, and each row ended "a closed
    /// Process object answers nothing more", while the program went on to print "name still readable: napper": CPython's
    /// `_check_closed()` guards start/terminate/kill/join/is_alive/exitcode/ident/sentinel only. The rows name those.
    func testAClosedProcessRowNamesWhatRaisesAndWhatStillAnswers() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r22m_process_close_active--\(method)")
            let rows = Self.rows(timeline, .processError)
            XCTAssertEqual(rows.filter { $0.contains("process object is closed") }.count, 3, rows.joined(separator: "\n"))
            for row in rows where row.contains("process object is closed") {
                XCTAssertFalse(row.contains("answers nothing more"), row)
                XCTAssertTrue(row.hasSuffix("terminate() and kill() raise ValueError (its name and daemon flag can still be read)"), row)
            }
            let zh = Self.rows(timeline, .processError, lang: .zh).filter { $0.contains("process object is closed") }
            XCTAssertTrue(zh.allSatisfy { $0.hasSuffix("（name 和 daemon 仍然可以读取）") }, zh.joined(separator: "\n"))
        }
    }
}
