import Foundation

/// The texts of every case in each language, gathered from the tables of each part of the interface
/// (`Phrase+English*.swift`, `Phrase+Chinese*.swift`).
public extension Phrase {
    /// Every English text, gathered from the tables of each part of the interface.
    static let english = englishCore.merging(englishEvents) { a, _ in a }.merging(englishNotes) { a, _ in a }
        .merging(englishStep) { a, _ in a }.merging(englishSimulation) { a, _ in a }.merging(englishRun) { a, _ in a }
        .merging(englishPage) { a, _ in a }.merging(englishClassroom) { a, _ in a }
        .merging(englishRunning) { a, _ in a }.merging(englishInput) { a, _ in a }.merging(englishWaits) { a, _ in a }
        .merging(englishExecutor) { a, _ in a }.merging(englishFigures) { a, _ in a }.merging(englishFiles) { a, _ in a }.merging(englishErrors) { a, _ in a }
        .merging(englishShared) { a, _ in a }.merging(englishExitsAndResults) { a, _ in a }
        .merging(englishPools) { a, _ in a }
        .merging(englishManagers) { a, _ in a }
        .merging(englishForks) { a, _ in a }
        .merging(englishProcesses) { a, _ in a }
        .merging(englishOutput) { a, _ in a }
        .merging(englishConnections) { a, _ in a }
        .merging(englishLocks) { a, _ in a }
        .merging(englishQueuePipes) { a, _ in a }
        .merging(englishSignals) { a, _ in a }
        .merging(englishResultHandler) { a, _ in a }
        .merging(englishIteration) { a, _ in a }
        .merging(englishLineEnds) { a, _ in a }
        .merging(englishQueuePolls) { a, _ in a }
        .merging(englishPitfalls) { a, _ in a }
        .merging(englishProcessEdges) { a, _ in a }
        .merging(englishPrimitiveStates) { a, _ in a }
        .merging(englishThreadJoins) { a, _ in a }
        .merging(englishChildStdin) { a, _ in a }
        .merging(englishConditionNotifies) { a, _ in a }
        .merging(englishFutureReads) { a, _ in a }
        .merging(englishJoinPolls) { a, _ in a }
        .merging(englishUnreadResults) { a, _ in a }
        .merging(englishWorkItemExecutors) { a, _ in a }
        .merging(englishEventLoop) { a, _ in a }
        .merging(englishLostTasks) { a, _ in a }
        .merging(englishPickledChanges) { a, _ in a }
        .merging(englishResultSends) { a, _ in a }
        .merging(englishTimers) { a, _ in a }
        .merging(englishAtexitHandlers) { a, _ in a }
        .merging(englishGuard23) { a, _ in a }
        .merging(englishGuard24) { a, _ in a }
        .merging(englishGuard25) { a, _ in a }
        .merging(englishMainEnds) { a, _ in a }
        .merging(englishThreadEnds) { a, _ in a }
        .merging(englishSignalGroups) { a, _ in a }
        .merging(englishManagerReferents) { a, _ in a }
        .merging(englishFeederLocks) { a, _ in a }
        .merging(englishInterruptedWaits) { a, _ in a }
        .merging(englishSmallResultSends) { a, _ in a }
        .merging(englishPipeEnds) { a, _ in a }
        .merging(englishProxyDrops) { a, _ in a }
        .merging(englishFlushes) { a, _ in a }
        .merging(englishSignalCuts) { a, _ in a }
        .merging(englishGaps18A) { a, _ in a }
        .merging(englishStartMethodForce) { a, _ in a }
        .merging(englishGaps17B) { a, _ in a }
        .merging(englishGaps16B) { a, _ in a }
        .merging(englishExecutorGaps) { a, _ in a }
        .merging(englishSharedWraps) { a, _ in a }
        .merging(englishCallbackUnready) { a, _ in a }
        .merging(englishProxyAfterShutdown) { a, _ in a }
        .merging(englishExitsSignalsPipes) { a, _ in a }
        .merging(englishOtherPythons) { a, _ in a }
        .merging(englishFailedCalls) { a, _ in a }
        .merging(englishGaps13B) { a, _ in a }
        .merging(englishClearedAtexit) { a, _ in a }
        .merging(englishRound13) { a, _ in a }
        .merging(englishRound13F) { a, _ in a }
        .merging(englishRound14) { a, _ in a }
        .merging(englishGaps14B) { a, _ in a }
        .merging(englishGaps14A) { a, _ in a }
        .merging(englishRound14F) { a, _ in a }
        .merging(englishNoWaker) { a, _ in a }
        .merging(englishGaps15B) { a, _ in a }
        .merging(englishGaps16A) { a, _ in a }
        .merging(englishGaps15A) { a, _ in a }
        .merging(englishRound15) { a, _ in a }
        .merging(englishManagerQueues) { a, _ in a }
        .merging(englishRound16) { a, _ in a }
        .merging(englishRound16F) { a, _ in a }
        .merging(englishRound17) { a, _ in a }
        .merging(englishGaps17A) { a, _ in a }
        .merging(englishRound18) { a, _ in a }
        .merging(englishRound18E) { a, _ in a }
        .merging(englishRound19) { a, _ in a }
        .merging(englishRound20) { a, _ in a }
        .merging(englishRound21) { a, _ in a }
        .merging(englishRound22M) { a, _ in a }
        .merging(englishGaps18B) { a, _ in a }
        .merging(englishGaps19A) { a, _ in a }
        .merging(englishGaps19B) { a, _ in a }
        .merging(englishZh20) { a, _ in a }
        .merging(englishGaps20B) { a, _ in a }
        .merging(englishGaps20A) { a, _ in a }
        .merging(englishGaps21B) { a, _ in a }
        .merging(englishRound20H) { a, _ in a }
        .merging(englishRound22H) { a, _ in a }
        .merging(englishZh23) { a, _ in a }
        .merging(englishGaps21A) { a, _ in a }
        .merging(englishGaps22B) { a, _ in a }
        .merging(englishRound22) { a, _ in a }
        .merging(englishGaps22A) { a, _ in a }
        .merging(englishRace23) { a, _ in a }
        .merging(englishGaps23) { a, _ in a }
        .merging(englishRound24) { a, _ in a }
        .merging(englishRound24S) { a, _ in a }
        .merging(englishGaps24B) { a, _ in a }
        .merging(englishGaps24C) { a, _ in a }
        .merging(englishGaps25) { a, _ in a }
        .merging(englishRound24F) { a, _ in a }
        .merging(englishRound25X) { a, _ in a }
        .merging(englishRound25F) { a, _ in a }
        .merging(englishGaps24A) { a, _ in a }
        .merging(englishRound25) { a, _ in a }

