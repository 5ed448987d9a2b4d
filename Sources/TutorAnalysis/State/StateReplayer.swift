import TutorCore

/// Rebuilds `RunState` at any step of a timeline.
///
/// Stepping is replay from the nearest checkpoint, so going back shows exactly what going forward
/// showed: a state depends only on the events before it, never on the path the learner took.
public struct StateReplayer: Sendable {
    public let timeline: Timeline
    private var checkpoints: [RunState]
    static let checkpointEvery = 256

    public init(timeline: Timeline) {
        self.timeline = timeline
        var checkpoints: [RunState] = [RunState()]
        var state = RunState()
        for index in timeline.events.indices {
            state.apply(index, of: timeline)
            if (index + 1) % Self.checkpointEvery == 0 { checkpoints.append(state) }
        }
        self.checkpoints = checkpoints
    }

    /// The state just after event `index` (-1: before any event).
    public func state(after index: Int) -> RunState {
        let target = min(max(index, -1), timeline.events.count - 1)
        let slot = (target + 1) / Self.checkpointEvery
        var state = checkpoints[min(slot, checkpoints.count - 1)]
        var next = state.step + 1
        while next <= target {
            state.apply(next, of: timeline)
            next += 1
        }
        return state
    }
}
