// Traditional Mongolian on screen: VerticalText draws what HarfBuzz's own hb-shape gives for the
// same font and text (forms, FVS, MVS, NNBSP suffixes), in Noto Sans Mongolian and never a
// fallback, and lays the columns out top to bottom, left to right, within their room.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "kioskfonts.h"
#include "queryanalyzer.h"
#include "verticaltext.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRawFont>
#include <QTextLayout>
#include <QtQml/QQmlExtensionPlugin>

#include <atomic>

#include <cstdio>

#include <dlfcn.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(JiuJin_UiPlugin)

using jiujin::VerticalText;

// Every text Qt gives HarfBuzz passes here first (the executable's definition comes before
// libharfbuzz's for libQt6Gui), so the tests can count real shaping, not the columns' own count.
namespace {
std::atomic<int> harfBuzzShapings{0};
} // namespace

extern "C" int hb_shape_full(void *font, void *buffer, const void *features, unsigned count,
                             const char *const *shapers)
{
    using Real = int (*)(void *, void *, const void *, unsigned, const char *const *);
    static const auto real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "hb_shape_full"));
    ++harfBuzzShapings;
    return real(font, buffer, features, count, shapers);
}

namespace {

const QChar nnbsp(0x202F);

/** Words covering the forms the shaper must choose (initial, medial, final), the free
 *  variation selectors, the vowel separator and suffixes after U+202F. */
struct Word
{
    const char *what;
    QString text;
};

QList<Word> words()
{
    return {
        {"mongγol (initial, medial, final)", QStringLiteral("ᠮᠣᠩᠭᠣᠯ")},
        {"naiman qosiγu (two words)", QStringLiteral("ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ")},
        {"qosiγu-yin (genitive after NNBSP)",
         QStringLiteral("ᠬᠣᠰᠢᠭᠤ") + nnbsp + QStringLiteral("ᠶᠢᠨ")},
        {"sumu-du (dative after NNBSP)", QStringLiteral("ᠰᠤᠮᠤ") + nnbsp + QStringLiteral("ᠳᠤ")},
        {"γačaγ-a (MVS U+180E)", QStringLiteral("ᠭᠠᠴᠠᠭ\u180Eᠠ")},
        {"bayin-a (MVS U+180E)", QStringLiteral("ᠪᠠᠢᠨ\u180Eᠠ")},
        {"FVS1 U+180B", QStringLiteral("ᠠᠳ\u180Bᠠ")},
        {"FVS2 U+180C", QStringLiteral("ᠭ\u180Cᠠᠷ")},
        {"FVS3 U+180D", QStringLiteral("ᠠᠭ\u180Dᠠ")},
        {"FVS1 on initial n", QStringLiteral("ᠨ\u180Bᠠᠮ")},
    };
}

/** One glyph as a shaper placed it: id, pen position along the line and offset across. */
struct Placed
{
    quint32 glyph;
    double x, y;
};

QString fontFile()
{
    QProcess fc;
    fc.start(QStringLiteral("fc-match"), {QStringLiteral("-f"), QStringLiteral("%{file}"),
                                          QString::fromLatin1(VerticalText::mongolianFamily)});
    REQUIRE(fc.waitForFinished(10000));
    const QString file = QString::fromUtf8(fc.readAllStandardOutput());
    INFO(file.toStdString());
    REQUIRE(file.endsWith(QLatin1String("NotoSansMongolian-Regular.ttf")));
    return file;
}

/** hb-shape's answer in font units (its default size is the font's units per em). */
QList<Placed> hbShape(const QString &file, const QString &text, double &total)
{
    QProcess hb;
    hb.start(QStringLiteral("hb-shape"), {QStringLiteral("--output-format=json"),
                                          QStringLiteral("--no-glyph-names"), file, text});
    REQUIRE(hb.waitForFinished(10000));
    INFO(QString::fromUtf8(hb.readAllStandardError()).toStdString());
    REQUIRE(hb.exitCode() == 0);
    const QJsonArray glyphs = QJsonDocument::fromJson(hb.readAllStandardOutput()).array();
    REQUIRE(!glyphs.isEmpty());
    QList<Placed> out;
    double pen = 0;
    for (const QJsonValue &v : glyphs) {
        const QJsonObject g = v.toObject();
        out.append({quint32(g.value(QLatin1String("g")).toInt()),
                    pen + g.value(QLatin1String("dx")).toDouble(),
                    -g.value(QLatin1String("dy")).toDouble()});
        pen += g.value(QLatin1String("ax")).toDouble();
    }
    total = pen;
    return out;
}

/** The glyphs in @p runs (one column), pen positions relative to the first glyph's origin;
 *  problems when anything but Noto Sans Mongolian drew them or a glyph is tofu. */
QList<Placed> flatten(const QList<QGlyphRun> &runs, QStringList &problems)
{
    QList<Placed> out;
    for (const QGlyphRun &run : runs) {
        const QString family = run.rawFont().familyName();
        if (family != QLatin1String(VerticalText::mongolianFamily))
            problems << QStringLiteral("drawn in %1, not Noto Sans Mongolian").arg(family);
        const QList<quint32> ids = run.glyphIndexes();
        const QList<QPointF> at = run.positions();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids[i] == 0)
                problems << QStringLiteral("tofu (glyph 0) at %1").arg(out.size());
            out.append({ids[i], at[i].x(), at[i].y()});
        }
    }
    // Runs come in logical order (left to right); zero-width glyphs (FVS, marks) keep theirs.
    if (!out.isEmpty()) {
        const double x0 = out.first().x, y0 = out.first().y;
        for (Placed &p : out) {
            p.x -= x0;
            p.y -= y0;
        }
    }
    return out;
}

