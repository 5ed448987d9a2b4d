import Foundation
import XCTest
@testable import TutorCore

/// Gaps 38A (round 37Z's leftovers): English plurals ("1 acquisitions", "1 timed acquire(s) gave up", "so 1 are
/// unfinished") and a Chinese name between the spaces a template sets for Latin names ("加法0 和 加法2 都从").
final class Gaps38APluralTests: XCTestCase {
    /// Every English template with a placeholder, filled with 1 and with 2 for each count: no "(s)" or "(es)" is left,
    /// and no plural choice is left unfilled.
    func testNoEnglishTemplateSaysItsPluralInParentheses() {
        var marked: [String] = []
        for phrase in Phrase.allCases {
            let english = Phrase.english[phrase] ?? ""
            if english.contains("(s)") || english.contains("(es)") { marked.append("\(phrase): \(english)") }
        }
        XCTAssertEqual(marked, [], marked.joined(separator: "\n"))
    }

    /// No template puts a bare `{n}` before a plural noun: "1 acquisitions", "1 events".
    func testNoEnglishTemplatePutsACountBeforeABarePluralNoun() throws {
        let bare = try NSRegularExpression(pattern: "\\{n\\} (acquisitions|events|tasks|chunks|items|times|calls|bytes|parties|processes|waits|results|workers|submissions|updates|writes|reads)\\b")
        var found: [String] = []
        for phrase in Phrase.allCases {
            let english = Phrase.english[phrase] ?? ""
            if bare.firstMatch(in: english, range: NSRange(english.startIndex..., in: english)) != nil { found.append("\(phrase): \(english)") }
        }
        XCTAssertEqual(found, [], found.joined(separator: "\n"))
    }

