extension EventKind {
    /// Hashes the case, not its written name: an enum with raw values otherwise hashes its `rawValue` String, and
    /// the analysis looks kinds up in dictionaries once per event (a 1M-event replay spent about 8% of its time in
    /// the hasher). Equal kinds are the same case, so they hash alike.
    @inlinable public func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: self) { hasher.combine(bytes: $0) }
    }
}
