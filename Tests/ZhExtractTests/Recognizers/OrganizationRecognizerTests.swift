import Testing
import ZhExtract

func organizations(_ text: String) -> [Entity] {
  Extractor(types: [.organization]).extract(text, referenceDate: "2024-05-18").entities ?? []
}

@Suite("Organisations")
struct OrganizationRecognizerTests {
  @Test(arguments: [
    ("記者從湖南省人民政府獲悉", ["湖南省人民政府"], ["湖南省人民政府"]),
    ("记者从湖南省人民政府获悉", ["湖南省人民政府"], ["湖南省人民政府"]),
    ("會議由江西省教育廳和市統計局聯合召開", ["江西省教育廳", "市統計局"], ["江西省教育厅", "市统计局"]),
    ("会议由江西省教育厅和市统计局联合召开", ["江西省教育厅", "市统计局"], ["江西省教育厅", "市统计局"]),
    ("縣委宣傳部組織媒體採訪", ["縣委宣傳部"], ["县委宣传部"]),
    ("據湖南日報報道，國務院批覆了方案", ["湖南日報", "國務院"], ["湖南日报", "国务院"]),
    ("他畢業於湖南大學，後加入中國汽車工業協會", ["湖南大學", "中國汽車工業協會"], ["湖南大学", "中国汽车工业协会"]),
    ("該股在深圳證券交易所上市，中國證監會已同意", ["深圳證券交易所", "中國證監會"], ["深圳证券交易所", "中国证监会"]),
    ("国家发展和改革委员会印发通知", ["国家发展和改革委员会"], ["国家发展和改革委员会"]),
  ])
  func bodiesByNameSuffixOrDepartment(_ c: (String, [String], [String])) {
    let found = organizations(c.0)
    #expect(found.map(\.text) == c.1)
    #expect(found.map { $0.normalized?.name ?? "" } == c.2)
  }

  @Test func aPlaceInsideABodysNameBelongsToTheBody() throws {
    let found = Extractor().extract("记者从湖南省人民政府获悉，长沙将新建两所学校。").entities ?? []
    let body = try #require(found.first { $0.type == .organization })
    #expect(body.text == "湖南省人民政府")
    #expect(!found.contains { $0.type == .place && $0.text == "湖南省" })
    #expect(found.contains { $0.type == .place && $0.text == "长沙" })
  }

  @Test func bodiesAreNotCompanies() {
    let found = Extractor().extract("湖南省人民政府与中国人民银行长沙中心支行签署协议").entities ?? []
    #expect(!found.contains { $0.type == .company && $0.text.contains("人民政府") })
    #expect(found.contains { $0.type == .organization && $0.text == "湖南省人民政府" })
  }

  @Test(arguments: ["另會為沙田、將軍澳及屯門三個公營醫院重建項目撥款", "另会为沙田、将军澳及屯门三个公营医院重建项目拨款"])
  func aPlaceBeforeACountedNounIsNoPartOfAName(_ text: String) {
    let found = Extractor().extract(text).entities ?? []
    #expect(found.contains { $0.type == .place && ($0.text == "屯門" || $0.text == "屯门") }, "\(found.map(\.text))")
    #expect(!found.contains { $0.type == .organization }, "\(found.map(\.text))")
  }

  @Test(arguments: [
    "各级人民政府要落实责任", "这所大学很有名", "企业文化部门负责", "形成新的发展格局", "委托第三方办理", "长安区依托大学城发展", "大学生就业",
    "上级人民政府批准", "另會為三個公營醫院重建項目撥款", "两所公立大学合并",
  ])
  func genericMentionsAreNoOrganisation(_ text: String) {
    #expect(organizations(text).isEmpty, "\(text): \(organizations(text).map(\.text))")
  }
}
