extension Phrase {
    /// The English texts added by the eighth truth review: programs as books, courses and utilities write them.
    static let englishRound8: [Phrase: String] = [
        .evManagerServe: "serve_forever(): this process is now a manager's server at {address}; it answers clients until the process ends, each client's connection served by a thread the server names after that client",
        .factStartMethodChildren: "default start method {method}; its processes were started with {methods}",
        .summaryExecutorBackUnsent: " ({n} of them an exception in place of the value: the item returned something its worker could not pickle)",
        .noteTaskStartupWhyForkserver: " (a forkserver worker is forked from the fork server, a process started as a new interpreter when first needed, and then imports the main module again before it runs a task)",
    ]
}
