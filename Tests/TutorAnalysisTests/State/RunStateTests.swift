import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The state rebuilt at each step, and the links from effects to causes.
final class RunStateTests: XCTestCase {
    /// A queue of two items between two processes, and a lock handed from one to the other.
    private func queueAndLockRun() -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        s.add(3, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(4, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        s.add(5, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'a'")), ("waited_ns", .int(0))])
        s.add(6, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'b'")), ("waited_ns", .int(0))])
        s.add(7, pid: 201, ppid: 100, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(8, pid: 100, process: "MainProcess", .lockWait, object: "Lock#1")
        s.add(9, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("'a'")), ("waited_ns", .int(0))])
        s.add(20, pid: 201, ppid: 100, process: "Process-1", .lockRelease, object: "Lock#1")
        s.add(21, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(13_000_000))])
        s.add(22, pid: 201, ppid: 100, process: "Process-1", .processExit, [("exitcode", .int(0))])
        s.add(23, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("Process-1")), ("exitcode", .int(0))])
        return s.timeline()
    }

    func testQueueItemsLocksAndProcessesFollowTheEvents() {
        let replayer = StateReplayer(timeline: queueAndLockRun())
        let afterPuts = replayer.state(after: 6)
        XCTAssertEqual(afterPuts.queues.first?.items.map(\.repr), ["'a'", "'b'"])
        XCTAssertEqual(afterPuts.queues.first?.items.first?.putBy, "Process-1")
        let waiting = replayer.state(after: 8)
        XCTAssertEqual(waiting.locks.first?.holders.map(\.who), ["Process-1"])
        XCTAssertEqual(waiting.locks.first?.waiters.map(\.who), ["MainProcess"])
        XCTAssertEqual(waiting.blocked.map(\.what), ["waits to acquire Lock#1"])
        XCTAssertTrue(waiting.processes.first { $0.pid == 100 }!.activity.hasPrefix("waiting for Lock#1"))
        let afterGet = replayer.state(after: 9)
        XCTAssertEqual(afterGet.queues.first?.items.map(\.repr), ["'b'"], "the get took the oldest item")
        let handedOver = replayer.state(after: 11)
        XCTAssertEqual(handedOver.locks.first?.holders.map(\.who), ["MainProcess"])
        XCTAssertEqual(handedOver.locks.first?.waiters.count, 0)
        XCTAssertEqual(handedOver.blocked, [])
        let end = replayer.state(after: 13)
        XCTAssertEqual(end.processes.first { $0.pid == 201 }?.exitCode, 0)
        XCTAssertNil(end.processes.first { $0.pid == 100 }?.exitCode)
    }

    /// Condition.wait() on an RLock held twice releases and re-takes both levels in one call (`count`).
    func testLockCountReleasesAndTakesSeveralLevels() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock")), ("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0))])
        s.add(3, pid: 100, process: "MainProcess", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .lockRelease, object: "RLock#1", [("count", .int(2))])
        s.add(5, pid: 100, process: "MainProcess", .lockAcquire, object: "RLock#1", [("waited_ns", .int(0)), ("count", .int(2))])
        s.add(6, pid: 100, process: "MainProcess", .lockRelease, object: "RLock#1")
        let timeline = s.timeline()
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertEqual(replayer.state(after: 2).locks.first?.holders.count, 2)
        XCTAssertEqual(replayer.state(after: 3).locks.first?.holders.count, 0)
        XCTAssertEqual(replayer.state(after: 4).locks.first?.holders.count, 2)
        XCTAssertEqual(replayer.state(after: 5).locks.first?.holders.count, 1)
        XCTAssertEqual(timeline.locks.first?.holds.map(\.releasedT), [4 * 1_000_000, 4 * 1_000_000, 6 * 1_000_000, nil])
    }

    func testSharedObjectsKeepTheLastValueOfEachMember() {
        let replayer = StateReplayer(timeline: Fixtures.sharedRun())
        let created = replayer.state(after: 2)
        XCTAssertEqual(created.shared.map(\.label), ["Value#1", "Array#1"])
        XCTAssertEqual(created.shared.map(\.ctype), ["c_int", "c_int[20]"])
        XCTAssertEqual(created.shared.map(\.traced), [true, false])
        XCTAssertEqual(created.shared.first?.members, [])
        let written = replayer.state(after: 4)
        XCTAssertEqual(written.shared.first?.members, [.init(attr: "value", value: "49", how: "wrote", by: "Process-1")])
        let read = replayer.state(after: 6)
        XCTAssertEqual(read.shared.first?.members, [.init(attr: "value", value: "49", how: "read", by: "MainProcess"),
                                                   .init(attr: "[0]", value: "1", how: "wrote", by: "MainProcess")])
    }

    func testGoingBackGivesExactlyTheEarlierState() {
        let timeline = queueAndLockRun()
        let replayer = StateReplayer(timeline: timeline)
        let forward = (-1..<timeline.events.count).map { replayer.state(after: $0) }
        for step in (-1..<timeline.events.count).reversed() {
            XCTAssertEqual(replayer.state(after: step), forward[step + 1], "step \(step)")
        }
    }

    /// Checkpoints are made as far as a question reaches: whatever order steps are asked in, on one replayer
    /// or a fresh one, each state is the one that applying every event in order gives.
    func testStatesAskedInAnyOrderAreThoseOfApplyingEveryEventInOrder() throws {
        let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-vs-processes.jsonl")
        let timeline = TimelineBuilder.build(transcript)
        XCTAssertGreaterThan(timeline.events.count, 2 * StateReplayer.checkpointEvery + 1, "the run spans several checkpoints")
        var expected = [RunState()]
        var state = RunState()
        for index in timeline.events.indices {
            state.apply(index, of: timeline)
            expected.append(state)
        }
        let last = timeline.events.count - 1
        let steps = [last, 0, 300, 255, 256, 511, 512, -1, last / 2, 1, last - 1, 700]
        let shared = StateReplayer(timeline: timeline)
        for step in steps where step <= last {
            XCTAssertEqual(shared.state(after: step), expected[step + 1], "step \(step), one replayer")
            XCTAssertEqual(StateReplayer(timeline: timeline).state(after: step), expected[step + 1], "step \(step), a fresh replayer")
        }
        XCTAssertEqual(shared.state(after: last + 50), expected[last + 1], "past the end: the last state")
    }

    func testLinksTieEffectsToTheirCauses() {
        let timeline = queueAndLockRun()
        let links = CausalLinker.links(in: timeline)
        let delivery = links.first { $0.kind == .delivery }
        XCTAssertEqual(delivery?.cause, 5, "the get received the first put")
        XCTAssertEqual(delivery?.effect, 9)
        XCTAssertEqual(delivery?.text, "got 'a', put by Process-1 at 0.005 s")
        let handOff = links.first { $0.kind == .handOff }
        XCTAssertEqual(handOff?.cause, 10)
        XCTAssertEqual(handOff?.effect, 11)
        XCTAssertEqual(handOff?.text, "got Lock#1 when Process-1 released it at 0.020 s")
        XCTAssertEqual(links.first { $0.kind == .spawn }.map { [$0.cause, $0.effect] }, [3, 4])
        XCTAssertEqual(links.first { $0.kind == .reap }.map { [$0.cause, $0.effect] }, [12, 13])
    }

    func testOnTheRecordedPoolRunEveryTaskStageLinksBack() throws {
        let transcript = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl")
        let timeline = TimelineBuilder.build(transcript)
        let links = CausalLinker.links(in: timeline)
        for (index, event) in timeline.events.enumerated()
        where event.is(anyOf: [.taskStart, .taskEnd, .poolResult, .poolCallback]) {
            let link = links.first { $0.effect == index }
            XCTAssertNotNil(link, "event \(event.seq) \(event.kind) has no cause")
            if let link { XCTAssertLessThan(link.cause, index, "a cause comes before its effect") }
        }
        let state = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1)
        XCTAssertEqual(state.pools.first?.resultsArrived, 10)
        XCTAssertEqual(state.pools.first?.callbacksRun, 10)
        XCTAssertEqual(state.pools.first?.waiting, [])
        XCTAssertTrue(state.processes.allSatisfy { !$0.isAlive })
    }
}
