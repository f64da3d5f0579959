import Testing
import ZhExtract

@Suite("Article normaliser")
struct ArticleNormalizerTests {
  let extractor = Extractor()

  @Test func simplifiedXinhuaStyleArticle() throws {
    let text = """
      首页 > 财经 > 正文
      长三角新能源汽车产量增长
      2024年03月12日 10:05　来源：新华社
      新华社上海3月12日电（记者 周洁、陈晨）记者12日从上海市经济和信息化委员会获悉，今年前两个月长三角地区新能源汽车产量同比增长三成。
      业内人士表示，产业链配套能力持续提升。
      责任编辑：赵敏
      分享到：
      """
    let document = extractor.extract(text)
    let article = try #require(document.article)
    #expect(article.title == "长三角新能源汽车产量增长")
    #expect(article.published == "2024-03-12T10:05+08:00")
    #expect(article.source == "新华社")
    #expect(article.reporters == ["周洁", "陈晨"])
    #expect(article.editors == ["赵敏"])
    #expect(article.dateline?.agency == "新华社")
    #expect(article.dateline?.place == "上海")
    #expect(article.dateline?.date == "2024-03-12")
    let body = try #require(article.body)
    let scalars = Array(text.unicodeScalars)
    var bodyText = String()
    bodyText.unicodeScalars.append(contentsOf: scalars[body.start..<body.end])
    #expect(bodyText.hasPrefix("新华社上海3月12日电"))
    #expect(bodyText.hasSuffix("产业链配套能力持续提升。"))
    #expect(article.paragraphs?.count == 2)
    #expect(article.boilerplate?.count == 2)
    #expect(document.referenceDate == "2024-03-12")
    #expect(document.script == .simplified)
  }

  @Test func taiwanArticleWithCentralNewsAgencyDateline() throws {
    let text = """
      颱風影響 航班取消 | 中央社 CNA
      2024/07/24 18:20
      （中央社記者陳家倫高雄24日電）受颱風影響，高雄國際機場今天下午起取消多個國際航班，航空公司呼籲旅客出發前留意最新資訊。（編輯：張芳瑜）1130724
      """
    let article = try #require(extractor.extract(text).article)
    #expect(article.title == "颱風影響 航班取消")
    #expect(article.site == "中央社 CNA")
    #expect(article.published == "2024-07-24T18:20+08:00")
    #expect(article.dateline?.place == "高雄")
    #expect(article.dateline?.date == "2024-07-24")
    #expect(article.reporters == ["陳家倫"])
    #expect(article.editors == ["張芳瑜"])
    let body = try #require(article.body)
    let scalars = Array(text.unicodeScalars)
    #expect(scalars[body.end - 1] == "。")
  }

  @Test(arguments: ["【香港商報訊】", "（香港商報訊）", "香港商報訊 "])
  func newspaperDatelinesInAnyBracketNameTheNewspaper(_ opener: String) throws {
    let text = "港股午後回升\n2024-08-22 19:05\n\(opener)恒生指數今日收漲1.2%，成交額增至950億港元。\n"
    let dateline = try #require(extractor.extract(text).article?.dateline)
    #expect(dateline.agency == "香港商報")
    #expect(dateline.text == opener.trimmingCharacters(in: .whitespaces))
  }

  @Test func datelineDayBeforeThePublicationMonthFallsInThePreviousMonth() throws {
    let text = """
      標題
      2024-03-01 08:00
      （中央社記者林小明台北29日電）這是一段足夠長的新聞內容，用來測試電頭日期的推算方式是否正確。
      """
    #expect(extractor.extract(text).article?.dateline?.date == "2024-02-29")
  }

  @Test func plainTextHasNoArticle() {
    #expect(extractor.extract("营收约730亿元，约合100亿美元。").article == nil)
    #expect(extractor.extract("").article == nil)
    #expect(extractor.extract("").script == Script.none)
  }

