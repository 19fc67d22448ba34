// The kiosk's own fontconfig configuration (packaging/kiosk/fonts.conf, DESIGN §9c): it accepts a
// handful of fonts, every family the screens name resolves to its expected file, Mongolian and
// Chinese are drawn with their faces and every symbol the screens show has a glyph, and a font
// missing from it is named while the system's configuration stays.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "kioskfonts.h"
#include "verticaltext.h"

#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextLayout>

using jiujin::KioskFonts;

namespace {

QStringList usedProblems;

/** Every QML file of the kiosk's screens, as text. */
QStringList qmlSources()
{
    QStringList out;
    QDirIterator it(QStringLiteral(JIUJIN_QML_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        out << QString::fromUtf8(f.readAll());
    }
    REQUIRE(out.size() > 10);
    return out;
}

/** The glyph runs of @p text laid out on one line in @p font. */
QList<QGlyphRun> runs(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    return layout.glyphRuns();
}

} // namespace

TEST_CASE("the kiosk's fonts.conf resolves every family the screens name to its file")
{
    CHECK(KioskFonts::problems(QStringLiteral(JIUJIN_FONTS_CONF_SOURCE)).join('\n').toStdString() ==
          "");
    QSet<QString> named;
    static const QRegularExpression family(
        QStringLiteral(R"((?:font\.family|fontFamily)\s*:\s*"([^"]+)\")"));
    for (const QString &source : qmlSources())
        for (auto m = family.globalMatch(source); m.hasNext();)
            named.insert(m.next().captured(1));
    named.insert(QString::fromLatin1(jiujin::VerticalText::mongolianFamily));
    QSet<QString> required;
    for (const KioskFonts::Required &r : KioskFonts::required)
        required.insert(QLatin1String(r.family));
    for (const QString &f : std::as_const(named)) {
        INFO(f.toStdString());
        CHECK(required.contains(f));
    }
}

TEST_CASE("under the kiosk's fonts, only they are known and each script is drawn with its face")
{
    REQUIRE(usedProblems.isEmpty());
    // In the build tree the kiosk takes the source tree's file (no installed one beside it).
    REQUIRE(qgetenv("FONTCONFIG_FILE") == QByteArray(JIUJIN_FONTS_CONF_SOURCE));
    // A handful of families (Noto Sans CJK's regional faces among them), not every installed font.
    const QStringList families = QFontDatabase::families();
    INFO(families.join(QStringLiteral(", ")).toStdString());
    CHECK(families.size() < 25);
    CHECK(families.contains(QStringLiteral("Noto Sans CJK SC")));
    CHECK(families.contains(QStringLiteral("Noto Sans Mongolian")));

    const QFont mongolian = jiujin::VerticalText::fontFor(40);
    for (const QGlyphRun &run : runs(QStringLiteral("ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ"), mongolian)) {
        CHECK(run.rawFont().familyName() == QStringLiteral("Noto Sans Mongolian"));
        CHECK(!run.glyphIndexes().contains(0));
    }
    QFont chinese(QStringLiteral("Noto Sans CJK SC"));
    chinese.setPixelSize(22);
    for (const QGlyphRun &run : runs(QStringLiteral("奈曼旗政务服务 12:30"), chinese))
        CHECK(run.rawFont().familyName() == QStringLiteral("Noto Sans CJK SC"));

    // Every character the screens show outside ASCII and the two scripts (icons, arrows,
    // punctuation) has a glyph in one of the accepted fonts.
    QSet<QChar> shown;
    for (const QString &source : qmlSources())
        for (QChar c : source)
            if (c.unicode() > 0x7f && !(c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff) &&
                !(c.unicode() >= 0x1800 && c.unicode() <= 0x18af))
                shown.insert(c);
    QString symbols;
    for (QChar c : std::as_const(shown))
        if (!c.isSurrogate())
            symbols += c;
    symbols += QStringLiteral("🔊");
    for (QChar c : symbols) {
        if (c.isSurrogate())
            continue;
        INFO("U+" << QString::number(c.unicode(), 16).toStdString());
        for (const QGlyphRun &run : runs(QString(c), chinese))
            CHECK(!run.glyphIndexes().contains(0));
    }
}

TEST_CASE("Mongolian in a Chinese-face text falls back to Noto Sans Mongolian first, U+202F too")
{
    REQUIRE(usedProblems.isEmpty());
    // fontconfig's order after Noto Sans CJK SC, which Qt's fallback list follows: Mongolian
    // first, so that a Mongolian letter is not asked of every face before it (DESIGN §9e).
    QProcess sort;
    sort.start(QStringLiteral("fc-match"),
               {QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("%{family[0]}\n"),
                QStringLiteral("Noto Sans CJK SC")});
    REQUIRE(sort.waitForFinished(10000));
    const QStringList order =
        QString::fromUtf8(sort.readAllStandardOutput()).split(QLatin1Char('\n'));
    INFO(order.join(QStringLiteral(", ")).toStdString());
    REQUIRE(order.size() > 2);
    CHECK(order.at(0) == QStringLiteral("Noto Sans CJK SC"));
    CHECK(order.at(1) == QStringLiteral("Noto Sans Mongolian"));

    // Drawn: the Chinese in its face; the Mongolian words and the U+202F joining the suffix in
    // Noto Sans Mongolian (another face's U+202F breaks the suffix's forms).
    QFont chinese(QStringLiteral("Noto Sans CJK SC"));
    chinese.setPixelSize(22);
    const QString text =
        QStringLiteral("奈曼旗 ᠬᠣᠰᠢᠭᠤ") + QChar(0x202F) + QStringLiteral("ᠶᠢᠨ ᠰᠤᠮᠤ");
    QTextLayout layout(text, chinese);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    const auto families = [&](int from, int length) {
        QSet<QString> out;
        for (const QGlyphRun &run : line.glyphRuns(from, length)) {
            out.insert(run.rawFont().familyName());
            CHECK(!run.glyphIndexes().contains(0));
        }
        return out;
    };
    CHECK(families(0, 3) == QSet<QString>{QStringLiteral("Noto Sans CJK SC")});
    const int nnbsp = int(text.indexOf(QChar(0x202F)));
    CHECK(families(4, nnbsp - 4) == QSet<QString>{QStringLiteral("Noto Sans Mongolian")});
    CHECK(families(nnbsp, 1) == QSet<QString>{QStringLiteral("Noto Sans Mongolian")});
    CHECK(families(nnbsp + 1, 3) == QSet<QString>{QStringLiteral("Noto Sans Mongolian")});
}

TEST_CASE("a font missing from the kiosk's configuration is named, and the system's stays")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The kiosk's file with Noto Sans Mongolian no longer accepted (as if its package were gone).
    QFile source(QStringLiteral(JIUJIN_FONTS_CONF_SOURCE));
    REQUIRE(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    REQUIRE(text.contains("NotoSansMongolian-Regular.ttf"));
    text.replace("NotoSansMongolian-Regular.ttf", "NotoSansMongolian-Missing.ttf");
    const QString broken = dir.filePath(QStringLiteral("fonts.conf"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    const QStringList problems = KioskFonts::problems(broken);
    INFO(problems.join('\n').toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("Noto Sans Mongolian")));
    CHECK(!KioskFonts::problems(dir.filePath(QStringLiteral("none.conf"))).isEmpty());

    // use() says so and leaves fontconfig's configuration as it was.
    const QByteArray before = qgetenv("FONTCONFIG_FILE");
    qunsetenv("FONTCONFIG_FILE");
    qputenv("JIUJIN_FONTS_CONF", QFile::encodeName(broken));
    CHECK(KioskFonts::use() == problems);
    CHECK(!qEnvironmentVariableIsSet("FONTCONFIG_FILE"));
    qunsetenv("JIUJIN_FONTS_CONF");
    qputenv("FONTCONFIG_FILE", before);
    CHECK(QFontDatabase::families().contains(QStringLiteral("Noto Sans Mongolian")));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    // As jiujin-kiosk starts.
    qunsetenv("FONTCONFIG_FILE");
    qunsetenv("JIUJIN_FONTS_CONF");
    usedProblems = KioskFonts::use();
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
