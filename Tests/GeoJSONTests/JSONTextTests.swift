import DataFiles
import Foundation
import GeoJSON
import SeededRandom
import Testing

@Suite("JSON text: parsing")
struct JSONParsingTests {
    func parse(_ text: String) throws -> JSONValue {
        try JSONText.parse(Data(text.utf8), file: "test.json")
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#" { "a" : [1, -2.5, true, false, null, "x", {}, []] , "b" : {"c": 1e3} } "#)
        #expect(value == ["a": [1, -2.5, true, false, nil, "x", [:], []], "b": ["c": 1000]])
    }

    @Test func parsesAllStringEscapes() throws {
        let value = try parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\u4E2D\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\u{8}\u{C}\n\r\té中😀"))
    }

    @Test func keepsNonASCIITextAsIs() throws {
        #expect(try parse(#"{"name_ar":"ليبيا"}"#) == ["name_ar": "ليبيا"])
    }

    @Test(arguments: [
        "0", "-0", "1", "-1", "0.5", "1.5e3", "1E-2", "2e+2", "12.3456789", "-0.0000001", "88318",
        "1159321017", "123456789012345678901234567890", "0.30000000000000004", "1e308", "5e-324",
        "2.2250738585072014e-308", "9007199254740993", "17.160330000000001", "0.1e1", "100000000000000000000e-20",
    ])
    func parsesNumbersLikeTheStandardLibrary(text: String) throws {
        let value = try #require(try parse(text).doubleValue)
        let expected = try #require(Double(text))
        #expect(value == expected)
        #expect(value.sign == expected.sign)
    }

    @Test func parsesRandomNumbersExactly() throws {
        var generator = SplitMix64(state: 7)
        for _ in 0..<20_000 {
            let number = Double(bitPattern: generator.next() >> 2) * (Bool.random(using: &generator) ? 1 : -1)
            let scaled = (Double.random(in: -180...180, using: &generator) * 1e6).rounded() / 1e6
            for candidate in [number, scaled] where candidate.isFinite {
                for text in [candidate.description, String(format: "%.6f", candidate), String(format: "%.17g", candidate)] {
                    let parsed = try #require(try parse(text).doubleValue)
                    #expect(parsed == Double(text), "\(text)")
                }
            }
        }
    }

    @Test func skipsAByteOrderMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("[1]".utf8)
        #expect(try JSONText.parse(data, file: "bom.json") == [1])
    }

    @Test func acceptsNestingOf512() throws {
        let text = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try parse(text)
        var depth = 0
        while case .array(let elements) = value {
            depth += 1
            value = elements.first ?? .null
        }
        #expect(depth == 512)
    }
}

@Suite("JSON text: syntax errors")
struct JSONSyntaxErrorTests {
    /// The error for `text`, checking its line, column and a word of its reason.
    func expectSyntaxError(
        _ text: String,
        line: Int,
        column: Int,
        reason keyword: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectSyntaxError(Data(text.utf8), line: line, column: column, reason: keyword, sourceLocation: sourceLocation)
    }

    func expectSyntaxError(
        _ data: Data,
        line: Int,
        column: Int,
        reason keyword: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = dataFileError(sourceLocation: sourceLocation, { _ = try JSONText.parse(data, file: "bad.json") }) else { return }
        #expect(error.file == "bad.json", sourceLocation: sourceLocation)
        #expect(error.location == .line(line, column: column), "\(error)", sourceLocation: sourceLocation)
        #expect(error.reason.contains(keyword), "\(error)", sourceLocation: sourceLocation)
    }

    @Test func emptyInput() {
        expectSyntaxError("", line: 1, column: 1, reason: "empty")
        expectSyntaxError("  \n ", line: 2, column: 2, reason: "empty")
    }