  @Test func scriptDetection() {
    #expect(extractor.extract("貴州與廣東").script == .traditional)
    #expect(extractor.extract("贵州与广东").script == .simplified)
    #expect(extractor.extract("贵州与广东，貴州與廣東").script == .mixed)
    #expect(extractor.extract("中文").script == .simplified)
    #expect(extractor.extract("ABC 123").script == Script.none)
  }

  @Test func explicitReferenceDateWins() {
    let text = "标题\n2024-05-18 09:00 来源：新华网\n这是一段足够长的新聞內容，用来测试参考日期是否以传入的日期为准。"
    #expect(extractor.extract(text).referenceDate == "2024-05-18")
    #expect(extractor.extract(text, referenceDate: "2020-01-01").referenceDate == "2020-01-01")
  }

  @Test func dateValidation() {
    #expect(Extractor.isValidDate("2024-02-29"))
    #expect(!Extractor.isValidDate("2023-02-29"))
    #expect(!Extractor.isValidDate("2024-5-18"))
    #expect(!Extractor.isValidDate("tomorrow"))
  }
}

@Suite("Entity merging")
struct EntityMergingTests {
  struct Fixed: EntityRecognizer {
    let kind: Entity.Kind
    let spans: [Range<Int>]
    func entities(in text: RecognitionText) -> [Entity] { spans.map { text.entity(kind, $0, nil) } }
  }

  @Test func longerEntityWinsAndOutputIsSortedWithoutOverlaps() {
    let text = "黔東南州金銳産業有限公司在黔東南州"
    let extractor = Extractor(recognizers: [
      Fixed(kind: .place, spans: [0..<4, 13..<17]), Fixed(kind: .company, spans: [0..<12]),
    ])
    let entities = extractor.extract(text).entities ?? []
    #expect(entities.map(\.type) == [.company, .place])
    #expect(entities.map(\.text) == ["黔東南州金銳産業有限公司", "黔東南州"])
    #expect(entities.map(\.start) == [0, 13])
  }

  @Test func aChainOfOverlapsIsSettledLongestFirst() {
    // 0..<3 and 5..<8 each overlap the longest, 2..<6; 9..<11 stands alone. The longest is taken
    // and its neighbours dropped, though they do not overlap each other.
    let text = "一二三四五六七八九十百千"
    let extractor = Extractor(recognizers: [
      Fixed(kind: .place, spans: [0..<3, 9..<11]), Fixed(kind: .company, spans: [2..<6]), Fixed(kind: .date, spans: [5..<8]),
    ])
    let entities = extractor.extract(text).entities ?? []
    #expect(entities.map(\.start) == [2, 9])
    #expect(entities.map(\.type) == [.company, .place])
  }

  @Test func equalLengthsGoToTheMoreSpecificTypeThenTheEarlier() {
    let text = "一二三四五六七八九十"
    let sameSpan = Extractor(recognizers: [Fixed(kind: .place, spans: [1..<4]), Fixed(kind: .organization, spans: [1..<4])])
    #expect(sameSpan.extract(text).entities?.map(\.type) == [.organization])
    // Two places of equal length overlapping: the earlier; then 6..<9, clear of it, as well.
    let places = Extractor(recognizers: [Fixed(kind: .place, spans: [4..<7, 2..<5, 6..<9])])
    #expect(places.extract(text).entities?.map(\.start) == [2, 6])
    // Empty candidates are dropped.
    let empty = Extractor(recognizers: [Fixed(kind: .place, spans: [3..<3, 3..<5])])
    #expect(empty.extract(text).entities?.map(\.start) == [3])
  }

  @Test func typesSelectTheRecognisers() {
    let recognizers: [any EntityRecognizer] = [Fixed(kind: .place, spans: [0..<2]), Fixed(kind: .money, spans: [3..<5])]
    let onlyMoney = Extractor(types: [.money], recognizers: recognizers).extract("貴州 千元")
    #expect(onlyMoney.entities?.map(\.type) == [.money])
  }
}
