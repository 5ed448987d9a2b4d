extension EventField {
    /// pool.wait / pool.waited: imap's next() reached by the program iterating over the result (a for loop, dict(),
    /// list(), ...), its call site showing no next().
    public static let iterated = "iterated"
}
