public extension EventField {
    /// Gaps 33A: a `future.set` on a Future already done (`finished`, `cancelled`): the call raised InvalidStateError.
    static let refused = "refused"
    /// A `future.create`'s class, when the program's own subclass of concurrent.futures.Future.
    static let futureClass = "class"
}

public extension EventField {
    /// The variable a creating line assigned the new object to (`fut = Future()`), when the tracer could tell.
    static let variableName = "var"
}
