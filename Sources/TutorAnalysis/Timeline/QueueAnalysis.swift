import TutorCore

/// Per queue: how deep it got and how often a put or get had to wait.
public struct QueueAnalysis: Sendable, Equatable {
    public struct Figures: Sendable, Equatable {
        public var label: String
        public var puts: Int
        public var gets: Int
        public var maxDepth: Int
        var maxDepthAt: Int64?
        /// Puts and gets that blocked: the tracer saw them about to wait (`queue.wait`: full / empty). A put on an
        /// unbounded queue never blocks, however long it took (its first call starts the feeder thread).
        public var blockedPuts: Int
        public var blockedGets: Int
    }

    public var queues: [Figures]

    /// Depth follows the recorded order of puts and gets; a get is counted when it returned, a put when it returned.
    public init(_ timeline: Timeline) {
        var figures: [Figures] = []
        var depth: [String: Int] = [:]
        let ledger = WaitLedger(timeline)
        let endedAWait = Set(ledger.waits.filter { $0.beginKind == EventKind.queueWait }.compactMap(\.endIndex))
        for (index, event) in timeline.events.enumerated() where event.kind == EventKind.queuePut || event.kind == EventKind.queueGet {
            guard let label = event.object else { continue }
            var i = figures.firstIndex { $0.label == label } ?? -1
            if i < 0 {
                figures.append(Figures(label: label, puts: 0, gets: 0, maxDepth: 0, maxDepthAt: nil, blockedPuts: 0, blockedGets: 0))
                i = figures.count - 1
            }
            let blocked = endedAWait.contains(index)
            if event.kind == EventKind.queuePut {
                figures[i].puts += 1
                if blocked { figures[i].blockedPuts += 1 }
                depth[label, default: 0] += 1
                if depth[label]! > figures[i].maxDepth { figures[i].maxDepth = depth[label]!; figures[i].maxDepthAt = event.t }
            } else {
                figures[i].gets += 1
                if blocked { figures[i].blockedGets += 1 }
                depth[label] = max(0, depth[label, default: 0] - 1)
            }
        }
        queues = figures
    }
}
