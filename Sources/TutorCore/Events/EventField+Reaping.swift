extension EventField {
    /// process.reaped: the program's own multiprocessing call that reaped the child (`is_alive()`, `exitcode`, `join()`,
    /// `start()`, `active_children()`); absent when multiprocessing's own code polled it.
    public static let reapedBy = "reaped_by"
}
