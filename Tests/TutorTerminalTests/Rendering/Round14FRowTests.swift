import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 14F (docs/truth-review.md): concurrent.futures, threads and asyncio with processes. r14f_sigint_during_map's
/// end note said "ended by SIGINT (it sent SIGINT to itself with os.kill())", though that SIGINT only raised the
/// KeyboardInterrupt and Python's exit sent the one that ended it; r14f_asyncio_wait_for_procs' select() row said a
/// coroutine awaiting a work item "resumes only after that item is done", though wait_for()'s timeout resumed one 700 ms
/// before its item was done; r14f_scraper_as_completed's rows showed a cut argument as `parse(('word word ...`.
final class Round14FRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func interrupted(timerSent: Bool) -> (Timeline, exit: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        if timerSent {
            s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .processSignalSelf,
                  [("signum", .int(2)), ("signame", .string("SIGINT")), ("handler", .string("keyboard_interrupt")), ("call", .string("os.kill()"))])
        }
        s.add(2, pid: 100, process: "MainProcess", .processMainEnd, [("via", .string("uncaught KeyboardInterrupt")), ("exitcode", .int(-2)),
                                                                      ("raised", .string("KeyboardInterrupt")), ("error", .string("KeyboardInterrupt"))])
        let exit = s.add(3, pid: 100, process: "MainProcess", .processExit,
                         [("observed_by", .string("mp-tutor")), ("exitcode", .int(-2)), ("signal", .int(2))])
        return (s.timeline(), exit)
    }

    func testTheSigintThatEndsAnInterruptedMainIsPythonsOwn() {
        let (timeline, exit) = interrupted(timerSent: true)
        let note = Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }
        XCTAssertEqual(note?.text, "MainProcess was ended by SIGINT (Python sent it to itself at exit, as it does when the main code ends by an "
                       + "uncaught KeyboardInterrupt; that KeyboardInterrupt was raised by the SIGINT MainProcess · Thread-1 sent with os.kill() at "
                       + "0.001 s, which Python's handler took: that signal itself ended nothing): exitcode -2.")
        XCTAssertNotNil(note.flatMap { $0.premise }, "a note that states a cause carries its premise")
    }

    /// A KeyboardInterrupt whose SIGINT the record does not show (a real Ctrl-C at the terminal): the exit's SIGINT only.
    func testAnInterruptWithoutARecordedSignalNamesPythonsExitOnly() {
        let (timeline, exit) = interrupted(timerSent: false)
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text,
                       "MainProcess was ended by SIGINT (Python sent it to itself at exit, as it does when the main code ends by an "
                       + "uncaught KeyboardInterrupt): exitcode -2.")
    }

    func testTheLoopsSelectWaitSaysACancelledAwaitResumesFirst() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(3))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("job")), ("args", .string("(1.2,)"))])
        let wait = s.add(3, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                         [("call", .string("select()")), ("pending", .int(1)), ("works", .array([.int(0)]))])
        let text = EventDescriber(timeline: s.timeline(), painter: painter).describe(wait)
        XCTAssertFalse(text.contains("only after that item is done"), text)
        XCTAssertTrue(text.hasSuffix("resumes once that item is done, or sooner if that await is cancelled (wait_for()'s timeout, a task's "
                                     + "cancel()): the work item itself runs on"), text)
    }

    func testACutArgumentTupleIsNotShownAsATuple() {
        XCTAssertEqual(CallArguments.inner("('word word ..."), "'word word ...")
        XCTAssertEqual(CallArguments.inner("(1, 2)"), "1, 2")
        XCTAssertEqual(CallArguments.inner("(1, 2, 3, 4, 5, 6, 7, 8, ...)"), "1, 2, 3, 4, 5, 6, 7, 8, ...")
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        let submit = s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                           [("work", .int(0)), ("func", .string("parse")), ("args", .string("('word word ..."))])
        XCTAssertEqual(EventDescriber(timeline: s.timeline(), painter: painter).describe(submit), "submit → work item 0 parse('word word ...)")
    }
}

/// r14f_first_exception_cancel: "waits in wait() for work items 0, 1, …, 9" for a wait(return_when=FIRST_EXCEPTION).
final class Round14FWaitReturnWhenTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func row(_ extra: [(String, JSONValue)]) -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(3))])
        for work in 0..<2 {
            s.add(Double(2 + work), pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("validate")), ("args", .string("(\(work),)"))])
        }
        let wait = s.add(4, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                         [("call", .string("wait()")), ("pending", .int(2)), ("works", .array([.int(0), .int(1)]))] + extra)
        return EventDescriber(timeline: s.timeline(), painter: painter).describe(wait)
    }

    func testAWaitsReturnWhenIsSaid() {
        XCTAssertEqual(row([("return_when", .string("FIRST_EXCEPTION"))]), "waits in wait() for work items 0, 1 of ProcessPoolExecutor#1 "
                       + "(return_when=FIRST_EXCEPTION: it returns as soon as one of them has raised, or when all are done)")
        XCTAssertEqual(row([("return_when", .string("FIRST_COMPLETED"))]), "waits in wait() for work items 0, 1 of ProcessPoolExecutor#1 "
                       + "(return_when=FIRST_COMPLETED: it returns as soon as any one of them is done)")
        XCTAssertEqual(row([]), "waits in wait() for work items 0, 1 of ProcessPoolExecutor#1")
    }
}
