import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The phrases of unsent work items, manager starts and shutdowns, and escaped exits have Chinese texts.
final class ExecutorManagerPhraseTests: XCTestCase {
    func testTheNewPhrasesHaveChineseText() {
        for phrase in [Phrase.evFutureUnsent, .evManagerNoAnswer, .evManagerStartWaited, .evExitedEscaped, .noteExitEscaped, .evFutureNeverSent, .summaryExecutorNeverSent, .evFutureCallbackRaised, .summaryExecutorChunkItems, .evManagerShutdown, .evManagerShutdownWith, .evManagerShutdownAtExit] {
            XCTAssertNotNil(Phrase.chinese[phrase], "\(phrase)")
            XCTAssertNotEqual(Phrase.chinese[phrase], Phrase.english[phrase], "\(phrase)")
        }
    }
}
