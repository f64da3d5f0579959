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
  /// The code of the division above, empty for provinces.
  package var parentCode: String

  /// All divisions, in file order.
  package static let all: [Division] = {
    var divisions: [Division] = []
    EmbeddedData.forEachRecord("gazetteers/divisions.tsv") { line, fields in
      guard fields.count == 4, let level = Level(rawValue: String(fields[2])) else {
        preconditionFailure("gazetteers/divisions.tsv:\(line): expected code, name, level, parent")
      }
      divisions.append(
        Division(code: String(fields[0]), name: String(fields[1]), level: level, parentCode: String(fields[3])))
    }
    return divisions
  }()

  /// The shorter names the division is written as, without its generic suffix: 毕节 for
  /// 毕节市, 黔东南 for 黔东南苗族侗族自治州, 内蒙古 for 内蒙古自治区. Only forms of two
  /// characters or more.
  package var shortForms: [String] {
    var forms: [String] = []
    let name = Array(self.name.unicodeScalars)
    func add(_ scalars: ArraySlice<Unicode.Scalar>) {
      if scalars.count >= 2 && scalars.count < name.count {
        var form = String()
        form.unicodeScalars.append(contentsOf: scalars)
        if !forms.contains(form) { forms.append(form) }
      }
    }
    // Autonomous areas: cut before the first ethnic name (黔东南|苗族侗族自治州, 三都|水族自治县).
    if name.count > 4 && self.name.unicodeScalars.contains("治") {
      for i in 2..<name.count where Self.ethnicNames.contains(where: { name[i...].starts(with: $0) }) {
        add(name[..<i])
        break
      }
    }
    for suffix in Self.suffixes where name.count > suffix.count && name.suffix(suffix.count).elementsEqual(suffix) {
      add(name.dropLast(suffix.count))
      break
    }
    return forms
  }

  /// Generic suffixes, longest first.
  static let suffixes: [[Unicode.Scalar]] = [
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "地区", "林区",
    "新区", "省", "市", "县", "区", "盟",
  ].map { Array($0.unicodeScalars) }

  /// Ethnic-group names as they appear in the names of autonomous areas.
  static let ethnicNames: [[Unicode.Scalar]] = [
    "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
    "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族",
    "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族",
    "各族",
  ].map { Array($0.unicodeScalars) }
}
