extension Phrase {
    /// The English texts of gaps 18A: the program's get_start_method() that fixed the start method.
    static let englishGaps18A: [Phrase: String] = [
        .evStartMethodFixed: "{call} fixes the start method: {method}; from now on set_start_method() without force=True raises RuntimeError (context has already been set)",
    ]
}
