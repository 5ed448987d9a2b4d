extension EventField {
    /// queue.put.changed: the object's short repr when the feeder thread pickled it (its `item` is put()'s).
    public static let sent = "sent"
    /// queue.put.changed: the time from the put row's stamp to the pickling; absent (null) when the feeder pickled the
    /// object before put() had returned.
    public static let sincePutNs = "since_put_ns"
}
