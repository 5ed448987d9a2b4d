import TutorCore

/// `/` find over a long run whose words are still being indexed: the view does not stop to describe
/// every event itself; it says how far the index has come, stays open to keys, and lands on the answer
/// when the index reaches it. The answer is the one a find over the whole index gives.
extension StepSession {
    /// Finds `query` after the current step: at once when the index (or describing, for a model that
    /// has no index thread) can answer, else it waits in `finding` for `continueFind`.
    mutating func startFind(_ query: String, in model: StepModel) {
        guard model.searchIndex.isStarted else {
            return settle(model.find(query, after: step).map { .found(step: $0.step, wrapped: $0.wrapped) } ?? .nowhere, query)
        }
        finding = query
        continueFind(in: model)
    }

    /// Asks the index again for the find in `finding`; lands on its answer once there is one.
    mutating func continueFind(in model: StepModel) {
        guard let query = finding else { return }
        let answer = model.findIndexed(query, after: step)
        guard answer != .notYet else { return }
        finding = nil
        settle(answer, query)
    }

    /// The key line while a find waits for the index.
    func findingLine(_ model: StepModel) -> String? {
        finding.map { Phrase.stepFinding.text(["query": $0, "n": model.searchIndex.indexedCount, "total": model.count]) }
    }
}

private extension StepSession {
    mutating func settle(_ answer: StepModel.FindAnswer, _ query: String) {
        switch answer {
        case let .found(found, wrapped):
            if found == step {
                message = Phrase.msgOnlyThisStep.text(["query": query])
            } else if wrapped {
                message = Phrase.msgWrapped.text()
            }
            step = found
        case .nowhere:
            message = Phrase.msgNoMention.text(["query": query])
        case .notYet:
            break
        }
    }
}
