#include "kioskfonts.h"

#include <QByteArray>
#include <QFileInfo>

#include <fontconfig/fontconfig.h>

#include <memory>

namespace jiujin {

const KioskFonts::Required KioskFonts::required[3] = {
    {"Noto Sans CJK SC", false, "NotoSansCJK-Regular.ttc"},
    {"Noto Sans CJK SC", true, "NotoSansCJK-Bold.ttc"},
    {"Noto Sans Mongolian", false, "NotoSansMongolian-Regular.ttf"},
};

namespace {

struct ConfigDeleter
{
    void operator()(FcConfig *c) const { FcConfigDestroy(c); }
};
using ConfigPtr = std::unique_ptr<FcConfig, ConfigDeleter>;

struct PatternDeleter
{
    void operator()(FcPattern *p) const { FcPatternDestroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternDeleter>;

/** The configuration in @p file with its fonts, or null with @p problems said. Only the file
 *  itself is read: fontconfig's own FcInit also parses every rule template in conf.avail (for
 *  fc-conflist's descriptions), which the kiosk does not need. */
ConfigPtr load(const QString &file, QStringList &problems)
{
    ConfigPtr config(FcConfigCreate());
    const QByteArray path = QFile::encodeName(file);
    if (!config ||
        !FcConfigParseAndLoad(config.get(), reinterpret_cast<const FcChar8 *>(path.constData()),
                              FcTrue) ||
        !FcConfigBuildFonts(config.get())) {
        problems << QStringLiteral("%1 cannot be loaded").arg(file);
        return nullptr;
    }
    return config;
}

QStringList check(FcConfig *config, const QString &file)
{
    QStringList problems;
    for (const KioskFonts::Required &r : KioskFonts::required) {
        PatternPtr pattern(FcPatternCreate());
        FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8 *>(r.family));
        FcPatternAddInteger(pattern.get(), FC_WEIGHT, r.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
        FcDefaultSubstitute(pattern.get());
        FcResult result = FcResultNoMatch;
        PatternPtr match(FcFontMatch(config, pattern.get(), &result));
        FcChar8 *family = nullptr;
        FcChar8 *matched = nullptr;
        const bool found =
            match && FcPatternGetString(match.get(), FC_FAMILY, 0, &family) == FcResultMatch &&
            FcPatternGetString(match.get(), FC_FILE, 0, &matched) == FcResultMatch &&
            QString::fromUtf8(reinterpret_cast<const char *>(family)) == QLatin1String(r.family) &&
            QFileInfo(QFile::decodeName(reinterpret_cast<const char *>(matched))).fileName() ==
                QLatin1String(r.file);
        if (!found)
            problems << QStringLiteral("%1%2 (%3) is not among the fonts %4 accepts")
                            .arg(QLatin1String(r.family),
                                 r.bold ? QStringLiteral(" bold") : QString(),
                                 QLatin1String(r.file), file);
    }
    return problems;
}

} // namespace

QString KioskFonts::configPath()
{
    if (qEnvironmentVariableIsSet("FONTCONFIG_FILE"))
        return {};
    const QString fromEnv = qEnvironmentVariable("JIUJIN_FONTS_CONF");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // Installed: /usr/bin/jiujin-kiosk and /usr/share/jiujin/fonts.conf. No QCoreApplication
    // exists yet, so the executable is found through /proc.
    const QFileInfo exe(QStringLiteral("/proc/self/exe"));
    const QString installed = exe.canonicalPath() + QStringLiteral("/../share/jiujin/fonts.conf");
    if (QFileInfo::exists(installed))
        return QFileInfo(installed).canonicalFilePath();
    return QStringLiteral(JIUJIN_FONTS_CONF_SOURCE);
}

QStringList KioskFonts::problems(const QString &file)
{
    QStringList problems;
    const ConfigPtr config = load(file, problems);
    if (!config)
        return problems;
    return check(config.get(), file);
}

QStringList KioskFonts::use()
{
    const QString file = configPath();
    if (file.isEmpty())
        return {};
    QStringList problems;
    ConfigPtr config = load(file, problems);
    if (config)
        problems = check(config.get(), file);
    if (!problems.isEmpty())
        return problems;
    // FcConfigSetCurrent takes its own reference; Qt's FcInit() then finds it current. The
    // variable makes fontconfig's periodic rescan (and any child) load the same file.
    qputenv("FONTCONFIG_FILE", QFile::encodeName(file));
    FcConfigSetCurrent(config.get());
    return {};
}

} // namespace jiujin
