// Fuzz target: the corpus readers (JSON Lines and CSV) on arbitrary bytes, strict and skipping bad lines.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let lines = input.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    var reader = CorpusReader()
    for skipBad in [false, true] {
        reader.skipBad = skipBad
        if let r = try? reader.readJSONLines(input, path: "fuzz.jsonl") {
            require(r.ads.count + r.skipped.count <= lines, "more JSONL records than lines")
            require(skipBad || r.skipped.isEmpty, "skipped lines without skipBad")
        } else {
            require(!skipBad, "readJSONLines threw with skipBad")
        }
        if let r = try? reader.readCSV(input, path: "fuzz.csv") {
            require(r.ads.count + r.skipped.count <= lines, "more CSV records than lines")
            for ad in r.ads {
                require(ad.origin?.hasPrefix("fuzz.csv:") ?? false, "origin \(String(describing: ad.origin))")
            }
        }
    }
    return 0
}
