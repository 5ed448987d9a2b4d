extension EventField {
    /// On `process.close`: true when the object was closed already (a second close() does nothing; gaps 13A).
    public static let again = "again"
    /// On `process.create.error`: the process counter's number the failed object took before it raised (gaps 13A).
    public static let number = "number"
    /// On `event.polled`: how many is_set() polls returned `result`, since when (to the line), and what the poll that
    /// changed the result returned (null: written at the thread's end; gaps 13A).
    public static let polls = "polls", sinceNs = "since_ns", then = "then"
}
