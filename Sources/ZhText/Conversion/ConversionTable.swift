/// A dictionary from strings of characters to their replacement, matched longest-first at each
/// position (OpenCC's `Dict` with prefix matching).
///
/// Keys are sequences of Unicode scalars stored in a trie: the first scalar of a BMP key
/// indexes a flat array, deeper levels sit in one hash table keyed by (node, scalar).
struct ConversionTable: Sendable {
  /// Child node of the root for each BMP scalar (0 = none), and for scalars beyond the BMP.
  private var rootBMP: [Int32]
  private var rootAstral: [UInt32: Int32] = [:]
  /// Children below the root: key (node << 21) | scalar.
  private var children: [UInt64: Int32] = [:]
  /// The replacement at each node, as an index into `values` (-1 = none).
  private var valueIndex: [Int32] = [-1]
  private var values: [[Unicode.Scalar]] = []
  private(set) var maxKeyLength = 0
  private(set) var count = 0

  init() {
    rootBMP = [Int32](repeating: 0, count: 0x10000)
  }

  /// Adds `key` → `value`; the first value given for a key wins (OpenCC: the first of several
  /// targets is the default), unless `replacing`.
  mutating func insert(_ key: [Unicode.Scalar], _ value: [Unicode.Scalar], replacing: Bool = false) {
    guard !key.isEmpty else { return }
    var node: Int32 = 0
    for (depth, scalar) in key.enumerated() {
      let next: Int32?
      if depth == 0 {
        if scalar.value < 0x10000 {
          let c = rootBMP[Int(scalar.value)]
          next = c == 0 ? nil : c
        } else {
          next = rootAstral[scalar.value]
        }
      } else {
        next = children[UInt64(node) << 21 | UInt64(scalar.value)]
      }
      if let next {
        node = next
      } else {
        let created = Int32(valueIndex.count)
        valueIndex.append(-1)
        if depth == 0 {
          if scalar.value < 0x10000 { rootBMP[Int(scalar.value)] = created } else { rootAstral[scalar.value] = created }
        } else {
          children[UInt64(node) << 21 | UInt64(scalar.value)] = created
        }
        node = created
      }
    }
    if valueIndex[Int(node)] >= 0 {
      if replacing { values[Int(valueIndex[Int(node)])] = value }
      return
    }
    valueIndex[Int(node)] = Int32(values.count)
    values.append(value)
    count += 1
    maxKeyLength = max(maxKeyLength, key.count)
  }

  /// The longest key that starts at `position` in `text`, as (its length, its value).
  @inline(__always)
  func longestMatch(in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> (
    length: Int, value: [Unicode.Scalar]
  )? {
    let first = text[position].value
    var node: Int32
    if first < 0x10000 {
      node = rootBMP[Int(first)]
    } else {
      node = rootAstral[first] ?? 0
    }
    if node == 0 { return nil }
    var best: (Int, Int32)? = nil
    if valueIndex[Int(node)] >= 0 { best = (1, valueIndex[Int(node)]) }
    var i = position + 1
    let limit = min(text.count, position + maxKeyLength)
    while i < limit {
      guard let next = children[UInt64(node) << 21 | UInt64(text[i].value)] else { break }
      node = next
      i += 1
      if valueIndex[Int(node)] >= 0 { best = (i - position, valueIndex[Int(node)]) }
    }
    guard let best else { return nil }
    return (best.0, values[Int(best.1)])
  }
}

extension ConversionTable {
  /// Which entries of an OpenCC file to take.
  enum Selection {
    /// Every entry, first target.
    case all
    /// Only entries whose target has as many scalars as the key: for views that keep offsets.
    case lengthPreserving
    /// Every entry reversed (target → key), as OpenCC derives its `...Rev` tables.
    case reversed
  }

  /// Adds the entries of an embedded OpenCC dictionary file.
  mutating func add(openCCFile name: String, _ selection: Selection = .all) {
    EmbeddedData.forEachRecord(name) { line, fields in
      guard fields.count >= 2 else { return }
      let key = Array(fields[0].unicodeScalars)
      let targets = fields[1].split(separator: " ")
      switch selection {
      case .all:
        if let first = targets.first { insert(key, Array(first.unicodeScalars)) }
      case .lengthPreserving:
        if let first = targets.first, first.unicodeScalars.count == key.count {
          insert(key, Array(first.unicodeScalars))
        }
      case .reversed:
        for target in targets { insert(Array(target.unicodeScalars), key) }
      }
    }
  }
}

extension ConversionTable {
  /// Calls `body` with the length of every key that starts at `position` (all prefixes,
  /// shortest first), up to `limit` (exclusive end offset).
  @inline(__always)
  func forEachMatch(
    in text: UnsafeBufferPointer<Unicode.Scalar>, at position: Int, limit: Int,
    _ body: (_ length: Int) -> Void
  ) {
    let first = text[position].value
    var node: Int32 = first < 0x10000 ? rootBMP[Int(first)] : (rootAstral[first] ?? 0)
    if node == 0 { return }
    if valueIndex[Int(node)] >= 0 { body(1) }
    var i = position + 1
    let end = min(limit, position + maxKeyLength)
    while i < end {
      guard let next = children[UInt64(node) << 21 | UInt64(text[i].value)] else { return }
      node = next
      i += 1
      if valueIndex[Int(node)] >= 0 { body(i - position) }
    }
  }

  /// Whether any key starts with `scalar`.
  @inline(__always)
  func hasKey(startingWith scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 ? rootBMP[Int(scalar.value)] != 0 : rootAstral[scalar.value] != nil
  }
}