/** Differences between what Qt drew and what HarfBuzz says, in font units. */
QStringList compare(const QList<Placed> &qt, const QList<Placed> &hb)
{
    QStringList problems;
    if (qt.size() != hb.size())
        return {QStringLiteral("%1 glyphs drawn, hb-shape gives %2").arg(qt.size()).arg(hb.size())};
    for (qsizetype i = 0; i < qt.size(); ++i) {
        if (qt[i].glyph != hb[i].glyph)
            problems << QStringLiteral("glyph %1: id %2, hb-shape %3")
                            .arg(i)
                            .arg(qt[i].glyph)
                            .arg(hb[i].glyph);
        else if (std::abs(qt[i].x - (hb[i].x - hb[0].x)) > 1.0 ||
                 std::abs(qt[i].y - (hb[i].y - hb[0].y)) > 1.0)
            problems << QStringLiteral("glyph %1 at (%2, %3), hb-shape (%4, %5)")
                            .arg(i)
                            .arg(qt[i].x)
                            .arg(qt[i].y)
                            .arg(hb[i].x - hb[0].x)
                            .arg(hb[i].y - hb[0].y);
    }
    return problems;
}

std::string joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("VerticalText shapes Mongolian exactly as hb-shape does, in Noto Sans Mongolian")
{
    const QString file = fontFile();
    const QRawFont raw = QRawFont::fromFont(VerticalText::fontFor(100));
    REQUIRE(raw.familyName() == QLatin1String(VerticalText::mongolianFamily));
    const int upem = int(raw.unitsPerEm());
    REQUIRE(upem > 0);
    for (const Word &w : words()) {
        INFO(w.what);
        double hbTotal = 0;
        const QList<Placed> hb = hbShape(file, w.text, hbTotal);
        // At one pixel per font unit, Qt's positions are comparable to hb-shape's one to one.
        VerticalText text;
        text.setPixelSize(upem);
        text.setText(w.text);
        REQUIRE(text.columnCount() == 1);
        QStringList problems;
        const QList<Placed> qt = flatten(text.glyphRuns(0), problems);
        problems << compare(qt, hb);
        CHECK(joined(problems) == "");
        CHECK(std::abs(text.implicitHeight() - hbTotal) <= 2.0);
        for (const Placed &p : hb)
            CHECK(p.glyph != 0);

        // At the screens' size the same glyphs are drawn.
        VerticalText small;
        small.setPixelSize(22);
        small.setText(w.text);
        QStringList smallProblems;
        const QList<Placed> drawn = flatten(small.glyphRuns(0), smallProblems);
        CHECK(joined(smallProblems) == "");
        REQUIRE(drawn.size() == hb.size());
        for (qsizetype i = 0; i < drawn.size(); ++i)
            CHECK(drawn[i].glyph == hb[i].glyph);
    }
}

