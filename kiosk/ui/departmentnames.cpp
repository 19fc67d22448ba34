#include "departmentnames.h"

#include <QCoreApplication>

namespace jiujin::departmentnames {

namespace {
// The departments of db/seed/FORMAT.md, so that lupdate puts them in the .ts files.
[[maybe_unused]] const char *const names[] = {
    QT_TRANSLATE_NOOP("jiujin::Department", "社会保险"),
    QT_TRANSLATE_NOOP("jiujin::Department", "医疗保障"),
    QT_TRANSLATE_NOOP("jiujin::Department", "民政"),
    QT_TRANSLATE_NOOP("jiujin::Department", "卫生健康"),
    QT_TRANSLATE_NOOP("jiujin::Department", "残疾人服务"),
    QT_TRANSLATE_NOOP("jiujin::Department", "城市管理"),
    QT_TRANSLATE_NOOP("jiujin::Department", "公安"),
    QT_TRANSLATE_NOOP("jiujin::Department", "市场监管"),
    QT_TRANSLATE_NOOP("jiujin::Department", "法律服务"),
    QT_TRANSLATE_NOOP("jiujin::Department", "自然资源"),
    QT_TRANSLATE_NOOP("jiujin::Department", "林业和草原"),
};
} // namespace

QString translated(const QString &chineseName)
{
    const QByteArray source = chineseName.toUtf8();
    return QCoreApplication::translate("jiujin::Department", source.constData());
}

} // namespace jiujin::departmentnames
