// Entry point of the `scamsignals` command-line tool.
import ScamSignals
let text = ScamSignals.Tokenizer().tokenize(CommandLine.arguments.dropFirst().joined(separator: " "))
for t in text.tokens { print(t.kind, text.source(of: t), "→", text.normalized(of: t), "/", text.plain(of: t), text.amount(of: t).map { "\($0)" } ?? "") }
print(text.language)
