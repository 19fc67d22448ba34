#include "queryanalyzer.h"

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {
QStringList words(const UnderstoodQuery &q, bool weakToo = false)
{
    QStringList out;
    for (const QueryConcept &c : q.concepts) {
        if (weakToo || !c.weak)
            out.append(c.word);
    }
    return out;
}

const QueryConcept *conceptFor(const UnderstoodQuery &q, const QString &word)
{
    for (const QueryConcept &c : q.concepts) {
        if (c.word == word)
            return &c;
    }
    return nullptr;
}

SynonymTable table()
{
    auto t = SynonymTable::parse("# test table\n"
                                 "stop\t怎么办 了 吗 我要 的 有\n"
                                 "weak\t申请\n"
                                 "same\t补助 补贴 津贴\n"
                                 "map\t丢了 丢\t遗失 补办\n"
                                 "map\t老人\t高龄\n"
                                 "map\t本子\t证\n");
    REQUIRE(t.ok());
    return t.value();
}
} // namespace

TEST_CASE("fold: full-width, case, traditional characters, spaces between 汉字")
{
    CHECK(QueryAnalyzer::fold(QStringLiteral("ＳＨＥＢＡＯＫＡ")) == QStringLiteral("shebaoka"));
    CHECK(QueryAnalyzer::fold(QStringLiteral("身份證過期了")) == QStringLiteral("身份证过期了"));
    CHECK(QueryAnalyzer::fold(QStringLiteral("八十歲老人補貼")) ==
          QStringLiteral("八十岁老人补贴"));
    CHECK(QueryAnalyzer::fold(QStringLiteral("养 老  保 险")) == QStringLiteral("养老保险"));
    CHECK(QueryAnalyzer::fold(QStringLiteral("养老 dengji")) == QStringLiteral("养老 dengji"));
    CHECK(QueryAnalyzer::fold(QStringLiteral("低保，怎么办？")) == QStringLiteral("低保,怎么办?"));
}

TEST_CASE(
    "segmentation: the table's words first, ICU's word break for the rest; stop words dropped")
{
    const SynonymTable t = table();
    const QueryAnalyzer a(t, {QStringLiteral("残疾证"), QStringLiteral("社保卡")});
    const UnderstoodQuery q = a.analyze(QStringLiteral("残疾证丢了怎么办"));
    CHECK(words(q) == (QStringList{QStringLiteral("残疾证"), QStringLiteral("丢了")}));
    CHECK(q.dropped == QStringList{QStringLiteral("怎么办")});

    const UnderstoodQuery old = a.analyze(QStringLiteral("八十岁老人有补贴吗"));
    CHECK(words(old).contains(QStringLiteral("老人")));
    CHECK(words(old).contains(QStringLiteral("补贴")));
    CHECK_FALSE(words(old, true).contains(QStringLiteral("有")));
    CHECK_FALSE(words(old, true).contains(QStringLiteral("吗")));

    // A generic word is kept, but weak: it orders results and finds nothing on its own.
    const UnderstoodQuery apply = a.analyze(QStringLiteral("家里困难申请补助"));
    REQUIRE(conceptFor(apply, QStringLiteral("申请")));
    CHECK(conceptFor(apply, QStringLiteral("申请"))->weak);
    CHECK_FALSE(conceptFor(apply, QStringLiteral("补助"))->weak);
}

TEST_CASE("synonyms: everyday words carry the catalogue's terms; families work both ways")
{
    const SynonymTable t = table();
    const QueryAnalyzer a(t, {QStringLiteral("社保卡")});
    const UnderstoodQuery q = a.analyze(QStringLiteral("社保卡丢了"));
    const QueryConcept *lost = conceptFor(q, QStringLiteral("丢了"));
    REQUIRE(lost);
    CHECK(lost->alternatives ==
          (QStringList{QStringLiteral("丢了"), QStringLiteral("遗失"), QStringLiteral("补办")}));
    const QueryConcept *help =
        conceptFor(a.analyze(QStringLiteral("津贴")), QStringLiteral("津贴"));
    REQUIRE(help);
    CHECK(help->alternatives.contains(QStringLiteral("补助")));
    CHECK(help->alternatives.contains(QStringLiteral("补贴")));
    const QueryConcept *book =
        conceptFor(a.analyze(QStringLiteral("打疫苗的本子")), QStringLiteral("本子"));
    REQUIRE(book);
    CHECK(book->alternatives.contains(QStringLiteral("证")));
}

TEST_CASE("pinyin sentences are cut like Chinese: known words read as 汉字, stop words dropped")
{
    const SynonymTable t = table();
    const QueryAnalyzer a(t, {QStringLiteral("社保卡"), QStringLiteral("残疾证")});
    CHECK(words(a.analyze(QStringLiteral("shebaoka diule"))) ==
          (QStringList{QStringLiteral("社保卡"), QStringLiteral("丢了")}));
    // Run together, and with a question form.
    CHECK(words(a.analyze(QStringLiteral("canjizhengdiule zenmeban"))) ==
          (QStringList{QStringLiteral("残疾证"), QStringLiteral("丢了")}));
    // Pinyin that is no known word stays as typed (initials, English, names of places).
    CHECK(words(a.analyze(QStringLiteral("ylbx"))) == QStringList{QStringLiteral("ylbx")});
    CHECK(words(a.analyze(QStringLiteral("birth registration"))) ==
          (QStringList{QStringLiteral("birth"), QStringLiteral("registration")}));
    // Mixed: the 汉字 and the Latin are words of their own.
    CHECK(words(a.analyze(QStringLiteral("社保卡diule"))) ==
          (QStringList{QStringLiteral("社保卡"), QStringLiteral("丢了")}));
}

TEST_CASE("unknown runs are kept whole, with their ICU words to fall back on")
{
    const SynonymTable t = table();
    const QueryAnalyzer a(t);
    const UnderstoodQuery q = a.analyze(QStringLiteral("营业执找丢了"));
    REQUIRE_FALSE(q.concepts.isEmpty());
    CHECK(q.concepts.front().word == QStringLiteral("营业执找"));
    CHECK(q.concepts.front().pieces.join(QString()) == QStringLiteral("营业执找"));
    CHECK(q.concepts.front().pieces.size() >= 2);
    // Nothing typed breaks it, and it stays bounded.
    for (const QString &s :
         {QString(), QStringLiteral("\"*\""), QStringLiteral("😀👵🏻"),
          QString(1000, QChar(u'养')), QStringLiteral("ᠨᠠᠶᠢᠮᠠᠨ"), QStringLiteral("12315")}) {
        const UnderstoodQuery any = a.analyze(s);
        CHECK(any.concepts.size() <= QueryAnalyzer::maxConcepts);
    }
    CHECK(words(a.analyze(QStringLiteral("12315"))) == QStringList{QStringLiteral("12315")});
}

TEST_CASE("the synonym table: bad lines are refused with their number; the bundled one reads")
{
    CHECK_FALSE(SynonymTable::parse("map\t丢了\n").ok());
    CHECK(SynonymTable::parse("stop\t了\nsame\t补助\n")
              .error()
              .message.contains(QStringLiteral("line 2")));
    CHECK(SynonymTable::parse("synonym\t a b\n")
              .error()
              .message.contains(QStringLiteral("unknown kind")));
    const SynonymTable &bundled = SynonymTable::bundled();
    CHECK(bundled.isStop(QStringLiteral("怎么办")));
    CHECK(bundled.expand(QStringLiteral("丢了")).contains(QStringLiteral("遗失")));
    CHECK(bundled.words().size() > 100);
}
