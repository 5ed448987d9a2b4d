extension EventField {
    /// pool.imap.unread: the results of an imap that had come back to the parent and that the program had not read
    /// when its pool ended (chunks, for a chunked imap).
    public static let unread = "unread"
    /// pool.imap.left (gaps 14A): the results the program took from the imap result after its pool's end, and when it
    /// was counted (`collected`: the program let go of it; `exit`: the process ended holding it).
    public static let readAfter = "read", leftAt = "at"
}
