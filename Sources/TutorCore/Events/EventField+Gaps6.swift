extension EventField {
    /// queue.close / queue.join_thread: whether the queue had a feeder thread (a put was made).
    public static let feeder = "feeder"
    /// connection.wait / connection.waited: the objects waited on (or the ready ones), labelled like `object`, and
    /// each connection's end (`ends`, null for a sentinel or another object).
    public static let what = "what"
    public static let ends = "ends"
    /// shared.read / shared.write: true for a ShareableList's item (no lock orders the accesses).
    public static let list = "list"
    /// shm.create / shm.attach: the segment's size in bytes.
    public static let size = "size"
    /// future.submit.error: the exception's type name (`error` holds its text).
    public static let errorType = "error_type"
}
