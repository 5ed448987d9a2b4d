extension Phrase {
    /// The English texts of guard 25: `mp-tutor replay FOLDER` (a folder of per-process event files).
    static let englishGuard25: [Phrase: String] = [
        .errEventsFolderUnreadable: "not a folder mp-tutor can read",
        .errEventsFolderNoProcess: "no per-process event file (*.jsonl) here starts with a readable \"proc\" line ({lost} lines or files could not be read)",
        .summaryTracerFramesPrinted: "lines above that name mptutor_trace/ are mp-tutor's tracer, not your program: a stack the program printed (traceback.print_stack, faulthandler) includes the tracer's frames, which cannot be left out of its output; untraced they are not there",
    ]
}
