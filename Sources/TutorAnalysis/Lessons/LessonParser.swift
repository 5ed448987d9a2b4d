import Foundation
import TutorCore

/// Reads a lesson file: front matter between `---` lines, then markdown.
///
/// Every mistake names the file and line, because lesson authors fix them by opening the file there.
enum LessonParser {
    static let knownKeys: Set<String> = ["id", "title", "unit", "summary", "seeds", "demo", "timeout", "params",
                                         "variants", "claims", "notes", "questions", "sample_os", "lang"]

    static func load(path: String) throws -> Lesson {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MPTutorError.badInput(file: path, line: nil, message: Phrase.lessonUnreadable.text())
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MPTutorError.badInput(file: path, line: nil, message: Phrase.lessonNotUTF8.text())
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws -> Lesson {
        func fail(_ line: Int?, _ message: String) -> MPTutorError { .badInput(file: file, line: line, message: message) }
        let (lines, close) = try fenced(text, file: file)
        let meta: FrontMatter
        do {
            meta = try FrontMatterParser.parse(Array(lines[1..<close]), firstLine: 2)
        } catch {
            throw fail(error.line, error.message)
        }
        for key in meta.keys where !knownKeys.contains(key) {
            throw fail(meta[key]?.line, Phrase.lessonUnknownKey.text(["key": key, "keys": knownKeys.sorted().joined(separator: ", ")]))
        }
        func required(_ key: String) throws -> String {
            guard let value = meta[key]?.text, !value.isEmpty else { throw fail(meta[key]?.line ?? 2, Phrase.lessonNeeds.text(["key": key])) }
            return value
        }
        let directory = (file as NSString).deletingLastPathComponent
        let timeoutText = meta["timeout"]?.text ?? "30"
        guard let timeout = DecimalNumber.double(timeoutText), WatchdogLimit.allows(timeout) else {
            throw fail(meta["timeout"]?.line, Phrase.lessonTimeout.text(["max": Int(WatchdogLimit.maximumSeconds), "value": timeoutText]))
        }
        let parameters = try parseParameters(meta["params"], fail: fail)
        let variants = try parseVariants(meta["variants"], fail: fail)
        let lesson = Lesson(
            id: try required("id"), title: try required("title"), unit: meta["unit"]?.text ?? "",
            summary: meta["summary"]?.text ?? "", seeds: meta["seeds"]?.items?.compactMap(\.text) ?? [],
            file: file, directory: directory.isEmpty ? "." : directory, demo: try required("demo"), timeout: timeout,
            parameters: parameters, variants: variants,
            claims: try parseClaims(meta["claims"], parameters: parameters, variants: variants, fail: fail),
            notes: try parseNotes(meta["notes"], parameters: parameters, variants: variants, fail: fail),
            body: TextSanitizer.neutralize(lines[(close + 1)...].joined(separator: "\n"), keepColors: false), bodyLine: close + 2)
        var result = lesson
        result.sampleOS = meta["sample_os"]?.text == "true"
        result.questions = try parseQuestions(meta["questions"], parameters: parameters, variants: variants, fail: fail)
        if let lang = meta["lang"] {
            guard let language = lang.text.flatMap(Language.named) else {
                throw fail(lang.line, Phrase.lessonLang.text(["value": lang.text ?? ""]))
            }
            result.language = language
        } else if (directory as NSString).lastPathComponent == "zh" {
            result.language = .zh
        }
        return result
    }
}

extension LessonParser {
    typealias Fail = (Int?, String) -> MPTutorError

    /// The lesson's lines and the index of the line that closes its front matter (line 0 opens it).
    /// CRLF line ends (a lesson saved on Windows) read as LF; `\r\n` is one Character, so they are
    /// replaced before the split.
    static func fenced(_ text: String, file: String) throws -> (lines: [Substring], close: Int) {
        let lines: [Substring]
        if text.utf8.contains(0x0D) {
            let text = text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        } else {
            // Without a CR, every LF is a Character of its own: splitting the bytes cuts the same lines,
            // without finding every grapheme boundary on the way.
            lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        }
        guard let first = lines.first, isFence(first) else {
            throw MPTutorError.badInput(file: file, line: 1,
                                        message: Phrase.lessonNoFrontMatter.text())
        }
        guard let close = lines.dropFirst().firstIndex(where: isFence) else {
            throw MPTutorError.badInput(file: file, line: 1, message: Phrase.lessonFrontMatterOpen.text())
        }
        return (lines, close)
    }

