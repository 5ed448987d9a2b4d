extension EventField {
    /// `process.parent.alive` (gaps 13B): the parent's name, what is_alive() returned, the calls since the last record.
    public static let parent = "parent"
    public static let alive = "alive"
    public static let calls = "calls"
}