    /// Each template this branch touched, rendered with 1 and with 2.
    func testEachTouchedTemplateRendersOneAndTwo() {
        func en(_ phrase: Phrase, _ values: KeyValuePairs<String, any CustomStringConvertible>) -> String { phrase.text(in: .en, values) }
        XCTAssertEqual(en(.summaryLock, ["object": "Lock#2", "type": "Lock", "n": 1, "contended": 0]), "Lock#2 (Lock): 1 acquisition, 0 had to wait")
        XCTAssertEqual(en(.summaryLock, ["object": "Lock#2", "type": "Lock", "n": 2, "contended": 1]), "Lock#2 (Lock): 2 acquisitions, 1 had to wait")
        XCTAssertEqual(en(.summaryLockGaveUp, ["n": 1]), ", 1 timed acquire gave up")
        XCTAssertEqual(en(.summaryLockGaveUp, ["n": 2]), ", 2 timed acquires gave up")
        XCTAssertEqual(en(.summaryLockNeverEnded, ["n": 1, "list": "x"]), ", 1 wait never ended (x)")
        XCTAssertEqual(en(.summaryLockNeverEnded, ["n": 2, "list": "x"]), ", 2 waits never ended (x)")
        let one = en(.hangUnfinishedItems, ["who": "w", "queue": "Q", "put": 1, "done": 0, "left": 1, "takers": "t"])
        XCTAssertTrue(one.contains(": 1 was put and 0 marked done, so 1 is unfinished"), one)
        let two = en(.hangUnfinishedItems, ["who": "w", "queue": "Q", "put": 6, "done": 5, "left": 1, "takers": "t"])
        XCTAssertTrue(two.contains(": 6 were put and 5 marked done, so 1 is unfinished"), two)
        let many = en(.hangUnfinishedItems, ["who": "w", "queue": "Q", "put": 6, "done": 4, "left": 2, "takers": "t"])
        XCTAssertTrue(many.contains(": 6 were put and 4 marked done, so 2 are unfinished"), many)
        XCTAssertEqual(en(.summaryLeftovers, ["n": 1, "pids": "7"]), "mp-tutor stopped 1 process still alive after the main one ended: pid 7")
        XCTAssertEqual(en(.summaryLeftovers, ["n": 2, "pids": "7, 8"]), "mp-tutor stopped 2 processes still alive after the main one ended: pid 7, 8")
        XCTAssertEqual(en(.waitConnections, ["n": 1, "pipes": 1]), "1 object (1 Pipe end)")
        XCTAssertEqual(en(.waitConnections, ["n": 2, "pipes": 2]), "2 objects (2 Pipe ends)")
        XCTAssertEqual(en(.summaryImapGiven, ["job": 0, "method": "imap", "items": 1, "chunks": 1, "started": 1, "never": 0]),
                       "task 0 (imap) was given 1 item in 1 chunk: 1 started, 0 never started")
        XCTAssertEqual(en(.summaryImapGiven, ["job": 0, "method": "imap", "items": 2, "chunks": 2, "started": 2, "never": 0]),
                       "task 0 (imap) was given 2 items in 2 chunks: 2 started, 0 never started")
        XCTAssertTrue(en(.evImapLeftNothing, ["object": "P", "never": 1]).hasSuffix("so the 1 result that had come back was never read"))
        XCTAssertTrue(en(.evImapLeftNothing, ["object": "P", "never": 2]).hasSuffix("so the 2 results that had come back were never read"))
        XCTAssertEqual(en(.summaryRecord, ["n": 1]), "record: 1 event")
        XCTAssertEqual(en(.summaryRecord, ["n": "1,234"]), "record: 1,234 events")
        XCTAssertEqual(en(.countItems, ["n": 1]), "1 item")
        XCTAssertEqual(en(.countItems, ["n": 2]), "2 items")
        XCTAssertEqual(en(.countTimes, ["n": 1]), "1 time")
        XCTAssertEqual(en(.evBarrierCreate, ["object": "Barrier#1", "n": 1]), "Barrier#1 created: 1 party")
        XCTAssertEqual(en(.evBarrierCreate, ["object": "Barrier#1", "n": 3]), "Barrier#1 created: 3 parties")
        XCTAssertEqual(en(.summaryBarrier, ["label": "B", "n": 1, "waits": "w"]), "B (1 party): w")
        XCTAssertEqual(en(.countBarrierWaits, ["n": 1]), "1 wait() call")
        XCTAssertEqual(en(.countBarrierWaits, ["n": 3]), "3 wait() calls")
        XCTAssertEqual(en(.panelQueueCount, ["n": 1]), "1 item")
        XCTAssertEqual(en(.panelQueueCount, ["n": 0]), "0 items")
        XCTAssertEqual(en(.panelQueueBounded, ["n": 0, "max": 1]), "0 of 1 item")
        XCTAssertEqual(en(.panelQueueBounded, ["n": 1, "max": 4]), "1 of 4 items")
        // Chinese has no plural: the same words for 1 and 2
        XCTAssertEqual(Phrase.summaryLock.text(in: .zh, ["object": "L", "type": "Lock", "n": 1, "contended": 0]), "L（Lock）：获得 1 次，其中 0 次要等待")
    }

    /// A Chinese name is a Chinese word: no space between it and the Chinese around it; a Latin name keeps its spaces.
    func testAChineseNameTakesNoSpacesAroundItInChineseText() {
        let values: KeyValuePairs<String, any CustomStringConvertible> = ["a": "加法0", "b": "加法2", "object": "Value#1.value", "old": 1159,
                                                                          "theirs": 1160, "mine": 1160, "t": "1 s"]
        let zh = Phrase.noteLostUpdate.text(in: .zh, values)
        XCTAssertTrue(zh.hasPrefix("加法0和加法2都从 Value#1.value 读到了 1159；加法0写入了 1160，随后加法2没有重新读取就写入了 1160"), zh)
        let latin = Phrase.noteLostUpdate.text(in: .zh, ["a": "alice", "b": "bob", "object": "Value#1.value", "old": 1, "theirs": 2, "mine": 2])
        XCTAssertTrue(latin.hasPrefix("alice 和 bob 都从 Value#1.value 读到了 1；alice 写入了 2，随后 bob 没有重新读取就写入了 2"), latin)
        // English text is untouched by a Chinese value
        XCTAssertTrue(Phrase.noteLostUpdate.text(in: .en, values).hasPrefix("加法0 and 加法2 "), Phrase.noteLostUpdate.text(in: .en, values))
    }
}
