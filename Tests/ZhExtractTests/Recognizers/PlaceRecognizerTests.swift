import Testing
import ZhExtract

func places(_ text: String) -> [Entity] {
  Extractor(types: [.place]).extract(text, referenceDate: "2024-05-18").entities ?? []
}

@Suite("Places")
struct PlaceRecognizerTests {
  @Test(arguments: [
    ("貴州迎來史上最大工業投資項目", "貴州", "520000", "province"),
    ("贵州迎来史上最大工业投资项目", "贵州", "520000", "province"),
    ("推動從江乃至黔東南州産業轉型", "從江", "522633", "county"),
    ("推動從江乃至黔東南州産業轉型", "黔東南州", "522600", "prefecture"),
    ("內蒙古的風電項目", "內蒙古", "150000", "province"),
    ("出口至寮國與越南", "寮國", "LA", "country"),
    ("出口至老挝与越南", "老挝", "LA", "country"),
    ("來自紐西蘭的遊客", "紐西蘭", "NZ", "country"),
    ("義大利米蘭的時裝週", "義大利米蘭", nil, "city"),
    ("朝鮮與北韓是同一國家", "北韓", "KP", "country"),
  ] as [(String, String, String?, String)])
  func linksNamesToCodes(_ c: (String, String, String?, String)) throws {
    let found = places(c.0)
    let entity = try #require(found.first { $0.text == c.1 }, "\(c.0): \(found.map(\.text))")
    #expect(entity.normalized?.code == c.2)
    #expect(entity.normalized?.level == c.3)
  }

  @Test(arguments: [
    ("會議在浙江杭州舉行", "浙江杭州", "330100", ["浙江省"]),
    ("由佛山市南海區負責投資", "佛山市南海區", "440605", ["广东省", "佛山市"]),
    ("G7611都香高速雲南昭通段", "雲南昭通", "530600", ["云南省"]),
    ("贵州毕节磷煤化工项目", "贵州毕节", "520500", ["贵州省"]),
  ])
  func pathsAreOneEntityNormalisedToTheMostSpecific(_ c: (String, String, String, [String])) throws {
    let entity = try #require(places(c.0).first)
    #expect(entity.text == c.1)
    #expect(entity.normalized?.code == c.2)
    #expect(entity.normalized?.parents == c.3)
  }

  @Test func sharedNamesFollowTheArticlesProvince() throws {
    let beijing = places("北京市东城区和朝阳将联合举办消费季，朝阳的商圈客流增长。")
    #expect(beijing.filter { $0.text == "朝阳" }.allSatisfy { $0.normalized?.code == "110105" })
    let liaoning = places("辽宁省今年农业增产，朝阳的设施农业发展迅速，北票市也在推进。")
    #expect(liaoning.filter { $0.text == "朝阳" }.allSatisfy { $0.normalized?.code == "211300" })
  }

  @Test func chinasCitiesAreItsDivisionsAndProvinceNamesTheProvinces() throws {
    let found = places("新华社北京电 天津市与河北签署协议，河北、天津两地协同发展。")
    let beijing = try #require(found.first { $0.text == "北京" })
    #expect(beijing.normalized?.code == "110000")
    #expect(beijing.normalized?.alternatives == nil)
    #expect(found.filter { $0.text == "河北" }.allSatisfy { $0.normalized?.code == "130000" })
    #expect(found.contains { $0.text == "河北" })
  }

  @Test func nanhaiIsTheDistrictInFoshanAndTheSeaElsewhere() throws {
    let district = places("佛山市今年上半年经济增长，南海实现地区生产总值1741亿元。")
    #expect(district.first { $0.text == "南海" }?.normalized?.code == "440605")
    let sea = places("各方就南海局势交换意见。")
    #expect(sea.first { $0.text == "南海" }?.normalized?.level == "region")
    // The shore provinces named do not make it the district; words of the sea after it keep it
    // the sea even where Foshan is named.
    let shores = places("休渔范围为南海，涉及广东、广西、海南三省。")
    #expect(shores.first { $0.text == "南海" }?.normalized?.level == "region")
    let fishing = places("南海伏季休漁5月1日開始，佛山市九江鎮的漁民提前返港。")
    #expect(fishing.first { $0.text == "南海" }?.normalized?.level == "region")
  }

