/// A trie over Unicode scalars with a value (UTF-8 bytes) at each key: the dictionary behind
/// conversion (OpenCC's `Dict`, longest match first) and the segmenter's lexicons (all
/// prefixes).
///
/// The first scalar of a BMP key indexes a flat array; deeper levels sit in one open-addressing
/// hash table keyed by (node, scalar) with a multiplicative hash, several times faster than
/// `Dictionary` with its seeded SipHash, which matters at one lookup per character.
package struct ScalarTrie: Sendable {
  private var rootBMP: [Int32]
  private var rootAstral: [UInt32: Int32] = [:]
  private var children = NodeTable()
  /// For each node, its value's index (-1 = not a key).
  private var valueIndex: [Int32] = [-1]
  /// Values as UTF-8 bytes: value i is valueBytes[valueStart[i] ..< valueStart[i + 1]].
  private var valueBytes: [UInt8] = []
  private var valueStart: [Int32] = [0]
  /// The number of scalars of each value.
  private var valueScalarCount: [Int32] = []
  private(set) var maxKeyLength = 0
  package private(set) var count = 0

  package init() {
    rootBMP = [Int32](repeating: 0, count: 0x10000)
  }

  /// Adds `key` → `value`. The first value given for a key wins (OpenCC: the first of several
  /// targets is the default).
  package mutating func insert(_ key: some Collection<Unicode.Scalar>, value: some Collection<Unicode.Scalar>) {
    guard let first = key.first else { return }
    var node: Int32
    if first.value < 0x10000 {
      node = rootBMP[Int(first.value)]
      if node == 0 {
        node = newNode()
        rootBMP[Int(first.value)] = node
      }
    } else if let existing = rootAstral[first.value] {
      node = existing
    } else {
      node = newNode()
      rootAstral[first.value] = node
    }
    var length = 1
    for scalar in key.dropFirst() {
      let edge = UInt64(node) << 21 | UInt64(scalar.value)
      let next = children.get(edge)
      if next >= 0 {
        node = next
      } else {
        let created = newNode()
        children.set(edge, created)
        node = created
      }
      length += 1
    }
    guard valueIndex[Int(node)] < 0 else { return }
    valueIndex[Int(node)] = Int32(valueScalarCount.count)
    var scalars: Int32 = 0
    for scalar in value {
      valueBytes.append(contentsOf: UTF8.encode(scalar)!)
      scalars += 1
    }
    valueStart.append(Int32(valueBytes.count))
    valueScalarCount.append(scalars)
    count += 1
    maxKeyLength = max(maxKeyLength, length)
  }

  private mutating func newNode() -> Int32 {
    valueIndex.append(-1)
    return Int32(valueIndex.count - 1)
  }

  /// Whether any key starts with `scalar`.
  @inline(__always)
  package func hasKey(startingWith scalar: UInt32) -> Bool {
    scalar < 0x10000 ? rootBMP[Int(scalar)] != 0 : rootAstral[scalar] != nil
  }

  /// The longest key starting at `position` of `text` (scalars, ending before `limit`): its
  /// length in scalars and its value's index, or nil.
  @inline(__always)
  package func longestMatch(in text: UnsafeBufferPointer<UInt32>, at position: Int, limit: Int) -> (
    length: Int, value: Int
  )? {
    let first = text[position]
    var node = first < 0x10000 ? rootBMP[Int(first)] : (rootAstral[first] ?? 0)
    if node == 0 { return nil }
    var bestLength = 0
    var bestValue: Int32 = -1
    if valueIndex[Int(node)] >= 0 {
      bestLength = 1
      bestValue = valueIndex[Int(node)]
    }
    var i = position + 1
    let end = min(limit, position + maxKeyLength)
    while i < end {
      let next = children.get(UInt64(node) << 21 | UInt64(text[i]))
      if next < 0 { break }
      node = next
      i += 1
      let v = valueIndex[Int(node)]
      if v >= 0 {
        bestLength = i - position
        bestValue = v
      }
    }
    return bestValue >= 0 ? (bestLength, Int(bestValue)) : nil
  }

  /// Calls `body` with the length of every key starting at `position` (shortest first).
  @inline(__always)
  func forEachMatch(
    in text: UnsafeBufferPointer<UInt32>, at position: Int, limit: Int, _ body: (_ length: Int) -> Void
  ) {
    let first = text[position]
    var node = first < 0x10000 ? rootBMP[Int(first)] : (rootAstral[first] ?? 0)
    if node == 0 { return }
    if valueIndex[Int(node)] >= 0 { body(1) }
    var i = position + 1
    let end = min(limit, position + maxKeyLength)
    while i < end {
      let next = children.get(UInt64(node) << 21 | UInt64(text[i]))
      if next < 0 { return }
      node = next
      i += 1
      if valueIndex[Int(node)] >= 0 { body(i - position) }
    }
  }

  /// Appends the UTF-8 bytes of value `index` to `output`.
  @inline(__always)
  func appendValue(_ index: Int, to output: inout [UInt8]) {
    output.append(contentsOf: valueBytes[Int(valueStart[index])..<Int(valueStart[index + 1])])
  }

  /// The scalars of value `index`.
  package func valueScalars(_ index: Int) -> [UInt32] {
    var out: [UInt32] = []
    let bytes = valueBytes[Int(valueStart[index])..<Int(valueStart[index + 1])]
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars { out.append(scalar.value) }
    return out
  }

  /// The number of scalars in value `index`.
  @inline(__always)
  func valueLength(_ index: Int) -> Int { Int(valueScalarCount[index]) }

  /// The value of a one-scalar key, when its value is one scalar too.
  func singleScalarValue(of scalar: UInt32) -> UInt32? {
    let node = scalar < 0x10000 ? rootBMP[Int(scalar)] : (rootAstral[scalar] ?? 0)
    guard node != 0, valueIndex[Int(node)] >= 0 else { return nil }
    let v = Int(valueIndex[Int(node)])
    guard valueScalarCount[v] == 1 else { return nil }
    return valueScalars(v).first
  }

  /// Every key of one scalar, with its value index (for building flat per-character tables).
  func singleScalarKeys() -> [(UInt32, Int)] {
    var out: [(UInt32, Int)] = []
    for (scalar, node) in rootBMP.enumerated() where node != 0 && valueIndex[Int(node)] >= 0 {
      out.append((UInt32(scalar), Int(valueIndex[Int(node)])))
    }
    for (scalar, node) in rootAstral where valueIndex[Int(node)] >= 0 {
      out.append((scalar, Int(valueIndex[Int(node)])))
    }
    return out
  }
}

