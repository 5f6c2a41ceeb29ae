// Reading labelled corpora: JSON Lines, CSV (RFC 4180) and folders of .txt files named by label.

#if canImport(FoundationEssentials)
import FoundationEssentials
#elseif canImport(Foundation)
import Foundation
#endif

/// Reads labelled ads from JSONL, CSV or a folder of `.txt` files (`scam/…txt`, `legit/…txt`).
///
/// ```swift
/// var reader = CorpusReader()
/// reader.textField = "body"; reader.labelField = "is_fraud"
/// let result = try reader.read(path: "jobs.csv")
/// print(result.ads.count, result.skipped.count)
/// ```
public struct CorpusReader: Sendable {
    public var textField = "text"
    public var labelField = "label"
    public var idField = "id"
    /// When set, this label means scam and every other label means legit.
    public var positiveLabel: String? = nil
    /// Skip malformed lines (collected in `skipped`) instead of failing on the first.
    public var skipBad = false

    public init() {}

    /// Ads read, and the errors of the lines skipped.
    public struct Result: Sendable {
        public var ads: [LabeledAd]
        public var skipped: [CorpusError]
    }

    static let scamLabels: Set<String> = ["scam", "1", "true", "fraud", "fake", "spam", "yes", "positive"]
    static let legitLabels: Set<String> = [
        "legit", "0", "false", "real", "genuine", "ham", "no", "negative", "legitimate",
    ]

