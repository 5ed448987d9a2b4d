import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// shared_memory segments have rows, and one never unlinked is said, run live.
final class SharedMemorySegmentIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: "30", status: 0, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// r5b_shared_memory_list showed only the processes. Segments now have rows and labels in every process, a
    /// ShareableList's items are read and written on rows, and a segment nobody unlinked is said, in both languages.
    func testSharedMemoryHasRowsAndASegmentNeverUnlinkedIsSaid() throws {
        var chinese = ""
        let (screen, transcript) = try trace("g6t_shared_memory_leak.py", method: "spawn") { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
                .replacingOccurrences(of: "\n    ", with: "")
        }
        XCTAssertTrue(screen.range(of: #"SharedMemory#1 created: shared memory segment psm_\w+, 8 bytes"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("ShareableList#1 created: ShareableList [0, 'idle']"), screen)
        XCTAssertEqual(transcript.events.filter { $0.is(.shmAttach) }.count, 4, "each child attaches to both segments")
        XCTAssertTrue(screen.contains("ShareableList#1.unlink(): the segment's name"), screen)
        // since gaps 29B the tracker's own note names the segment (the older segment-leak note is not repeated for it)
        XCTAssertTrue(screen.range(of: #"registered and never unregistered: SharedMemory#1 \(registered by MainProcess at [0-9.]+ s\)"#,
                                   options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("A segment is unregistered only by an unlink() of it, and the record has none."), screen)
        XCTAssertTrue(chinese.contains("SharedMemory#1（由 MainProcess 在"), chinese)
        // the program's own count of what was lost, and the note's (when the race lost any)
        let printed = try XCTUnwrap(transcript.events.first { $0.is(.print) && ($0.text ?? "").hasPrefix("total ") }?.text)
        let lost = try XCTUnwrap(printed.split(separator: " ").dropFirst(5).first)
        if lost != "0" { XCTAssertTrue(screen.contains("of the 6000 updates, and \(lost) were lost"), screen) }
    }
}
