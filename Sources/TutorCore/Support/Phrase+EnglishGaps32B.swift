extension Phrase {
    /// English texts of gaps 32B: the atexit handlers' runs, in the order Python ran them.
    static let englishGaps32B: [Phrase: String] = [
        .evAtexitRunProgram: "at exit, Python runs the atexit handler {function}() the program registered",
        .evAtexitRunLibrary: "at exit, Python runs the atexit handler {function}(), registered by library code",
        .evAtexitRunMultiprocessing: "at exit, Python runs multiprocessing's own atexit handler, _exit_function() (it terminates the daemonic children still running, then joins the others)",
        .evAtexitRunAfterExitFunction: " — after multiprocessing's _exit_function(){terminated}, as atexit runs the last registered first: multiprocessing.util registered it when imported, after {function}()",
        .evAtexitRunTerminated: ", which terminated {names}",
    ]
}
