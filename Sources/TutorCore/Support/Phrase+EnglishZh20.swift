extension Phrase {
    /// The English texts of zh20: the separator of a short list of names or numbers inside a sentence.
    static let englishZh20: [Phrase: String] = [
        .listComma: ", ",
    ]
}
