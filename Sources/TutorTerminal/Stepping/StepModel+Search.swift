import TutorAnalysis

extension StepModel {
    /// A run's words for `/` find and their index, made apart from the model: a long run's loading begins the
    /// index as soon as its timeline is built, on the core the rest of the loading (the state model, the cause
    /// links, the view's model) leaves free, instead of once the view shows the whole run. A find sent then
    /// waits for what was left of the index, not for all of it.
    public struct Search: Sendable {
        /// Each event in words without colour, lower-cased.
        let texts: EventTexts
        let index: SearchIndex

        /// The words of `timeline`'s events as a view with `capabilities` searches them (no colour), not indexed yet.
        public init(timeline: Timeline, capabilities: TerminalCapabilities) {
            let plain = EventDescriber(timeline: timeline, painter: Painter(capabilities: .init(
                color: false, unicode: capabilities.unicode, width: capabilities.width, isInteractive: false)))
            texts = EventTexts(describer: plain, lowercased: true)
            index = SearchIndex()
        }

        /// Starts building the index on a thread of its own (once; a model made with this search then finds it begun).
        public func begin() {
            index.start(texts)
        }
    }
}
