extension EventField {
    /// manager.call: true when a `manager.wait` came before it (the call could block in the server), so a wait the
    /// record never saw end can be told from one that ended.
    public static let waited = "waited"
}
