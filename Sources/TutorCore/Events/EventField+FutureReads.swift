extension EventField {
    /// executor.create: the tracer records every result()/exception() that read a work item's exception (`future.read`
    /// for a done Future, `future.waited` otherwise), so an exception none read can be told (gaps 11B).
    public static let reads = "reads"
}
