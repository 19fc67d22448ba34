// Provenance of the bundled guides (issue 22): every item names the sources of its legal basis and
// records a review; every article it cites exists in the law's text (article counts in
// data/law-articles.tsv); the guide never shows an unverified rule as a hard condition.
#include "cataloguebundle.h"
#include "guide.h"
#include "noticewriter.h"
#include "provenance.h"
#include "testdb.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace jiujin;

namespace {

QJsonArray seedItems()
{
    return QJsonDocument::fromJson(TestDb::seed()).object().value(QLatin1String("items")).toArray();
}

std::string s(const QString &text)
{
    return text.toStdString();
}

/** 第二十一条 → 21, 第一千零四十九条 → 1049 (Chinese numerals up to 9999). */
int chineseNumber(const QString &text)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, digit = 0;
    for (const QChar c : text) {
        const qsizetype d = digits.indexOf(c);
        if (d >= 0)
            digit = int(d);
        else if (c == u'十')
            total += (digit ? digit : 1) * 10, digit = 0;
        else if (c == u'百')
            total += digit * 100, digit = 0;
        else if (c == u'千')
            total += digit * 1000, digit = 0;
        else
            return -1;
    }
    return total + digit;
}

struct Law
{
    int articles = 0;
    bool exact = false; ///< the count is the law's total, not only an article known to exist
};

/** data/law-articles.tsv: title → number of articles. */
QHash<QString, Law> lawTable()
{
    QFile f(QStringLiteral(JIUJIN_TEST_DATA "/law-articles.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
    QHash<QString, Law> laws;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        REQUIRE(cols.size() >= 3);
        REQUIRE((cols[2] == QLatin1String("total") || cols[2] == QLatin1String("at_least")));
        laws.insert(cols[0], Law{cols[1].toInt(), cols[2] == QLatin1String("total")});
    }
    return laws;
}

/** The articles a basis text cites, by law: 《社会救助暂行办法》（…）第九条、第十条 → {title: [9,
 * 10]}. */
QHash<QString, QList<int>> citedIn(const QString &basis)
{
    QHash<QString, QList<int>> cited;
    static const QRegularExpression law(QStringLiteral("《([^》]+)》([^《]*)"));
    static const QRegularExpression article(QStringLiteral("第([零一二三四五六七八九十百千]+)条"));
    for (auto m = law.globalMatch(basis); m.hasNext();) {
        const auto match = m.next();
        QList<int> &articles = cited[match.captured(1)];
        for (auto a = article.globalMatch(match.captured(2)); a.hasNext();)
            articles.append(chineseNumber(a.next().captured(1)));
    }
    return cited;
}

QJsonObject minimalItem()
{
    return QJsonDocument::fromJson(R"({
        "code": "11150525MB0SB0001A415111010100001", "name": {"zh": "测试", "en": "Test"},
        "department": "shebao", "type": "11", "levels": ["township"],
        "summary": {"zh": "测试", "en": "Test"}, "keywords": ["测试"],
        "conditions": [{"zh": "年满16周岁", "en": "Aged 16 or over"},
                       {"zh": "户籍在本旗", "en": "Hukou here", "unverified": true}],
        "materials": [], "steps": [{"zh": "一", "en": "One"}, {"zh": "二", "en": "Two"}],
        "legal_days": 10, "promised_days": 5, "fee": {"zh": "不收费", "en": "Free"},
        "basis": [{"zh": "《中华人民共和国社会保险法》第二十条", "en": "Social Insurance Law, Art. 20"}],
        "online_depth": 1, "visits": 1, "notes": [], "form": []})")
        .object();
}

} // namespace

