import TutorCore
import TutorAnalysis
import TutorTerminal

/// The cause→effect links of a run grouped into flows for the Trace Event format: a pool task's stages
/// (submit → start → end → result → callback) are one flow with steps, every other link is a flow of its
/// own from cause to effect.
///
/// Built from the links without their words (`CausalLinker.pairs`), into flat arrays: a million-event run
/// has hundreds of thousands of chains, and an array (or a dictionary entry) per chain costs more than the
/// trace's writing.
struct FlowChains {
    /// Every chain's event indices, one chain after another, cause first.
    private var events: [Int32] = []
    /// Where each chain begins in `events`, and one more entry: where the last one ends.
    private var starts: [Int] = [0]
    private var kinds: [CausalLink.Kind] = []

    /// The number of chains.
    var count: Int { kinds.count }

    /// Chain `n`'s kind and event indices, cause first.
    func chain(_ n: Int) -> (kind: CausalLink.Kind, events: ArraySlice<Int32>) {
        (kinds[n], events[starts[n]..<starts[n + 1]])
    }

    /// - Parameter eventCount: the number of events of the timeline the links index.
    init(pairs: [CausalPair], eventCount: Int) {
        // A link's cause always comes before its effect (the linker only looks back), so a task's stages
        // are in increasing event order and following them ends.
        var isTaskEffect = [Bool](repeating: false, count: eventCount)
        var nextStage = [Int32](repeating: -1, count: eventCount)
        for pair in pairs where pair.kind == .task {
            isTaskEffect[Int(pair.effect)] = true
            if nextStage[Int(pair.cause)] < 0 { nextStage[Int(pair.cause)] = pair.effect }
        }
        events.reserveCapacity(pairs.count * 2)
        // A submit of several chunks starts several chains: each begins at a link whose cause is no effect.
        for root in pairs where root.kind == .task && !isTaskEffect[Int(root.cause)] {
            events.append(root.cause)
            var last = root.effect
            events.append(last)
            while case let next = nextStage[Int(last)], next > last {
                events.append(next)
                last = next
            }
            close(.task)
        }
        for pair in pairs where pair.kind != .task {
            events.append(pair.cause)
            events.append(pair.effect)
            close(pair.kind)
        }
    }

    /// Every event a flow starts, steps or ends at, in event order, each once.
    func endpoints(eventCount: Int) -> [Int] {
        var marked = [Bool](repeating: false, count: eventCount)
        for event in events { marked[Int(event)] = true }
        return marked.indices.filter { marked[$0] }
    }
}

private extension FlowChains {
    mutating func close(_ kind: CausalLink.Kind) {
        kinds.append(kind)
        starts.append(events.count)
    }
}
