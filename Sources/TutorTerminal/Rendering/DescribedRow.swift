/// A row that is shown, in words: made only for the rows printed, never for the left-out middle of a long run.
struct DescribedRow {
    let row: TimelineRow
    let text: String
    let lastText: String?

    /// The row's text, with the run's last member and count when it stands for several events.
    func display(_ painter: Painter) -> String {
        guard row.count > 1, let lastText else { return text }
        // The count goes first so that it survives when a narrow terminal cuts the row short.
        return "\(row.count)× \(text) \(painter.symbol("…", ascii: "...")) \(lastText)"
    }
}
