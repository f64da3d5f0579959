import Testing
import ZhExtract

func companies(_ text: String) -> [Entity] {
  Extractor(types: [.company]).extract(text, referenceDate: "2024-05-18").entities ?? []
}

@Suite("Companies")
struct CompanyRecognizerTests {
  @Test(arguments: [
    ("華電集團與貴州盤江煤電有限責任公司簽署協議", ["華電集團", "貴州盤江煤電有限責任公司"]),
    ("华电集团与贵州盘江煤电有限责任公司签署协议", ["华电集团", "贵州盘江煤电有限责任公司"]),
    ("寧德時代新能源科技股份有限公司、比亞迪股份有限公司和中國銀行發布公告", ["寧德時代新能源科技股份有限公司", "比亞迪股份有限公司", "中國銀行"]),
    ("項目由上海浦東發展銀行提供貸款", ["上海浦東發展銀行"]),
  ])
  func namesEndAtTheirFormAndStartAfterFunctionWords(_ c: (String, [String])) {
    #expect(companies(c.0).map(\.text) == c.1)
  }

  @Test func aTitleBeforeAPersonIsNotPartOfTheName() {
    let found = companies("遠景能源總經理陳浩宏說，明年將在北京設立銷售有限公司的分部。")
    #expect(!found.contains { $0.text.contains("總經理") || $0.text.contains("陳浩宏") })
  }

  @Test(arguments: ["該公司將繼續投資", "7家上市公司及其子公司參與", "这家公司和其控股子公司", "两家银行表示"])
  func genericMentionsAreNotCompanies(_ text: String) {
    #expect(companies(text).isEmpty, "\(companies(text).map(\.text))")
  }

  @Test func aDeclaredShortNameIsTheSameCompany() throws {
    let text = "深圳市騰訊計算機系統有限公司（以下簡稱「騰訊」）今日宣布，騰訊將擴大投資。"
    let found = companies(text)
    #expect(found.map(\.text) == ["深圳市騰訊計算機系統有限公司", "騰訊", "騰訊"])
    #expect(found.allSatisfy { $0.normalized?.name == "深圳市腾讯计算机系统有限公司" })
    let offsets = found.map { $0.start }
    #expect(offsets == offsets.sorted())
  }

  @Test func offsetsPointIntoTheOriginalText() throws {
    let text = "　　据悉，比亚迪股份有限公司今日发布公告。"
    let entity = try #require(companies(text).first)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[entity.start..<entity.end])) == entity.text)
  }
}

@Suite("Companies and what comes before them")
struct CompanyBoundaryTests {
  @Test(arguments: [
    ("2021年公司營收增長三成", [String]()),
    ("中新社廣州3月5日電（記者 林立）廣州白雲電器設備股份有限公司今日公告", ["廣州白雲電器設備股份有限公司"]),
    ("伊利（內蒙古）乳業有限公司", ["伊利（內蒙古）乳業有限公司"]),
  ])
  func datesAndBylinesAreNotPartOfANameButBracketedPlacesAre(_ c: (String, [String])) {
    #expect(companies(c.0).map(\.text) == c.1)
  }
}
