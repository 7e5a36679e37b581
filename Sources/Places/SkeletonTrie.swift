/// A trie over the skeleton bytes of every Latin- and Arabic-script name, walked word
/// by word over running text: a name of several words matches however the text spaces
/// or hyphenates them ("Ras Lanuf", "Ras-Lanufe", "Benghazi", "Ben Ghazi").
///
/// Children are a dense table over the bytes that occur in skeletons, so each step of a
/// walk is one array read.
struct SkeletonTrie: Sendable {
    /// Symbol of each byte value, or -1 for a byte no skeleton contains.
    private var symbolOfByte: [Int16]
    private var alphabetSize: Int
    /// `children[node * alphabetSize + symbol]`: the child node, 0 for none (0 is the root).
    private var children: [Int32]
    /// Alias entries ending at each node: `terminalEntries[terminalStart[node]..<terminalStart[node + 1]]`.
    private var terminalStart: [Int32]
    private var terminalEntries: [Int32]

    init(index: NameIndex) {
        var used = [Bool](repeating: false, count: 256)
        let entries = index.entries.enumerated().filter { $0.element.inText && !$0.element.skeleton.isEmpty }
        for (_, entry) in entries { for byte in entry.skeleton { used[Int(byte)] = true } }
        var symbolOfByte = [Int16](repeating: -1, count: 256)
        var size = 0
        for byte in 0..<256 where used[byte] {
            symbolOfByte[byte] = Int16(size)
            size += 1
        }
        let alphabetSize = max(size, 1)
        var children = [Int32](repeating: 0, count: alphabetSize)
        var ends: [[Int32]] = [[]]
        for (id, entry) in entries {
            var node = 0
            for byte in entry.skeleton {
                let slot = node * alphabetSize + Int(symbolOfByte[Int(byte)])
                if children[slot] == 0 {
                    children[slot] = Int32(ends.count)
                    ends.append([])
                    children.append(contentsOf: repeatElement(0, count: alphabetSize))
                }
                node = Int(children[slot])
            }
            ends[node].append(Int32(id))
        }
        var terminalStart: [Int32] = [0]
        var terminalEntries: [Int32] = []
        for list in ends {
            terminalEntries.append(contentsOf: list)
            terminalStart.append(Int32(terminalEntries.count))
        }
        self.symbolOfByte = symbolOfByte
        self.alphabetSize = alphabetSize
        self.children = children
        self.terminalStart = terminalStart
        self.terminalEntries = terminalEntries
    }

    static let root = 0

    /// The node reached from `node` by `bytes`, or nil when the trie has no such path.
    @inline(__always)
    func step<C: Collection>(_ node: Int, _ bytes: C) -> Int? where C.Element == UInt8 {
        var current = node
        for byte in bytes {
            let symbol = symbolOfByte[Int(byte)]
            if symbol < 0 { return nil }
            let next = children[current &* alphabetSize &+ Int(symbol)]
            if next == 0 { return nil }
            current = Int(next)
        }
        return current
    }

    /// Whether any name ends at `node`.
    @inline(__always)
    func isTerminal(_ node: Int) -> Bool { terminalStart[node] != terminalStart[node + 1] }

    /// The alias entries ending at `node`.
    func entries(at node: Int) -> ArraySlice<Int32> {
        terminalEntries[Int(terminalStart[node])..<Int(terminalStart[node + 1])]
    }

    var nodeCount: Int { terminalStart.count - 1 }
}
