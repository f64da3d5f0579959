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

  @Test(arguments: [
    ("客户包括华为、小米、OPPO等手机厂商", ["华为", "小米", "OPPO"]),
    ("在阿里巴巴、京東、拼多多等平台上", ["阿里巴巴", "京東", "拼多多"]),
    ("通過京東、美團等平台發放", ["京東", "美團"]),
  ])
  func namesThatAreWordsAreCompaniesInAListOfCompanies(_ c: (String, [String])) {
    #expect(companies(c.0).map(\.text) == c.1)
  }

  @Test(arguments: ["小米粥很香", "北京东部地区", "苹果、香蕉等水果", "美的享受"])
  func namesThatAreWordsAloneAreNoCompanies(_ text: String) {
    #expect(companies(text).isEmpty, "\(text): \(companies(text).map(\.text))")
  }

  @Test func aTitleBeforeAPersonIsNotPartOfTheName() {
    let found = companies("遠景能源總經理陳浩宏說，明年將在北京設立銷售有限公司的分部。")
    #expect(!found.contains { $0.text.contains("總經理") || $0.text.contains("陳浩宏") })
  }

  @Test(arguments: [
    ("團長、宏聲電子董事長陳明哲表示", ["宏聲電子"]), ("华澜科技总经理李明说", ["华澜科技"]), ("比亚迪董事长王传福", ["比亚迪"]),
    ("该公司董事长表示", []), ("国内新能源汽车董事长会议", []),
  ])
  func aShortNameBeforeAnOfficersTitleIsACompany(_ c: (String, [String])) {
    #expect(companies(c.0).map(\.text) == c.1)
  }

  @Test(arguments: [("他曾任信昌工程有限公司董事", "信昌工程有限公司"), ("1972年任英國文化協會委員", "英國文化協會")])
  func aVerbOfOfficeBeforeANameIsNoPart(_ c: (String, String)) {
    let found = (Extractor(types: [.company, .organization]).extract(c.0).entities ?? []).map(\.text)
    #expect(found == [c.1])
  }

  @Test(arguments: ["該公司將繼續投資", "7家上市公司及其子公司參與", "这家公司和其控股子公司", "两家银行表示", "随后，数个铁路公司扩展网路", "国内外银行纷纷锁定"])
  func genericMentionsAreNotCompanies(_ text: String) {
    #expect(companies(text).isEmpty, "\(companies(text).map(\.text))")
  }

  @Test func aDeclaredShortNameIsFoundWhereverItIsUsed() throws {
    let text = "深圳市騰訊計算機系統有限公司（以下簡稱「騰訊」）今日宣布，騰訊將擴大投資。"
    let found = companies(text)
    #expect(found.map(\.text) == ["深圳市騰訊計算機系統有限公司", "騰訊", "騰訊"])
    #expect(found.map { $0.normalized?.name } == ["深圳市腾讯计算机系统有限公司", "腾讯", "腾讯"])
    #expect(found.dropFirst().allSatisfy { $0.normalized?.fullName == "深圳市腾讯计算机系统有限公司" })
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
    ("來自台南的紡織廠永興紡織股份有限公司宣布", ["永興紡織股份有限公司"]),
    ("香港電 海星集團控股有限公司今日公布", ["海星集團控股有限公司"]),
    ("北方航空集团东方物流股份有限公司成立", ["北方航空集团东方物流股份有限公司"]),
  ])
  func datesAndBylinesAreNotPartOfANameButBracketedPlacesAre(_ c: (String, [String])) {
    #expect(companies(c.0).map(\.text) == c.1)
  }
}

@Suite("Companies without a form, and forms that are not companies")
struct KnownCompanyTests {
  @Test(arguments: [
    ("客戶包括華為與台積電", ["華為", "台積電"], ["华为", "台积电"]),
    ("客户包括华为与台积电", ["华为", "台积电"], ["华为", "台积电"]),
    ("LG與三星電子的面板價格", ["LG", "三星電子"], ["LG", "三星电子"]),
  ])
  func wellKnownNamesAreCompaniesInBothScripts(_ c: (String, [String], [String])) {
    let found = companies(c.0)
    #expect(found.map(\.text) == c.1)
    #expect(found.map { $0.normalized?.name } == c.2)
  }

  @Test(arguments: [
    ("客戶包括華為與台積電，微軟也在其中", [Optional("华为技术有限公司"), "台湾积体电路制造股份有限公司", nil]),
    ("客户包括华为与台积电，微软也在其中", [Optional("华为技术有限公司"), "台湾积体电路制造股份有限公司", nil]),
  ])
  func wellKnownNamesCarryTheirFullNameWhereKnown(_ c: (String, [String?])) {
    #expect(companies(c.0).map { $0.normalized?.fullName } == c.1)
  }

  @Test(arguments: [
    "北京东部地区的LGBT团体", "其中钢材出口增长", "据上海证券报报道", "一批二、三级子公司", "中國人民銀行宣布降準", "世界银行预计增长放缓",
  ])
  func wordsThatContainANameAreNotCompanies(_ text: String) {
    #expect(companies(text).isEmpty, "\(companies(text).map(\.text))")
  }

  @Test(arguments: [
    ("在北京证券交易所上市", "北京证券交易所"),
    ("中国银行（英国）有限公司发布报告", "中国银行（英国）有限公司"),
    ("中国工商银行伦敦分行开业", "中国工商银行伦敦分行"),
    ("苏州星辰微电子股份有限公司上市", "苏州星辰微电子股份有限公司"),
    ("由南方航运集团有限公司控股", "南方航运集团有限公司"),
    ("城建数据服务有限公司成立", "城建数据服务有限公司"),
    ("中國工商銀行報告期內營收增長", "中國工商銀行"),
  ])
  func namesRunOverBracketsBranchesAndWordsWithStopCharacters(_ c: (String, String)) {
    #expect(companies(c.0).map(\.text) == [c.1])
  }
}

@Test func aJoinedNameIsNormalisedWhole() throws {
  let entity = try #require(companies("北方航空集團東方物流股份有限公司成立").first)
  #expect(entity.normalized?.name == "北方航空集团东方物流股份有限公司")
}
