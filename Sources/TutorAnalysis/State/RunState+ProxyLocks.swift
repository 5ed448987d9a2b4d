import TutorCore

extension RunState {
    /// The typeids of a Manager's lock-like shared objects: a proxy's `acquire()` that returned True holds it, a
    /// `release()` that returned lets it go (gaps 12B).
    static let proxyLockTypes: Set<String> = ["Lock", "RLock", "Semaphore", "BoundedSemaphore"]

    /// Holds and releases of a Manager's lock through its proxies (`manager.call`), in the same `locks` as the
    /// program's own: the lock lives in the manager's server process, and whichever process called is its holder.
    ///
    /// An `acquire()` is stamped when its answer came back, after the server granted it; a `release()` when it was sent,
    /// before the server ran it (`asked`): each hold the state shows lies inside the real one, so a holder it names
    /// while another process waits truly held the lock then.
    mutating func applyProxyLock(_ e: TraceEvent, who: String) {
        guard e.ok == true, let label = e.object, let type = e.objectType, Self.proxyLockTypes.contains(type) else { return }
        let l = locks.firstIndex { $0.label == label } ?? {
            locks.append(.init(label: label, type: type, holders: [], waiters: []))
            return locks.count - 1
        }()
        switch e.method {
        case "acquire", "__enter__":
            guard e.string(EventField.result) == "True" else { return }
            locks[l].holders.append((who, e.t))
        case "release", "__exit__":
            releaseUnit(of: l, by: who)
        default:
            break
        }
    }
}
