extension Phrase {
    /// The English texts of round 22H (gist-sized scripts): the end of an error_callback said as such.
    static let englishRound22H: [Phrase: String] = [
        .evErrorCallbackEnd: "error_callback for {task} returns",
    ]
}