TEST_CASE("Chinese article numbers read as numbers", "[provenance]")
{
    CHECK(chineseNumber(QStringLiteral("八")) == 8);
    CHECK(chineseNumber(QStringLiteral("十")) == 10);
    CHECK(chineseNumber(QStringLiteral("十二")) == 12);
    CHECK(chineseNumber(QStringLiteral("二十一")) == 21);
    CHECK(chineseNumber(QStringLiteral("一百五十四")) == 154);
    CHECK(chineseNumber(QStringLiteral("一百一十")) == 110);
    CHECK(chineseNumber(QStringLiteral("一千零四十九")) == 1049);
    CHECK(chineseNumber(QStringLiteral("一千一百零五")) == 1105);
    const auto cited = citedIn(QStringLiteral(
        "《社会救助暂行办法》（国务院令第649号）第九条、第十条；《最低生活保障审核确认办法》"));
    CHECK(cited.value(QStringLiteral("社会救助暂行办法")) == QList<int>{9, 10});
    CHECK(cited.contains(QStringLiteral("最低生活保障审核确认办法")));
}

TEST_CASE("every bundled guide names the sources of its legal basis and records a review",
          "[provenance]")
{
    const QJsonArray items = seedItems();
    REQUIRE(items.size() >= 120);
    QHash<QString, int> states;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        INFO("item " << s(item.value(QLatin1String("code")).toString()) << " "
                     << s(item.value(QLatin1String("name"))
                              .toObject()
                              .value(QLatin1String("zh"))
                              .toString()));
        const Provenance p = Provenance::from(item);
        CHECK(p.publishProblem().isEmpty());
        REQUIRE(p.reviewed);
        ++states[Provenance::stateName(p.state)];
        if (p.state != Provenance::State::Draft) {
            CHECK_FALSE(p.by.isEmpty());
            CHECK(p.date.isValid());
        }
        // The review says what was checked or what is missing, in both languages.
        CHECK_FALSE(p.noteZh.isEmpty());
        CHECK_FALSE(p.noteEn.isEmpty());
        // Every law the basis text cites by article is among the sources with those articles.
        for (const QJsonValue &b : item.value(QLatin1String("basis")).toArray()) {
            const auto cited = citedIn(b.toObject().value(QLatin1String("zh")).toString());
            for (auto it = cited.cbegin(); it != cited.cend(); ++it) {
                INFO("basis cites 《" << s(it.key()) << "》");
                const Provenance::Source *source = nullptr;
                for (const Provenance::Source &candidate : p.sources)
                    if (candidate.title == it.key())
                        source = &candidate;
                REQUIRE(source != nullptr);
                CHECK(Provenance::isLegalKind(source->kind));
                for (int article : it.value())
                    CHECK(source->articles.contains(article));
            }
        }
    }
    // Honest states: nothing in the sample catalogue is confirmed by a department yet.
    CHECK(states.value(QStringLiteral("checked")) > 0);
    CHECK(states.value(QStringLiteral("draft")) > 0);
    CHECK(states.value(QStringLiteral("confirmed")) == 0);
}

TEST_CASE("every article the bundled guides cite exists in the law's text", "[provenance]")
{
    const QHash<QString, Law> laws = lawTable();
    int checked = 0;
    for (const QJsonValue &v : seedItems()) {
        const QJsonObject item = v.toObject();
        for (const Provenance::Source &source : Provenance::from(item).sources) {
            if (source.articles.isEmpty())
                continue;
            INFO("item " << s(item.value(QLatin1String("code")).toString()) << " cites 《"
                         << s(source.title) << "》");
            // A law cited by article must be in the table, with its article count.
            REQUIRE(laws.contains(source.title));
            const Law law = laws.value(source.title);
            REQUIRE(law.articles > 0);
            for (int article : source.articles) {
                INFO("article " << article << " of " << law.articles
                                << (law.exact ? "" : " (known to exist)"));
                CHECK(article >= 1);
                CHECK(article <= law.articles);
                ++checked;
            }
        }
    }
    CHECK(checked > 150);
}

