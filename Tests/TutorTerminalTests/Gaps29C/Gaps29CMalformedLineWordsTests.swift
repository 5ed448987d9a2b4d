import XCTest
@testable import TutorCore
@testable import TutorTerminal

/// Gaps 29C: every form the capture writes for an unreadable event line is said in Chinese; other text stays as it is.
final class Gaps29CMalformedLineWordsTests: XCTestCase {
    override func tearDown() { Language.current = .en }

    func testEveryCaptureFormIsTranslatedAndOtherTextIsKept() {
        Language.current = .zh
        let cases: [(CompactLine.Problem?, String)] = [
            (nil, "这一紧凑行所代表的 JSON 行读不出来"), (.notCompact, "不是紧凑行（没有 `~` 和形状字母）"),
            (.unknownShape(UInt8(ascii: "Q")), "未知的紧凑行形状 'Q'"), (.unknownShape(0x1b), "未知的紧凑行形状 字节 0x1b"),
            (.badNumber(shape: UInt8(ascii: "a"), index: 2), "紧凑行形状 'a'：第 2 个数字不是 1 到 16 位小写十六进制数字加一个逗号"),
            (.outOfRange(shape: UInt8(ascii: "a"), index: 0), "紧凑行形状 'a'：第 0 个数字超出了有符号 64 位整数的范围"),
        ]
        for (problem, said) in cases {
            let recorded = "812-1.jsonl line 9: " + (problem?.description ?? "the JSON line this compact line stands for is not readable")
            XCTAssertEqual(MalformedLineWords.words(recorded), "812-1.jsonl 第 9 行：" + said, recorded)
        }
        for other in ["812-1.jsonl line 9: something else", "no line number", "x line : y", "x line 1x: the JSON line this compact line stands for is not readable"] {
            XCTAssertEqual(MalformedLineWords.words(other), other)
        }
        Language.current = .en
        XCTAssertEqual(MalformedLineWords.words("812-1.jsonl line 9: not a compact line (no `~` and shape letter)"),
                       "812-1.jsonl line 9: not a compact line (no `~` and shape letter)")
    }

    func testANameEndingInAFullWidthMarkTakesNoSpaceBeforeThePid() {
        XCTAssertEqual(Format.namePid("job1（原名 ForkProcess-2）", 849), "job1（原名 ForkProcess-2）849")
        XCTAssertEqual(Format.namePid("job1 (was ForkProcess-2)", 849), "job1 (was ForkProcess-2) 849")
    }
}
