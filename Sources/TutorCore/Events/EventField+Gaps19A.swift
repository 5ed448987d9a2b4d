extension EventField {
    /// queue.put.error (gaps 19A): true when the SimpleQueue's put() raised while pickling the item.
    public static let pickling = "pickling"
}
