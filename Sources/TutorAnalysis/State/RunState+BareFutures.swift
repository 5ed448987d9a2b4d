import TutorCore

/// Gaps 33A: concurrent.futures.Future()s the program made itself, outside an executor's submit(). The tracer writes
/// their waits, cancel() and callbacks as a work item's (work 0) under the Future's own label, Future#N.
public extension RunState {
    /// Whether `object` labels a Future the program made itself (`future.create`'s type `Future`), not an executor.
    static func isBareFuture(_ object: String) -> Bool {
        object.hasPrefix("Future#")
    }

    /// "Future#1 (a Future the program made itself)", or several of them in a list.
    static func bareFutures(_ labels: [String]) -> String {
        labels.count == 1 ? Phrase.waitBareFuture.text(["object": labels[0]])
            : Phrase.waitBareFutures.text(["list": labels.joined(separator: Phrase.listComma.text())])
    }
}
