extension EventField {
    /// future.callback.end: how long the done-callback ran.
    public static let ranNs = "ran_ns"
    /// process.error: the object had no name (a subclass whose __init__ skipped Process.__init__); `name` is its class's.
    public static let unnamed = "unnamed"
    /// queue.close: a SimpleQueue's close() (this process's reader and writer closed).
    public static let simple = "simple"
    /// pipe.send (send_bytes()): how long the call took (its `size`, like pipe.recv's, is the bytes the call moved).
    /// manager.call: stamped when the call was sent, not when its answer came (a release, a set, a put: another process
    /// can see its effect before the answer comes back); `waited_ns` is the round trip after the stamp.
    public static let asked = "asked"
    public static let tookNs = "took_ns"
}