  @Test func formerNamesLinkToTheCurrentDivision() throws {
    let entity = try #require(places("襄陽市2010年由襄樊市更名而來").first { $0.text == "襄樊市" })
    #expect(entity.normalized?.code == "420600")
    #expect(entity.normalized?.name == "襄阳市")
    #expect(entity.normalized?.formerName == "襄樊市")
  }

  @Test func provinceAbbreviationsOnlyInContext() throws {
    #expect(places("川、渝、黔一体化发展").map(\.text) == ["川", "渝", "黔"])
    #expect(places("连接滇川黔三省的高速").map(\.text) == ["滇", "川", "黔"])
    #expect(places("企业纷纷来黔发展").map(\.text) == ["黔"])
    #expect(places("川流不息的人群").isEmpty)
  }

  @Test func regions() throws {
    let found = places("對標粵港澳大灣區，融入長三角和長江經濟帶，直達東南亞。")
    #expect(found.map(\.text) == ["粵港澳大灣區", "長三角", "長江經濟帶", "東南亞"])
    #expect(found.allSatisfy { $0.normalized?.level == "region" })
  }

  @Test(arguments: [
    ("工廠設在石龍鎮的工業區內", "石龍鎮", "石龙镇", "township"),
    ("工厂设在石龙镇的工业区内", "石龙镇", "石龙镇", "township"),
    ("他們回到了柳溪鄉老家", "柳溪鄉", "柳溪乡", "township"),
    ("住在桃源街道的居民", "桃源街道", "桃源街道", "township"),
    ("新建的碼頭與赤灣港相連", "赤灣港", "赤湾港", "site"),
    ("航班從長水機場起飛", "長水機場", "长水机场", "site"),
    ("货物经畹町口岸出境", "畹町口岸", "畹町口岸", "site"),
  ] as [(String, String, String, String)])
  func unknownPlacesByTheirSuffix(_ c: (String, String, String, String)) throws {
    let found = places(c.0)
    let entity = try #require(found.first { $0.text == c.1 }, "\(c.0): \(found.map(\.text))")
    #expect(entity.normalized?.name == c.2)
    #expect(entity.normalized?.level == c.3)
    #expect(entity.normalized?.code == nil)
  }

  @Test(arguments: [
    ("走訪了湘潭縣石門鎮的茶園", "湘潭縣石門鎮", "石门镇"),
    ("走访了湘潭县石门镇的茶园", "湘潭县石门镇", "石门镇"),
  ])
  func aTownAfterItsCountyIsOneEntity(_ c: (String, String, String)) throws {
    let entity = try #require(places(c.0).first, "\(c.0)")
    #expect(entity.text == c.1)
    #expect(entity.normalized?.name == c.2)
    #expect(entity.normalized?.level == "township")
    #expect(entity.normalized?.parents?.last?.hasSuffix("县") == true)
  }

  @Test(arguments: [
    ("新航线连接上海洋山港与越南海防", "上海洋山港", "洋山港", ["上海市"]),
    ("新航線連接上海洋山港與越南海防", "上海洋山港", "洋山港", ["上海市"]),
  ])
  func aPortNamedWithItsCityIsOneEntity(_ c: (String, String, String, [String])) throws {
    let found = places(c.0)
    let port = try #require(found.first { $0.text == c.1 }, "\(found.map(\.text))")
    #expect(port.normalized?.name == c.2)
    #expect(port.normalized?.level == "site")
    #expect(port.normalized?.parents == c.3)
    #expect(!found.contains { $0.text == "上海" })
  }

