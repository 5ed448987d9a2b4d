extension Phrase {
    /// The English texts of the newline that ends a line printed in parts (a progress line, then print()).
    static let englishLineEnds: [Phrase: String] = [
        .evPrintLineEnded: "{stream} newline: the line printed in parts above ends here, with nothing more on it",
    ]
}
