import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 30: one thread at a time makes the state model's checkpoints past the last. The notes' passes are made on two
/// threads (`NotePasses`), each asking for steps further and further into the run: before, both replayed the same
/// events beside each other (the one behind jumped to the other's checkpoint, then went on replaying the next slot at
/// the same time), so a second core did the first one's work again.
final class CheckpointMakersTests: XCTestCase {
    /// A lock taken and released `times` times by one process.
    private func lockRun(times: Int) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        for k in 0..<times {
            let ms = 2 + Double(k) * 0.01
            s.add(ms, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
            s.add(ms + 0.005, pid: 100, process: "MainProcess", .lockRelease, object: "Lock#1")
        }
        return s.timeline()
    }

    /// Two threads each ask for steps across the whole run, as two threads of note passes do: every event is replayed
    /// once to make the checkpoints, and each answer is the state one thread alone finds.
    func testTwoThreadsAskingFurtherAndFurtherReplayEachEventOnce() {
        let timeline = lockRun(times: 10_000)
        let every = 8, last = timeline.events.count - 1
        let steps = Array(stride(from: 0, through: last, by: 997)) + [last]
        let alone = StateReplayer(timeline: timeline, checkpointEvery: every)
        let expected = steps.map { alone.state(after: $0) }
        for round in 0..<3 {
            let shared = StateReplayer(timeline: timeline, checkpointEvery: every)
            let answers = Answers(threads: 2)
            let done = DispatchGroup()
            for thread in 0..<2 {
                done.enter()
                Thread {
                    answers.set(thread, steps.map { shared.state(after: $0) })
                    done.leave()
                }.start()
            }
            done.wait()
            XCTAssertEqual(shared.checkpointEventsReplayed, (timeline.events.count / every) * every, "round \(round)")
            XCTAssertEqual(answers.all, [expected, expected], "round \(round)")
        }
    }

    /// `prepareAll`'s thread and a question far into the run at once: still every event once, the same state.
    func testAQuestionBesideThePreparerReplaysNothingTwice() {
        let timeline = lockRun(times: 10_000)
        let every = 8, last = timeline.events.count - 1
        let shared = StateReplayer(timeline: timeline, checkpointEvery: every)
        let far = shared.state(after: last / 2)
        shared.prepareAll()
        XCTAssertEqual(shared.state(after: last), StateReplayer(timeline: timeline, checkpointEvery: every).state(after: last))
        shared.waitUntilPrepared()
        XCTAssertEqual(shared.checkpointEventsReplayed, (timeline.events.count / every) * every)
        XCTAssertEqual(shared.state(after: last / 2), far)
    }
}

/// Each thread's answers, under a lock.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [[RunState]]

    init(threads: Int) { answers = Array(repeating: [], count: threads) }

    func set(_ thread: Int, _ states: [RunState]) {
        lock.lock()
        answers[thread] = states
        lock.unlock()
    }

    var all: [[RunState]] {
        lock.lock()
        defer { lock.unlock() }
        return answers
    }
}