    /// Reads a file or folder, choosing the format by extension (`.jsonl`/`.ndjson`, `.csv`) or folder layout.
    public func read(path: String) throws -> Result {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "no such file or folder")
        }
        if Self.isDirectory(path) { return try readFolder(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CorpusError.unreadable(path: path, reason: "permission denied")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if path.lowercased().hasSuffix(".csv") { return try readCSV(bytes, path: path) }
        return try readJSONLines(bytes, path: path)
    }

    static func isDirectory(_ path: String) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil
    }

    /// Maps a label to scam (`true`) or legit (`false`).
    public func isScam(label: String) -> Bool? {
        let l = label.trimmingSpaces.lowercased()
        if let positive = positiveLabel { return l == positive.lowercased() }
        if Self.scamLabels.contains(l) { return true }
        if Self.legitLabels.contains(l) { return false }
        return nil
    }

    /// Reads JSON Lines: one object per line; blank lines skipped; CRLF accepted.
    public func readJSONLines(_ bytes: [UInt8], path: String) throws -> Result {
        var result = Result(ads: [], skipped: [])
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var slice = line
            if slice.last == 0x0D { slice = slice.dropLast() }
            if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                guard String(validating: slice, as: UTF8.self) != nil else {
                    throw CorpusError.malformedLine(path: path, line: lineNumber, reason: "invalid UTF-8")
                }
                let value: JSONValue
                do { value = try decoder.decode(JSONValue.self, from: Data(slice)) } catch {
                    throw CorpusError.malformedLine(path: path, line: lineNumber, reason: "not valid JSON")
                }
                guard case .object(let object) = value else {
                    throw CorpusError.malformedLine(path: path, line: lineNumber, reason: "not a JSON object")
                }
                result.ads.append(try ad(from: object, path: path, line: lineNumber))
            } catch let error as CorpusError {
                guard skipBad else { throw error }
                result.skipped.append(error)
            }
        }
        return result
    }

    private func ad(from object: [String: JSONValue], path: String, line: Int) throws -> LabeledAd {
        guard let text = object[textField]?.string else {
            throw CorpusError.missingField(path: path, line: line, field: textField)
        }
        guard let label = object[labelField]?.labelText else {
            throw CorpusError.missingField(path: path, line: line, field: labelField)
        }
        guard let scam = isScam(label: label) else {
            throw CorpusError.unknownLabel(path: path, line: line, label: label)
        }
        var signals: [String]? = nil
        if case .array(let list)? = object["signals"] { signals = list.compactMap(\.string) }
        return LabeledAd(
            id: object[idField]?.labelText, text: text, isScam: scam, language: object["lang"]?.string,
            signals: signals, split: object["split"]?.string, origin: "\(path):\(line)")
    }

    /// Reads CSV with a header row (RFC 4180: quoted fields, doubled quotes, newlines inside quotes).
    public func readCSV(_ bytes: [UInt8], path: String) throws -> Result {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw CorpusError.unreadable(path: path, reason: "invalid UTF-8")
        }
        let records = CSVParser.records(bytes)
        guard let header = records.first?.fields else { return Result(ads: [], skipped: []) }
        guard let textColumn = header.firstIndex(of: textField) else {
            throw CorpusError.missingField(path: path, line: 1, field: textField)
        }
        guard let labelColumn = header.firstIndex(of: labelField) else {
            throw CorpusError.missingField(path: path, line: 1, field: labelField)
        }
        let idColumn = header.firstIndex(of: idField)
        let langColumn = header.firstIndex(of: "lang")
        var result = Result(ads: [], skipped: [])
        for record in records.dropFirst() {
            if record.fields.count == 1 && record.fields[0].isEmpty { continue }
            do {
                guard record.fields.count == header.count else {
                    throw CorpusError.malformedLine(
                        path: path, line: record.line,
                        reason: "\(record.fields.count) fields, header has \(header.count)")
                }
                guard let scam = isScam(label: record.fields[labelColumn]) else {
                    throw CorpusError.unknownLabel(path: path, line: record.line, label: record.fields[labelColumn])
                }
                result.ads.append(
                    LabeledAd(
                        id: idColumn.map { record.fields[$0] }, text: record.fields[textColumn], isScam: scam,
                        language: langColumn.map { record.fields[$0] }, origin: "\(path):\(record.line)"))
            } catch let error as CorpusError {
                guard skipBad else { throw error }
                result.skipped.append(error)
            }
        }
        return result
    }

    /// Reads a folder whose subfolders are named by label, each holding `.txt` files (one ad each).
    public func readFolder(_ path: String) throws -> Result {
        let fm = FileManager.default
        var result = Result(ads: [], skipped: [])
        let labels = try fm.contentsOfDirectory(atPath: path).sorted()
        var foundJSONL = false
        for name in labels where name.hasSuffix(".jsonl") {
            foundJSONL = true
            let r = try read(path: path + "/" + name)
            result.ads += r.ads
            result.skipped += r.skipped
        }
        if foundJSONL { return result }
        for label in labels {
            guard Self.isDirectory(path + "/" + label) else { continue }
            guard let scam = isScam(label: label) else {
                let error = CorpusError.unknownLabel(path: path + "/" + label, line: 0, label: label)
                guard skipBad else { throw error }
                result.skipped.append(error)
                continue
            }
            for file in try fm.contentsOfDirectory(atPath: path + "/" + label).sorted() where file.hasSuffix(".txt") {
                let filePath = path + "/" + label + "/" + file
                guard let data = fm.contents(atPath: filePath) else {
                    let error = CorpusError.unreadable(path: filePath, reason: "cannot read")
                    guard skipBad else { throw error }
                    result.skipped.append(error)
                    continue
                }
                result.ads.append(
                    LabeledAd(
                        id: String(file.dropLast(4)), text: String(decoding: data, as: UTF8.self),
                        isScam: scam, origin: filePath))
            }
        }
        return result
    }
}

/// RFC 4180 CSV records with the line each starts on.
enum CSVParser {
    struct Record {
        var fields: [String]
        var line: Int
    }

    static func records(_ bytes: [UInt8]) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var i = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            } else {
                switch b {
                case 0x22 where field.isEmpty: inQuotes = true
                case 0x2C: endField()
                case 0x0D: break
                case 0x0A:
                    endField()
                    records.append(Record(fields: fields, line: recordLine))
                    fields.removeAll()
                    line += 1
                    recordLine = line
                default: field.append(b)
                }
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
