public extension TraceEvent {
    /// The event a tracer line records, in the process and thread the reader of its file found for it.
    /// - Parameter t: nanoseconds since the run started.
    init(record: TracerRecord, kind: EventName, t: Int64, pid: Int32, ppid: Int32, process: EventName, thread: EventName) {
        self.init(seq: 0, t: t, pid: pid, ppid: ppid, process: process, thread: thread, kind: kind,
                  object: record.object ?? .none, fields: record.fields)
    }
}
