import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Lost updates through shared-memory views agree with the program's own count, run live.
final class LostUpdateIntegrationTests: XCTestCase {
    /// The lost-update figure through views agrees with the program's own count, whatever the interleaving gave.
    func testLostUpdatesThroughViewsAgreeWithTheProgramsOwnCount() throws {
        for method in ["fork", "spawn"] {
            let (screen, transcript) = try CorpusTrace.run("r5f_struct_view_race.py", method: method, timeout: "60", width: 1000)
            let prints = transcript.events.filter { $0.is(.print) }.compactMap { $0.text }
            for (name, place) in [("hits", "Array#1[0].hits"), ("n", "Value#1.pos.n")] {
                let line = try XCTUnwrap(prints.first { $0.hasPrefix(name + " ") }, screen)
                let words = line.split(separator: " ").map(String.init)       // "hits 700 of 800 lost 100"
                let lost = try XCTUnwrap(Int(words[5])), total = try XCTUnwrap(Int(words[3]))
                let step = name == "n" ? 2 : 1
                let updates = total / step, landed = updates - lost
                let said = "\(landed) of the \(updates) updates landed and \(lost) were lost"
                if lost > 0 {
                    XCTAssertTrue(screen.contains(said) && screen.contains(place), "\(method) \(line)\n" + screen)
                } else {
                    XCTAssertFalse(screen.contains("read-modify-wrote \(place)"), screen)
                }
            }
        }
    }
}
