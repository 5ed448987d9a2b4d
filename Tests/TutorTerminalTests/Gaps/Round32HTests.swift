import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 32H (issue 11): programs that fail, crash, hang or leak, round five; each finding on the committed recordings
/// of the round's programs.
final class Round32HTests: XCTestCase {
    private func row(_ timeline: Timeline, _ index: Int) -> String {
        EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(index)
    }

    /// r32h_shm_child_unlinks_early: the first worker's tidy-up unlink() removes the segment's name; the parent's
    /// close() at the end said "(the segment stays)", false: the name was gone and that close ended the last mapping.
    /// The row now names the unlink; the worker's own close(), before its unlink(), keeps the plain words.
    func testACloseAfterAnUnlinkOfItsSegmentSaysTheNameIsGone() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32h_shm_child_unlinks_early--\(method)")
            let events = timeline.events
            let unlink = try XCTUnwrap(events.first { $0.is(.shmUnlink) && $0.string(EventField.error) == nil }, method)
            let closes = timeline.indices(of: .shmClose)
            XCTAssertEqual(closes.count, 2, method)
            let childClose = try XCTUnwrap(closes.first { events[$0].process == unlink.process })
            XCTAssertEqual(row(timeline, childClose), "SharedMemory#1.close(): this process no longer maps the segment (the segment stays)")
            let parentClose = try XCTUnwrap(closes.first { events[$0].process == "MainProcess" })
            XCTAssertEqual(row(timeline, parentClose), "SharedMemory#1.close(): this process no longer maps the segment, whose name "
                + "\(unlink.process) had already removed with unlink() at \(Format.seconds(unlink.t)): its memory is freed once no process maps it")
            let zh = Language.with(.zh) { row(timeline, parentClose) }
            XCTAssertTrue(zh.contains("它的名字已在 \(Format.seconds(unlink.t)) 被 \(unlink.process) 用 unlink() 删除"), zh)
        }
    }

    /// A scripted run: an unlink() that raised (FileNotFoundError) removed nothing, so a close() after it keeps "the
    /// segment stays"; an unlink() of another object of the same segment (a child's attach), which worked, is found
    /// by the segment's name. The corpus's r16f_shm_executor_attach_unlink, whose closes all come before the
    /// unlinks, keeps the plain words on every close.
    func testAFailedUnlinkIsNotTakenForOneAndTheSegmentIsMatchedByName() throws {
        func script(unlinkError: String?, unlinker: String) -> (EventScript, Int) {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .shmCreate, object: "SharedMemory#1", [("type", .string("SharedMemory")),
                                                                    ("name", .string("psm_ab")), ("size", .int(16))])
            s.add(2, pid: 100, process: "MainProcess", .shmCreate, object: "SharedMemory#2", [("type", .string("SharedMemory")),
                                                                    ("name", .string("psm_cd")), ("size", .int(16))])
            s.add(3, pid: 100, process: "MainProcess", .shmAttach, object: "SharedMemory#3", [("type", .string("SharedMemory")),
                                                                    ("name", .string("psm_ab")), ("size", .int(16))])
            let fields: [(String, JSONValue)] = unlinkError.map { [("error", .string($0))] } ?? []
            s.add(4, pid: 100, process: "MainProcess", .shmUnlink, object: unlinker, fields)
            let close = s.add(5, pid: 100, process: "MainProcess", .shmClose, object: "SharedMemory#1")
            return (s, close)
        }
        let (worked, close) = script(unlinkError: nil, unlinker: "SharedMemory#3")
        XCTAssertEqual(row(worked.timeline(), close), "SharedMemory#1.close(): this process no longer maps the segment, whose name "
            + "MainProcess had already removed with unlink() at 0.004 s: its memory is freed once no process maps it")
        let (failed, failedClose) = script(unlinkError: "FileNotFoundError: [Errno 2] No such file or directory: '/psm_ab'", unlinker: "SharedMemory#3")
        XCTAssertEqual(row(failed.timeline(), failedClose), "SharedMemory#1.close(): this process no longer maps the segment (the segment stays)")
        let (other, otherClose) = script(unlinkError: nil, unlinker: "SharedMemory#2")
        XCTAssertEqual(row(other.timeline(), otherClose), "SharedMemory#1.close(): this process no longer maps the segment (the segment stays)")
        let timeline = try Round22MTests.timeline("r16f_shm_executor_attach_unlink--fork")
        XCTAssertFalse(timeline.indices(of: .shmClose).isEmpty)
        for index in timeline.indices(of: .shmClose) {
            XCTAssertTrue(row(timeline, index).hasSuffix("(the segment stays)"), row(timeline, index))
        }
    }

    /// r32h_executor_segfault_retry: the broken executor terminate()s every worker, the one that segfaulted too:
    /// "terminate() ForkProcess-1 (SIGTERM to pid …)" read as if the SIGTERM had ended a worker whose parent then saw
    /// -11. The row now says the signal did not end it; the other worker, which the SIGTERM did end (-15), keeps the
    /// plain row.
    func testATerminateOfAWorkerThatSegfaultedSaysTheSignalDidNotEndIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32h_executor_segfault_retry--\(method)")
            let events = timeline.events
            let terminates = timeline.indices(of: .processTerminate)
            let crashed = try XCTUnwrap(terminates.first { index in
                let pid = Int32(clamping: events[index].int(EventField.childPid) ?? 0)
                return timeline.process(pid: pid)?.exitCode == -11
            }, method)
            let name = events[crashed].string(EventField.name) ?? "?"
            let pid = events[crashed].int(EventField.childPid) ?? 0
            XCTAssertEqual(row(timeline, crashed), "terminate() \(name) (SIGTERM to pid \(pid)): this signal did not end it: its parent saw "
                + "it ended by SIGSEGV (exitcode -11); a SIGTERM that ended it would have given -15")
            for index in terminates where index != crashed {
                XCTAssertFalse(row(timeline, index).contains("did not end it"), "\(method): \(row(timeline, index))")
            }
            let zh = Language.with(.zh) { row(timeline, crashed) }
            XCTAssertTrue(zh.contains("：这个信号没有结束它：父进程看到它是被 SIGSEGV 结束的（退出码 -11）"), zh)
        }
    }

    /// A terminate() ignored by its target, which a later kill() ended (r17m_sigterm_ignored_then_kill), says the
    /// SIGTERM did not end it; the kill() row, whose signal did, says nothing more.
    func testAnIgnoredTerminateThenAKill() throws {
        let timeline = try Round22MTests.timeline("r17m_sigterm_ignored_then_kill--fork")
        let events = timeline.events
        let deaf = try XCTUnwrap(timeline.indices(of: .processTerminate).first { events[$0].string(EventField.name) == "deaf" })
        XCTAssertTrue(row(timeline, deaf).hasSuffix(": this signal did not end it: its parent saw it ended by SIGKILL (exitcode -9); "
            + "a SIGTERM that ended it would have given -15"), row(timeline, deaf))
        let kill = try XCTUnwrap(timeline.indices(of: .processKill).first)
        XCTAssertFalse(row(timeline, kill).contains("did not end it"), row(timeline, kill))
    }

    /// r32h_imap_reader_generator_raises: the summary said "task 0 (imap) was given 4 item(s) in 5 chunk(s)", and the
    /// task handler's row the same, with no word why a chunk had no item: the fifth is the chunk the pool made of the
    /// ValueError the generator raised (`_helper_reraises_exception`). Both now say so; an imap whose input did not
    /// raise (r28_progress_imap_unordered) gets no such words.
    func testAnImapWhoseInputRaisedSaysItsLastChunkHoldsNoItem() throws {
        let words = " (the last chunk holds no item: the iterable raised ValueError after 4 items, and the pool sent that exception "
            + "to a worker as a chunk that raises it again)"
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r32h_imap_reader_generator_raises--\(method)")
            let given = try XCTUnwrap(timeline.indices(of: .poolImapGiven).first, method)
            XCTAssertTrue(row(timeline, given).hasSuffix("4 items in 5 chunks, each sent to the workers' task queue" + words), row(timeline, given))
            let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("was given 4 items in 5 chunks: 5 started, 0 never started" + words), summary)
            let zh = Language.with(.zh) { row(timeline, given) }
            XCTAssertTrue(zh.contains("（最后一块不含任何项：可迭代对象给出 4 项之后抛出了 ValueError"), zh)
        }
        let plain = try Round22MTests.timeline("r28_progress_imap_unordered--fork")
        let given = try XCTUnwrap(plain.indices(of: .poolImapGiven).first)
        XCTAssertFalse(row(plain, given).contains("holds no item"), row(plain, given))
    }
}
