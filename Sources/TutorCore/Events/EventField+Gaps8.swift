extension EventField {
    /// thread.start: the function the thread runs (`_worker` for a ThreadPoolExecutor's worker thread).
    public static let target = "target"
}

extension EventField {
    /// subprocess.spawn: where the child's stdout went when not inherited (`pipe`, `devnull`, `file`).
    public static let stdout = "stdout"
    /// subprocess.spawn: where the child's stderr went when not inherited (`pipe`, `devnull`, `stdout`, `file`).
    public static let stderr = "stderr"
}
