// Fuzz target: the tokenizer on arbitrary bytes (spans inside the input, non-empty, in reading order).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    checkTokens(Tokenizer().tokenize(bytes: input), input: input)
    return 0
}
