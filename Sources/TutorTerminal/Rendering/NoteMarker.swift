import TutorCore

/// The numbered markers that tie a row to its note: ① ② ... (or [1] [2] without Unicode).
enum NoteMarker {
    static func symbol(_ number: Int, painter: Painter) -> String {
        guard painter.capabilities.unicode, (1...20).contains(number) else { return "[\(number)]" }
        return String(UnicodeScalar(0x2460 + UInt32(number - 1))!)
    }
}
