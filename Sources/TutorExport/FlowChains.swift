import TutorCore
import TutorAnalysis
import TutorTerminal

/// The cause→effect links of a run grouped into flows for the Trace Event format: a pool task's stages
/// (submit → start → end → result → callback) are one flow with steps, every other link is a flow of its
/// own from cause to effect.
struct FlowChains {
    struct Chain {
        var kind: CausalLink.Kind
        /// Event indices, cause first.
        var events: [Int]
    }

    var chains: [Chain] = []

    init(links: [CausalLink]) {
        let tasks = links.filter { $0.kind == .task }
        let taskEffects = Set(tasks.map(\.effect))
        var nextStage: [Int: Int] = [:]
        for link in tasks where nextStage[link.cause] == nil { nextStage[link.cause] = link.effect }
        // A submit of several chunks starts several chains: each begins at a link whose cause is no effect.
        for root in tasks where !taskEffects.contains(root.cause) {
            var events = [root.cause, root.effect]
            var seen: Set<Int> = [root.cause, root.effect]
            while let next = nextStage[events.last!], !seen.contains(next) {
                events.append(next)
                seen.insert(next)
            }
            chains.append(Chain(kind: .task, events: events))
        }
        for link in links where link.kind != .task { chains.append(Chain(kind: link.kind, events: [link.cause, link.effect])) }
    }

    /// Every event a flow starts, steps or ends at.
    var endpoints: Set<Int> { Set(chains.flatMap(\.events)) }
}
