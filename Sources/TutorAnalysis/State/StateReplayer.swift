import Foundation
import TutorCore

/// Rebuilds `RunState` at any step of a timeline.
///
/// Stepping is replay from the nearest checkpoint, so going back shows exactly what going forward
/// showed: a state depends only on the events before it, never on the path the learner took.
///
/// Checkpoints are made as far as a question reaches, not for the whole run up front: the notes of a
/// million-event run ask about a few early steps, and replaying (and keeping) the rest cost seconds.
public struct StateReplayer: Sendable {
    public let timeline: Timeline
    private let checkpoints = Checkpoints()
    static let checkpointEvery = 256

    public init(timeline: Timeline) {
        self.timeline = timeline
    }

    /// The state just after event `index` (-1: before any event).
    public func state(after index: Int) -> RunState {
        let target = min(max(index, -1), timeline.events.count - 1)
        var state = checkpoints.state(slot: (target + 1) / Self.checkpointEvery, of: timeline)
        var next = state.step + 1
        while next <= target {
            state.apply(next, of: timeline)
            next += 1
        }
        return state
    }
}

/// The checkpoints made so far: slot `k` is the state after event `k * checkpointEvery - 1` (slot 0: before
/// any event), made in order up to the furthest slot asked for. Shared by the copies of a replayer.
private final class Checkpoints: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [RunState] = [RunState()]

    /// Slot `slot`'s state, or the last slot's when the timeline ends before it.
    func state(slot: Int, of timeline: Timeline) -> RunState {
        let every = StateReplayer.checkpointEvery
        let wanted = min(slot, timeline.events.count / every)
        lock.lock()
        defer { lock.unlock() }
        if wanted >= states.count {
            var state = states[states.count - 1]
            var next = (states.count - 1) * every
            while states.count <= wanted {
                state.apply(next, of: timeline)
                next += 1
                if next % every == 0 { states.append(state) }
            }
        }
        return states[wanted]
    }
}
