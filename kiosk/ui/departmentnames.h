#pragma once

#include <QString>

namespace jiujin::departmentnames {

/**
 * A department's name in the language of the installed translator (Mongolian: qml/i18n/
 * jiujin_mn.ts, context "jiujin::Department"); its Chinese name when there is none. Departments
 * are a fixed list of codes (db/seed/FORMAT.md), so their names live with the translations.
 */
QString translated(const QString &chineseName);

} // namespace jiujin::departmentnames
