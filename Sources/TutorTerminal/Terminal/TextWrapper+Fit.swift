extension TextWrapper {
    /// `lines` as they are, except that a line wider than `width` is wrapped, its continuation
    /// indented two columns deeper than the line itself (for summaries and warnings, whose
    /// text comes from the run and has no fixed length).
    static func fit(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { line -> [String] in
            guard line.displayWidth > width else { return [line] }
            let leading = line.prefix { $0 == " " }.count
            return wrap(line, width: width, indent: String(repeating: " ", count: leading + 2), firstIndent: "")
        }
    }
}
