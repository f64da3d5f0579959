/// China's administrative divisions from the embedded Corpora/gazetteers/divisions.tsv: the
/// names the segmenter's lexicon holds, and (for the extractors) codes, levels and parents.
package struct Division: Sendable, Hashable {
  package enum Level: String, Sendable {
    case province, prefecture, county
  }

  /// The 6-digit GB/T 2260 code; empty for Hong Kong, Macao and Taiwan districts.
  package var code: String
  /// The full name in Simplified script (毕节市).
  package var name: String
  package var level: Level
  /// The code of the division above (for Hong Kong, Macao and Taiwan districts, its name);
  /// empty for provinces.
  package var parentCode: String

  /// All divisions, in file order.
  package static let all: [Division] = {
    var divisions: [Division] = []
    EmbeddedData.forEachRecord("gazetteers/divisions.tsv") { line, fields in
      guard fields.count == 6, let level = Level(rawValue: String(fields[2])) else {
        preconditionFailure("gazetteers/divisions.tsv:\(line): expected code, name, level, parent, short forms, former names")
      }
      divisions.append(
        Division(
          code: String(fields[0]), name: String(fields[1]), level: level, parentCode: String(fields[3]),
          shortForms: fields[4].split(separator: ",").map(String.init),
          formerNames: fields[5].split(separator: ",").map(String.init)))
    }
    return divisions
  }()


  /// The shorter names the division is written as, without its generic suffix: 毕节 for
  /// 毕节市, 黔东南 for 黔东南苗族侗族自治州, 内蒙古 for 内蒙古自治区 (from the data file).
  package var shortForms: [String]

  /// Names the division had before it was renamed (襄樊市, 襄樊 for 襄阳市).
  package var formerNames: [String]
}