TEST_CASE("a guide shows unverified rules only as tentative and names its review", "[provenance]")
{
    QJsonObject item = minimalItem();
    const DepartmentRow department{QStringLiteral("shebao"),
                                   QStringLiteral("社会保险"),
                                   QStringLiteral("Social insurance"),
                                   QStringLiteral("人社局"),
                                   QStringLiteral("HRSS"),
                                   1,
                                   0};
    SECTION("without a review: a draft, nothing is a hard condition")
    {
        const Guide g = Guide::from(item, department, false);
        CHECK(g.provenance.state == Provenance::State::Draft);
        CHECK(g.conditions.isEmpty());
        CHECK(g.tentativeConditions.size() == 2);
        CHECK_FALSE(g.confirmed());
    }
    SECTION("checked: verified conditions are hard, the unverified one stays tentative")
    {
        item.insert(QLatin1String("review"),
                    QJsonObject{{QLatin1String("state"), QLatin1String("checked")},
                                {QLatin1String("by"), QStringLiteral("编辑甲")},
                                {QLatin1String("date"), QLatin1String("2026-12-06")}});
        const Guide g = Guide::from(item, department, false);
        CHECK(g.conditions == QStringList{QStringLiteral("年满16周岁")});
        CHECK(g.tentativeConditions == QStringList{QStringLiteral("户籍在本旗")});
        CHECK(g.review.contains(QStringLiteral("编辑甲")));
        CHECK(g.review.contains(QStringLiteral("2026-12-06")));
        CHECK_FALSE(g.confirmed());
    }
    SECTION("confirmed by the department: no window note, sources listed with articles")
    {
        item.insert(QLatin1String("review"),
                    QJsonObject{{QLatin1String("state"), QLatin1String("confirmed")},
                                {QLatin1String("by"), QStringLiteral("旗人社局 张某（示例）")},
                                {QLatin1String("date"), QLatin1String("2026-12-06")}});
        item.insert(QLatin1String("sources"),
                    QJsonArray{QJsonObject{
                        {QLatin1String("kind"), QLatin1String("law")},
                        {QLatin1String("title"), QStringLiteral("中华人民共和国社会保险法")},
                        {QLatin1String("articles"), QJsonArray{20}}}});
        const Guide g = Guide::from(item, department, false);
        CHECK(g.confirmed());
        CHECK(g.conditions.size() == 1);
        REQUIRE(g.sources.size() == 1);
        CHECK(g.sources.first().contains(QStringLiteral("《中华人民共和国社会保险法》第20条")));
    }
    SECTION("legal_limit replaces the working-day figure")
    {
        item.insert(QLatin1String("legal_limit"),
                    QJsonObject{{QLatin1String("zh"), QStringLiteral("60日（自然日）")},
                                {QLatin1String("en"), QLatin1String("60 calendar days")}});
        CHECK(Guide::from(item, department, false).legalLimitText() ==
              QStringLiteral("60日（自然日）"));
        CHECK(Guide::from(item, department, true).legalLimitText() ==
              QStringLiteral("60 calendar days"));
    }
}

