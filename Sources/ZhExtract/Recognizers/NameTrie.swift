import ZhText

/// Names found left to right, the longest at each position, behind a bitmap of their first
/// characters (8 KB: most characters start no name, and the trie's root table is 256 KB): the
/// lexicon look-ups of the company and organisation recognisers.
struct NameTrie: Sendable {
  let trie: ScalarTrie
  private let firsts: ScalarSet

  /// The names, each with a value (a company's full name; nothing for most).
  init(_ entries: [(name: [Unicode.Scalar], value: [Unicode.Scalar])]) {
    var trie = ScalarTrie()
    for entry in entries { trie.insert(entry.name, value: entry.value) }
    self.trie = trie
    firsts = ScalarSet(entries.compactMap(\.name.first))
  }

  /// The names in `text`, none overlapping the one before, each the longest at its start; a
  /// match `accept` turns away lets the scan go on at the next character.
  func matches(
    in text: [Unicode.Scalar], where accept: (Range<Int>) -> Bool = { _ in true }
  ) -> [(range: Range<Int>, value: Int)] {
    var found: [(range: Range<Int>, value: Int)] = []
    text.withUnsafeBufferPointer { scalars in
      scalars.withMemoryRebound(to: UInt32.self) { buffer in
        var k = 0
        while k < buffer.count {
          guard firsts[Unicode.Scalar(buffer[k]).unsafelyUnwrapped],
            let match = trie.longestMatch(in: buffer, at: k, limit: buffer.count), accept(k..<(k + match.length))
          else {
            k += 1
            continue
          }
          found.append((k..<(k + match.length), match.value))
          k += match.length
        }
      }
    }
    return found
  }

  /// The value stored with a match, as a string (empty: none).
  func value(_ index: Int) -> String {
    String(scalars: trie.valueScalars(index).lazy.map { Unicode.Scalar($0).unsafelyUnwrapped })
  }
}