    /// A `---` line, with blanks (`CharacterSet.whitespaces`: spaces and tabs) around it allowed. Checked on
    /// scalars rather than with Foundation's `trimmingCharacters`, which costs a bridge per line.
    static func isFence(_ line: Substring) -> Bool {
        // Nearly every line is rejected by its first byte after spaces and tabs: an ASCII byte other than
        // `-` (the only ASCII blanks of `CharacterSet.whitespaces` are space and tab), or none at all.
        let utf8 = line.utf8
        guard let first = utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0x2D || first >= 0x80 else { return false }
        // ASCII (nearly every line): the blanks of `CharacterSet.whitespaces` there are space and tab.
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = line.utf8.drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = bytes.reversed().drop { $0 == 0x20 || $0 == 0x09 }
            return trimmed.count == 3 && trimmed.allSatisfy { $0 == 0x2D }
        }
        var scalars = line.unicodeScalars[...]
        while let first = scalars.first, CharacterSet.whitespaces.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, CharacterSet.whitespaces.contains(last) { scalars.removeLast() }
        return scalars.elementsEqual("---".unicodeScalars)
    }

    /// The value of `variants`: what the lesson and `list` both read.
    static func parseVariants(_ value: FrontMatter?, fail: Fail) throws -> [LessonVariant] {
        try maps(value, key: "variants", fail: fail).map { item in
            guard let id = item["id"]?.text else { throw fail(item.line, Phrase.lessonVariantId.text()) }
            return LessonVariant(id: id, summary: item["summary"]?.text ?? "",
                                 arguments: item["args"]?.items?.compactMap(\.text) ?? [])
        }
    }
}

private extension LessonParser {

    static func maps(_ value: FrontMatter?, key: String, fail: Fail) throws -> [FrontMatter] {
        guard let value else { return [] }
        guard let items = value.items else { throw fail(value.line, Phrase.lessonListItems.text(["key": key])) }
        for item in items where item.keys.isEmpty { throw fail(item.line, Phrase.lessonItemKeys.text(["key": key])) }
        return items
    }

    static func parseParameters(_ value: FrontMatter?, fail: Fail) throws -> [LessonParameter] {
        try maps(value, key: "params", fail: fail).map { item in
            guard let name = item["name"]?.text, let value = item["default"]?.text else {
                throw fail(item.line, Phrase.lessonParamNeeds.text())
            }
            let inferred = DecimalNumber.int(value) != nil ? "int" : DecimalNumber.double(value) != nil ? "float" : "string"
            guard let kind = LessonParameter.Kind(rawValue: item["type"]?.text ?? inferred) else {
                throw fail(item["type"]?.line, Phrase.lessonParamType.text())
            }
            func bound(_ key: String) throws -> Double? {
                guard let entry = item[key] else { return nil }
                guard let text = entry.text, let number = DecimalNumber.double(text) else {
                    throw fail(entry.line, Phrase.lessonParamBound.text(["key": key, "name": name, "value": entry.text ?? Phrase.lessonAList.text()]))
                }
                return number
            }
            let parameter = LessonParameter(name: name, kind: kind, defaultValue: value, minimum: try bound("min"),
                                            maximum: try bound("max"), help: item["help"]?.text ?? "")
            if let min = parameter.minimum, let max = parameter.maximum, min > max {
                throw fail(item["min"]?.line, Phrase.lessonParamMinMax.text(["name": name, "min": LessonParameters.show(min), "max": LessonParameters.show(max)]))
            }
            if let problem = LessonParameters.problem(with: value, for: parameter) {
                throw fail(item["default"]?.line, Phrase.lessonParamDefault.text(["name": name, "value": value, "problem": problem]))
            }
            return parameter
        }
    }

    static func checkVariants(_ names: [String], _ variants: [LessonVariant], line: Int, fail: Fail) throws {
        for name in names where name != LessonVariant.defaultID && !variants.contains(where: { $0.id == name }) {
            throw fail(line, Phrase.lessonUnknownVariant.text(["name": name,
                "list": ([LessonVariant.defaultID] + variants.map(\.id)).joined(separator: ", ")]))
        }
    }

    static func parseClaims(_ value: FrontMatter?, parameters: [LessonParameter], variants: [LessonVariant],
                            fail: Fail) throws -> [LessonClaim] {
        try maps(value, key: "claims", fail: fail).map { item in
            guard let text = item["say"]?.text, let check = item["check"]?.text else {
                throw fail(item.line, Phrase.lessonClaimNeeds.text())
            }
            let line = item["check"]?.line ?? item.line
            let filled = LessonParameters.fill(check, with: Dictionary(parameters.map { ($0.name, $0.defaultValue) }) { a, _ in a })
            do throws(ClaimParser.Failure) {
                try validate(try ClaimParser.parse(filled))
            } catch {
                throw fail(line, Phrase.lessonCheckUnreadable.text(["check": check, "message": error.message]))
            }
            let only = item["variants"]?.items?.compactMap(\.text) ?? []
            try checkVariants(only, variants, line: item.line, fail: fail)
            var claim = LessonClaim(text: text, check: check, variants: only, line: line)
            if let needs = item["needs"] {
                guard needs.text == "free cores" else {
                    throw fail(needs.line, Phrase.lessonClaimNeedsValue.text(["value": needs.text ?? ""]))
                }
                claim.needsFreeCores = true
            }
            return claim
        }
    }