    @Test func trailingCommaInObject() {
        expectSyntaxError(#"{"a":1,}"#, line: 1, column: 8, reason: "expected a member name")
    }

    @Test func trailingCommaInArray() {
        expectSyntaxError("[1,2,]", line: 1, column: 6, reason: "expected a value, found ']'")
    }

    @Test func badLiteralOnALaterLine() {
        expectSyntaxError("{\n  \"a\": tru\n}", line: 2, column: 8, reason: "expected a value")
    }

    @Test func missingColonAndComma() {
        expectSyntaxError(#"{"a" 1}"#, line: 1, column: 6, reason: "expected ':'")
        expectSyntaxError(#"{"a":1 "b":2}"#, line: 1, column: 8, reason: "expected ',' or '}'")
        expectSyntaxError("[1 2]", line: 1, column: 4, reason: "expected ',' or ']'")
    }

    @Test func unclosedContainers() {
        expectSyntaxError("[1, 2", line: 1, column: 6, reason: "end of input")
        expectSyntaxError(#"{"a":"#, line: 1, column: 6, reason: "expected a value, found end of input")
        expectSyntaxError(#"["abc"#, line: 1, column: 6, reason: "end the string")
    }

    @Test func trailingGarbage() {
        expectSyntaxError("{} x", line: 1, column: 4, reason: "expected end of input")
        expectSyntaxError("1 2", line: 1, column: 3, reason: "expected end of input")
    }

    @Test func duplicateMember() {
        expectSyntaxError("{\"x\":1,\n \"x\":2}", line: 2, column: 2, reason: #"duplicate member "x""#)
    }

    @Test func invalidUTF8() {
        expectSyntaxError(Data([0x22, 0x61, 0xFF, 0x22]), line: 1, column: 3, reason: "invalid UTF-8")
        expectSyntaxError(Data([0x22, 0xC0, 0x80, 0x22]), line: 1, column: 2, reason: "invalid UTF-8")   // overlong
        expectSyntaxError(Data([0x22, 0xED, 0xA0, 0x80, 0x22]), line: 1, column: 2, reason: "invalid UTF-8")   // surrogate
        expectSyntaxError(Data([0x22, 0xE2, 0x82, 0x22]), line: 1, column: 2, reason: "invalid UTF-8")   // truncated
        expectSyntaxError(Data([0x5B, 0xFF, 0x5D]), line: 1, column: 2, reason: "invalid UTF-8")
    }

    @Test func columnsCountCharactersNotBytes() {
        expectSyntaxError(#"{"é": x}"#, line: 1, column: 7, reason: "expected a value, found 'x'")
    }

    @Test func badStrings() {
        expectSyntaxError("\"a\tb\"", line: 1, column: 3, reason: "control character")
        expectSyntaxError(#""a\xb""#, line: 1, column: 4, reason: "invalid escape")
        expectSyntaxError(#""\u12G4""#, line: 1, column: 6, reason: "4 hexadecimal digits")
        expectSyntaxError(#""\ud800""#, line: 1, column: 2, reason: "unpaired surrogate")
        expectSyntaxError(#""\ud800\u0041""#, line: 1, column: 2, reason: "unpaired surrogate")
        expectSyntaxError(#""\udc00""#, line: 1, column: 2, reason: "unpaired surrogate")
    }

    @Test func badNumbers() {
        expectSyntaxError("01", line: 1, column: 1, reason: "leading zero")
        expectSyntaxError("-", line: 1, column: 2, reason: "expected a digit")
        expectSyntaxError("1.", line: 1, column: 3, reason: "after the decimal point")
        expectSyntaxError("1e+", line: 1, column: 4, reason: "exponent")
        expectSyntaxError("+1", line: 1, column: 1, reason: "expected a value")
        expectSyntaxError(".5", line: 1, column: 1, reason: "expected a value")
        expectSyntaxError("[1e400]", line: 1, column: 2, reason: "too large")
    }

    @Test func nestingDeeperThan512() {
        let text = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        expectSyntaxError(text, line: 1, column: 513, reason: "nesting deeper than 512")
    }
}

@Suite("JSON text: serializing")
struct JSONSerializingTests {
    func serialized(_ value: JSONValue) -> String {
        text(JSONText.serialize(value))
    }

    @Test func sortsKeysByTheirUTF8Bytes() {
        let value: JSONValue = ["b": 1, "a": 2, "B": 3, "é": 4, "z": 5, "aa": 6, "": 7]
        #expect(serialized(value) == #"{"":7,"B":3,"a":2,"aa":6,"b":1,"z":5,"é":4}"#)
    }

    @Test func writesCompactly() {
        let value: JSONValue = ["list": [1, [true, nil], [:]], "text": "x"]
        #expect(serialized(value) == #"{"list":[1,[true,null],{}],"text":"x"}"#)
    }

    @Test(arguments: [
        (88318.0, "88318"), (0.1, "0.1"), (-3.0, "-3"), (-0.0, "0"), (12.5, "12.5"), (1159321017.0, "1159321017"),
        (0.00005, "0.00005"), (1e-7, "1e-07"), (0.30000000000000004, "0.30000000000000004"), (1e300, "1e+300"),
        (9007199254740992.0, "9007199254740992.0"), (1e16, "1e+16"), (Double.nan, "null"), (Double.infinity, "null"), (-Double.infinity, "null"),
        (123456.789, "123456.789"), (-12.345678, "-12.345678"),
    ])
    func formatsNumbers(number: Double, expected: String) {
        #expect(serialized(.number(number)) == expected)
    }

    @Test func everyFormattedNumberParsesBackExactly() throws {
        var generator = SplitMix64(state: 11)
        for _ in 0..<20_000 {
            let candidates = [
                Double(bitPattern: generator.next()),
                (Double.random(in: -1000...1000, using: &generator) * 1e6).rounded() / 1e6,
                Double(Int64.random(in: -1_000_000_000...1_000_000_000, using: &generator)),
            ]
            for number in candidates where number.isFinite {
                let parsed = try JSONText.parse(JSONText.serialize(.number(number)), file: "n.json")
                #expect(parsed == .number(number), "\(number)")
            }
        }
    }

    @Test func escapesStringsPerRFC8259() {
        let value = JSONValue.string("q\"b\\s/n\nt\tr\rf\u{C}b\u{8}c\u{1}\u{1F}é😀\u{7F}")
        #expect(serialized(value) == #""q\"b\\s/n\nt\tr\rf\fb\bc\u0001\u001fé😀"# + "\u{7F}\"")
    }

    @Test func stringsRoundTrip() throws {
        let strings = ["", "plain", "quote \" backslash \\ slash /", "ليبيا", "\u{0}\u{1}\u{1F}", "😀 𝄞", "line\nbreak"]
        for string in strings {
            #expect(try JSONText.parse(JSONText.serialize(.string(string)), file: "s.json") == .string(string))
        }
    }

    @Test func descriptionIsTheSerializedText() {
        let value: JSONValue = ["b": [1, 2.5], "a": "x"]
        #expect(value.description == #"{"a":"x","b":[1,2.5]}"#)
    }

    @Test func accessors() {
        let value: JSONValue = ["s": "x", "n": 3, "f": 2.5, "b": true, "a": [1], "o": ["k": nil]]
        #expect(value["s"]?.stringValue == "x")
        #expect(value["n"]?.intValue == 3)
        #expect(value["f"]?.intValue == nil)
        #expect(value["f"]?.doubleValue == 2.5)
        #expect(value["b"]?.boolValue == true)
        #expect(value["a"]?.arrayValue == [1])
        #expect(value["o"]?.objectValue?["k"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value.stringValue == nil)
    }
}
