import Foundation

/// Work done on a second thread while the caller does other work, its result taken when the caller needs it:
/// a long run's pool tasks and its summary are each made on one core while the machine has two. The one hand-over
/// of a result between two threads that the timeline (`TimelineBuilder`) and the printed run (`RunPresenter.body`)
/// share.
public final class BesideResult<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T?

    /// Starts `work` on a new thread (with a main thread's stack: the analysis may nest deeply) when `parallel`,
    /// else does it at once.
    public init(if parallel: Bool, _ work: @escaping @Sendable () -> T) {
        guard parallel else {
            value = work()
            return
        }
        let thread = Thread { [self] in put(work()) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether the work has ended (its result is taken without waiting).
    public var isReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return value != nil
    }

    /// The result, waiting for the work to end.
    public func take() -> T {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    private func put(_ result: T) {
        condition.lock()
        value = result
        condition.broadcast()
        condition.unlock()
    }
}
