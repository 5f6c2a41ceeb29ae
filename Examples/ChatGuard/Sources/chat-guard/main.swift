// chat-guard: reads chat messages line by line from standard input and warns about fake job offers.

import ChatGuardCore
import Foundation
import ScamSignals

let usage = """
    usage: chat-guard [--in id|vi|en] < messages.txt
      Reads one chat message per line and prints, in input order, a warning with the warning signs and
      their words for every message ScamSignals finds suspicious or scam. Legitimate messages print nothing.
    """

var language: Language? = nil
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--in":
        guard let code = arguments.popFirst(), let chosen = Language(rawValue: code),
            Language.supported.contains(chosen)
        else {
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            exit(2)
        }
        language = chosen
    case "-h", "--help":
        print(usage)
        exit(0)
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
}

/// Standard input, one line at a time. `readLine()` blocks; it runs here on the main actor, while the
/// assessments run on the concurrent executor.
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? { readLine(strippingNewline: true) }
}

let chatGuard = ChatGuard(explanationLanguage: language)
await chatGuard.review(StandardInputLines()) { index, message, assessment in
    if let warning = ChatGuard.warning(line: index + 1, message: message, assessment: assessment) {
        print(warning)
    }
}
