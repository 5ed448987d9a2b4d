import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The message catalog: every phrase in both languages, with the same placeholders, and language choice.
final class PhraseTests: XCTestCase {
    func testEveryPhraseHasBothLanguagesWithTheSamePlaceholders() {
        for phrase in Phrase.allCases {
            guard let english = Phrase.english[phrase], !english.isEmpty else { XCTFail("\(phrase) has no English text"); continue }
            guard let chinese = Phrase.chinese[phrase], !chinese.isEmpty else { XCTFail("\(phrase) has no Chinese text"); continue }
            // `{s}` is English's plural ending: Chinese has none.
            XCTAssertEqual(Set(Self.placeholders(english)).subtracting(["s"]), Set(Self.placeholders(chinese)),
                           "\(phrase): the placeholders differ between the languages")
        }
    }

    func testChineseTextsAreChineseAndUseFullWidthPunctuationBetweenChineseWords() {
        let hanzi = try! NSRegularExpression(pattern: "\\p{Han}")
        let asciiPunctuation = try! NSRegularExpression(pattern: "\\p{Han}[,;:!?]|[,;:!?]\\p{Han}")
        var withoutHanzi: [Phrase] = []
        for phrase in Phrase.allCases {
            let text = phrase.template(in: .zh)
            let range = NSRange(text.startIndex..., in: text)
            let words = text.replacingOccurrences(of: "\\{[a-z0-9]+\\}", with: "", options: .regularExpression)
            if hanzi.firstMatch(in: text, range: range) == nil, words.contains(where: \.isLetter) { withoutHanzi.append(phrase) }
            XCTAssertNil(asciiPunctuation.firstMatch(in: text, range: range), "\(phrase): ASCII punctuation next to Chinese: \(text)")
        }
        // Only texts made of names, symbols and API calls may stay as they are (and a pool task's label, `task 3`,
        // written as on the rows that name it).
        let allowed: Set<Phrase> = [.factPython, .evMaxsize, .errBadParameter, .noteWatchdogProcess, .evSpawn, .evSubmit, .evEventSet, .evEventClear, .evSubprocess,
                                    .noteResultHandlerTask, .evSignalProbeCall, .summaryPoolUnreadError, .noteWorkerWithPid]
        XCTAssertEqual(Set(withoutHanzi).subtracting(allowed), [], "untranslated Chinese phrases")
    }

    func testTheTablesHoldNothingButTheCatalogsKeys() {
        XCTAssertEqual(Phrase.english.count, Phrase.allCases.count)
        XCTAssertEqual(Phrase.chinese.count, Phrase.allCases.count)
    }

    func testPlaceholdersAreFilledOnceAndProgramTextIsNeverFilledAgain() {
        XCTAssertEqual(Phrase.lastPrinted.text(in: .en, ["text": "{t} and {text}", "t": "1.000 s"]),
                       "last printed \"{t} and {text}\" at 1.000 s, then recorded nothing (blocked or busy)")
        XCTAssertEqual(Phrase.summaryWorkerRow.text(in: .en, ["n": 1, "busy": 50]), "1 task · busy 50%")
        XCTAssertEqual(Phrase.summaryWorkerRow.text(in: .en, ["n": 3, "busy": 50]), "3 tasks · busy 50%")
        XCTAssertEqual(Phrase.summaryWorkerRow.text(in: .zh, ["n": 3, "busy": 50]), "3 个任务 · 忙碌 50%")
    }

    func testEventKindsHaveWordsInBothLanguages() {
        for (kind, words) in Phrase.eventKinds {
            XCTAssertFalse(words.en.isEmpty || words.zh.isEmpty, kind)
            XCTAssertNotEqual(words.zh, kind == "*" ? "" : kind.replacingOccurrences(of: ".", with: " "), kind)
        }
        XCTAssertEqual(Phrase.eventKind("pool.callback", in: .zh), "回调")
        XCTAssertEqual(Phrase.eventKind("no.such.kind", in: .zh), "no.such.kind")
    }

    func testLanguageComesFromTheFlagThenMPTutorLangThenTheLocale() throws {
        XCTAssertEqual(try Language.choose(flag: "zh", environment: ["MP_TUTOR_LANG": "en", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(try Language.choose(flag: "en", environment: ["LC_ALL": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["MP_TUTOR_LANG": "zh", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["MP_TUTOR_LANG": "en", "LC_ALL": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]), .en,
                       "LC_ALL wins over LANG, as in every program that reads the locale")
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["LC_MESSAGES": "zh_CN", "LANG": "C"]), .zh)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["LANG": "zh_SG.GB2312"]), .zh)
        XCTAssertEqual(try Language.choose(flag: nil, environment: [:]), .en)
        XCTAssertEqual(try Language.choose(flag: nil, environment: ["LC_ALL": "", "LANG": "zh_CN.UTF-8"]), .zh, "an empty variable is unset")
        XCTAssertThrowsError(try Language.choose(flag: "fr", environment: [:]))
    }

    static func placeholders(_ text: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "\\{([a-z0-9]+)\\}", options: [.caseInsensitive])
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range(at: 1)) }
    }
}