  @Test(arguments: [
    ("成都天府國際機場與重慶江北國際機場", "成都天府國際機場", ["四川省", "成都市"]),
    ("深圳宝安国际机场航班恢复", "深圳宝安国际机场", ["广东省", "深圳市", "宝安区"]),
    ("昆明长水机场扩建", "昆明长水机场", ["云南省", "昆明市"]),
  ])
  func anAirportNamedWithItsCityIsOneSite(_ c: (String, String, [String])) throws {
    let airport = try #require(places(c.0).first, "\(c.0)")
    #expect(airport.text == c.1)
    #expect(airport.normalized?.level == "site")
    #expect(airport.normalized?.parents == c.2)
  }

  @Test(arguments: [
    ("亞洲和大洋洲的需求", ["亞洲", "大洋洲"]), ("华北、东北地区降温", ["华北", "东北地区"]),
    ("贛南等革命老區", ["贛南"]), ("北欧和巴尔干", ["北欧", "巴尔干"]),
  ])
  func regionsAreRegions(_ c: (String, [String])) {
    let found = places(c.0)
    #expect(found.map(\.text) == c.1)
    #expect(found.allSatisfy { $0.normalized?.level == "region" })
  }

  @Test(arguments: [
    ("在中南海会见", "中南海", ["北京市", "西城区"]), ("在人民大會堂舉行", "人民大會堂", ["北京市", "东城区"]),
    ("下榻钓鱼台国宾馆", "钓鱼台国宾馆", ["北京市", "海淀区"]),
  ])
  func landmarksThatHoldAPlacesNameAreLandmarks(_ c: (String, String, [String])) throws {
    let found = places(c.0)
    #expect(found.map(\.text) == [c.1])
    #expect(found.first?.normalized?.parents == c.2)
  }

  @Test(arguments: ["吹东北风", "位于城区东北部", "加强半岛东北面的防务"])
  func directionsAreNoRegions(_ text: String) {
    #expect(!places(text).contains { $0.normalized?.level == "region" }, "\(text): \(places(text).map(\.text))")
  }

  @Test func aVerbBeforeTheAirportIsNoName() {
    let found = places("北京新建机场的规划")
    #expect(found.map(\.text) == ["北京"])
  }

  @Test(arguments: ["货轮抵达越南锦普码头", "貨輪抵達越南錦普碼頭"])
  func aCountryBeforeAPortAbroadStaysAnEntityOfItsOwn(_ text: String) throws {
    let found = places(text)
    #expect(found.contains { $0.normalized?.code == "VN" }, "\(found.map(\.text))")
    let port = try #require(found.first { $0.normalized?.level == "site" }, "\(found.map(\.text))")
    #expect(port.text.hasPrefix("锦") || port.text.hasPrefix("錦"))
    #expect(port.normalized?.parents == ["越南"])
  }

  @Test(arguments: [
    ("将与东城区王府井商圈合作", "东城区", "110101", "王府井"),
    ("將與東城區王府井商圈合作", "東城區", "110101", "王府井"),
    ("深圳前海的企业", "深圳", "440300", "前海"),
  ])
  func aLandmarkAfterItsDivisionIsAMentionOfItsOwn(_ c: (String, String, String, String)) throws {
    let found = places(c.0)
    #expect(found.map(\.text) == [c.1, c.3])
    #expect(found.first?.normalized?.code == c.2)
    #expect(found.last?.normalized?.level == "site")
  }

  @Test(arguments: [
    "重点镇和示范村的建设", "全镇共有三个村", "各乡镇积极推进", "推进美丽乡村建设", "特色小镇建设提速", "沪深港通交易活跃", "回到家乡创业",
    "城市街道整洁", "港口吞吐量增长", "新农村建设", "貨櫃碼頭擴建",
  ])
  func suffixesWithoutANameAreNoPlace(_ text: String) {
    #expect(places(text).isEmpty, "\(text): \(places(text).map(\.text))")
  }

  @Test(arguments: [
    ("酒店業指尖沙咀一帶房價上升", "尖沙咀", ["香港特别行政区", "九龙", "油尖旺区"], "township"),
    ("酒店业指尖沙咀一带房价上升", "尖沙咀", ["香港特别行政区", "九龙", "油尖旺区"], "township"),
    ("遊客在外灘拍照", "外灘", ["上海市", "黄浦区"], "site"),
    ("华尔街分析师认为", "华尔街", ["美国"], "site"),
  ])
  func landmarksAndNeighbourhoodsLieInTheirDivision(_ c: (String, String, [String], String)) throws {
    let entity = try #require(places(c.0).first { $0.text == c.1 }, "\(c.0): \(places(c.0).map(\.text))")
    #expect(entity.normalized?.level == c.3)
    #expect(entity.normalized?.code == nil)
    #expect(entity.normalized?.parents == c.2)
  }

