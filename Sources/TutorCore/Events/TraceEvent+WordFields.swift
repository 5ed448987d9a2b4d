/// The fields that choose between a row's wordings (a call's name, a timeout, a size, a stream), read by the
/// number of their key: the step view's find rules rows out by these on a million events, where finding a
/// field by its name's text cost more than the row's check itself.
public extension TraceEvent {
    /// The call a wait or an end names (`get()`, `result()`, `send_bytes()`, ...); `argsAreCall` reads the same
    /// key as a Bool on a pool task.
    var callText: String? { string(WordKeys.call) }
    /// The exception text a failed call carries.
    var errorText: String? { string(WordKeys.error) }
    /// `stdout` or `stderr` on a print.
    var stream: String? { string(WordKeys.stream) }
    /// A wait's limit in seconds, as the describer reads it (an integer is read as a Double too).
    var timeoutSeconds: Double? { self[key: WordKeys.timeout]?.doubleValue }
    /// The bytes a send_bytes()/recv_bytes() moved.
    var size: Int64? { int(WordKeys.size) }
    /// How long a send() took.
    var tookNs: Int64? { int(WordKeys.tookNs) }
    /// A print's length before the record cut it.
    var chars: Int64? { int(WordKeys.chars) }
    /// A print found in a process's buffer at its exit, this long after it was written.
    var foundAfterNs: Int64? { int(WordKeys.foundAfterNs) }
    /// A print found after its process's end.
    var foundAfterEnd: Bool? { bool(WordKeys.foundAfterEnd) }
    /// A work item's result that was never sent back.
    var unsent: Bool? { bool(WordKeys.unsent) }
}

/// The keys above, numbered once.
private enum WordKeys {
    static let call = EventName(EventField.call)
    static let error = EventName(EventField.error)
    static let stream = EventName(EventField.stream)
    static let timeout = EventName(EventField.timeout)
    static let size = EventName(EventField.size)
    static let tookNs = EventName(EventField.tookNs)
    static let chars = EventName(EventField.chars)
    static let foundAfterNs = EventName(EventField.foundAfterNs)
    static let foundAfterEnd = EventName(EventField.foundAfterEnd)
    static let unsent = EventName(EventField.unsent)
}
