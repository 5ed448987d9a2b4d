import TutorCore
import TutorAnalysis

/// What a key does to the session. Pure but for one look at the background: the same keys from the same session
/// give the same session, and `arriving` says whether the state at the step reached is made yet.
extension StepSession {
    /// What the view should do after a key.
    public enum Outcome: Sendable, Equatable {
        case stay
        /// q or Ctrl-D.
        case quit
        /// Ctrl-C: quit, and end like an interrupted program.
        case interrupt
    }

    /// Applies one key.
    mutating func handle(_ key: Key, in model: StepModel) -> Outcome {
        let outcome = apply(key, model)
        noteState(in: model)
        follows = step >= model.count - 1
        return outcome
    }
}

private extension StepSession {
    mutating func apply(_ key: Key, _ model: StepModel) -> Outcome {
        message = nil
        if key == .interrupt { return .interrupt }
        if finding != nil {
            // Any key stops a find still waiting for the index; Esc does only that.
            finding = nil
            if key == .escape { return .stay }
        }
        switch input {
        case let .jump(digits): return typeJump(key, digits, model)
        case let .search(text): return typeSearch(key, text, model)
        case .none: break
        }
        if showsHelp {
            showsHelp = false
            // Any key closes the help; q still quits at once.
            return key == .character("q") ? .quit : .stay
        }
        return navigate(key, model)
    }

    mutating func navigate(_ key: Key, _ model: StepModel) -> Outcome {
        let last = max(0, model.count - 1)
        switch key {
        case .character(" "), .enter, .right, .down, .character("n"), .character("j"):
            if step < last {
                step += 1
            } else {
                message = (model.isLive ? Phrase.msgLastLive : model.isFirstPage ? .msgLastLoading : .msgLast).text()
            }
        case .character("b"), .left, .up, .character("k"), .character("p"):
            if step > 0 { step -= 1 } else { message = Phrase.msgFirst.text() }
        case .character("g"), .home: step = 0
        case .character("G"), .end: step = last
        case .pageDown: step = min(last, step + 10)
        case .pageUp: step = max(0, step - 10)
        case .character("]"):
            if let next = model.nextAnnotated(after: step) { step = next } else { message = Phrase.msgNoNoteAfter.text() }
        case .character("["):
            if let previous = model.previousAnnotated(before: step) { step = previous } else { message = Phrase.msgNoNoteBefore.text() }
        case .character("/"): input = .search("")
        case .character("h"), .character("?"): showsHelp = true
        case .character("q"), .character("Q"), .endOfInput: return .quit
        case let .character(c) where c.isASCII && c.isNumber: input = .jump(String(c))
        default: break
        }
        return .stay
    }

    mutating func typeJump(_ key: Key, _ digits: String, _ model: StepModel) -> Outcome {
        switch key {
        case let .character(c) where c.isASCII && c.isNumber: input = .jump(String((digits + String(c)).suffix(9)))
        case .backspace: input = digits.count > 1 ? .jump(String(digits.dropLast())) : .none
        case .escape: input = .none
        case .enter:
            input = .none
            if let number = Int(digits), (1...model.count).contains(number) {
                step = number - 1
            } else {
                message = Phrase.msgNoStep.text(["n": digits, "total": model.count])
            }
        default:
            // Any other key abandons the number and does what it always does.
            input = .none
            return navigate(key, model)
        }
        return .stay
    }

    mutating func typeSearch(_ key: Key, _ text: String, _ model: StepModel) -> Outcome {
        switch key {
        case let .character(c): input = .search(text + String(c))
        case .backspace: input = text.isEmpty ? .none : .search(String(text.dropLast()))
        case .escape: input = .none
        case .enter:
            input = .none
            let query = text.isEmpty ? (lastQuery ?? "") : text
            guard !query.isEmpty else { return .stay }
            lastQuery = query
            startFind(query, in: model)
        default: break
        }
        return .stay
    }
}