    /// Every Chinese text, gathered the same way.
    static let chinese = chineseCore.merging(chineseEvents) { a, _ in a }.merging(chineseNotes) { a, _ in a }
        .merging(chineseStep) { a, _ in a }.merging(chineseSimulation) { a, _ in a }.merging(chineseRun) { a, _ in a }
        .merging(chinesePage) { a, _ in a }.merging(chineseClassroom) { a, _ in a }
        .merging(chineseRunning) { a, _ in a }.merging(chineseInput) { a, _ in a }.merging(chineseWaits) { a, _ in a }
        .merging(chineseExecutor) { a, _ in a }.merging(chineseFigures) { a, _ in a }.merging(chineseFiles) { a, _ in a }.merging(chineseErrors) { a, _ in a }
        .merging(chineseShared) { a, _ in a }.merging(chineseExitsAndResults) { a, _ in a }
        .merging(chinesePools) { a, _ in a }
        .merging(chineseManagers) { a, _ in a }
        .merging(chineseForks) { a, _ in a }
        .merging(chineseProcesses) { a, _ in a }
        .merging(chineseOutput) { a, _ in a }
        .merging(chineseConnections) { a, _ in a }
        .merging(chineseLocks) { a, _ in a }
        .merging(chineseQueuePipes) { a, _ in a }
        .merging(chineseSignals) { a, _ in a }
        .merging(chineseResultHandler) { a, _ in a }
        .merging(chineseIteration) { a, _ in a }
        .merging(chineseLineEnds) { a, _ in a }
        .merging(chineseQueuePolls) { a, _ in a }
        .merging(chinesePitfalls) { a, _ in a }
        .merging(chineseProcessEdges) { a, _ in a }
        .merging(chinesePrimitiveStates) { a, _ in a }
        .merging(chineseThreadJoins) { a, _ in a }
        .merging(chineseChildStdin) { a, _ in a }
        .merging(chineseConditionNotifies) { a, _ in a }
        .merging(chineseFutureReads) { a, _ in a }
        .merging(chineseJoinPolls) { a, _ in a }
        .merging(chineseUnreadResults) { a, _ in a }
        .merging(chineseWorkItemExecutors) { a, _ in a }
        .merging(chineseEventLoop) { a, _ in a }
        .merging(chineseLostTasks) { a, _ in a }
        .merging(chinesePickledChanges) { a, _ in a }
        .merging(chineseResultSends) { a, _ in a }
        .merging(chineseTimers) { a, _ in a }
        .merging(chineseAtexitHandlers) { a, _ in a }
        .merging(chineseGuard23) { a, _ in a }
        .merging(chineseGuard24) { a, _ in a }
        .merging(chineseGuard25) { a, _ in a }
        .merging(chineseMainEnds) { a, _ in a }
        .merging(chineseThreadEnds) { a, _ in a }
        .merging(chineseSignalGroups) { a, _ in a }
        .merging(chineseManagerReferents) { a, _ in a }
        .merging(chineseFeederLocks) { a, _ in a }
        .merging(chineseInterruptedWaits) { a, _ in a }
        .merging(chineseSmallResultSends) { a, _ in a }
        .merging(chinesePipeEnds) { a, _ in a }
        .merging(chineseProxyDrops) { a, _ in a }
        .merging(chineseFlushes) { a, _ in a }
        .merging(chineseSignalCuts) { a, _ in a }
        .merging(chineseGaps18A) { a, _ in a }
        .merging(chineseStartMethodForce) { a, _ in a }
        .merging(chineseGaps17B) { a, _ in a }
        .merging(chineseGaps16B) { a, _ in a }
        .merging(chineseExecutorGaps) { a, _ in a }
        .merging(chineseSharedWraps) { a, _ in a }
        .merging(chineseCallbackUnready) { a, _ in a }
        .merging(chineseProxyAfterShutdown) { a, _ in a }
        .merging(chineseExitsSignalsPipes) { a, _ in a }
        .merging(chineseOtherPythons) { a, _ in a }
        .merging(chineseFailedCalls) { a, _ in a }
        .merging(chineseGaps13B) { a, _ in a }
        .merging(chineseClearedAtexit) { a, _ in a }
        .merging(chineseRound13) { a, _ in a }
        .merging(chineseRound13F) { a, _ in a }
        .merging(chineseRound14) { a, _ in a }
        .merging(chineseGaps14B) { a, _ in a }
        .merging(chineseGaps14A) { a, _ in a }
        .merging(chineseRound14F) { a, _ in a }
        .merging(chineseNoWaker) { a, _ in a }
        .merging(chineseGaps15B) { a, _ in a }
        .merging(chineseGaps16A) { a, _ in a }
        .merging(chineseGaps15A) { a, _ in a }
        .merging(chineseRound15) { a, _ in a }
        .merging(chineseManagerQueues) { a, _ in a }
        .merging(chineseRound16) { a, _ in a }
        .merging(chineseRound16F) { a, _ in a }
        .merging(chineseRound17) { a, _ in a }
        .merging(chineseGaps17A) { a, _ in a }
        .merging(chineseRound18) { a, _ in a }
        .merging(chineseRound18E) { a, _ in a }
        .merging(chineseRound19) { a, _ in a }
        .merging(chineseRound20) { a, _ in a }
        .merging(chineseRound21) { a, _ in a }
        .merging(chineseRound22M) { a, _ in a }
        .merging(chineseGaps18B) { a, _ in a }
        .merging(chineseGaps19A) { a, _ in a }
        .merging(chineseGaps19B) { a, _ in a }
        .merging(chineseZh20) { a, _ in a }
        .merging(chineseGaps20B) { a, _ in a }
        .merging(chineseGaps20A) { a, _ in a }.merging(chineseGaps21B) { a, _ in a }
        .merging(chineseRound20H) { a, _ in a }
        .merging(chineseRound22H) { a, _ in a }
        .merging(chineseZh23) { a, _ in a }
        .merging(chineseGaps21A) { a, _ in a }
        .merging(chineseGaps22B) { a, _ in a }
        .merging(chineseRound22) { a, _ in a }
        .merging(chineseGaps22A) { a, _ in a }
        .merging(chineseRace23) { a, _ in a }
        .merging(chineseGaps23) { a, _ in a }
        .merging(chineseRound24) { a, _ in a }
        .merging(chineseRound24S) { a, _ in a }
        .merging(chineseGaps24B) { a, _ in a }
        .merging(chineseGaps24C) { a, _ in a }
        .merging(chineseGaps25) { a, _ in a }
        .merging(chineseRound24F) { a, _ in a }
        .merging(chineseRound25X) { a, _ in a }
        .merging(chineseRound25F) { a, _ in a }
        .merging(chineseGaps24A) { a, _ in a }
        .merging(chineseRound25) { a, _ in a }
}
