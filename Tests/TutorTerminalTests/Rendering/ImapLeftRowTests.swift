import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 14A: round 13 stopped calling results unread at a pool's end "never read" (r13_pool_one_liner_gc's `sum()` read
/// them all after the pool's end), so a `break` out of an imap loop with the imap result still held
/// (r9a_pool_generator_early_break) could not be called "never read" though it was. The tracer now counts again when
/// the program lets go of the imap result or its process ends (`pool.imap.left`).
final class ImapLeftRowTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// Pool#1's imap task 0, given 12 items in 6 chunks, 2 started; the pool ends with `unread` results back; then,
    /// when `later` is given, the later count (read after the end, never read, at).
    private func script(unread: Int64, later: (read: Int64, never: Int64, at: String)?) -> EventScript {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(20)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 20, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 10, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("slow")), ("method", .string("imap")), ("chunks", .null)])
        s.add(5, pid: 10, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolImapGiven, object: "Pool#1",
              [("job", .int(0)), ("chunks", .int(6)), ("items", .int(12))])
        for index in 0..<2 {
            s.add(6 + Double(index), pid: 20, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(Int64(index))), ("func", .string("slow"))])
        }
        s.add(9, pid: 10, process: "MainProcess", .poolTerminate, object: "Pool#1")
        s.add(9.1, pid: 10, process: "MainProcess", .poolImapUnread, object: "Pool#1", [("job", .int(0)), ("unread", .int(unread))])
        if let later {
            s.add(9.5, pid: 10, process: "MainProcess", .poolImapLeft, object: "Pool#1",
                  [("job", .int(0)), ("read", .int(later.read)), ("unread", .int(later.never)), ("at", .string(later.at))])
        }
        return s
    }

    private func rows(_ s: EventScript) -> (end: String, left: String, summary: String) {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: capabilities))
        let end = timeline.events.firstIndex { $0.is(.poolImapUnread) }!
        let left = timeline.events.firstIndex { $0.is(.poolImapLeft) }
        return (describer.describe(end), left.map { describer.describe($0) } ?? "",
                SummaryRenderer(timeline: timeline, capabilities: capabilities).render())
    }

    func testResultsTheProgramNeverReadAfterThePoolsEndAreCalledNeverRead() {
        let r = rows(script(unread: 3, later: (0, 3, "exit")))
        XCTAssertEqual(r.end, "Pool#1 ends: 3 results of task 0 had come back and the program never read them (it read nothing "
                       + "more from the imap() result after the pool's end)")
        XCTAssertEqual(r.left, "the process ends before the imap() result of task 0 was collected: after Pool#1's end the program read "
                       + "nothing more from it, so the 3 results that had come back were never read")
        XCTAssertTrue(r.summary.contains("when the pool ended, 3 results had come back, and the program never read them"), r.summary)
        let dropped = rows(script(unread: 2, later: (0, 2, "collected")))
        XCTAssertTrue(dropped.left.hasPrefix("nothing refers to the imap() result of task 0 any more (it is collected): after Pool#1's end the program read nothing"),
                      dropped.left)
    }

    func testResultsReadAfterThePoolsEndKeepRound13sWording() {
        let all = rows(script(unread: 10, later: (10, 0, "collected")))
        XCTAssertEqual(all.end, "Pool#1 ends: 10 results of task 0 had come back and the program had not read them yet (they "
                       + "stay in the imap() result: the program can still read them after the pool's end)")
        XCTAssertFalse(all.end.contains("never"), all.end)
        XCTAssertEqual(all.left, "nothing refers to the imap() result of task 0 any more (it is collected): after Pool#1's end the "
                       + "program read 10 more results from it, and left none unread")
        XCTAssertTrue(all.summary.contains("when the pool ended, 10 results had come back and were not read yet: the program "
                                           + "read them after the pool's end (10)"), all.summary)
        let some = rows(script(unread: 5, later: (1, 4, "exit")))
        XCTAssertFalse(some.end.contains("never"), some.end)
        XCTAssertTrue(some.left.hasSuffix("after Pool#1's end the program read 1 more result from it; 4 that had come back were "
                                          + "never read"), some.left)
        XCTAssertTrue(some.summary.contains("the program read 1 after the pool's end and never read 4"), some.summary)
        // no later count (a fork child's imap result held to its end, an older run): round 13's wording, nothing more
        let none = rows(script(unread: 3, later: nil))
        XCTAssertTrue(none.end.hasSuffix("had not read them yet (they stay in the imap() result: the program can still read them "
                                         + "after the pool's end)"), none.end)
        XCTAssertTrue(none.summary.contains("3 results had come back and were not read yet"), none.summary)
        XCTAssertFalse(none.summary.contains("never read") || none.summary.contains("after the pool's end"), none.summary)
    }
}