TEST_CASE("the bundle refuses malformed sources and reviews, naming the field", "[provenance]")
{
    const QSet<QString> departments{QStringLiteral("shebao")};
    struct Case
    {
        const char *what, *field;
        std::function<void(QJsonObject &)> edit;
    };
    const QList<Case> cases = {
        {"an unknown source kind", "sources[0].kind",
         [](QJsonObject &o) {
             o.insert(QLatin1String("sources"),
                      QJsonArray{QJsonObject{{QLatin1String("kind"), QLatin1String("blog")},
                                             {QLatin1String("title"), QLatin1String("x")}}});
         }},
        {"a source without a title", "sources[0].title",
         [](QJsonObject &o) {
             o.insert(QLatin1String("sources"),
                      QJsonArray{QJsonObject{{QLatin1String("kind"), QLatin1String("law")}}});
         }},
        {"article 0", "sources[0].articles",
         [](QJsonObject &o) {
             o.insert(QLatin1String("sources"),
                      QJsonArray{QJsonObject{{QLatin1String("kind"), QLatin1String("law")},
                                             {QLatin1String("title"), QLatin1String("x")},
                                             {QLatin1String("articles"), QJsonArray{0}}}});
         }},
        {"an unknown review state", "review.state",
         [](QJsonObject &o) {
             o.insert(QLatin1String("review"),
                      QJsonObject{{QLatin1String("state"), QLatin1String("approved")}});
         }},
        {"a checked review without who", "review.by",
         [](QJsonObject &o) {
             o.insert(QLatin1String("review"),
                      QJsonObject{{QLatin1String("state"), QLatin1String("checked")},
                                  {QLatin1String("date"), QLatin1String("2026-12-06")}});
         }},
        {"a confirmed review without a date", "review.date",
         [](QJsonObject &o) {
             o.insert(QLatin1String("review"),
                      QJsonObject{{QLatin1String("state"), QLatin1String("confirmed")},
                                  {QLatin1String("by"), QLatin1String("x")}});
         }},
        {"unverified that is not a flag", "conditions[0].unverified",
         [](QJsonObject &o) {
             QJsonArray c = o.value(QLatin1String("conditions")).toArray();
             QJsonObject first = c.at(0).toObject();
             first.insert(QLatin1String("unverified"), QLatin1String("yes"));
             c.replace(0, first);
             o.insert(QLatin1String("conditions"), c);
         }},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QJsonObject item = minimalItem();
        c.edit(item);
        const auto row = itemFromJson(item, QStringLiteral("item 1"), departments, 0);
        REQUIRE_FALSE(row.ok());
        CHECK(row.error().message.contains(QLatin1String(c.field)));
    }
    CHECK(itemFromJson(minimalItem(), QStringLiteral("item 1"), departments, 0).ok());
}

TEST_CASE("central's rule: an item needs a legal source and a review to be published",
          "[provenance]")
{
    QJsonObject item = minimalItem();
    CHECK(Provenance::from(item).publishProblem().contains(QLatin1String("sources")));
    item.insert(QLatin1String("sources"),
                QJsonArray{QJsonObject{{QLatin1String("kind"), QLatin1String("guide")},
                                       {QLatin1String("title"), QStringLiteral("某县办事指南")}}});
    CHECK(Provenance::from(item).publishProblem().contains(
        QLatin1String("sources"))); // a guide page is no legal basis
    item.insert(QLatin1String("sources"),
                QJsonArray{QJsonObject{
                    {QLatin1String("kind"), QLatin1String("law")},
                    {QLatin1String("title"), QStringLiteral("中华人民共和国社会保险法")}}});
    CHECK(Provenance::from(item).publishProblem().contains(QLatin1String("review")));
    item.insert(QLatin1String("review"),
                QJsonObject{{QLatin1String("state"), QLatin1String("draft")}});
    CHECK(Provenance::from(item).publishProblem().isEmpty());
}

TEST_CASE(
    "the one-time notice of a guide not confirmed says 以窗口解释为准 and marks tentative rules",
    "[provenance]")
{
    QJsonObject item = minimalItem();
    const DepartmentRow department{QStringLiteral("shebao"),
                                   QStringLiteral("社会保险"),
                                   QStringLiteral("Social insurance"),
                                   QStringLiteral("人社局"),
                                   QStringLiteral("HRSS"),
                                   1,
                                   0};
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0));
    const QString draft =
        NoticeWriter::html(Guide::from(item, department, false), {}, {}, true, now);
    CHECK(draft.contains(QStringLiteral("以窗口解释为准")));
    CHECK(draft.contains(QStringLiteral("（待确认）年满16周岁")));
    item.insert(QLatin1String("review"),
                QJsonObject{{QLatin1String("state"), QLatin1String("confirmed")},
                            {QLatin1String("by"), QStringLiteral("旗人社局（示例）")},
                            {QLatin1String("date"), QLatin1String("2026-12-06")}});
    const QString confirmed =
        NoticeWriter::html(Guide::from(item, department, false), {}, {}, true, now);
    CHECK_FALSE(confirmed.contains(QStringLiteral("以窗口解释为准")));
    CHECK(confirmed.contains(QStringLiteral("年满16周岁")));
    CHECK_FALSE(confirmed.contains(QStringLiteral("（待确认）年满16周岁")));
    CHECK(confirmed.contains(QStringLiteral("（待确认）户籍在本旗")));
}