TEST_CASE("the NNBSP is drawn as itself: a suffix after U+202F differs from one after a space")
{
    const QString file = fontFile();
    const QString suffixed = QStringLiteral("ᠬᠣᠰᠢᠭᠤ") + nnbsp + QStringLiteral("ᠶᠢᠨ");
    const QString spaced = QStringLiteral("ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ");
    double total = 0;
    const QList<Placed> a = hbShape(file, suffixed, total);
    const QList<Placed> b = hbShape(file, spaced, total);
    REQUIRE(a.size() == b.size());
    bool differs = false;
    for (qsizetype i = 0; i < a.size(); ++i)
        differs = differs || a[i].glyph != b[i].glyph;
    REQUIRE(differs); // else this test could not see a lost U+202F

    VerticalText text;
    text.setPixelSize(100);
    text.setText(suffixed);
    CHECK(text.text().contains(nnbsp));
    QStringList problems;
    const QList<Placed> drawn = flatten(text.glyphRuns(0), problems);
    REQUIRE(drawn.size() == a.size());
    bool sameAsSpaced = true;
    for (qsizetype i = 0; i < drawn.size(); ++i)
        sameAsSpaced = sameAsSpaced && drawn[i].glyph == b[i].glyph;
    CHECK_FALSE(sameAsSpaced);
}

TEST_CASE("the comparison sees a fallback font and a lost NNBSP")
{
    const QString file = fontFile();
    const QString word = QStringLiteral("ᠰᠤᠮᠤ") + nnbsp + QStringLiteral("ᠳᠤ");
    double total = 0;
    const QList<Placed> hb = hbShape(file, word, total);

    // Another face drawing the Mongolian (what fallback would do).
    QFont other(QString::fromLatin1(VerticalText::hanFamily));
    other.setPixelSize(100);
    other.setStyleStrategy(QFont::NoFontMerging);
    QTextLayout layout(word, other);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList problems;
    const QList<Placed> drawn = flatten(layout.lineAt(0).glyphRuns(), problems);
    problems << compare(drawn, hb);
    CHECK_FALSE(problems.isEmpty());

    // The NNBSP normalised to a space before shaping.
    VerticalText lost;
    lost.setPixelSize(int(QRawFont::fromFont(VerticalText::fontFor(100)).unitsPerEm()));
    lost.setText(QString(word).replace(nnbsp, QLatin1Char(' ')));
    QStringList lostProblems;
    lostProblems << compare(flatten(lost.glyphRuns(0), lostProblems), hb);
    CHECK_FALSE(lostProblems.isEmpty());
}

TEST_CASE("columns run left to right within their length")
{
    VerticalText text;
    text.setPixelSize(30);
    text.setColumnLength(220);
    text.setText(QStringLiteral("ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ") + nnbsp +
                 QStringLiteral("ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ ᠪᠠᠷᠢᠬᠤ ᠲᠥᠪ"));
    text.setSize(QSizeF(text.implicitWidth(), text.implicitHeight()));
    REQUIRE(text.columnCount() >= 3);
    CHECK_FALSE(text.overflowing());
    CHECK(text.implicitHeight() <= 220);
    for (int i = 0; i < text.columnCount(); ++i) {
        const QRectF c = text.columnRect(i);
        INFO("column " << i);
        CHECK(c.height() <= 220.5);
        CHECK(c.top() >= 0);
        if (i > 0)
            CHECK(c.left() >= text.columnRect(i - 1).right());
    }
    CHECK(text.columnRect(text.columnCount() - 1).right() <= text.implicitWidth() + 0.5);

    // A Mongolian word longer than the column is cut only as a last resort, and says so.
    VerticalText narrow;
    narrow.setPixelSize(30);
    narrow.setColumnLength(40);
    narrow.setText(QStringLiteral("ᠮᠣᠩᠭᠣᠯ"));
    CHECK(narrow.overflowing());
    // A long code in Chinese or Latin text is simply broken where it must be.
    VerticalText code;
    code.setPixelSize(30);
    code.setColumnLength(120);
    code.setText(QStringLiteral("11150525MB0SB0001A415111010100001"));
    CHECK(code.columnCount() > 1);
    CHECK_FALSE(code.overflowing());
}

