extension EventField {
    /// queue.put.error (gaps 19A): true when the SimpleQueue's put() raised while pickling the item.
    public static let pickling = "pickling"
}

extension EventField {
    /// signal.set (gaps 19A): what the program set the signal to, `default` (SIG_DFL) or `ignored` (SIG_IGN).
    public static let disposition = "disposition"
}
