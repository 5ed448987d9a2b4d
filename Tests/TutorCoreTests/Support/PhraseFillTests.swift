import Foundation
import XCTest
@testable import TutorCore

/// Filling a phrase looks its values up where the template names them; it gives what filling from a dictionary
/// of every value gave, for every phrase in both languages.
final class PhraseFillTests: XCTestCase {
    /// The way phrases were filled before: every pair into a dictionary (the last of a name wins), `{s}` from `n`; a
    /// value that begins with a Latin letter or a digit right after Chinese text set apart by a space (gaps 17A).
    private static func dictionaryFill(_ template: String, _ values: KeyValuePairs<String, any CustomStringConvertible>) -> String {
        var lookup: [String: String] = [:]
        for (name, value) in values { lookup[name] = value.description }
        if let n = lookup["n"].flatMap(PluralChoice.count), lookup["s"] == nil { lookup["s"] = n == 1 ? "" : "s" }
        // gaps 38A: `{key?singular|plural}` from the number `key` holds
        func choice(_ name: String) -> String? {
            guard lookup[name] == nil, let choice = PluralChoice(name), let n = lookup[choice.key].flatMap(PluralChoice.count) else { return nil }
            return choice.pick(n)
        }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            let found = lookup[name] ?? choice(name)
            let value = found ?? "{\(name)}"
            out += (found != nil && PhraseTemplateTests.setApart(value, after: rest[..<open]) ? " " : "") + value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    func testEveryPhraseIsFilledAsFromADictionaryOfItsValues() {
        let sets: [KeyValuePairs<String, any CustomStringConvertible>] = [
            [:],
            ["n": 1, "task": "task 3", "object": "Queue#1", "item": "'{n}'", "pid": 42],
            ["n": 2, "s": "S!", "name": "Process-1", "code": -15, "duration": "1.5 ms", "waited": " after 2 ms"],
            // A name twice: the last one counts; `n` not a number: no plural ending is made up.
            ["n": "many", "object": "Lock#1", "object": "Lock#2", "query": "中文 {query}", "total": 9],
            ["n": 1, "n": 3, "mb": "184.3", "seconds": "2.5 s", "message": "{message}"],
        ]
        var filled = 0
        for phrase in Phrase.allCases {
            for language in [Language.en, .zh] {
                let template = phrase.template(in: language)
                for values in sets {
                    XCTAssertEqual(phrase.text(in: language, values), Self.dictionaryFill(template, values), "\(phrase) \(language)")
                    var lookup: [String: String] = [:]
                    for (name, value) in values { lookup[name] = value.description }
                    XCTAssertEqual(phrase.text(in: language, filling: lookup), Self.dictionaryFill(template, values), "\(phrase) \(language)")
                    filled += 1
                }
            }
        }
        XCTAssertGreaterThan(filled, 1000)
    }
}
