import Foundation

extension RunPresenter {
    /// Runs of at least this many events make their summary on a thread of its own; below, a thread's start
    /// costs more than it saves.
    static let parallelFromEvents = 20_000

    /// Starts `work` on a thread of its own (with a main thread's stack: the analysis may nest deeply) when
    /// `parallel`, else runs it at once; the returned function gives its result, waiting for it if need be.
    static func onAnotherThread<T: Sendable>(if parallel: Bool, _ work: @escaping @Sendable () -> T) -> () -> T {
        guard parallel else {
            let result = work()
            return { result }
        }
        let box = ResultBox<T>()
        let thread = Thread { box.put(work()) }
        thread.stackSize = 8 << 20
        thread.start()
        return { box.take() }
    }
}

/// One result handed from a thread to the one that waits for it.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T?

    func put(_ result: T) {
        condition.lock()
        value = result
        condition.broadcast()
        condition.unlock()
    }

    func take() -> T {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}
