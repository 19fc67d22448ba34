#include "pinyininput.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace jiujin;

namespace {
QStringList texts(const QList<PinyinInput::Candidate> &candidates)
{
    QStringList out;
    for (const auto &c : candidates)
        out << c.text;
    return out;
}

// Where @p text is among the candidates, or -1.
int rank(const QList<PinyinInput::Candidate> &candidates, const QString &text)
{
    return int(texts(candidates).indexOf(text));
}

int consumedBy(const QList<PinyinInput::Candidate> &candidates, const QString &text)
{
    const int i = rank(candidates, text);
    return i < 0 ? -1 : candidates[i].consumed;
}

const PinyinInput &table()
{
    return PinyinInput::builtin();
}

// A small table with known weights, so ranking rules can be checked apart from the dictionary.
PinyinInput tiny()
{
    auto parsed = PinyinInput::parse("# test\n[chars]\n"
                                     "wan\t万完晚\t900 800 100\n"
                                     "wang\t王往\t10000 50\n"
                                     "xi\t西喜\t500 400\n"
                                     "an\t安按\t500 300\n"
                                     "xian\t先县堃\t700 600 0\n"
                                     "nei\t内\t500\n"
                                     "meng\t蒙梦\t300 200\n"
                                     "gu\t古\t300\n"
                                     "[phrases]\n"
                                     "nei meng\t内蒙\t100\n"
                                     "nei meng gu\t内蒙古\t200\n"
                                     "xi an\t西安\t300\n");
    REQUIRE(parsed.ok());
    return std::move(parsed.value());
}
} // namespace

TEST_CASE("The built-in pinyin table loads", "[ime]")
{
    CHECK(table().syllableCount() > 380);
    CHECK(table().phraseCount() > 10000);
}

TEST_CASE("A full syllable gives its characters, commonest first", "[ime]")
{
    const auto wang = table().candidates(QStringLiteral("wang"), 50);
    REQUIRE(wang.size() >= 30); // every wang character of GBK, not just 50
    CHECK(rank(wang, QStringLiteral("王")) >= 0);
    CHECK(rank(wang, QStringLiteral("王")) < 3);
    CHECK(rank(wang, QStringLiteral("网")) < 3);
    CHECK(rank(wang, QStringLiteral("往")) < 5);
    CHECK(rank(wang, QStringLiteral("王")) < rank(wang, QStringLiteral("亡")));
    for (const auto &c : wang)
        CHECK(c.consumed == 4);
    // Simplified only: the Traditional form of 网 is not offered.
    CHECK(rank(table().candidates(QStringLiteral("wang"), 500), QStringLiteral("網")) == -1);

    const auto zhang = table().candidates(QStringLiteral("zhang"), 10);
    REQUIRE(!zhang.isEmpty());
    CHECK(zhang.first().text == QStringLiteral("张"));
    CHECK(rank(zhang, QStringLiteral("长")) >= 0);
    CHECK(rank(zhang, QStringLiteral("章")) >= 0);
    CHECK(texts(table().candidates(QStringLiteral("ZHANG"), 10)) == texts(zhang));
}

TEST_CASE("v stands for ü", "[ime]")
{
    const auto lv = table().candidates(QStringLiteral("lv"), 10);
    CHECK(rank(lv, QStringLiteral("绿")) >= 0);
    CHECK(rank(lv, QStringLiteral("旅")) >= 0);
    CHECK(rank(lv, QStringLiteral("綠")) == -1);
    const auto nv = table().candidates(QStringLiteral("nv"), 5);
    REQUIRE(!nv.isEmpty());
    CHECK(nv.first().text == QStringLiteral("女"));
    CHECK(nv.first().consumed == 2);
    // "lue" is accepted for "lve" (略).
    CHECK(rank(table().candidates(QStringLiteral("lue"), 5), QStringLiteral("略")) >= 0);
    CHECK(rank(table().candidates(QStringLiteral("lve"), 5), QStringLiteral("略")) >= 0);
}

