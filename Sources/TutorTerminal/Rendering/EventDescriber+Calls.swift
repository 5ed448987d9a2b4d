import TutorCore

extension EventDescriber {
    /// `f(1, 2)` for a call's arguments (recorded as a tuple); `f × 3 items: 0, 1, 2` for a chunk of a map
    /// (`items` on the event). An old transcript without `items` shows the recorded arguments as they are.
    static func call(_ e: TraceEvent) -> String {
        if let reraised = reraisedInput(e) { return reraised }
        let function = e.function ?? ""
        if let items = e.int(EventField.items) {
            return Phrase.evChunkItems.text(["func": function, "n": items, "args": arguments(e.args)])
        }
        if e.bool(EventField.call) == true { return .joined(function, "(", CallArguments.unpacked(e.args), ")") }
        return .joined(function, "(", e.args ?? "", ")")
    }

    /// `cube(2)` for a submit(); `cube × 2 items: 5, 6` for a chunk of ProcessPoolExecutor.map.
    static func workCall(_ e: TraceEvent) -> String {
        let function = e.function ?? "?"
        if let items = e.int(EventField.items) { return Phrase.evChunkItems.text(["func": function, "n": items, "args": arguments(e.args)]) }
        return "\(function)(\(arguments(e.args)))"
    }

    /// The `target` the tracer gives a ProcessPoolExecutor's manager thread (a Thread subclass without a target).
    static let executorManagerRun = "_ExecutorManagerThread.run"

    /// The pool's own task function that raises, in a worker, what imap's input iterable raised in the parent.
    static let reraisingHelper = "_helper_reraises_exception"

    /// `(1, 2)` → `1, 2`: see `CallArguments`.
    static func arguments(_ tuple: String?) -> String { CallArguments.inner(tuple) }
}

private extension EventDescriber {
    /// imap() and imap_unordered() turn an exception their input iterable raised (in the pool's task-handler thread)
    /// into a task that raises it again in a worker (`multiprocessing.pool._helper_reraises_exception`, its argument
    /// the exception): the row says so instead of naming the pool's helper as if the program had called it.
    static func reraisedInput(_ e: TraceEvent) -> String? {
        guard e.function == reraisingHelper, e.bool(EventField.call) == true, let args = e.args,
              args.hasPrefix("(<"), let close = args.firstIndex(of: ">") else { return nil }
        let error = String(args[args.index(args.startIndex, offsetBy: 2)..<close])
        guard !error.isEmpty else { return nil }
        return Phrase.evTaskReraisesInput.text(["error": error])
    }
}
