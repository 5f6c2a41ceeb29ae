// Tests of ChatGuard: a scam message is flagged with its sign and words, a legitimate one is not, order holds.

import ScamSignals
import Testing

@testable import ChatGuardCore

struct ChatGuardTests {
    let scam = "Tuyển CSKH đi Campuchia, lương 1500$, bao vé máy bay, ib Telegram"
    let legit = "Warehouse Associate, $18.50/hr, apply at careers.example"
    let fees = "Earn $1,800/month, free flight and visa, processing fee $150, Telegram only"
    let family = "Mom, I'll be home late tonight, buy rice please"

    /// Reviews `messages` and returns each one's warning (nil when legit), in the order they were handled.
    func warnings(_ messages: [String], window: Int = 64) async -> [(index: Int, warning: String?)] {
        var out: [(index: Int, warning: String?)] = []
        await ChatGuard().review(messages, window: window) { index, message, assessment in
            out.append((index, ChatGuard.warning(line: index + 1, message: message, assessment: assessment)))
        }
        return out
    }

    @Test("A scam message is flagged with its signs and their words; a legitimate one is not")
    func flagsScamNotLegit() async throws {
        let result = await warnings([scam, legit])
        #expect(result.map(\.index) == [0, 1])
        let warning = try #require(result[0].warning)
        #expect(warning.hasPrefix("line 1: SCAM"))
        #expect(warning.contains("[high-risk-destination, destination]"))
        #expect(warning.contains("\"đi Campuchia\""))
        #expect(warning.contains("[travel-paid-upfront, travel]: \"bao vé máy bay\""))
        #expect(result[1].warning == nil)
    }

    @Test("Fees and chat-only contact are named in an English message")
    func englishFees() async throws {
        let warning = try #require(await warnings([family, fees])[1].warning)
        #expect(warning.hasPrefix("line 2: SCAM"))
        #expect(warning.contains("[upfront-fees, fees]: \"visa, processing fee $150\""))
        #expect(warning.contains("[private-messaging-only, contact]: \"Telegram only\""))
    }

    @Test("Many messages come back in input order, whatever the window")
    func inputOrder() async {
        let messages = (0..<200).map { [scam, legit, fees, family][$0 % 4] }
        for window in [1, 3, 64] {
            let result = await warnings(messages, window: window)
            #expect(result.map(\.index) == Array(0..<200))
            #expect(result.map { $0.warning != nil } == messages.map { $0 == scam || $0 == fees })
        }
    }

    @Test("Explanations follow the chosen language")
    func explanationLanguage() async throws {
        var titles: [String] = []
        await ChatGuard(explanationLanguage: .english).review([scam]) { _, _, assessment in
            titles = assessment.signals.map(\.title)
        }
        #expect(titles.contains("Travel paid for you"))
    }

    @Test("Probabilities are printed with two decimals")
    func twoDecimals() {
        #expect(ChatGuard.twoDecimals(0.5) == "0.50")
        #expect(ChatGuard.twoDecimals(0.999) == "1.00")
        #expect(ChatGuard.twoDecimals(0.07) == "0.07")
    }
}
