import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 36A, item 1: a timed get() that gave up is no longer blocked, and the leftover-items note does not count items
/// put behind one an exiting process's feeder dropped (they never reached the pipe: `Queue._feed` returns then).
final class Gaps36AQueueLeftTests: XCTestCase {
    /// A child puts 'first', an open file and 'last'; it exits, its feeder (at exit) cannot pickle the file and stops.
    /// The main process's get(timeout=1) gives up. `dropAtExit: false` makes the feeder's drop an ordinary one (no
    /// at-exit feeder wait before it): the feeder then went on and wrote 'last'.
    private func producer(dropAtExit: Bool = true) -> (timeline: Timeline, first: Int, last: Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        s.add(2, pid: 30, ppid: 10, process: "producer", .processStart, [("name", .string("producer")), ("role", .string("child"))])
        s.add(3, pid: 10, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        let first = s.add(10, pid: 30, ppid: 10, process: "producer", .queuePut, object: "Queue#1", [("item", .string("'first'"))])
        s.add(11, pid: 30, ppid: 10, process: "producer", .queuePut, object: "Queue#1", [("item", .string("<TextIOWrapper>"))])
        let last = s.add(12, pid: 30, ppid: 10, process: "producer", .queuePut, object: "Queue#1", [("item", .string("'last'"))])
        s.add(13, pid: 30, ppid: 10, process: "producer", .processRunEnd, [("name", .string("producer")), ("exitcode", .int(0))])
        if dropAtExit {
            s.add(14, pid: 30, ppid: 10, process: "producer", .queueFeederWait, object: "Queue#1", [("at_exit", .bool(true)), ("left", .int(2))])
        }
        s.add(15, pid: 30, ppid: 10, process: "producer", thread: "QueueFeederThread", .queuePutDropped, object: "Queue#1",
              [("item", .string("<TextIOWrapper>")), ("type", .string("TextIOWrapper")), ("message", .string("TypeError: cannot pickle")),
               ("since_put_ns", .int(4_000_000))])
        if dropAtExit { s.add(16, pid: 30, ppid: 10, process: "producer", .queueFeederWaited, object: "Queue#1") }
        s.add(17, pid: 30, ppid: 10, process: "producer", .processExit, [("exitcode", .int(0))])
        s.add(1003, pid: 10, process: "MainProcess", .queueTimeout, object: "Queue#1", [("op", .string("get")), ("timeout", .double(1))])
        s.add(1100, pid: 10, process: "MainProcess", .processExit, [("exitcode", .int(0)), ("observed_by", .string("mp-tutor"))])
        return (s.timeline(), first, last)
    }

    func testATimedGetThatGaveUpIsNoLongerBlocked() {
        let (timeline, _, _) = producer()
        let timeout = timeline.indices(of: .queueTimeout)[0]
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertEqual(replayer.state(after: timeout - 1).queues.first?.blockedGetters.count, 1)
        XCTAssertEqual(replayer.state(after: timeout).queues.first?.blockedGetters, [])
    }

    /// Only 'first' reached the pipe: 'last' was behind the file the exiting feeder could not pickle.
    func testItemsBehindAnExitingFeedersDropAreNotSaidInThePipe() throws {
        let (timeline, first, last) = producer()
        let leftovers = StateQueries.queueLeftovers(in: StateReplayer(timeline: timeline))
        XCTAssertEqual(leftovers, [StateQueries.QueueLeftover(queue: "Queue#1", type: "Queue", puts: [first])])
        let notes = Annotator(timeline: timeline).notes()
        let note = try XCTUnwrap(notes.first { $0.kind == .queueItemsLeft })
        XCTAssertTrue(note.text.contains("'first'") && !note.text.contains("'last'"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations().filter { $0.invariant == "note-premise" }, [])
        // a drop while the process was not exiting: the feeder went on, so 'last' was written too
        let (going, first2, last2) = producer(dropAtExit: false)
        XCTAssertEqual(StateQueries.queueLeftovers(in: StateReplayer(timeline: going)),
                       [StateQueries.QueueLeftover(queue: "Queue#1", type: "Queue", puts: [first2, last2])])
        _ = last
    }
}
