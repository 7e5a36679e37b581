/// A short folded word packed into two integers, so that the words of running text can
/// be looked up in the cue and common-word tables without making a string. Words of
/// more than 16 bytes all share one key that no table holds.
struct WordKey: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    static let tooLong = WordKey(low: .max, high: .max)

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        guard bytes.count <= 16 else { self = .tooLong; return }
        var low: UInt64 = 0, high: UInt64 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 { low |= UInt64(byte) << (8 * UInt64(offset)) } else { high |= UInt64(byte) << (8 * UInt64(offset - 8)) }
        }
        self.init(low: low, high: high)
    }

    init(_ word: String) { self.init(Array(word.utf8)) }
}
