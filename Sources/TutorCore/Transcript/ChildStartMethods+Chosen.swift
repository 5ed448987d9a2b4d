/// The start methods the main process chose with `set_start_method()`, in order (round 14): a program that calls it
/// again with `force=True` starts its later children another way, and "the default start method" is then neither.
public extension ChildStartMethods {
    /// The methods of the main process's `set_start_method()` calls that took effect, in order, a repeat of the method
    /// already in force left out; empty when it never called it. A call that raised changed nothing. A call with
    /// `force=True` that replaced a method already fixed lists that method first.
    static func chosenByMain(_ events: [TraceEvent]) -> [String] {
        guard let main = events.first(where: { $0.is(.processStart) && $0.string(EventField.role) == "main" })?.pid else { return [] }
        var methods: [String] = []
        for e in events where e.is(.processStartMethod) && e.pid == main && e.ok != false {
            // force=True replaced a method already fixed, perhaps by get_start_method() and no call of its own (round 17M)
            if e.bool(EventField.force) == true, let was = e.string(EventField.was), methods.last != was { methods.append(was) }
            if let m = e.method, methods.last != m { methods.append(m) }
        }
        return methods
    }
}
