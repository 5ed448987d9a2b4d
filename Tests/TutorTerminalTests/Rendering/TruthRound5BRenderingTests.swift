import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false on round 5B's unseen programs (docs/truth-review.md, "Round 5B").
final class TruthRound5BRenderingTests: XCTestCase {
    private func wrappedLines(_ s: EventScript, width: Int) -> [String] {
        var options = TimelineRenderer.Options()
        options.wrapsRows = true
        let caps = TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false)
        return TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: caps, options: options)
            .render().split(separator: "\n").map(String.init)
    }

    /// r5b_print_noflush_huge, r5b_terminate_get_kill_print (a pipe): a long word wrapped over several lines came
    /// back with a space every line ("HH HHHH…", ".. \""): the continuation lines were joined with spaces and
    /// wrapped again. Wrapped, a print row's text is the program's text: put back together, nothing added.
    func testAWrappedRowAddsNoCharacterToTheText() {
        for (printed, width) in [(String(repeating: "H", count: 700), 60), ("line 7 " + String(repeating: ".", count: 60), 40),
                                 (String(repeating: "多进程的输出", count: 40), 50)] {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string(printed))])
            let lines = wrappedLines(s, width: width)
            guard let first = lines.firstIndex(where: { $0.contains("print \"") }) else { return XCTFail(lines.joined(separator: "\n")) }
            let start = lines[first].range(of: "print \"")!.upperBound
            var text = String(lines[first][start...])
            for line in lines[(first + 1)...] where line.hasPrefix(" ") {
                text += line.trimmingCharacters(in: .whitespaces).isEmpty ? "" : String(line.drop { $0 == " " })
            }
            // a break at a space drops that space (as any wrap does): compare without spaces, and the length with them
            XCTAssertEqual(text.replacingOccurrences(of: " ", with: ""), (printed + "\"").replacingOccurrences(of: " ", with: ""),
                           lines.joined(separator: "\n"))
            XCTAssertGreaterThanOrEqual(text.count, printed.count + 1 - printed.filter { $0 == " " }.count, lines.joined(separator: "\n"))
            XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= width }, lines.joined(separator: "\n"))
            if !printed.contains(" ") { XCTAssertFalse(text.contains(" "), "no space the program did not print:\n" + lines.joined(separator: "\n")) }
        }
    }

    /// r5b_queue_close_cancel_join: the child put 1000 items, called cancel_join_thread() and ended; the parent's
    /// get waited "(a put() has begun, but its item has not reached the pipe yet: the putter's feeder thread writes
    /// it)". The putter had ended: its feeder thread with it, and what it had not written was lost (991 items).
    func testAGetWaitingForAnItemOfAPutterThatHasEndedSaysItWillNotCome() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 202, process: "Process-2", .queuePut, object: "Queue#2", [("item", .string("b'yy'")), ("depth", .int(1))])
        s.add(2, pid: 202, process: "Process-2", .processExit, [("exitcode", .int(0))])
        let ended = s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#2", [("op", .string("get")), ("in_flight", .bool(true))])
        // a putter still alive: the feeder thread may still write it
        s.add(4, pid: 203, process: "Process-3", .queuePut, object: "Queue#3", [("item", .string("1")), ("depth", .int(1))])
        let alive = s.add(5, pid: 100, process: "MainProcess", .queueWait, object: "Queue#3", [("op", .string("get")), ("in_flight", .bool(true))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(ended), "waits to get from Queue#2 (items were put, but every process that put them, Process-2, "
            + "had ended: what its feeder thread had not yet written to the pipe was lost with it)")
        XCTAssertEqual(describer.describe(alive), "waits to get from Queue#3 (a put() has begun, but its item has not reached the pipe yet: "
            + "the putter's feeder thread writes it)")
    }

    /// r5b_print_noflush_huge: the row of a 200 000-character line showed its first 65 536 characters as the line.
    func testAPrintCutByTheRecordSaysHowLongTheLineWas() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        let cut = s.add(1, pid: 100, process: "MainProcess", .print,
                        [("stream", .string("stdout")), ("text", .string("HHHH")), ("chars", .int(200_000))])
        let whole = s.add(2, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string("HHHH")), ("chars", .int(4))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(cut), "print \"HHHH\" (cut: the line had 200000 characters; the record keeps the first 4)")
        XCTAssertEqual(describer.describe(whole), "print \"HHHH\"")
    }

    /// r5b_lock_timeouts_spin: failed acquire(block=False) calls had no row.
    func testAFailedNonBlockingAcquireHasARow() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        let one = s.add(1, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1))])
        let many = s.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1346))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(one), "acquire(block=False) on Lock#1 failed: it was taken")
        XCTAssertEqual(describer.describe(many), "1346 more acquire(block=False) calls on Lock#1 failed: it was taken")
    }
}
