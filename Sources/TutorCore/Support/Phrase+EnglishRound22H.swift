extension Phrase {
    /// The English texts of round 22H (gist-sized scripts): the end of an error_callback said as such; a loop over
    /// an imap result that came to its end.
    static let englishRound22H: [Phrase: String] = [
        .evErrorCallbackEnd: "error_callback for {task} returns",
        .evPoolIterationEnded: "{call} of task {job} came to its end{waited}: every item had been read (the StopIteration that ends a loop, not an error)",
    ]
}
