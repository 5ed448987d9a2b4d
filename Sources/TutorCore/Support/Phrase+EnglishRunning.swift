extension Phrase {
    /// The English texts of rare errors: starting a program, its descriptors, the terminal, quiz and present.
    static let englishRunning: [Phrase: String] = [
        .errNotExecutable: "cannot run '{program}': it is not an executable file.",
        .errNoExecutable: "cannot run '{program}': no such executable file.",
        .errNoExecutableOnPath: "cannot run '{program}': no such executable file on PATH.",
        .errNoDirectory: "cannot run in '{folder}': no such directory.",
        .errNoInterpreter: "cannot run '{program}': {reason} (is the interpreter on its #! line installed?)",
        .errCannotRun: "cannot run '{program}': {reason}",
        .errPipe: "cannot create a pipe: {reason}",
        .errOpenStdin: "cannot open {path} as standard input: {reason}",
        .errPassStdin: "cannot pass standard input on: {reason}",
        .errMoveDescriptor: "cannot move descriptor: {reason}",
        .errTerminalSettings: "cannot read the terminal settings",
        .errSingleKey: "cannot switch the terminal to single-key input",
        .errNoQuestions: "lesson '{lesson}' asks no questions",
        .errPresentNeedsTerminal: "present needs a terminal (it draws full screen and reads keys)",
        .hintPresentPipe: "for a pipe, use 'mp-tutor lesson {lesson}'.",
    ]
}
