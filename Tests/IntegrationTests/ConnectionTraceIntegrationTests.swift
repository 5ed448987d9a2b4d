import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Listener/Client connections and writes through an Array of Structures, traced live through the built binary on the
/// truth corpus's programs under every start method; `mp-tutor check` judges every recorded run.
final class ConnectionTraceIntegrationTests: XCTestCase {
    private let methods = ["fork", "spawn", "forkserver"]

    private func traceAndCheck(_ program: String, method: String, timeout: String, status: Int32 = 0, line: UInt = #line,
                               then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 200,
                                                       line: line, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// Two clients (a Unix socket, then TCP): each connection is one object seen from both sides, and every message
    /// sent on one side is linked to its receipt on the other.
    func testAListenerClientExchangeIsTracedOnBothSides() throws {
        for method in methods {
            let (screen, transcript) = try traceAndCheck("connection_listener_client.py", method: method, timeout: "30")
            let opens = transcript.events.filter { $0.is(.connectionOpen) }
            XCTAssertEqual(opens.count, 4, "\(method): two sides of two connections")
            XCTAssertEqual(Set(opens.compactMap(\.object)), ["Connection#1", "Connection#2"], method)
            XCTAssertTrue(opens.allSatisfy { $0.bool(EventField.paired) == true }, method)
            XCTAssertTrue(screen.contains("accept() gave Connection#1 (listener side)"), screen)
            XCTAssertTrue(screen.range(of: #"Client\(\) connected to the Listener at .+: Connection#2 \(client side\)"#,
                                       options: .regularExpression) != nil, screen)
            XCTAssertTrue(screen.contains("recv b'bye tcp-client' on Connection#2 (client side)"), screen)
            XCTAssertTrue(screen.contains("with recv_bytes()"), screen)
            let timeline = TimelineBuilder.build(transcript)
            let deliveries = CausalLinker.pairs(in: timeline).filter { $0.kind == .delivery }
            let sends = timeline.events.indices.filter { timeline.events[$0].is(.pipeSend) }
            XCTAssertEqual(Set(deliveries.map { Int($0.cause) }), Set(sends), "\(method): every send reaches the other side")
            for pair in deliveries {
                let send = timeline.events[Int(pair.cause)], recv = timeline.events[Int(pair.effect)]
                XCTAssertEqual(send.object, recv.object)
                XCTAssertEqual(send.end.flatMap(TraceEvent.otherEnd), recv.end)
                XCTAssertEqual(send.item, recv.item)
            }
        }
    }

    /// A client blocked in recv() until the watchdog: the hang note names the call, the connection and its side, in
    /// English and in Chinese, and the wait is counted as unfinished.
    func testAClientHungInRecvIsExplained() throws {
        for method in methods {
            var chinese = ""
            let (screen, transcript) = try traceAndCheck("connection_client_recv_hang.py", method: method, timeout: "4",
                                                         status: 124) { record in
                chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200",
                                                 record]).stdout.replacingOccurrences(of: "\n    ", with: " ")
            }
            XCTAssertTrue(screen.range(of: #"Why: .*Process-1 waits in recv\(\) on Connection#1 \(client side\) since"#,
                                       options: .regularExpression) != nil, screen)
            XCTAssertTrue(screen.contains("Process-1 in recv() on Connection#1 since"), screen)
            XCTAssertTrue(chinese.contains("在 Connection#1 的 Client 端上的 recv() 中等待"), chinese)
            let unfinished = WaitLedger(TimelineBuilder.build(transcript)).unfinished
            XCTAssertTrue(unfinished.contains { $0.beginKind == .pipeWait && $0.target == "Connection#1" && $0.call == "recv()" },
                          "\(method): \(unfinished)")
        }
    }

    /// `a[i].x += 10` through elements of an Array of Structures: each write recorded with what memory then held.
    func testWritesThroughStructElementsAreRecorded() throws {
        for method in methods {
            let (screen, transcript) = try traceAndCheck("shared_struct_array_writes.py", method: method, timeout: "30")
            XCTAssertTrue(screen.contains("[(11, 2), (13, 7), (15, 18)]"), screen)
            let writes = transcript.events.filter { $0.is(.sharedWrite) && $0.bool(EventField.view) == true }
                .map { "\($0.attr ?? "?")=\($0.string(EventField.value) ?? "?")" }
            XCTAssertEqual(writes, ["[0].x=11", "[1].x=13", "[2].x=15", "[1].y=7", "[2].y=18"], method)
            XCTAssertTrue(screen.contains("wrote 7 to Array#1[1].y through a view (an element or a nested Structure"), screen)
        }
    }
}
