/// A fixed set of word keys: a vocabulary that the words of a text are looked up in, one
/// look-up or more per word.
///
/// An open-addressing table at most a quarter full, probed from a multiplicative hash of
/// the key: most words are in no vocabulary, and a look-up that misses usually stops at
/// the first empty slot, for a fraction of what `Set<WordKey>` spends on its generic path.
public struct WordKeySet: Sendable, ExpressibleByArrayLiteral {
    /// Empty slots hold the key of the empty word (all zero bytes), which no word of text has.
    private let slots: [WordKey]
    /// How far right a hash is shifted to index `slots` (64 − log2 of their count).
    private let shift: UInt64
    /// Whether the empty word itself is in the set.
    private let holdsEmptyWord: Bool

    @inline(__always)
    private static func isEmptyWord(_ key: WordKey) -> Bool { key.low == 0 && key.high == 0 }

    public init<Keys: Sequence>(_ keys: Keys) where Keys.Element == WordKey {
        let unique = Set(keys)
        var bits: UInt64 = 1
        while (1 << bits) < 4 * unique.count { bits += 1 }
        var slots = [WordKey](repeating: WordKey(low: 0, high: 0), count: 1 << bits)
        let mask = slots.count - 1
        for key in unique where !Self.isEmptyWord(key) {
            var index = Self.hash(key, shift: 64 - bits)
            while !Self.isEmptyWord(slots[index]) { index = (index + 1) & mask }
            slots[index] = key
        }
        self.slots = slots
        self.shift = 64 - bits
        self.holdsEmptyWord = unique.contains(where: Self.isEmptyWord)
    }

    public init(arrayLiteral keys: WordKey...) {
        self.init(keys)
    }

    @inline(__always)
    private static func hash(_ key: WordKey, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xD6E8_FEB8_6659_FD93)) >> shift)
    }

    public func contains(_ key: WordKey) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.hash(key, shift: shift)
            while true {
                let slot = slots[index]
                // (Looking up the empty word stops at the first empty slot.)
                if slot == key { return !Self.isEmptyWord(key) || holdsEmptyWord }
                if Self.isEmptyWord(slot) { return false }
                index = (index + 1) & mask
            }
        }
    }
}