/// Open addressing from 64-bit edge keys to node numbers; -1 = absent. Keys are never removed.
struct NodeTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var shift: UInt64
  private var used = 0
  private static let empty = UInt64.max

  init() {
    keys = [UInt64](repeating: Self.empty, count: 1024)
    values = [Int32](repeating: -1, count: 1024)
    mask = 1023
    shift = 64 - 10
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  @inline(__always)
  func get(_ key: UInt64) -> Int32 {
    var i = slot(key)
    while true {
      let k = keys[i]
      if k == key { return values[i] }
      if k == Self.empty { return -1 }
      i = (i + 1) & mask
    }
  }

  mutating func set(_ key: UInt64, _ value: Int32) {
    if (used + 1) * 2 > keys.count { grow() }
    var i = slot(key)
    while keys[i] != Self.empty && keys[i] != key { i = (i + 1) & mask }
    if keys[i] == Self.empty { used += 1 }
    keys[i] = key
    values[i] = value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let capacity = keys.count * 2
    keys = [UInt64](repeating: Self.empty, count: capacity)
    values = [Int32](repeating: -1, count: capacity)
    mask = capacity - 1
    shift -= 1
    used = 0
    for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { set(k, v) }
  }
}

extension ScalarTrie {
  /// Which entries of an OpenCC file to take.
  enum Selection {
    /// Every entry, first target.
    case all
    /// Only entries whose target has as many scalars as the key (views that keep offsets).
    case lengthPreserving
    /// Every entry reversed (each target → key), as OpenCC derives its `...Rev` tables.
    case reversed
  }

  /// Adds the entries of an embedded dictionary file (`key<TAB>target[ target...]`, `#`
  /// comments), parsed straight from its bytes.
  mutating func add(openCCFile name: String, _ selection: Selection = .all, minimumKeyLength: Int = 1) {
    let bytes = EmbeddedData.bytes(name)
    var key: [Unicode.Scalar] = []
    var targets: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var inKey = true
    var lineStart = true
    var skipLine = false
    func finishLine() {
      if !skipLine && key.count >= max(minimumKeyLength, 1) {
        if !current.isEmpty { targets.append(current) }
        if let first = targets.first {
          switch selection {
          case .all: insert(key, value: first)
          case .lengthPreserving: if first.count == key.count { insert(key, value: first) }
          case .reversed: for target in targets { insert(target, value: key) }
          }
        }
      }
      key.removeAll(keepingCapacity: true)
      targets.removeAll(keepingCapacity: true)
      current.removeAll(keepingCapacity: true)
      inKey = true
      lineStart = true
      skipLine = false
    }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if lineStart {
          lineStart = false
          if scalar == "#" { skipLine = true }
        }
        switch scalar {
        case "\n": finishLine()
        case "\r": break
        case "\t":
          inKey = false
        case " ":
          if !inKey && !current.isEmpty {
            targets.append(current)
            current.removeAll(keepingCapacity: true)
          }
        default:
          if skipLine { break }
          if inKey { key.append(scalar) } else { current.append(scalar) }
        }
      case .emptyInput:
        finishLine()
        break loop
      case .error:
        preconditionFailure("\(name) is not UTF-8")
      }
    }
  }
}
