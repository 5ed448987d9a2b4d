extension EventField {
    /// thread.start: the function the thread runs (`_worker` for a ThreadPoolExecutor's worker thread).
    public static let target = "target"
}
