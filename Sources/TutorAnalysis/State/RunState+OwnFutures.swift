import TutorCore

/// Gaps 35B (gaps 33A's leftover): the step panel's count of the concurrent.futures Futures the program made itself
/// (Future#N), at each step, settled as the summary counts them (`SummaryRenderer.bareFutureLines`): by the first
/// set_result()/set_exception() not refused, or a cancel() that returned True; a refused set changes nothing.
public extension RunState {
    struct OwnFutures: Sendable, Equatable {
        /// Every Future#N made so far, in the order made.
        public var made: [String] = []
        /// How each settled: set by set_result(), by set_exception(), or cancelled.
        public var settled: [String: Settled] = [:]

        public enum Settled: Sendable, Equatable { case result, exception, cancelled }

        /// Those not settled yet, in the order made.
        public var pending: [String] { made.filter { settled[$0] == nil } }
        public func count(_ how: Settled) -> Int { settled.values.filter { $0 == how }.count }
    }
}

extension RunState {
    mutating func applyOwnFuture(_ e: TraceEvent) {
        guard let object = e.object, Self.isBareFuture(object) else { return }
        switch e.known {
        case .futureCreate:
            if !ownFutures.made.contains(object) { ownFutures.made.append(object) }
        case .futureSet:
            guard e.string(EventField.refused) == nil, ownFutures.settled[object] == nil else { return }
            ownFutures.settled[object] = e.ok == false ? .exception : .result
        case .futureCancel:
            guard e.ok == true, ownFutures.settled[object] == nil else { return }
            ownFutures.settled[object] = .cancelled
        default:
            return
        }
    }
}
