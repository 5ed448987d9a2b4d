extension EventField {
    /// barrier.create of `Barrier(n, action=f)` (gaps 24A): f's name; the last to arrive at each round calls it before
    /// the others are released (threading's `Barrier._release`).
    public static let action = "action"
}
