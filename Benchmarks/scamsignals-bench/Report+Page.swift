// The bench's figures for the HTML report page, and the reference figures that compare-speed.sh writes.

import Foundation
import ScamSignals

/// What `Benchmarks/compare-speed.sh --json FILE` writes: one row per tool (a bare array of rows also reads).
struct ReferenceFile: Decodable {
    struct Row: Decodable {
        var tool: String
        var mbPerS: Double
        var mbPerSMin: Double?
        var mbPerSMax: Double?
        var how: String?

        enum CodingKeys: String, CodingKey {
            case tool, how
            case mbPerS = "mb_per_s"
            case mbPerSMin = "mb_per_s_min"
            case mbPerSMax = "mb_per_s_max"
        }
    }

    var machine: String?
    var date: String?
    /// The machine's load while the references ran, in words.
    var load: String?
    var documents: Int?
    var bytes: Int?
    var rows: [Row]

    static func decode(_ data: Data) -> ReferenceFile? {
        let decoder = JSONDecoder()
        if let file = try? decoder.decode(ReferenceFile.self, from: data) { return file }
        return (try? decoder.decode([Row].self, from: data)).map { ReferenceFile(rows: $0) }
    }
}

extension Report {
    /// The figures of this run, with the reference tools of `references` (ScamSignals' own rows left out:
    /// its bars come from this run).
    func figures(references: ReferenceFile?, path: String?) -> BenchmarkFigures {
        let order = ["tokenize", "naive_bayes", "rules", "full", "full_with_packs"]
        let names = order.filter { stages[$0] != nil } + stages.keys.filter { !order.contains($0) }.sorted()
        var figures = BenchmarkFigures(
            machine: machine, documents: documents, bytes: bytes, passes: passes,
            stages: names.map { name in
                let s = stages[name]!
                return BenchmarkFigures.Stage(
                    name: name, documentsPerSecond: s.docsPerS, megabytesPerSecond: s.mbPerS,
                    megabytesPerSecondMin: s.mbPerSMin, megabytesPerSecondMax: s.mbPerSMax,
                    nanosecondsPerByte: s.nsPerByte)
            },
            latency: .init(p50: latencyUs["p50"] ?? 0, p99: latencyUs["p99"] ?? 0, max: latencyUs["max"] ?? 0),
            peakResidentMegabytes: peakRssMb, heapGrowthBytesPerDocument: heapGrowthBytesPerDoc,
            allocationsPerDocument: allocationsPerDoc,
            scaling: Dictionary(uniqueKeysWithValues: scaling.compactMap { k, v in Int(k).map { ($0, v) } }),
            linearity: linearityNsPerByte.mapValues { row in
                Dictionary(uniqueKeysWithValues: row.compactMap { k, v in Self.bytes(k).map { ($0, v) } })
            },
            classifierConstructionMilliseconds: classifierConstructionMs)
        guard let references else { return figures }
        figures.references = references.rows.filter { !$0.tool.hasPrefix("ScamSignals") }.map {
            BenchmarkFigures.Reference(
                tool: $0.tool, megabytesPerSecond: $0.mbPerS, megabytesPerSecondMin: $0.mbPerSMin,
                megabytesPerSecondMax: $0.mbPerSMax, how: $0.how)
        }
        var note = "Reference tools from \(path ?? "the references file")"
        var measured: [String] = []
        if let m = references.machine { measured.append("on \(m)") }
        if let d = references.date { measured.append("on \(d)") }
        note += measured.isEmpty ? "" : ", measured by Benchmarks/compare-speed.sh " + measured.joined(separator: " ")
        note += ", on one thread; the ScamSignals bars come from this run."
        if let load = references.load {
            note += " While the references ran: \(load.replacingOccurrences(of: "**", with: ""))."
        }
        if let d = references.documents, let b = references.bytes, d != documents || b != bytes {
            note += " The references timed another input (\(d) documents, \(b) bytes): compare with care."
        }
        figures.referenceNote = note
        return figures
    }

    /// `1KB`, `64KB`, `1MB` (the bench's keys) in bytes.
    static func bytes(_ key: String) -> Int? {
        if key.hasSuffix("KB"), let n = Int(key.dropLast(2)) { return n << 10 }
        if key.hasSuffix("MB"), let n = Int(key.dropLast(2)) { return n << 20 }
        return Int(key)
    }
}
