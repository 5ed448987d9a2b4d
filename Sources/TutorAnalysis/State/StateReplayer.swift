import Foundation
import TutorCore

/// Rebuilds `RunState` at any step of a timeline.
///
/// Stepping is replay from the nearest checkpoint, so going back shows exactly what going forward
/// showed: a state depends only on the events before it, never on the path the learner took.
///
/// Checkpoints are made as far as a question reaches, not for the whole run up front: the notes of a
/// million-event run ask about a few early steps, and replaying (and keeping) the rest cost seconds.
/// The step view asks for the rest on a thread of its own (`prepareAll`) once the run is on screen, so
/// that a jump to its end (`G`) finds its checkpoint made instead of replaying the whole run first.
public struct StateReplayer: Sendable {
    public let timeline: Timeline
    private let checkpoints: Checkpoints
    static let checkpointEvery = 256

    public init(timeline: Timeline) {
        self.init(timeline: timeline, checkpointEvery: Self.checkpointEvery)
    }

    /// A replayer with a checkpoint every `every` events (tests use a few, to cross many on a short run).
    init(timeline: Timeline, checkpointEvery every: Int) {
        self.timeline = timeline
        checkpoints = Checkpoints(every: max(1, every))
    }

    /// A replayer over `timeline` that shares `other`'s checkpoints: `timeline` must have the same events and
    /// pool membership (a state depends on nothing else), e.g. the same run with its pool tasks added.
    public init(timeline: Timeline, sharingCheckpointsOf other: StateReplayer) {
        precondition(timeline.events.count == other.timeline.events.count, "the same run")
        self.timeline = timeline
        checkpoints = other.checkpoints
    }

    /// The state just after event `index` (-1: before any event).
    public func state(after index: Int) -> RunState {
        let target = min(max(index, -1), timeline.events.count - 1)
        var state = checkpoints.state(slot: (target + 1) / checkpoints.every, of: timeline)
        var next = state.step + 1
        while next <= target {
            state.apply(next, of: timeline)
            next += 1
        }
        return state
    }

    /// Makes every checkpoint of the run on a thread of its own (once per replayer and its copies), once
    /// `beforehand` has returned there (the step view's loading lowers that thread's priority in it); a question
    /// meanwhile for a checkpoint not made yet waits for it.
    public func prepareAll(after beforehand: @escaping @Sendable () -> Void = {}) {
        prepareAll(startingThread: true, after: beforehand)
    }

    /// `prepareAll`; tests claim the preparation without its thread, to see a view before it gets far.
    func prepareAll(startingThread: Bool, after beforehand: @escaping @Sendable () -> Void = {}) {
        guard checkpoints.claimPreparing() else { return }
        guard startingThread else { return }
        let timeline = timeline, checkpoints = checkpoints
        let thread = Thread {
            beforehand()
            _ = checkpoints.state(slot: .max, of: timeline, preparer: true)
        }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Whether `state(after: index)` answers without waiting for `prepareAll`'s thread: the checkpoint it
    /// starts from is made, or no thread is making them (then the question replays by itself).
    public func isReady(after index: Int) -> Bool {
        let target = min(max(index, -1), timeline.events.count - 1)
        return checkpoints.isReady(slot: (target + 1) / checkpoints.every)
    }

    /// Returns once every checkpoint is made, when `prepareAll`'s thread is making them (at once otherwise).
    public func waitUntilPrepared() {
        checkpoints.waitUntilMade(slot: timeline.events.count / checkpoints.every)
    }

    /// How many events the checkpoints made so far cover (all of them once `prepareAll` is done).
    public var preparedEvents: Int {
        // The last slot made, the events after it (fewer than `every`) replay at once from it.
        let made = checkpoints.count - 1, total = timeline.events.count
        return made >= total / checkpoints.every ? total : made * checkpoints.every
    }

    /// How many checkpoints are made (slot 0, the state before any event, included).
    var checkpointCount: Int { checkpoints.count }

    /// How many events were replayed to make the checkpoints, by every thread that made some.
    var checkpointEventsReplayed: Int { checkpoints.replayedEvents }
}

/// The checkpoints made so far: slot `k` is the state after event `k * checkpointEvery - 1` (slot 0: before
/// any event), made in order up to the furthest slot asked for. Shared by the copies of a replayer.
///
/// The lock is held only to read or add a slot, never while replaying. One thread at a time makes slots past the
/// last: a question for a slot not made yet waits while another thread is making them (`prepareAll`'s, or another
/// question's) and takes over where that one stops, instead of replaying the same events beside it (two threads
/// leapfrogging over the same events took a core from the search index and the notes and answered no sooner; the
/// notes' two threads, `NotePasses`, did so on every run, perf 30).
private final class Checkpoints: @unchecked Sendable {
    private let condition = NSCondition()
    private var states: [RunState] = [RunState()]
    private var preparing = false
    /// A thread is making slots past the last (a question's or `prepareAll`'s).
    private var extending = false
    /// The events replayed to make slots, by every thread (each once: tests).
    private var replayed = 0
    /// Events from one checkpoint to the next.
    let every: Int

    init(every: Int) {
        self.every = every
    }

    var count: Int { locked { states.count } }

    var replayedEvents: Int { locked { replayed } }

    /// Whether slot `slot` is made, or nobody is making the slots (a question makes its own).
    func isReady(slot: Int) -> Bool { locked { !preparing || slot < states.count } }

    /// Waits for slot `slot` while the slots are being made.
    func waitUntilMade(slot: Int) {
        locked { if preparing { while states.count <= slot { condition.wait() } } }
    }

    /// True the first time only.
    func claimPreparing() -> Bool {
        locked {
            defer { preparing = true }
            return !preparing
        }
    }

    /// Slot `slot`'s state, or the last slot's when the timeline ends before it. `preparer`: the caller is
    /// the thread making every slot (it waits only for a question making slots when it begins).
    func state(slot: Int, of timeline: Timeline, preparer: Bool = false) -> RunState {
        let wanted = min(slot, timeline.events.count / every)
        var (state, made): (RunState, Int) = locked {
            while states.count <= wanted, extending || (!preparer && preparing) { condition.wait() }
            if wanted < states.count { return (states[wanted], wanted) }
            extending = true
            return (states[states.count - 1], states.count - 1)
        }
        // Made already: `extending` is another thread's, or nobody's.
        guard made < wanted else { return state }
        var next = made * every
        while made < wanted {
            state.apply(next, of: timeline)
            next += 1
            if next % every == 0 {
                made += 1
                locked {
                    states.append(state)
                    replayed += every
                    condition.broadcast()
                }
            }
        }
        locked {
            extending = false
            condition.broadcast()
        }
        return state
    }

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