TEST_CASE("A syllable prefix also offers the longer syllables", "[ime]")
{
    const auto wan = table().candidates(QStringLiteral("wan"), 60);
    const int wanChar = rank(wan, QStringLiteral("万"));
    const int wangChar = rank(wan, QStringLiteral("王"));
    CHECK(wanChar >= 0);
    CHECK(wanChar < 5);
    CHECK(rank(wan, QStringLiteral("晚")) < 10);
    CHECK(rank(wan, QStringLiteral("完")) < 10);
    CHECK(wangChar > wanChar);
    CHECK(wangChar >= 0);
    CHECK(consumedBy(wan, QStringLiteral("王")) == 3);

    // Not a syllable yet: characters of every syllable it starts.
    const auto zh = table().candidates(QStringLiteral("zh"), 20);
    REQUIRE(!zh.isEmpty());
    CHECK(rank(zh, QStringLiteral("中")) >= 0);
    for (const auto &c : zh)
        CHECK(c.consumed == 2);
}

TEST_CASE("Several syllables typed together find phrases first", "[ime]")
{
    const auto nmg = table().candidates(QStringLiteral("neimenggu"), 20);
    REQUIRE(!nmg.isEmpty());
    CHECK(nmg.first().text == QStringLiteral("内蒙古"));
    CHECK(nmg.first().consumed == 9);
    // Then the shorter phrase and the first character, each leaving the rest of the letters.
    CHECK(consumedBy(nmg, QStringLiteral("内蒙")) == 7);
    CHECK(consumedBy(nmg, QStringLiteral("内")) == 3);
    CHECK(rank(nmg, QStringLiteral("内蒙")) < rank(nmg, QStringLiteral("内")));

    const auto nm = table().candidates(QStringLiteral("neimeng"), 5);
    REQUIRE(nm.size() >= 2);
    CHECK(texts(nm).mid(0, 2).contains(QStringLiteral("内蒙")));
    CHECK(texts(nm).mid(0, 2).contains(QStringLiteral("内蒙古")));
    CHECK(nm[0].consumed == 7);
    CHECK(nm[1].consumed == 7);

    // Local place names that the dictionary lacks or ranks low.
    for (const auto &[letters, name] : {std::pair{"naiman", "奈曼"},
                                        {"tongliao", "通辽"},
                                        {"gacha", "嘎查"},
                                        {"sumu", "苏木"},
                                        {"daqintala", "大沁他拉"},
                                        {"naimanqi", "奈曼旗"}}) {
        INFO(letters);
        const auto found = table().candidates(QString::fromLatin1(letters), 5);
        REQUIRE(!found.isEmpty());
        CHECK(found.first().text == QString::fromUtf8(name));
        CHECK(found.first().consumed == int(qstrlen(letters)));
    }
}

TEST_CASE("A partly typed last syllable still finds the phrase", "[ime]")
{
    const auto c = table().candidates(QStringLiteral("neimengg"), 5);
    REQUIRE(!c.isEmpty());
    CHECK(c.first().text == QStringLiteral("内蒙古"));
    CHECK(c.first().consumed == 8);
}

TEST_CASE("Letters past the last syllable stay composing", "[ime]")
{
    // "xyz" starts no syllable after "x": only "neimengx" can be read, 内蒙 uses 7 of it.
    const auto c = table().candidates(QStringLiteral("neimengxyz"), 30);
    REQUIRE(!c.isEmpty());
    for (const auto &x : c)
        CHECK(x.consumed <= 8);
    CHECK(consumedBy(c, QStringLiteral("内蒙")) == 7);
    CHECK(consumedBy(c, QStringLiteral("内")) == 3);

    // Nonsense: the best effort is the first letter.
    const auto xqz = table().candidates(QStringLiteral("xqz"), 10);
    for (const auto &x : xqz)
        CHECK(x.consumed == 1);
    CHECK(rank(xqz, QStringLiteral("小")) >= 0);
}

