extension Phrase {
    /// English texts for what a child of multiprocessing reads as standard input (os.devnull).
    static let englishChildStdin: [Phrase: String] = [
        .noteChildStdinDevnull: "input() raised EOFError in {name} because multiprocessing gives every child it starts os.devnull as standard input (process.py's _bootstrap closes sys.stdin and opens os.devnull before run()): input() finds the end of the file at once. A child cannot read the terminal; read the input in the parent and pass it to the child (an argument, a Queue, a Pipe).",
    ]
}
