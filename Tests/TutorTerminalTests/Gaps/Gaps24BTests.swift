import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 24B: Swift-side leftovers of race 23, gaps 23, gaps 22A, round 22M and zh23, each on a committed recording
/// (or, for the bound on proxy-race notes, a script of events).
final class Gaps24BTests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline { try Round22MTests.timeline(name) }

    static func lostUpdateNotes(_ timeline: Timeline) -> [Note] {
        Annotator(timeline: timeline).notes().filter { $0.kind == .lostUpdate }
    }

    /// A proxy access of `Value#1` ending at `ms` after a round trip of 0.2 ms.
    private func access(_ s: inout EventScript, _ ms: Double, _ who: String, _ pid: Int32, _ what: String, _ value: String) {
        s.add(ms, pid: pid, process: who, EventKind.managerCall, object: "Value#1",
              [("type", .string("Value")), ("method", .string(what == "read" ? "get" : "set")),
               ("waited_ns", .int(200_000)), ("ok", .bool(true)), ("access", .string(what)),
               ("key", .null), ("value", .string(value))])
    }

    /// r22h_progress_manager_value_race (spawn): the first race (SpawnPoolWorker-3 and -4 read 4, wrote 5) had a note;
    /// the later group of three (read 5, each wrote 6) was only in the first note's closing figure. Each separate race now
    /// has its own note, every premise holding; fork and forkserver's first notes are as race 23 left them.
    func testEachSeparateProxyRaceHasItsNote() throws {
        let timeline = try Self.timeline("r22h_progress_manager_value_race--spawn")
        let notes = Self.lostUpdateNotes(timeline)
        XCTAssertGreaterThanOrEqual(notes.count, 2, "\(notes.map(\.text))")
        XCTAssertLessThanOrEqual(notes.count, GenericRules.perRule)
        XCTAssertTrue(notes[0].text.contains("SpawnPoolWorker-3 and SpawnPoolWorker-4 both read 4"), notes[0].text)
        XCTAssertTrue(notes[0].text.contains("28 of the 40 updates landed, 12 lost"), notes[0].text)
        XCTAssertTrue(notes.dropFirst().contains { $0.text.contains("all read 5 from Value#1.value") && $0.text.contains("2 updates were lost here") },
                      "\(notes.map(\.text))")
        // the closing figure is said once, in the first note
        XCTAssertEqual(notes.filter { $0.text.contains("updates landed") }.count, 1)
        let replayer = StateReplayer(timeline: timeline)
        for note in notes { XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: replayer), note.text) }
        XCTAssertEqual(Set(notes.map(\.eventIndex)).count, notes.count, "one note a race")
    }

    /// Five separate pair races: three notes (`perRule`), the last saying how many more the record proves, its premise
    /// asking every race it counts.
    func testRacesPastAFewAreCountedNotTold() throws {
        var s = EventScript()
        for round in 0..<5 {
            let t = 10 + Double(round) * 2
            access(&s, t, "P-1", 11, "read", "\(round)")
            access(&s, t + 0.1, "P-2", 12, "read", "\(round)")
            access(&s, t + 0.5, "P-1", 11, "write", "\(round + 1)")
            access(&s, t + 0.6, "P-2", 12, "write", "\(round + 1)")
        }
        let timeline = s.timeline()
        let notes = Self.lostUpdateNotes(timeline)
        XCTAssertEqual(notes.count, 3, "\(notes.map(\.text))")
        guard notes.count == 3 else { return }
        XCTAssertTrue(notes[1].text.contains("P-1 and P-2 both read 1"), notes[1].text)
        XCTAssertTrue(notes[2].text.contains("P-1 and P-2 both read 2"), notes[2].text)
        // gaps 25: the count says what it counts (the races and the updates lost in them)
        XCTAssertTrue(notes[2].text.contains("the record proves 2 more separate races like them through Manager proxies, not told one by one"),
                      notes[2].text)
        XCTAssertFalse(notes[1].text.contains("more separate race"), notes[1].text)
        let replayer = StateReplayer(timeline: timeline)
        for note in notes { XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: replayer), note.text) }
        let zh = Language.with(.zh) { Self.lostUpdateNotes(timeline) }
        XCTAssertTrue(zh.count == 3 && zh[2].text.contains("记录还证明另有 2 次同样经由管理器代理发生的竞争，这里不再逐一说明"), "\(zh.map(\.text))")
    }

    /// g24b_poll_then_child_recv: the parent's poll() was True at an end of file (nothing was ever sent) and the next
    /// receive on that end was the child's (EOFError). The row said "data ready"; it now says what the record shows.
    func testATruePollFollowedByAnotherProcesssReceiveSaysWhatTheRecordShows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("g24b_poll_then_child_recv--\(method)")
            let rows = Round22MTests.rows(timeline, .pipePoll)
            XCTAssertEqual(rows.count, 1, method)
            XCTAssertTrue(rows[0].hasPrefix("poll Pipe#1 end A: True, but the next recv() on this end was taker's at "), rows[0])
            XCTAssertTrue(rows[0].contains(", not this poller's, and nothing sent there was left unread before the poll: the record cannot tell "
                                           + "whether there was something to read or every copy of Pipe#1 end B had been closed, which also makes "
                                           + "poll() return True"), rows[0])
            XCTAssertFalse(rows[0].contains("data ready"), rows[0])
            let zh = Round22MTests.rows(timeline, .pipePoll, lang: .zh)
            XCTAssertTrue(zh[0].contains("True，但之后在这一端调用 recv() 的是 taker（"), zh[0])
        }
        // a True poll whose own thread receives next keeps its words (round 22M's EOF, r7a's message)
        let eof = Round22MTests.rows(try Self.timeline("r22m_recv_bytes_into_short--fork"), .pipePoll)
        XCTAssertTrue(eof[1].contains("end of file, not data"), eof[1])
        XCTAssertTrue(Round22MTests.rows(try Self.timeline("r7a_child_exception_pipe--fork"), .pipePoll).contains { $0.hasSuffix("data ready") })
    }

    /// r22m_recv_bytes_into_short: the first poll(0.2), before start() (no other process ever held end B, and the program
    /// closes its copy right after start()), had gaps 17A's note "could not see an end of file"; r16's crashed child
    /// (a fork child held the other end) keeps it.
    func testAPollBeforeAnyChildHeldTheOtherEndHasNoEOFNote() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r22m_recv_bytes_into_short--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .pipeEOFHidden }
            XCTAssertTrue(notes.isEmpty, "\(method): \(notes.map(\.text))")
        }
        let crashed = try Self.timeline("r16_pipes_in_order_crashed_child--fork")
        let kept = Annotator(timeline: crashed).notes().filter { $0.kind == .pipeEOFHidden }
        XCTAssertFalse(kept.isEmpty)
        let replayer = StateReplayer(timeline: crashed)
        for note in kept { XCTAssertTrue(try XCTUnwrap(note.premise).holds(in: replayer), note.text) }
    }

    /// g24b_threadpool_maxtasks: a ThreadPool whose workers end after one task; the worker handler's replacements were
    /// "MainProcess · worker" beside "worker 1 of Pool#1" and "worker 2 of Pool#1". They now take the pool's next numbers.
    func testAThreadPoolsReplacementWorkersNameTheirPool() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("g24b_threadpool_maxtasks--\(method)")
            let labels = timeline.lanes.map(\.label)
            let workers = timeline.indices(of: .threadStart).filter { timeline.events[$0].string(EventField.target) == "worker" }.count
            XCTAssertGreaterThan(workers, 2, "\(method): replacements were started")
            for n in 1...workers { XCTAssertTrue(labels.contains("MainProcess · worker \(n) of Pool#1"), "\(method): \(labels)") }
            XCTAssertFalse(labels.contains("MainProcess · worker"), "\(method): \(labels)")
        }
    }

    /// g24b_imap_loop_worker_dies: a for loop over imap_unordered() waits for a result a dead worker took with it. The
    /// Chinese hang note read "在 对 imap_unordered() 结果的遍历 中等待"; it is now a sentence about the loop, and the English is
    /// as before.
    func testAHangInALoopOverAnImapResultIsOneChineseSentence() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("g24b_imap_loop_worker_dies--\(method)")
            let en = Annotator(timeline: timeline).notes().map(\.text).filter { $0.contains("that result will never come") }
            XCTAssertEqual(en.count, 1, "\(method): \(en)")
            XCTAssertTrue(en[0].contains("MainProcess waits in the iteration over the imap_unordered() result for "), en[0])
            XCTAssertTrue(en[0].contains("so the iteration over the imap_unordered() result waits forever"), en[0])
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().map(\.text).filter { $0.contains("这个结果永远不会来了") } }
            XCTAssertEqual(zh.count, 1, "\(method): \(zh)")
            XCTAssertTrue(zh[0].contains("原因：MainProcess 遍历 imap_unordered() 的结果，等待 Pool#1 的 task 0 下一个完成的项"), zh[0])
            XCTAssertTrue(zh[0].contains("起遍历 imap_unordered() 的结果，等待 Pool#1 的 task 0"), zh[0])   // the moment's line too
            XCTAssertTrue(zh[0].contains("所以这次遍历会一直等下去"), zh[0])
            XCTAssertFalse(zh[0].contains("对 imap_unordered() 结果的遍历"), zh[0])
        }
    }
}
