#include "testdb.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace jiujin;

TEST_CASE("search golden table: each query's top result")
{
    TestDb t;
    QFile golden(QStringLiteral(JIUJIN_GOLDEN));
    REQUIRE(golden.open(QIODevice::ReadOnly | QIODevice::Text));
    QString actual;
    int queries = 0, mismatches = 0;
    while (!golden.atEnd()) {
        const QString line = QString::fromUtf8(golden.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            actual += line + QLatin1Char('\n');
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        REQUIRE(cols.size() == 2);
        const auto found = t.service->search(cols.at(0), QString());
        const QString top =
            found.results.isEmpty() ? QStringLiteral("(none)") : found.results.front().item.nameZh;
        ++queries;
        if (top != cols.at(1)) {
            ++mismatches;
            UNSCOPED_INFO(cols.at(0).toStdString() << ": expected " << cols.at(1).toStdString()
                                                   << ", got " << top.toStdString());
        }
        actual += cols.at(0) + QLatin1Char('\t') + top + QLatin1Char('\n');
    }
    CHECK(queries >= 30);
    if (mismatches > 0) {
        // Written beside the golden file so `diff` shows what changed.
        const QString out =
            QFileInfo(golden.fileName()).dir().filePath(QStringLiteral("search_golden.actual.tsv"));
        QFile f(out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Text))
            f.write(actual.toUtf8());
        UNSCOPED_INFO("actual results written to " << out.toStdString());
    }
    CHECK(mismatches == 0);
}

TEST_CASE("natural phrasings: the expected item in the top 3 of at least 95%")
{
    TestDb t;
    QFile golden(QStringLiteral(JIUJIN_NATURAL));
    REQUIRE(golden.open(QIODevice::ReadOnly | QIODevice::Text));
    QString part;
    QMap<QString, QPair<int, int>> byPart; // part -> (passed, queries)
    int queries = 0, passed = 0, first = 0;
    while (!golden.atEnd()) {
        const QString line = QString::fromUtf8(golden.readLine()).chopped(1);
        if (line.startsWith(QStringLiteral("# == "))) {
            part = line.mid(5);
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        REQUIRE(cols.size() == 2);
        const QStringList expected = cols.at(1).split(QStringLiteral(" | "));
        const auto found = t.service->search(cols.at(0), QString(), 3);
        QStringList top;
        bool ok = false;
        for (const SearchResult &r : found.results) {
            top.append(r.item.nameZh);
            ok = ok || expected.contains(r.item.nameZh);
        }
        if (!found.results.isEmpty() && expected.contains(found.results.front().item.nameZh))
            ++first;
        ++queries;
        ++byPart[part].second;
        if (ok) {
            ++passed;
            ++byPart[part].first;
        } else {
            WARN("miss: " << cols.at(0).toStdString() << " -> expected " << cols.at(1).toStdString()
                          << "; top 3: " << top.join(QStringLiteral(", ")).toStdString()
                          << "; understood: "
                          << found.understood.join(QLatin1Char(' ')).toStdString());
        }
    }
    for (auto it = byPart.begin(); it != byPart.end(); ++it)
        WARN(it.key().toStdString() << ": " << it.value().first << "/" << it.value().second);
    WARN("natural phrasings: "
         << passed << "/" << queries << " ("
         << QString::number(100.0 * passed / std::max(queries, 1), 'f', 1).toStdString()
         << "%) with the expected item in the top 3, " << first << " first");
    CHECK(queries >= 80);
    CHECK(passed * 100 >= queries * 95);
}

TEST_CASE("an item's asked_as phrasings find it; the golden phrasings are none of them")
{
    TestDb t;
    const QJsonArray items =
        QJsonDocument::fromJson(TestDb::seed()).object().value(QLatin1String("items")).toArray();
    QSet<QString> asked;
    int phrasings = 0;
    for (const auto &v : items) {
        const QJsonObject item = v.toObject();
        for (const auto &a : item.value(QLatin1String("asked_as")).toArray()) {
            asked.insert(QueryAnalyzer::fold(a.toString()));
            ++phrasings;
            const auto found = t.service->search(a.toString(), QString(), 3);
            QStringList top;
            for (const SearchResult &r : found.results)
                top.append(r.item.code);
            INFO(a.toString().toStdString());
            CHECK(top.contains(item.value(QLatin1String("code")).toString()));
        }
    }
    CHECK(phrasings >= 30);
    // The natural golden table measures understanding, not recall of what the catalogue says.
    QFile golden(QStringLiteral(JIUJIN_NATURAL));
    REQUIRE(golden.open(QIODevice::ReadOnly | QIODevice::Text));
    while (!golden.atEnd()) {
        const QString line = QString::fromUtf8(golden.readLine());
        if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('\t')))
            continue;
        const QString query = line.section(QLatin1Char('\t'), 0, 0);
        INFO(query.toStdString());
        CHECK_FALSE(asked.contains(QueryAnalyzer::fold(query)));
    }
}

TEST_CASE("ranking: a name match comes before a keyword match, which comes before guide text")
{
    TestDb t;
    const auto found = t.service->search(QStringLiteral("营业执照"), QString());
    REQUIRE(found.results.size() >= 2);
    int previous = 3;
    for (const SearchResult &r : found.results) {
        CHECK(r.tier <= previous);
        previous = r.tier;
    }
    CHECK(found.results.front().tier == 3);
    CHECK(found.results.front().item.nameZh.contains(QStringLiteral("营业执照")));
}

