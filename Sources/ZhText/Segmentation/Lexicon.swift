/// A word list the segmenter prefers over ICU's own dictionary where the two disagree.
///
/// ```swift
/// var lexicon = Lexicon()
/// lexicon.insert("磷煤化工")
/// let user = try Lexicon(contentsOfFile: "my-words.txt")
/// let segmenter = Segmenter(lexicons: [lexicon, user])
/// ```
///
/// Words are stored in their Simplified form (the segmenter matches a Simplified view of the
/// text), so a Traditional and a Simplified entry are the same word.
public struct Lexicon: Sendable {
  var trie = ScalarTrie()

  /// The number of distinct words.
  public var count: Int { trie.count }

  /// An empty lexicon.
  public init() {}

  /// A lexicon of `words`.
  public init(words: some Sequence<String>) {
    for word in words { insert(word) }
  }

  /// The words added with ``insert(_:)``, in their Simplified form, in insertion order.
  public private(set) var words: [String] = []

  /// Adds a word (two characters or more; shorter ones are ignored, since ICU already treats
  /// every single character as a possible word).
  public mutating func insert(_ word: String) {
    var scalars = word.unicodeScalars.map(\.value)
    guard scalars.count >= 2 else { return }
    scalars.withUnsafeMutableBufferPointer { ConversionTables.shared.view.convert($0) }
    let before = trie.count
    trie.insert(scalars.lazy.map { Unicode.Scalar($0)! }, value: EmptyCollection())
    if trie.count > before {
      var simplified = String()
      simplified.unicodeScalars.append(contentsOf: scalars.lazy.map { Unicode.Scalar($0)! })
      words.append(simplified)
    }
  }

  /// Adds every word of `other`.
  public mutating func formUnion(_ other: Lexicon) {
    for word in other.words { insert(word) }
  }

  /// Reads a user dictionary: UTF-8 text, one word a line; anything after the first space or
  /// tab on a line (a jieba-style frequency or tag) is ignored, as are blank lines and lines
  /// starting with `#`.
  ///
  /// - Throws: ``LexiconError`` when the file cannot be read or is not UTF-8, naming the line.
  public init(contentsOfFile path: String) throws(LexiconError) {
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path)
    } catch {
      throw LexiconError(path: path, line: nil, reason: error.reason)
    }
    let check = UTF8Check(bytes[...])
    if let bad = check.firstError {
      let line = bytes[..<bad.offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw LexiconError(path: path, line: line, reason: "not UTF-8 (byte \(bad.offset))")
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    self.init()
    for line in text.split(whereSeparator: \.isNewline) {
      if line.hasPrefix("#") { continue }
      guard let word = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first else { continue }
      insert(String(word))
    }
  }

  /// The built-in lexicon: the words of Corpora/lexicons/words.txt and the names of every
  /// administrative division in Corpora/gazetteers/divisions.tsv with their short forms.
  static let builtIn: Lexicon = {
    var lexicon = Lexicon()
    var scalars: [UInt32] = []
    let view = ConversionTables.shared.view
    /// Adds the comma-separated words in `bytes`.
    func add(_ bytes: UnsafeBufferPointer<UInt8>) {
      var start = 0
      for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2C {
        scalars.removeAll(keepingCapacity: true)
        UTF8Decoding.forEachScalar(UnsafeBufferPointer(rebasing: bytes[start..<i])) { scalar, _ in
          scalars.append(scalar)
        }
        start = i + 1
        guard scalars.count >= 2 else { continue }
        scalars.withUnsafeMutableBufferPointer { view.convert($0) }
        lexicon.trie.insert(scalars.lazy.map { Unicode.Scalar($0)! }, value: EmptyCollection())
      }
    }
    EmbeddedData.forEachField("lexicons/words.txt") { column, bytes in
      if column == 0 { add(bytes) }
    }
    // Columns: code, name, level, parent, short forms, former names.
    EmbeddedData.forEachField("gazetteers/divisions.tsv") { column, bytes in
      if column == 1 || column == 4 || column == 5 { add(bytes) }
    }
    return lexicon
  }()
}

/// A user dictionary that could not be read.
public struct LexiconError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// The 1-based line, when the problem is on one.
  public var line: Int?
  /// What is wrong.
  public var reason: String

  /// `path:line: reason`, one line.
  public var description: String {
    "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
  }
}
