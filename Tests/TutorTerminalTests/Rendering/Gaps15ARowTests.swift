import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 15A: rows of what rounds 14 and 14F left unsaid.
final class Gaps15ARowTests: XCTestCase {
    private func rows(_ s: EventScript, _ steps: [Int]) -> [String] {
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        return steps.map(describer.describe)
    }

    /// r14_condition_notify_unlocked: the wait inside wait_for() timed out, and wait_for() returned True; a wait_for()
    /// that returned False, and one that never waited.
    func testAWaitForRowSaysWhatItReturnedAndWhy() {
        var s = DocsExamplesDescriberTests.mainProcess()
        func waitFor(_ ms: Double, _ result: String, _ held: Bool, waited ms2: Double) -> Int {
            s.add(ms, pid: 201, process: "Process-1", .conditionWaitFor, object: "Condition#1",
                  [("result", .string(result)), ("held", .bool(held)), ("waited_ns", .int(Int64(ms2 * 1_000_000))), ("timeout", .double(1.5))])
        }
        s.add(10, pid: 201, process: "Process-1", .conditionWait, object: "Condition#1", [("timeout", .double(1.5))])
        s.add(1510, pid: 201, process: "Process-1", .conditionWake, object: "Condition#1", [("waited_ns", .int(1_500_000_000)), ("outcome", .bool(false))])
        let held = waitFor(1511, "True", true, waited: 1502)
        s.add(1600, pid: 201, process: "Process-1", .conditionWait, object: "Condition#1", [("timeout", .double(1.5))])
        s.add(3100, pid: 201, process: "Process-1", .conditionWake, object: "Condition#1", [("waited_ns", .int(1_500_000_000)), ("outcome", .bool(false))])
        let missed = waitFor(3101, "0", false, waited: 1502)
        let atOnce = waitFor(3200, "True", true, waited: 0.01)
        XCTAssertEqual(rows(s, [held, missed, atOnce]), [
            "wait_for() on Condition#1 returned True after 1.502 s: its wait timed out with no notify, and wait_for() checks the "
                + "predicate once more after its timeout: the predicate held by then",
            "wait_for() on Condition#1 returned 0 after 1.502 s: its timeout (1.5 s) ran out and the predicate still did not hold",
            "wait_for() on Condition#1 returned True without waiting: the predicate already held when it was called",
        ])
    }

    /// r14_subclass_name_typo_daemon: self.name before super().__init__(), daemon after start(); a plain set.
    func testANameOrDaemonSetHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let lost = s.add(1, pid: 200, process: "MainProcess", .processAttrSet,
                         [("attr", .string("name")), ("value", .string("'worker-7'")), ("named", .null), ("before_init", .bool(true)), ("error", .null)])
        let failed = s.add(2, pid: 200, process: "MainProcess", .processAttrSet,
                           [("attr", .string("daemon")), ("value", .string("True")), ("named", .string("Typo-2")), ("before_init", .bool(false)),
                            ("error", .string("AssertionError: process has already started"))])
        let plain = s.add(3, pid: 200, process: "MainProcess", .processAttrSet,
                          [("attr", .string("name")), ("value", .string("'renamed'")), ("named", .string("Process-3")), ("before_init", .bool(false)), ("error", .null)])
        XCTAssertEqual(rows(s, [lost, failed, plain]), [
            "name = 'worker-7', set before Process.__init__() ran: __init__() then gives the process its default name, so 'worker-7' is "
                + "lost (set it after super().__init__(), or pass name= to it)",
            "Typo-2.daemon = True raised AssertionError: process has already started: nothing was changed",
            "Process-3.name = 'renamed'",
        ])
    }

    /// r14f_timer_watchdog_process: the Timer of p.terminate names the process.
    func testATimerOfAProcessMethodNamesTheProcess() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let start = s.add(1, pid: 200, process: "MainProcess", .threadTimer,
                          [("name", .string("Thread-1")), ("interval", .double(1)), ("func", .string("BaseProcess.terminate")), ("bound", .string("ForkProcess-2"))])
        let plain = s.add(2, pid: 200, process: "MainProcess", .threadTimer,
                          [("name", .string("Thread-2")), ("interval", .double(1)), ("func", .string("hello"))])
        XCTAssertEqual(rows(s, [start, plain]), [
            "Thread-1 is a threading.Timer: it calls ForkProcess-2's terminate() after 1.000 s, unless cancel() comes first",
            "Thread-2 is a threading.Timer: it calls hello after 1.000 s, unless cancel() comes first",
        ])
    }

    /// r14_client_forgot_authkey: the refusal names the client without an authkey and its first send().
    func testARefusalOfAClientWithoutAuthkeyNamesItAndItsFirstSend() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let address = JSONValue.string("('127.0.0.1', 33857)")
        s.add(1, pid: 200, process: "MainProcess", .listenerWait, [("address", address)])
        s.add(2, pid: 201, process: "Process-1", .connectionOpen, object: "Connection#1",
              [("end", .string("client")), ("address", address), ("no_authkey", .bool(true))])
        s.add(3, pid: 201, process: "Process-1", .pipeSend, object: "Connection#1", [("end", .string("client")), ("item", .string("('add', 2, 3)"))])
        let refused = s.add(4, pid: 200, process: "MainProcess", .connectionRefused, [("error", .string("AuthenticationError: digest received was wrong"))])
        s.add(4.1, pid: 200, process: "MainProcess", .listenerAccept, [("address", address), ("ok", .bool(false)), ("error", .string("AuthenticationError"))])
        XCTAssertEqual(rows(s, [refused]), [
            "refuses a client: AuthenticationError: digest received was wrong: the client was Process-1's Connection#1, opened with no "
                + "authkey, so it did no handshake: the \"digest\" this Listener read in answer to its challenge was that client's first "
                + "send(), ('add', 2, 3) (at 0.003 s)",
        ])
    }

    /// r14f_thread_executor_no_shutdown: the parent's record that a child's preparation named no main file.
    func testAPreparationWithoutAMainFileHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let prep = s.add(1, pid: 200, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .processPrepNoMain, [("name", .string("SpawnProcess-2"))])
        XCTAssertEqual(rows(s, [prep]), [
            "the data prepared for SpawnProcess-2's start names no main file: __main__ has no __file__ now (Python removes it once the "
                + "main code has ended), so SpawnProcess-2 will not run the program's file, and nothing the file defines will exist in it",
        ])
    }
}
