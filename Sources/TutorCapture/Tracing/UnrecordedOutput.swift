import TutorCore

/// How much of what a run really wrote to stdout or stderr no `print` event accounts for: output written past
/// `sys.stdout`/`sys.stderr` (`sys.stdout.buffer.write`, `os.write(1, …)`, a C extension, a subprocess that is not
/// Python) reaches the pipe but no row.
///
/// Counted in characters (Unicode scalars), never in bytes, so the count can only come out too low, never too
/// high: the real output is decoded as UTF-8 with each invalid byte at most one U+FFFD; a recorded line is
/// counted after the sanitizer, which turns a character into one or more (never none); a line the tracer cut
/// counts its kept text plus every character it wrote (`chars`); every piece counts a newline; a line that never reached the pipe (a buffer
/// lost to a kill) still counts. Interleaving does not matter to a sum. So a positive figure is a floor of what
/// is on no row. It is only meaningful when the streams are UTF-8 (or one byte a character): with another
/// encoding (`PYTHONIOENCODING`, a non-UTF-8 locale) nothing is said.
enum UnrecordedOutput {
    /// Characters of `output` (the bytes the run wrote to `stream`) beyond those the `print` events of `stream`
    /// account for; 0 when the recorded lines account for everything (or more).
    static func characters(output: [UInt8], stream: String, events: [TraceEvent]) -> Int {
        guard !output.isEmpty else { return 0 }
        let real = String(decoding: output, as: UTF8.self).unicodeScalars.count
        var recorded = 0
        for event in events where event.is(.print) && event.string(EventField.stream) == stream {
            let text = event.text ?? ""
            recorded += text.unicodeScalars.count
            if let chars = event.int(EventField.chars), chars > 0 { recorded += Int(clamping: chars) }
            // Its newline; a partial piece's too: the newline that ends a line recorded in pieces has no event of its own
            // (and an extra one only makes the count lower, never higher).
            recorded += 1
            if recorded >= real { return 0 }
        }
        return real - recorded
    }

    /// Whether the run's streams write UTF-8 (or one byte per character), so the count above is a floor.
    static func streamsAreUTF8(environment: [String: String]) -> Bool {
        if let forced = environment["PYTHONIOENCODING"], !forced.isEmpty {
            let name = forced.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if !name.isEmpty, !isUTF8(name) { return false }
        }
        if environment["PYTHONUTF8"] == "1" { return true }
        // The locale's charset, as the C library picks it: LC_ALL over LC_CTYPE over LANG.
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        guard let dot = locale.firstIndex(of: ".") else {
            return ["", "C", "POSIX"].contains(locale)      // Python coerces these to UTF-8; "zh_CN" alone may be GB2312
        }
        let charset = String(locale[locale.index(after: dot)...].prefix { $0 != "@" })
        return isUTF8(charset) || plain(charset).hasPrefix("iso8859")      // one byte a character: a floor still
    }

    private static func plain(_ name: String) -> String {
        name.lowercased().filter { $0 != "-" && $0 != "_" }
    }

    private static func isUTF8(_ name: String) -> Bool {
        ["utf8", "u8"].contains(plain(name))
    }
}
