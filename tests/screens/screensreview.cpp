// Marks one item of the screen tour's database as confirmed by its department, a SAMPLE
// confirmation made only for the screenshots (no item of the bundled catalogue is confirmed yet),
// so that the tour shows a guide in each review state: draft, checked, confirmed.
#include "database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace jiujin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATABASE ITEM_CODE\n", argv[0]);
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto update = db.value()->prepare(
        "UPDATE items SET guide = json_set(guide, '$.review', json(?)) WHERE code = ?");
    update
        .bind(
            1,
            QStringLiteral(
                R"({"state": "confirmed", "by": "奈曼旗人力资源和社会保障局（示例确认，仅用于截图）", "date": "2026-12-06",
        "note": {"zh": "示例：部门确认的样子。", "en": "Sample: how a department's confirmation looks."}})"))
        .bind(2, QString::fromLocal8Bit(argv[2]));
    if (!update.run() || db.value()->changes() != 1) {
        std::fprintf(stderr, "item %s not marked\n", argv[2]);
        return 1;
    }
    return 0;
}
