import TutorCore

/// The top of the screen: which step, when, where and what; then the event's notes, what caused it and
/// what it led to.
extension StepScreen {
    func headerLine() -> String {
        let event = model.timeline.events[step]
        let laneIndex = model.timeline.laneOfEvent[step]
        let lane = model.timeline.lanes[laneIndex]
        return " " + painter.paint(Phrase.stepHeader.text(["n": step + 1, "total": model.count]), .bold) + "  " + Format.seconds(event.t) + "  "
            + painter.paint(lane.label(at: step), Self.laneStyle(laneIndex), .bold) + "  " + model.descriptions[step]
    }

    func eventLines() -> [String] {
        var out: [String] = []
        for (number, note) in model.notesByEvent[step] ?? [] {
            let marker = NoteMarker.symbol(number, painter: painter)
            let wrapped = TextWrapper.wrap(note.text, width: width - 1, indent: "     ", firstIndent: "   \(marker) ")
            out += wrapped.enumerated().map { $0.offset == 0 ? $0.element.replacingFirst(marker, with: painter.paint(marker, .yellow, .bold)) : $0.element }
        }
        let back = painter.symbol("←", ascii: "<-")
        for link in model.links.links(effect: step) {
            out += TextWrapper.wrap(Phrase.stepLinkCause.text(["text": link.text, "n": link.cause + 1]), width: width - 1, indent: "     ", firstIndent: "   \(back) ")
                .map { painter.paint($0, .cyan) }
        }
        let forward = painter.symbol("→", ascii: "->")
        let effects = model.links.count(cause: step)
        for link in model.links.links(cause: step, limit: 3) {
            let lane = model.timeline.lane(of: link.effect).label
            out.append(painter.paint("   \(forward) " + Phrase.stepLinkEffect.text(["n": link.effect + 1, "lane": lane, "what": plainDescription(link.effect)]), .dim))
        }
        if effects > 3 { out.append(painter.paint("     " + Phrase.stepMoreEffects.text(["n": effects - 3]), .dim)) }
        if model.notesByEvent[step] == nil {
            let next = model.nextAnnotated(after: step).map { Phrase.stepNextNote.text(["n": $0 + 1]) } ?? ""
            out.insert(painter.paint("   " + Phrase.stepNoNote.text(["next": next]), .dim), at: 0)
        }
        return out
    }

    /// An event in words without colour, for a line that is painted as a whole.
    func plainDescription(_ index: Int) -> String {
        ANSIScanner.segments(of: model.descriptions[index]).reduce(into: "") { text, segment in
            if case let .character(character) = segment { text.append(character) }
        }
    }

    /// The colour of a lane: the printed timeline's palette, so a lane keeps its colour in both views.
    static func laneStyle(_ lane: Int) -> TextStyle {
        let palette: [TextStyle] = [.blue, .green, .magenta, .cyan, .yellow, .red]
        return palette[lane % palette.count]
    }
}
