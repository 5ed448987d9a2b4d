import Foundation
import TutorCore

extension EventDescriber {
    /// as_completed(timeout=…)'s wait: the limit the record holds is what is left of the call's timeout
    /// (`end_time - monotonic()` in concurrent.futures), passed to each wait of its waiter. Round 33T saw the row
    /// "waits in as_completed() for work items 0, 1, 2, 3" with no word of a timeout of 5 s; round 27F had left it out
    /// because the figure is not the timeout the program wrote: it is said as what is left of it.
    func asCompletedLimit(_ e: TraceEvent) -> String {
        guard let left = e.fields[EventField.timeout]?.doubleValue, left.isFinite, left >= 0, left < 1e7 else { return "" }
        return Phrase.evAsCompletedTimeoutLeft.text(["left": Format.duration(left)])
    }
}
