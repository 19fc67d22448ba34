// How many pictures an application may carry: the kiosk caps them (count and bytes) with a
// message, so that no record is queued that central would refuse (PROTOCOL.md, uploads).
#include "formmodel.h"
#include "materialchoicemodel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jiujin;

namespace {

QJsonArray twoMaterials()
{
    QJsonArray materials;
    for (const char *name : {"居民身份证", "户口簿"})
        materials.append(QJsonObject{
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QString::fromUtf8(name)}}},
            {QStringLiteral("kind"), QStringLiteral("original_and_copy")},
            {QStringLiteral("required"), true}});
    return materials;
}

int pictures(const MaterialChoiceModel &m, int row)
{
    return m.data(m.index(row), MaterialChoiceModel::PicturesRole).toInt();
}

QString error(const MaterialChoiceModel &m, int row)
{
    return m.data(m.index(row), MaterialChoiceModel::ErrorRole).toString();
}

} // namespace

TEST_CASE("an application carries at most 20 pictures and 40 MB; the one too many is refused with "
          "a message, the others are kept",
          "[materials]")
{
    MaterialChoiceModel m([] { return QStringLiteral("zh"); });
    m.reset(twoMaterials());
    const QByteArray page(100 * 1024, 'p');
    for (int i = 0; i < 12; ++i)
        m.addPicture(0, page, QStringLiteral("image/png"));
    for (int i = 0; i < 8; ++i)
        m.addPicture(1, page, QStringLiteral("image/png"));
    CHECK(pictures(m, 0) == 12);
    CHECK(pictures(m, 1) == 8);
    CHECK(error(m, 1).isEmpty());

    m.addPicture(1, page, QStringLiteral("image/png")); // the 21st
    CHECK(pictures(m, 1) == 8);
    CHECK(error(m, 1).contains(QStringLiteral("最多附 20 张图片")));
    CHECK(error(m, 1).contains(QStringLiteral("窗口工作人员")));

    SECTION("bytes count as well as pictures")
    {
        MaterialChoiceModel big([] { return QStringLiteral("zh"); });
        big.reset(twoMaterials());
        const QByteArray scan(7 * 1024 * 1024, 's');
        for (int i = 0; i < 5; ++i)
            big.addPicture(0, scan, QStringLiteral("image/jpeg"));
        CHECK(pictures(big, 0) == 5);
        big.addPicture(0, scan, QStringLiteral("image/jpeg")); // 42 MB in all
        CHECK(pictures(big, 0) == 5);
        CHECK_FALSE(error(big, 0).isEmpty());
        big.addPicture(1, QByteArray(9 * 1024 * 1024, 'x'),
                       QStringLiteral("image/png")); // one too big
        CHECK(pictures(big, 1) == 0);
        CHECK_FALSE(error(big, 1).isEmpty());
    }
}