TEST_CASE("Input without candidates", "[ime]")
{
    CHECK(table().candidates(QString(), 10).isEmpty());
    CHECK(table().candidates(QStringLiteral("wang"), 0).isEmpty());
    CHECK(table().candidates(QStringLiteral("i"), 10).isEmpty()); // no syllable starts with i
    CHECK(table().candidates(QStringLiteral("'''"), 10).isEmpty());
    CHECK(table().candidates(QStringLiteral("wang1"), 10).isEmpty());
    CHECK(table().candidates(QStringLiteral("王"), 10).isEmpty());
    CHECK(PinyinInput().candidates(QStringLiteral("wang"), 10).isEmpty());
    // Long or ambiguous input stays bounded and does not crash.
    const auto longInput =
        table().candidates(QStringLiteral("xian").repeated(30) + QLatin1Char('i'), 5);
    CHECK(longInput.size() == 5);
}

TEST_CASE("Candidates are unique and at most the limit", "[ime]")
{
    for (const char *letters : {"a", "z", "wan", "xian", "zhongguo", "shishi"}) {
        INFO(letters);
        const auto c = table().candidates(QString::fromLatin1(letters), 40);
        CHECK(c.size() <= 40);
        const QStringList t = texts(c);
        CHECK(QSet<QString>(t.begin(), t.end()).size() == t.size());
    }
}

TEST_CASE("Ranking rules on a small table", "[ime]")
{
    const PinyinInput input = tiny();
    CHECK(input.syllableCount() == 8);
    CHECK(input.phraseCount() == 3);

    // A whole syllable outranks the longer one it starts, even a heavier character of it.
    CHECK(texts(input.candidates(QStringLiteral("wan"), 10)) ==
          QStringList{QStringLiteral("万"), QStringLiteral("完"), QStringLiteral("王"),
                      QStringLiteral("晚"), QStringLiteral("往")});
    // The natural reading first: xian is 先, not 西安; rare characters (weight 0) last.
    const auto xian = input.candidates(QStringLiteral("xian"), 10);
    CHECK(texts(xian) == QStringList{QStringLiteral("先"), QStringLiteral("县"),
                                     QStringLiteral("堃"), QStringLiteral("西安"),
                                     QStringLiteral("西"), QStringLiteral("喜")});
    CHECK(xian[3].consumed == 4);
    CHECK(xian[4].consumed == 2);
    // An apostrophe separates syllables and is used up with the choice before it.
    const auto xiAn = input.candidates(QStringLiteral("xi'an"), 10);
    CHECK(texts(xiAn).first() == QStringLiteral("西安"));
    CHECK(xiAn.first().consumed == 5);
    CHECK(consumedBy(xiAn, QStringLiteral("西")) == 3);
    // Phrases of the syllables typed before longer ones, whatever their weight.
    CHECK(texts(input.candidates(QStringLiteral("neimeng"), 3)) ==
          QStringList{QStringLiteral("内蒙"), QStringLiteral("内蒙古"), QStringLiteral("内")});
    CHECK(input.candidates(QStringLiteral("wan"), 2).size() == 2);
}

TEST_CASE("A damaged table is refused", "[ime]")
{
    CHECK(PinyinInput::parse(QByteArray()).error().code == Error::Corrupt);
    CHECK(PinyinInput::parse("wang\t王\t1\n").error().code == Error::Corrupt);
    CHECK(PinyinInput::parse("[chars]\nwang\t王往\t1\n").error().code == Error::Corrupt);
    CHECK(PinyinInput::parse("[chars]\nwang\t王\tx\n").error().code == Error::Corrupt);
    CHECK(PinyinInput::parse("[chars]\nwang\t王\t1\n[phrases]\nwang\n").error().code ==
          Error::Corrupt);
    CHECK(PinyinInput::parse("[chars]\nwang\t王\t1\n").ok());
}