    static func operand(_ o: ClaimOperand) throws(ClaimParser.Failure) {
        if case let .metric(name) = o, !ClaimEvaluator.metricNames.contains(name) {
            throw ClaimParser.Failure(message: Phrase.lessonUnknownMetric.text(["name": name, "list": ClaimEvaluator.metricNames.joined(separator: ", ")]))
        }
    }

    static func parseQuestions(_ value: FrontMatter?, parameters: [LessonParameter], variants: [LessonVariant],
                               fail: Fail) throws -> [LessonQuestion] {
        let defaults = Dictionary(parameters.map { ($0.name, $0.defaultValue) }) { a, _ in a }
        let items = try maps(value, key: "questions", fail: fail)
        guard items.count <= 9 else { throw fail(items[9].line, Phrase.lessonTooManyQuestions.text()) }
        return try items.map { item in
            for key in item.keys where !["ask", "answer", "choices", "variants"].contains(key) {
                throw fail(item[key]?.line, Phrase.lessonQuestionKey.text(["key": key]))
            }
            guard let ask = item["ask"]?.text, let answer = item["answer"]?.text else {
                throw fail(item.line, Phrase.lessonQuestionNeeds.text())
            }
            do throws(ClaimParser.Failure) {
                try operand(try ClaimParser.parseValue(LessonParameters.fill(answer, with: defaults)))
            } catch {
                throw fail(item["answer"]?.line, Phrase.lessonAnswerUnreadable.text(["answer": answer, "message": error.message]))
            }
            let choices = item["choices"]?.items?.compactMap(\.text) ?? []
            guard choices.count <= 9 else { throw fail(item["choices"]?.line, Phrase.lessonTooManyChoices.text()) }
            for choice in choices {
                do throws(ClaimParser.Failure) {
                    for expression in ChoiceExpression.expressions(in: choice) { try ChoiceExpression.check(expression, parameters: parameters) }
                } catch {
                    throw fail(item["choices"]?.line, Phrase.lessonChoiceUnreadable.text(["choice": choice, "message": error.message]))
                }
            }
            let only = item["variants"]?.items?.compactMap(\.text) ?? []
            try checkVariants(only, variants, line: item.line, fail: fail)
            return LessonQuestion(ask: ask, answer: answer, choices: choices, variants: only, line: item["answer"]?.line ?? item.line)
        }
    }

    static func validate(_ claim: ClaimExpression) throws(ClaimParser.Failure) {
        switch claim {
        case let .compare(a, _, b): try operand(a); try operand(b)
        case let .all(parts): for part in parts { try validate(part) }
        case .quantified, .order: break
        }
    }

    static func parseNotes(_ value: FrontMatter?, parameters: [LessonParameter], variants: [LessonVariant],
                           fail: Fail) throws -> [NoteRule] {
        let defaults = Dictionary(parameters.map { ($0.name, $0.defaultValue) }) { a, _ in a }
        return try maps(value, key: "notes", fail: fail).map { item in
            guard let when = item["when"]?.text, let say = item["say"]?.text else {
                throw fail(item.line, Phrase.lessonNoteNeeds.text())
            }
            do throws(ClaimParser.Failure) {
                _ = try ClaimParser.parseSelector(LessonParameters.fill(when, with: defaults))
            } catch {
                throw fail(item["when"]?.line, Phrase.lessonSelectorUnreadable.text(["when": when, "message": error.message]))
            }
            let only = item["variants"]?.items?.compactMap(\.text) ?? []
            try checkVariants(only, variants, line: item.line, fail: fail)
            let condition = item["if"]?.text
            if let condition {
                do throws(ClaimParser.Failure) {
                    _ = try ClaimParser.parse(LessonParameters.fill(condition, with: defaults))
                } catch {
                    throw fail(item["if"]?.line, Phrase.lessonSelectorUnreadable.text(["when": condition, "message": error.message]))
                }
            }
            return NoteRule(when: when, say: say, once: item["once"]?.text == "true", variants: only, line: item.line, condition: condition)
        }
    }
}
