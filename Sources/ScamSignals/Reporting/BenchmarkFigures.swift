// The figures of one benchmark run, as the benchmark report page takes them.

/// What one run of `scamsignals-bench` measured, plus optional reference tools timed on the same input.
///
/// A plain value, so that any harness can fill it; `scamsignals-bench --report` fills it from its own run and
/// from the JSON that `Benchmarks/compare-speed.sh --json` writes.
public struct BenchmarkFigures: Sendable, Hashable {
    /// Throughput of one stage: the median of the timed passes, with the slowest and the fastest.
    public struct Stage: Sendable, Hashable {
        /// `tokenize`, `naive_bayes`, `rules`, `full`, …
        public var name: String
        public var documentsPerSecond: Double
        /// Megabytes (10⁶ bytes) of UTF-8 text per second.
        public var megabytesPerSecond: Double
        public var megabytesPerSecondMin: Double
        public var megabytesPerSecondMax: Double
        public var nanosecondsPerByte: Double

        public init(
            name: String, documentsPerSecond: Double, megabytesPerSecond: Double, megabytesPerSecondMin: Double,
            megabytesPerSecondMax: Double, nanosecondsPerByte: Double
        ) {
            self.name = name
            self.documentsPerSecond = documentsPerSecond
            self.megabytesPerSecond = megabytesPerSecond
            self.megabytesPerSecondMin = megabytesPerSecondMin
            self.megabytesPerSecondMax = megabytesPerSecondMax
            self.nanosecondsPerByte = nanosecondsPerByte
        }
    }

    /// Another tool's throughput on the same input, e.g. scikit-learn or a C loop.
    public struct Reference: Sendable, Hashable {
        public var tool: String
        public var megabytesPerSecond: Double
        public var megabytesPerSecondMin: Double?
        public var megabytesPerSecondMax: Double?
        /// What exactly was timed.
        public var how: String?

        public init(
            tool: String, megabytesPerSecond: Double, megabytesPerSecondMin: Double? = nil,
            megabytesPerSecondMax: Double? = nil, how: String? = nil
        ) {
            self.tool = tool
            self.megabytesPerSecond = megabytesPerSecond
            self.megabytesPerSecondMin = megabytesPerSecondMin
            self.megabytesPerSecondMax = megabytesPerSecondMax
            self.how = how
        }
    }

    /// Per-document latency of the full assessment, in microseconds.
    public struct Latency: Sendable, Hashable {
        public var p50: Double
        public var p99: Double
        public var max: Double

        public init(p50: Double, p99: Double, max: Double) {
            self.p50 = p50
            self.p99 = p99
            self.max = max
        }
    }

    /// CPU model and core count.
    public var machine: String
    public var documents: Int
    public var bytes: Int
    /// Timed passes per stage.
    public var passes: Int
    /// In the order to show them.
    public var stages: [Stage]
    public var latency: Latency
    public var peakResidentMegabytes: Double
    /// Heap bytes in use after a pass minus before, per document (`nil` where it cannot be measured).
    public var heapGrowthBytesPerDocument: Double?
    /// Heap allocations per document, by stage name (empty where they cannot be counted).
    public var allocationsPerDocument: [String: Double]
    /// Documents per second of the full assessment, by number of threads.
    public var scaling: [Int: Double]
    /// Nanoseconds per byte of the full assessment, by synthetic input family, then by input size in bytes.
    public var linearity: [String: [Int: Double]]
    public var classifierConstructionMilliseconds: Double
    /// Reference tools; empty when none were given.
    public var references: [Reference] = []
    /// Where the references come from (file, machine, date), shown beside them.
    public var referenceNote: String? = nil

    public init(
        machine: String, documents: Int, bytes: Int, passes: Int, stages: [Stage], latency: Latency,
        peakResidentMegabytes: Double, heapGrowthBytesPerDocument: Double?, allocationsPerDocument: [String: Double],
        scaling: [Int: Double], linearity: [String: [Int: Double]], classifierConstructionMilliseconds: Double
    ) {
        self.machine = machine
        self.documents = documents
        self.bytes = bytes
        self.passes = passes
        self.stages = stages
        self.latency = latency
        self.peakResidentMegabytes = peakResidentMegabytes
        self.heapGrowthBytesPerDocument = heapGrowthBytesPerDocument
        self.allocationsPerDocument = allocationsPerDocument
        self.scaling = scaling
        self.linearity = linearity
        self.classifierConstructionMilliseconds = classifierConstructionMilliseconds
    }
}
