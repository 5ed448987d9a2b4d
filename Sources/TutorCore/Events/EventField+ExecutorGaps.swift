extension EventField {
    /// executor.broken: the manager thread's read of a result raised because this process had closed the executor's
    /// result reader under it (`_check_closed`): nothing was read, no worker died (round 11; read since gaps 12B).
    public static let readerClosed = "reader_closed"
    /// future.result (`unsent`): the text of the exception that kept the feeder from sending the work item (gaps 12B).
    public static let message = "message"
    /// future.result (`unsent`): the argument whose pickling raised, by its parameter's name (else `args[i]`), and its class.
    public static let argument = "argument"
    public static let argumentType = "argument_type"
    /// future.submit of a ProcessPoolExecutor: the class of the program's instance the submitted method is bound to
    /// (pickled with the method: each work item gets its own copy; gaps 12B).
    public static let bound = "bound"
}
