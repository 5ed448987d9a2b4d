import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r9b_pipe_send_big_join_first: a child spent 1.96 s inside send() of a 1.5 MB pickle (until the parent's recv()
/// took it), and the summary's "time spent waiting" counted none of it: the send records `took_ns`, not `waited_ns`.
final class SendTimeWaitTests: XCTestCase {
    private func run(took: Int64, call: String? = nil) -> ProcessTimeAnalysis.Breakdown? {
        var s = EventScript()
        s.add(0, pid: 200, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        var fields: [(String, JSONValue)] = [("end", .string("B")), ("item", .string("[0, 1, 2, ...]")), ("took_ns", .int(took))]
        if let call { fields.append(("call", .string(call))) }
        s.add(10, pid: 200, process: "Process-1", .pipeSend, object: "Pipe#1", fields)
        s.add(3000, pid: 200, process: "Process-1", .processExit, [("exitcode", .int(0))])
        return ProcessTimeAnalysis(s.timeline()).processes.first
    }

    func testTheTimeInsideABigSendIsCountedAndNamedAsTheCall() {
        guard let child = run(took: 1_958_986_172) else { return XCTFail("no process") }
        let waits = Dictionary(uniqueKeysWithValues: child.waits.map { ($0.reason, $0.ns) })
        XCTAssertEqual(waits["inside send()"], 1_958_986_172)
        XCTAssertEqual(child.otherNs, child.lifetimeNs - 1_958_986_172)
        guard let bytes = run(took: 40_000_000, call: "send_bytes()") else { return XCTFail("no process") }
        XCTAssertEqual(bytes.waits.first?.reason, "inside send_bytes()")
    }

    func testAQuickSendIsNotWaiting() {
        guard let child = run(took: 80_000) else { return XCTFail("no process") }
        XCTAssertTrue(child.waits.isEmpty, "a send of 80 µs is copying, not waiting")
    }
}
