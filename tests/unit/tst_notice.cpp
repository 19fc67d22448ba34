#include "guide.h"
#include "noticewriter.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace jiujin;

TEST_CASE("the one-time notice lists every material and is written as a PDF")
{
    TestDb t;
    const QString code = QStringLiteral("11150525MB0SB0001A415111010100001");
    const auto json = t.store->guide(code);
    REQUIRE(json.has_value());
    const QJsonObject item = QJsonDocument::fromJson(*json).object();
    const Guide guide = Guide::from(item, t.store->departments().front(), false);
    REQUIRE_FALSE(guide.materials.isEmpty());
    const auto points = t.store->pointsHandling(code);
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0));

    const QString html =
        NoticeWriter::html(guide, points, QStringLiteral("150525203000-01"), true, now);
    CHECK(html.contains(guide.name));
    CHECK(html.contains(QStringLiteral("示例编码")));
    for (const auto &m : guide.materials)
        CHECK(html.contains(m.name.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("本服务点")));

    const QString path = t.dir.filePath(QStringLiteral("notices/notice.pdf"));
    REQUIRE(NoticeWriter::write(path, guide, QString(), points, QString(), true, now).ok());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 5000);

    CHECK_FALSE(NoticeWriter::write(QStringLiteral("/proc/no/such/notice.pdf"), guide, QString(),
                                    points, QString(), true, now)
                    .ok());
}
