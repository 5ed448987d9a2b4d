@testable import TutorCore
@testable import TutorTerminal
import XCTest

/// zh30: what a line may not start with, read as a Chinese reader reads the wrapped notes (行首禁则), and a figure kept
/// with its unit.
final class Zh30WrapTests: XCTestCase {
    /// r29s_terminate_writer_holding_lock (fork), the watchdog note at 160 columns: "…fast-writer（pid 6658）从 1.446" ended a
    /// line and "s 起等待获得 Lock#1" began the next: the unit read as a word of its own. A number keeps its unit, in
    /// Chinese and in English, with closing punctuation after the unit; a unit-like word after a non-number still wraps.
    func testAUnitStaysWithItsNumber() {
        XCTAssertEqual(TextWrapper.wrap("fast-writer（pid 6658）从 1.446 s 起等待", width: 32),
                       ["fast-writer（pid 6658）从", "1.446 s 起等待"])
        let texts = ["MainProcess（pid 6574）从 2.469 s 起在 join(fast-writer) 中等待；fast-writer（pid 6658）从 1.446 s 起等待获得 Lock#1。",
                     "join(slow-writer) returned after 10 ms; the watchdog stopped the run after 8.000 s, 300 µs later (2 MB written)",
                     "等了 1.014 s：子进程还没有结束（共等了 300 ms），写了 2 MB。"]
        let units: Set<String> = ["s", "ms", "µs", "MB"]
        for text in texts {
            for width in 8...60 {
                let lines = TextWrapper.wrap(text, width: width)
                for (previous, line) in zip(lines, lines.dropFirst()) {
                    let first = line.split(separator: " ").first.map { String($0.prefix { !$0.isClosingPunctuation }) } ?? ""
                    XCTAssertFalse(units.contains(first) && previous.last?.isNumber == true, "width \(width): “\(previous)” / “\(line)”")
                }
            }
        }
        // "the 2 s" stays together; "as s" (no number before it) may still break
        XCTAssertEqual(TextWrapper.wrap("wait 2 s", width: 6), ["wait", "2 s"])
        XCTAssertEqual(TextWrapper.wrap("was s", width: 4), ["was", "s"])
    }

    /// The brief's list of marks that may not open a line (，。、；：？！）」), after a Chinese character and after code, at
    /// every width from 4 columns on: the wrapper already kept each with the character before it (zh30 checked it; this
    /// test keeps it so).
    func testNoLineStartsWithAClosingMark() {
        for mark in "，。、；：？！）」" {
            for text in ["进程之间\(mark)共享内存的队列和锁", "调用 put()\(mark)然后 get()\(mark)再 join()", "（Process-1 3 个\(mark)退出码 0）"] {
                for width in 4...24 {
                    for line in TextWrapper.wrap(text, width: width) {
                        XCTAssertNotEqual(line.first, mark, "width \(width): \(text) → \(line)")
                    }
                }
            }
        }
    }
}
