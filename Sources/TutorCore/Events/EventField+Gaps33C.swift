public extension EventField {
    /// Gaps 33C: shm.create / shm.attach: the `track=` the program passed (3.13); absent when it passed none. false: this
    /// process did not register the segment with the resource tracker, and its unlink() does not unregister it.
    static let track = "track"
}