  @Test(arguments: [
    ("工廠位於德國杜塞爾多夫", "德國杜塞爾多夫", "杜塞尔多夫", "德国"), ("在墨西哥蒙特雷投产", "墨西哥蒙特雷", "蒙特雷", "墨西哥"),
    ("轉機經杜拜前往", "杜拜", "迪拜", "阿联酋"), ("飞抵休斯敦", "休斯敦", "休斯敦", "美国"),
  ])
  func foreignCitiesWithTheirCountry(_ c: (String, String, String, String)) throws {
    let entity = try #require(places(c.0).first, "\(c.0)")
    #expect(entity.text == c.1)
    #expect(entity.normalized?.name == c.2)
    #expect(entity.normalized?.level == "city")
    #expect(entity.normalized?.parents == [c.3])
  }

  @Test(arguments: [
    ("加州山火持續", "加州", "加利福尼亚州", "province", ["美国"]),
    ("新南威爾斯州今年釋出補助", "新南威爾斯州", "新南威尔士州", "province", ["澳大利亚"]),
    ("工厂位于得克萨斯州奥斯汀", "得克萨斯州奥斯汀", "奥斯汀", "city", ["美国"]),
    ("工廠位於美國亞利桑那州鳳凰城", "美國亞利桑那州鳳凰城", "凤凰城", "city", ["美国"]),
    ("北海道旅游升温", "北海道", "北海道", "province", ["日本"]),
  ])
  func divisionsAbroadAreProvincesOfTheirCountry(_ c: (String, String, String, String, [String])) throws {
    let entity = try #require(places(c.0).first, "\(c.0)")
    #expect(entity.text == c.1)
    #expect(entity.normalized?.name == c.2)
    #expect(entity.normalized?.level == c.3)
    #expect(entity.normalized?.parents == c.4)
    #expect(entity.normalized?.code == nil)
  }

  @Test(arguments: [
    ("明年赴英游客有望增加", "英", "GB"), ("他訪美期間會見官員", "美", "US"), ("來華投資的外企增加", "華", "CN"),
    ("在华企业超过一千家", "华", "CN"), ("赴日旅游人数回升", "日", "JP"),
  ])
  func aCountryByOneCharacterAfterAVerbOfTravel(_ c: (String, String, String)) throws {
    let entity = try #require(places(c.0).first, "\(c.0)")
    #expect(entity.text == c.1)
    #expect(entity.normalized?.code == c.2)
    #expect(entity.normalized?.level == "country")
  }

  @Test(arguments: ["美元走强", "他在華為工作", "訪日期間", "在华人士", "来日方长", "对华东地区"])
  func aCountrysCharacterInAWordIsNoPlace(_ text: String) {
    #expect(!places(text).contains { $0.normalized?.level == "country" }, "\(text): \(places(text).map(\.text))")
  }

  @Test(arguments: [
    "长安汽车发布新车", "和平共处五项原则", "祝大家幸福安康", "北京吉能新能源科技有限公司签约", "中方表示将加强合作", "中西部地区发展提速",
    "公安機關依法處理", "推进共同富裕", "解放軍某部", "上证指数突破3000点大关", "大理石地面", "鳳凰衛視報道", "共和国成立七十五周年",
    "溫泉業者表示", "離島交通也將改善", "位于校园北区", "列世界百强机场第93位", "亚历山大先后在格拉尼", "他是将军的儿子", "比如说",
    "棒球界的一颗新星", "在天台晾衣服", "孫中山成立護法軍政府",
  ])
  func noPlace(_ text: String) {
    #expect(places(text).isEmpty, "\(text): \(places(text).map(\.text))")
  }
}
