extension EventField {
    /// manager.call that failed: the label of the Manager whose server the proxy talks to (`SyncManager#1`), found by
    /// mp-tutor from the proxy's key (its server's address), so that a call after that manager's shutdown can be told
    /// (round 12).
    public static let managerLabel = "manager_label"
}
