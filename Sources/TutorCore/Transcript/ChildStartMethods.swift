/// How a run's children were started, as their parents recorded it (`process.spawn`'s `method`, round 8): a program
/// can start processes with another method than the default, through `get_context(...)` or an executor's
/// `mp_context`, and then the header's start method (the default) is not how its processes began.
public enum ChildStartMethods {
    /// The methods the children were started with, in the order first used (empty for transcripts without them).
    public static func of(_ events: [TraceEvent]) -> [String] {
        var methods: [String] = []
        for e in events where e.is(.processSpawn) {
            if let m = e.string(EventField.method), !methods.contains(m) { methods.append(m) }
        }
        return methods
    }

    /// The method each child was started with, by its pid.
    public static func byChild(_ events: [TraceEvent]) -> [Int32: String] {
        var methods: [Int32: String] = [:]
        for e in events where e.is(.processSpawn) {
            if let pid = e.childPid, let m = e.string(EventField.method) { methods[pid] = m }
        }
        return methods
    }
}
