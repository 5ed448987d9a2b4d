import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 11B (g11b_join_poll_heartbeat): a polling loop of `join(0.1)` wrote two rows per poll. From the second poll on,
/// the polls that gave up fold into one row that says how many and over how long; the poll that returned keeps its rows.
final class JoinPollRowTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)

    /// MainProcess polls Process-1 (pid 11) `polls` times with join(0.1): all give up but the last, which returns.
    /// `childPrints`: Process-1 prints a line between every two polls (its own lane's rows come between them).
    private func render(polls: Int, thread: Bool = false, childPrints: Bool = false, maxRows: Int? = nil) -> String {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 11, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        let target: [(String, JSONValue)] = thread ? [("name", .string("beat"))] : [("child_pid", .int(11)), ("name", .string("Process-1"))]
        var t = 2.0
        for poll in 1...polls {
            let last = poll == polls
            s.add(t, pid: 10, process: "MainProcess", thread ? .threadJoinWait : .processJoinWait, target + [("timeout", .double(0.1))])
            if childPrints, !last { s.add(t + 50, pid: 11, process: "Process-1", .print, [("text", .string("beat \(poll)"))]) }
            t += last ? 20 : 100
            s.add(t, pid: 10, process: "MainProcess", thread ? .threadJoin : .processJoin,
                  target + [("timeout", .double(0.1)), ("waited_ns", .int(last ? 20_000_000 : 100_000_000)), ("timed_out", .bool(!last))])
        }
        var options = TimelineRenderer.Options()
        if let maxRows { options.maxRows = maxRows }
        return TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: capabilities, options: options).render()
    }

    func testPollsThatGaveUpFoldIntoOneRowAndTheLastPollKeepsItsRows() {
        let text = render(polls: 5)
        XCTAssertTrue(text.contains("4 timed joins join(Process-1, timeout=0.1) gave up, one after another over 400 ms: at each the child had not ended"), text)
        XCTAssertEqual(text.components(separatedBy: "waits in join").count - 1, 2, text)     // the first poll's and the last's
        XCTAssertTrue(text.contains("join(Process-1) returned after 20 ms"), text)
        let thread = render(polls: 3, thread: true)
        XCTAssertTrue(thread.contains("2 timed joins join(timeout=0.1) of thread beat gave up, one after another over 200 ms"), thread)
        XCTAssertTrue(thread.contains("join() of thread beat returned after 20 ms: the thread has ended"), thread)
    }

    func testOnePollThatGaveUpIsShownAsBefore() {
        let text = render(polls: 2)
        XCTAssertTrue(text.contains("join(Process-1, timeout=0.1) gave up after 100 ms: the child has not ended"), text)
        XCTAssertFalse(text.contains("timed joins"), text)
    }

    /// Gaps 11B left this: a child that printed between two polls broke the fold (the rows were no longer back to
    /// back). The polls now fold into the waiting lane's newest row, and every print keeps its own row.
    func testAChildPrintingBetweenPollsDoesNotBreakTheFold() {
        let text = render(polls: 5, childPrints: true)
        XCTAssertTrue(text.contains("4 timed joins join(Process-1, timeout=0.1) gave up, one after another over 400 ms"), text)
        XCTAssertEqual(text.components(separatedBy: "waits in join").count - 1, 2, text)
        for poll in 1..<5 { XCTAssertTrue(text.contains("beat \(poll)"), text) }
    }

    /// A long timeline keeps only its first and last rows: the polls still fold into their row in the head, and the
    /// left-out middle counts only what it holds (the child's prints), so no event is counted twice or lost.
    func testPollsFoldAcrossALeftOutMiddleAndAreCountedOnce() {
        let text = render(polls: 40, childPrints: true, maxRows: 10)
        XCTAssertTrue(text.contains("39 timed joins join(Process-1, timeout=0.1) gave up, one after another over 3.900 s"), text)
        XCTAssertTrue(text.contains("(35 events from 0.252 s to 3.652 s) left out here to keep the screen readable: 35 print;"), text)
        XCTAssertTrue(text.contains("join(Process-1) returned after 20 ms"), text)
    }
}
