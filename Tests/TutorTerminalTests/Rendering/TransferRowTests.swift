import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A send that raised, the bytes moved, and a SimpleQueue's close() have rows.
final class TransferRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func rows(_ s: EventScript, from first: Int = 1) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst(first).map(describer.describe)
    }

    /// r6b_pipe_misuse_big: send() on a Pipe(duplex=False)'s read end had no row; a 50 MB send_bytes said no size nor time;
    /// SimpleQueue.close() had no row.
    func testASendThatRaisedBytesMovedAndASimpleQueuesCloseHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeCreate, object: "Pipe#1", [("duplex", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#1",
              [("end", .string("A")), ("call", .string("send()")), ("error", .string("OSError: connection is read-only"))])
        s.add(3, pid: 100, process: "MainProcess", .pipeSend, object: "Pipe#1", [("end", .string("B")), ("item", .string("b'\\x00…'")),
              ("call", .string("send_bytes()")), ("size", .int(50_000_000)), ("took_ns", .int(201_000_000))])
        s.add(205, pid: 100, process: "MainProcess", .pipeRecv, object: "Pipe#1", [("end", .string("A")), ("item", .string("b'\\x00…'")),
              ("waited_ns", .int(0)), ("call", .string("recv_bytes()")), ("size", .int(50_000_000))])
        s.add(206, pid: 100, process: "MainProcess", .queueCreate, object: "SimpleQueue#1", [("type", .string("SimpleQueue"))])
        s.add(207, pid: 100, process: "MainProcess", .queueClose, object: "SimpleQueue#1", [("feeder", .bool(false)), ("simple", .bool(true))])
        let all = rows(s, from: 2)
        XCTAssertEqual(all[0], "send() on Pipe#1 end A raised OSError: connection is read-only: nothing was sent")
        XCTAssertTrue(all[1].hasSuffix(" with send_bytes() (50,000,000 bytes; the call took 201 ms)"), all[1])
        XCTAssertTrue(all[2].hasSuffix(" with recv_bytes() (50,000,000 bytes)"), all[2])
        XCTAssertEqual(all[4], "SimpleQueue#1.close(): this process's two ends of its pipe are closed: a put() or get() here now raises "
                       + "OSError (other processes' ends stay open)")
        // a failed send is never the cause of a receive
        let timeline = s.timeline()
        XCTAssertFalse(CausalLinker.pairs(in: timeline).contains { $0.cause == 2 || $0.effect == 2 })
    }
}
