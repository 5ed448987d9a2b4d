extension EventField {
    /// pool.imap.unread: the results of an imap that had come back to the parent and that the program had not read
    /// when its pool ended (chunks, for a chunked imap).
    public static let unread = "unread"
}
