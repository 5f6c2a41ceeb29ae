// Fuzz target: the whole pipeline on arbitrary bytes (probability in [0, 1], evidence inside the input), and
// the reused-workspace path giving exactly the fresh result after whatever input came before.

/// One workspace for the whole run: every input is assessed after all the earlier ones left their buffers
/// in it. Fuzz targets run on one thread.
nonisolated(unsafe) var workspace = AssessmentWorkspace()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let a = Classifier.default.assess(bytes: input)
    checkAssessment(a, count: input.count, input: input)
    require(!a.truncated, "truncated below the limit")
    // Explanations in another language must not change what fires or where.
    let b = Classifier.default.assess(bytes: input, explanationLanguage: .vietnamese)
    require(
        a.probability == b.probability && a.signals.map(\.evidence) == b.signals.map(\.evidence),
        "explanation language changed the assessment")
    let reused = Classifier.default.assess(bytes: input, workspace: &workspace)
    require(reused == a, "a reused workspace changed the assessment")
    return 0
}