TEST_CASE("a column is drawn top to bottom: its ink is tall and narrow, inside the item")
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport JiuJin.Ui\nWindow { width: 300; height: 300; "
                      "visible: true; color: 'white'\n VerticalText { objectName: 'v'; x: 20; "
                      "y: 20; pixelSize: 40; color: 'black'; text: 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ' } }",
                      QUrl(QStringLiteral("qrc:/scene.qml")));
    std::unique_ptr<QObject> root(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(root);
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    REQUIRE(window);
    auto *item = root->findChild<QQuickItem *>(QStringLiteral("v"));
    REQUIRE(item);
    const QImage shot = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    REQUIRE(!shot.isNull());
    const qreal dpr = shot.devicePixelRatio();
    QRect ink;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            if (qGray(shot.pixel(x, y)) < 128)
                ink |= QRect(x, y, 1, 1);
    REQUIRE(ink.isValid());
    const QRectF inkOnItem(ink.x() / dpr, ink.y() / dpr, ink.width() / dpr, ink.height() / dpr);
    INFO("ink " << inkOnItem.x() << "," << inkOnItem.y() << " " << inkOnItem.width() << "x"
                << inkOnItem.height());
    CHECK(inkOnItem.height() > 3 * inkOnItem.width());
    const QRectF box(item->x() - 2, item->y() - 2, item->width() + 4, item->height() + 4);
    CHECK(box.contains(inkOnItem));
}

TEST_CASE("Han inside Mongolian stands upright in the Han face and Mongolian keeps its own")
{
    VerticalText text;
    text.setPixelSize(30);
    text.setText(QStringLiteral("ᠨᠠᠢᠮᠠᠨ 奈曼"));
    QStringList families;
    for (const QGlyphRun &run : text.glyphRuns(0))
        families << run.rawFont().familyName();
    CHECK(families.contains(QLatin1String(VerticalText::mongolianFamily)));
    CHECK(families.contains(QLatin1String(VerticalText::hanFamily)));
    CHECK(VerticalText::isMongolian(QStringLiteral("ᠨᠠᠢᠮᠠᠨ")));
    CHECK_FALSE(VerticalText::isMongolian(QStringLiteral("奈曼旗 Naiman")));
    CHECK_FALSE(VerticalText::isMongolian(QString(nnbsp) + QChar(0x180E)));
}

