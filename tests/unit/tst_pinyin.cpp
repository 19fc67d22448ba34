#include "pinyin.h"

#include <catch2/catch.hpp>

using namespace jiujin;

TEST_CASE("pinyin of catalogue words, with initials")
{
    const auto r = Pinyin::read(QStringLiteral("养老保险"));
    CHECK(r.full == QStringLiteral("yanglaobaoxian"));
    CHECK(r.initials == QStringLiteral("ylbx"));
    CHECK(Pinyin::read(QStringLiteral("残疾人证")).initials == QStringLiteral("cjrz"));
    CHECK(Pinyin::read(QStringLiteral("80周岁")).full == QStringLiteral("80zhousui"));
}

TEST_CASE("polyphones read in context, and the other reading kept")
{
    CHECK(Pinyin::read(QStringLiteral("长期护理")).full == QStringLiteral("changqihuli"));
    CHECK(Pinyin::read(QStringLiteral("重新申领")).full == QStringLiteral("chongxinshenling"));
    CHECK(Pinyin::read(QStringLiteral("银行账户")).full == QStringLiteral("yinhangzhanghu"));
    const auto r = Pinyin::read(QStringLiteral("重度"));
    CHECK(r.full == QStringLiteral("zhongdu"));
    CHECK(r.altFull == QStringLiteral("chongdu"));
}
