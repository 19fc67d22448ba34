// Central folds traditional characters without ICU (common/hanfold.h, from a table made with
// ICU): it must fold every Han character exactly as the kiosk's search does with ICU, or a
// bundle central publishes could be refused by the kiosks, or the other way round.
#include "hanfold.h"
#include "queryanalyzer.h"

#include <QChar>

#include <catch2/catch.hpp>

using namespace jiujin;

TEST_CASE("central folds traditional characters as the kiosk's search does", "[hanfold]")
{
    // Every code point, not only Han ones: a character central folds and the kiosk does not
    // (or the other way round) is a disagreement too.
    int han = 0, changed = 0;
    QStringList disagree;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString one = QString::fromUcs4(&c, 1);
        const QString normal = compatibilityFold(one);
        const QString kiosk = QueryAnalyzer::fold(one);
        const QString central = simplifiedHan(normal);
        if (QChar::script(c) == QChar::Script_Han)
            ++han;
        if (central != normal)
            ++changed;
        if (kiosk != central && disagree.size() < 20)
            disagree << QStringLiteral("U+%1 %2: kiosk %3, central %4")
                            .arg(uint(c), 4, 16, QLatin1Char('0'))
                            .arg(one, kiosk, central);
    }
    INFO("regenerate common/hant-hans/hant-hans.tsv (cmake --build build/dev --target "
         "jiujin-hant-hans) when these disagree:\n"
         << disagree.join(QLatin1Char('\n')).toStdString());
    CHECK(disagree.isEmpty());
    CHECK(han > 90000);    // the check saw the Han blocks, not an empty range
    CHECK(changed > 2500); // and the table is there (2,853 characters with ICU 72)
    CHECK(simplifiedHan(QStringLiteral("身份證過期了, ID")) == QStringLiteral("身份证过期了, ID"));
}