TEST_CASE("search folding keeps U+202F and the variation selectors of Mongolian text")
{
    const QString word =
        QStringLiteral("ᠬᠣᠰᠢᠭᠤ") + nnbsp + QStringLiteral("ᠶᠢᠨ ᠠᠳ\u180Bᠠ ᠭᠠᠴᠠᠭ\u180Eᠠ");
    const QString folded = jiujin::QueryAnalyzer::fold(word);
    CHECK(folded.contains(nnbsp));
    CHECK(folded.contains(QChar(0x180B)));
    CHECK(folded.contains(QChar(0x180E)));
    // Chinese folding is unchanged: full-width forms still become ASCII.
    CHECK(jiujin::QueryAnalyzer::fold(QStringLiteral("ＡＢＣ")) == QLatin1String("abc"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    // Under the fonts the kiosk uses (its own fontconfig configuration, as jiujin-kiosk starts);
    // fc-match below inherits it.
    const QStringList fontProblems = jiujin::KioskFonts::use();
    if (!fontProblems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(fontProblems.join(QLatin1Char('\n'))));
        return 1;
    }
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

TEST_CASE("punctuation in a column: Mongolian and brackets turn with it, 、。 sit in the corner")
{
    using O = VerticalText::Orientation;
    const QString text = QStringLiteral("ᠮᠣᠩᠭᠣᠯ᠂ ᠪᠢᠴᠢᠭ᠃ (A1)（旗）《奈曼》「嘎查」：、。，！");
    auto at = [&](const QString &what) {
        return VerticalText::orientation(text, text.indexOf(what));
    };
    // ᠂ ᠃ are Mongolian letters' kin: drawn turned, by Noto Sans Mongolian, as the words are.
    CHECK(at(QStringLiteral("᠂")) == O::Turned);
    CHECK(at(QStringLiteral("᠃")) == O::Turned);
    // Latin, digits and every bracket run along the column.
    for (const char *turned : {"(", "A", "1", ")", "（", "）", "《", "》", "「", "」", "："})
        CHECK(at(QString::fromUtf8(turned)) == O::Turned);
    // Han upright; the small full-width stops upright in the top right of their em.
    CHECK(at(QStringLiteral("旗")) == O::Upright);
    CHECK(at(QStringLiteral("！")) == O::Upright);
    for (const char *corner : {"、", "。", "，"})
        CHECK(at(QString::fromUtf8(corner)) == O::Corner);

    VerticalText column;
    column.setPixelSize(30);
    column.setText(QStringLiteral("ᠮᠣᠩᠭᠣᠯ᠂ ᠪᠢᠴᠢᠭ᠃"));
    REQUIRE(column.columnCount() == 1);
    const QList<QGlyphRun> runs = column.glyphRuns(0);
    REQUIRE(runs.size() == 1); // the punctuation is in the Mongolian face, never a fallback
    CHECK(runs.first().rawFont().familyName() == QLatin1String(VerticalText::mongolianFamily));
    for (const quint32 glyph : runs.first().glyphIndexes())
        CHECK(glyph != 0); // no tofu
}

TEST_CASE("a new column length breaks the shaped text again, as a fresh layout would")
{
    // A column bound to a height that a layout settles in several passes gets one length after
    // another: each must give what a fresh layout gives at that length (implicit size, columns,
    // glyphs), at once (a binding reads the implicit size next), without shaping the text again.
    const QString sentence = QStringLiteral("ᠨᠠᠢᠮᠠᠨ ᠬᠣᠰᠢᠭᠤ") + nnbsp +
                             QStringLiteral("ᠶᠢᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠠᠵᠢᠯ 奈曼旗 A1 ᠪᠠᠷᠢᠬᠤ ᠲᠥᠪ");
    VerticalText settling;
    settling.setPixelSize(30);
    settling.setText(sentence);
    const int shaped = settling.shapings();
    REQUIRE(harfBuzzShapings > 0); // the counter sees Qt's shaping
    int announced = 0;
    int reshaped = 0; // HarfBuzz calls for the settling item's new lengths
    QObject::connect(&settling, &VerticalText::layoutChanged, [&] { ++announced; });
    for (const qreal length : {0.0, 900.0, 160.0, 220.0}) {
        const int before = harfBuzzShapings;
        settling.setColumnLength(length);
        (void)settling.glyphRuns(0);
        reshaped += harfBuzzShapings - before;
        VerticalText fresh;
        fresh.setPixelSize(30);
        fresh.setColumnLength(length);
        fresh.setText(sentence);
        INFO("column length " << length);
        CHECK(settling.implicitWidth() == fresh.implicitWidth());
        CHECK(settling.implicitHeight() == fresh.implicitHeight());
        CHECK(settling.overflowing() == fresh.overflowing());
        REQUIRE(settling.columnCount() == fresh.columnCount());
        for (int i = 0; i < fresh.columnCount(); ++i) {
            INFO("column " << i);
            CHECK(settling.columnRect(i) == fresh.columnRect(i));
            const QList<QGlyphRun> got = settling.glyphRuns(i), want = fresh.glyphRuns(i);
            REQUIRE(got.size() == want.size());
            for (qsizetype r = 0; r < want.size(); ++r) {
                CHECK(got[r].glyphIndexes() == want[r].glyphIndexes());
                CHECK(got[r].positions() == want[r].positions());
            }
        }
    }
    CHECK(settling.columnCount() >= 3);   // 220 px really wraps
    CHECK(settling.shapings() == shaped); // not shaped again for any of the lengths
    CHECK(reshaped == 0);                 // not by Qt either (QTextLayout::beginLayout() would)
    CHECK(announced == 3);                // 0 was the length already: nothing to announce

    // The same values again change nothing; a new size or text is shaped anew.
    settling.setColumnLength(220);
    CHECK(announced == 3);
    settling.setPixelSize(24);
    CHECK(settling.shapings() == shaped + 1);
    settling.setText(QStringLiteral("ᠮᠣᠩᠭᠣᠯ"));
    CHECK(settling.shapings() == shaped + 2);
}