TEST_CASE("items handled at the kiosk's service point come first among equals")
{
    TestDb t;
    // The Huanghuatala Sumu centre has no police station: 公安 items are handled elsewhere.
    const QString point = QStringLiteral("150525203000-01");
    const auto items = t.store->items(QStringLiteral("gongan"), point);
    REQUIRE_FALSE(items.isEmpty());
    bool seenElsewhere = false;
    for (const ItemSummary &i : items) {
        if (!i.handledHere)
            seenElsewhere = true;
        else
            CHECK_FALSE(seenElsewhere);
    }
    const auto found = t.service->search(QStringLiteral("养老"), QStringLiteral("150525101201-01"));
    REQUIRE_FALSE(found.results.isEmpty());
    CHECK(found.results.front().item.handledHere);
}

TEST_CASE("nothing typed can break the search")
{
    TestDb t;
    const QStringList inputs = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("养老\" OR \"x"),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("*"),
        QStringLiteral("a*"),
        QStringLiteral("{name}: x"),
        QStringLiteral("^养"),
        QStringLiteral("AND OR NOT"),
        QStringLiteral("'; DROP TABLE items; --"),
        QStringLiteral("😀👵🏻"),
        QStringLiteral("养老😀"),
        QStringLiteral("\u0000\u0001"),
        QStringLiteral("ᠨᠠᠶᠢᠮᠠᠨ"),
        QString(1000, QChar(u'养')),
        QString(1000, QLatin1Char('a')),
        QStringLiteral("% _ \\"),
        QStringLiteral("y"),
        QStringLiteral("养"),
    };
    for (const QString &q : inputs) {
        const auto found = t.service->search(q, QStringLiteral("150525203000-01"));
        CHECK(found.results.size() <= 50);
    }
    CHECK(t.store->items(QString(), QString()).size() >= 60);
}

TEST_CASE("a result list is empty only when no meaningful word finds anything")
{
    TestDb t;
    const auto typo = t.service->search(QStringLiteral("残疾人证明书"), QString());
    REQUIRE_FALSE(typo.results.isEmpty());
    CHECK(typo.results.front().item.nameZh.startsWith(QStringLiteral("残疾人证")));

    const auto twoWords = t.service->search(QStringLiteral("低保 qqqq"), QString());
    REQUIRE_FALSE(twoWords.results.isEmpty());
    CHECK(twoWords.results.front().item.nameZh == QStringLiteral("最低生活保障申请"));
    CHECK(twoWords.understood == QStringList{QStringLiteral("低保")});

    const auto nothing = t.service->search(QStringLiteral("qqqq 怎么办"), QString());
    CHECK(nothing.results.isEmpty());
    REQUIRE_FALSE(nothing.suggestions.isEmpty());
    for (const QString &s : nothing.suggestions)
        CHECK_FALSE(t.service->search(s, QString()).results.isEmpty());
    const auto longWord = t.service->search(QStringLiteral("qqqq"), QString());
    CHECK(longWord.results.isEmpty());
    CHECK_FALSE(longWord.suggestions.isEmpty());
}

TEST_CASE("search says what it looked for, in the catalogue's words")
{
    TestDb t;
    // 怎么办 dropped, 丢了 read as the word the first result has (营业执照遗失补领).
    const auto lost = t.service->search(QStringLiteral("营业执照丢了怎么办"), QString());
    REQUIRE_FALSE(lost.results.isEmpty());
    CHECK(lost.results.front().item.nameZh == QStringLiteral("营业执照遗失补领"));
    CHECK(lost.lookedFor == (QStringList{QStringLiteral("营业执照"), QStringLiteral("遗失")}));
    // Pinyin read as 汉字.
    const auto pinyin = t.service->search(QStringLiteral("shebaoka diule"), QString());
    REQUIRE_FALSE(pinyin.results.isEmpty());
    CHECK(pinyin.lookedFor.contains(QStringLiteral("挂失")));
    CHECK(pinyin.lookedFor.first().contains(QStringLiteral("社")));
    // A keyword is looked for as typed; nothing found, nothing looked for.
    CHECK(t.service->search(QStringLiteral("养老"), QString()).lookedFor ==
          QStringList{QStringLiteral("养老")});
    CHECK(t.service->search(QStringLiteral("qqqq 怎么办"), QString()).lookedFor.isEmpty());
    CHECK(t.service->search(QString(), QString()).lookedFor.isEmpty());
}

TEST_CASE("query terms are normalised: full-width, case, punctuation")
{
    CHECK(CatalogueService::terms(QStringLiteral("ＹＡＮＧＬＡＯ")) ==
          QStringList{QStringLiteral("yanglao")});
    CHECK(CatalogueService::terms(QStringLiteral("  养老，保险!! ")) ==
          (QStringList{QStringLiteral("养老"), QStringLiteral("保险")}));
    CHECK(CatalogueService::terms(QStringLiteral("\"*\"")).isEmpty());
    CHECK(CatalogueService::terms(QStringLiteral("a b c d e f g h")).size() == 6);
}
