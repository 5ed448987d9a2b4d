extension Phrase {
    /// The English texts of an area the tracer could not install in this Python (another version's internals).
    static let englishOtherPythons: [Phrase: String] = [
        .evTracerPatchFailed: "the tracer could not watch {patch} in this Python ({error}): {kinds} could not be recorded in this process",
    ]
}
