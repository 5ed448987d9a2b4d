extension Phrase {
    /// The English texts of what a process printed that the timeline cannot show as printed: text found at its end, a
    /// block buffer lost with it, output sent into a pipe, /dev/null or a file.
    static let englishOutput: [Phrase: String] = [
        .evFoundAtExit: " (written here without a newline; the tracer found it {after} later, at os._exit)",
        .noteBufferedLost: "{name} was ended by {signal} while its stdout was block-buffered (a pipe or file, without PYTHONUNBUFFERED or python -u): what it printed after its stdout was last flushed was still in its buffer and was lost, untraced as well. The tracer cannot see every flush (a full buffer flushes itself), so how much was lost cannot be known: its {n} print row{s} above may show text that never reached the output (print(..., flush=True) or PYTHONUNBUFFERED=1 would have sent each line at once).",
        .evFoundAfterEnd: " (written here without a newline; the process was ended before its newline came, and the tracer found the text after the run)",
        .evPrintIntoPipe: " (into a pipe its parent {parent} reads, as subprocess.run(capture_output=True) does: it never reached the terminal)",
        .evPrintIntoDevnull: " (into /dev/null: it never reached the terminal)",
        .evPrintIntoFile: " (into a file or descriptor its parent {parent} gave it, not the stream it would have inherited)",
    ]
}
